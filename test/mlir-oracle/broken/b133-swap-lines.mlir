// RUN: torch-mlir-opt %s -split-input-file | FileCheck %s

// CHECK-LABEL: func.func @first
func.func @first(%arg0: !torch.int) -> !torch.int {
  // CHECK: return %arg0
  return %arg0 : !torch.int
}

// -----

// CHECK-LABEL: func.func @second
func.func @second(%arg0: !torch.float) -> !torch.float {
  %0 = torch.aten.neg.float %arg0 : !torch.float -> !torch.float
  return %0 : !torch.float
}

// -----

func.func @third() -> !torch.vtensor<[3],si64> {
  %0 = torch.vtensor.literal(dense_resource<blob_si64> : tensor<3xsi64>) : !torch.vtensor<[3],si64>
  return %0 : !torch.vtensor<[3],si64>
}

{-#
  dialect_resources: {
      blob_si64: "0x08000000010000000000000002000000000000000300000000000000"
    builtin: {
    }
  }
#-}
