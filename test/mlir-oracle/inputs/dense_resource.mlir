module {
  func.func @weights() -> (!torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>) {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %1 = torch.vtensor.literal(dense_resource<"quoted name"> : tensor<3xi64>) : !torch.vtensor<[3],si64>
    %2 = torch.vtensor.literal(dense<[1.000000e+00, -2.500000e+00]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    return %0, %1 : !torch.vtensor<[2],f32>, !torch.vtensor<[3],si64>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_torch.float32: "0x040000000000803F00000040",
      "quoted name": "0x08000000010000000000000002000000000000000300000000000000"
    }
  }
#-}
