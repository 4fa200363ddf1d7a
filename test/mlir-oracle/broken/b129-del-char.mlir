#loc1 = loc("<site-packages>/torch/nn/modules/linear.py":134:0)
#loc2 = loc("scripts/corpus/cases.py":768:0)
#loc3 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_torch.float32> : tensor<4x4xf32>) : !torch.vtensor<[4,4],f32> loc(#loc3)
    %int1 = torch.constant.int 1 loc(#loc3)
    %int0 = torch.constant.int 0 loc(#loc3)
    %1 = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %2 = torch.aten.permute %0, %1 : !torch.vtensor<[4,4],f32>, !torch.list<int> -> !torch.vtensor<[4,4],f32> loc(#loc3)
    %3 = torch.aten.mm %arg0, %2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc3)
    %int1_0 = torch.constant.int 1 loc(#loc3)
    %4 = torch.aten.mul.Scalar %3, %int1_0 : !torch.vtensor<[2,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc3)
    %5 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc3)
    %int1_1 = torch.constant.int 1 loc(#loc3)
    %6 = torch.aten.mul.Scalar %5, %int1_1 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32> loc(#loc3)
    %int1_2 = torch.constant.int 1 loc(#loc3)
    %7 = torch.aten.add.Tensor %4, %6, %int1_2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc3)
    %8 = torch.aten.sigmoid %7 : !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc2)
    %9 = torch.aten.mul.Tensor %7, %8 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc2)
    %10 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_torch.float32_1> : tensor<4x4xf32>) : !torch.vtensor<[4,4],f32> loc(#loc3)
    %int1_3 = torch.constant.int 1 loc(#loc3)
    %int0_4 = torch.constant.int 0 loc(#loc3)
    %11 = torch.prim.ListConstruct %int1_3, %int0_4 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %12 = torch.aten.permute %10, %11 : !torch.vtensor<[4,4],f32>, !torch.list<int> -> !torch.vtensor<[4,4],f32> loc(#loc3)
    %13 = torch.aten.mm %arg0, %12 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc3)
    %int1_5 = torch.constant.int 1 loc(#loc3)
    %14 = torch.aten.mul.Scalar %13, %int1_5 : !torch.vtensor<[2,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc3)
    %15 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc3)
    %int1_6 = torch.constant.int 1 loc(#loc3)
    %16 = torch.aten.mul.Scalar %15, %int1_6 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32> loc(#loc3)
    %int1_7 = torch.constant.int 1 loc(#loc3)
    %17 = torch.aten.add.Tensor %14, %16, %int1_7 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc3)
    %18 = torch.aten.mul.Tensor %9, %17 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc2)
    return %18 : !torch.vtensor<[2,4],f32> loc(#loc2)
  } loc(#loc3)
} loc(#loc)
#loc = loc(unknown)

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_4_torch.float32: "0x04000000005475BB5E54893E16B3D2BE8066BCBEF43245BEEC4B093E404F22BCCEFACA3E70BF35BD4C7B073EACBB1ABE7048C9BDB891F4BE528BA9BEE80E53BE00BB973C",
      torch_tensor_4_torch.float32: "0x0400000060694A3E189B993E8C8DADBEFCF45EBE",
      torch_tensor_4_4_torch.float32_1: "0x0400000098F7393E4E94D43E48BDD2BD5C91BF3E400DA5BD10B5583D4ACDE73ECE7BEDBE6629A1BEE09E01BEDC9347BE282FDD3E1AEFA5BEC0B06BBE1ADAB2BE76C2EFBE",
      torch_tensor_4_torch.float32_1: "0x04000000047095BE9E0EDC3EBC76643E0027783E"
    }
  
#-}
