#loc1 = loc("<site-packages>/torch/nn/modules/linear.py":134:0)
#loc2 = loc("<site-packages>/torch/nn/modules/container.py":253:0)
#loc4 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_8_4_torch.float32> : tensor<8x4xf32>) : !torch.vtensor<[8,4],f32> loc(#loc4)
    %int1 = torch.constant.int 1 loc(#loc4)
    %int0 = torch.constant.int 0 loc(#loc4)
    %1 = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.ilst<int> loc(#loc4)
    %2 = torch.aten.permute %0, %1 : !torch.vtensor<[8,4],f32>, !torch.list<int> -> !torch.vtensor<[4,8],f32> loc(#loc4)
    %3 = torch.aten.mm %arg0, %2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4,8],f32> -> !torch.vtensor<[2,8],f32> loc(#loc4)
    %int1_0 = torch.constant.int 1 loc(#loc4)
    %4 = torch.aten.mul.Scalar %3, %int1_0 : !torch.vtensor<[2,8],f32>, !torch.int -> !torch.vtensor<[2,8],f32> loc(#loc4)
    %5 = torch.vtensor.literal(dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>) : !torch.vtensor<[8],f32> loc(#loc4)
    %int1_1 = torch.constant.int 1 loc(#loc4)
    %6 = torch.aten.mul.Scalar %5, %int1_1 : !torch.vtensor<[8],f32>, !torch.int -> !torch.vtensor<[8],f32> loc(#loc4)
    %int1_2 = torch.constant.int 1 loc(#loc4)
    %7 = torch.aten.add.Tensor %4, %6, %int1_2 : !torch.vtensor<[2,8],f32>, !torch.vtensor<[8],f32>, !torch.int -> !torch.vtensor<[2,8],f32> loc(#loc4)
    %8 = torch.aten.relu %7 : !torch.vtensor<[2,8],f32> -> !torch.vtensor<[2,8],f32> loc(#loc5)
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_2_8_torch.float32> : tensor<2x8xf32>) : !torch.vtensor<[2,8],f32> loc(#loc4)
    %int1_3 = torch.constant.int 1 loc(#loc4)
    %int0_4 = torch.constant.int 0 loc(#loc4)
    %10 = torch.prim.ListConstruct %int1_3, %int0_4 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc4)
    %11 = torch.aten.permute %9, %10 : !torch.vtensor<[2,8],f32>, !torch.list<int> -> !torch.vtensor<[8,2],f32> loc(#loc4)
    %12 = torch.aten.mm %8, %11 : !torch.vtensor<[2,8],f32>, !torch.vtensor<[8,2],f32> -> !torch.vtensor<[2,2],f32> loc(#loc4)
    %int1_5 = torch.constant.int 1 loc(#loc4)
    %13 = torch.aten.mul.Scalar %12, %int1_5 : !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32> loc(#loc4)
    %14 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32> loc(#loc4)
    %int1_6 = torch.constant.int 1 loc(#loc4)
    %15 = torch.aten.mul.Scalar %14, %int1_6 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32> loc(#loc4)
    %int1_7 = torch.constant.int 1 loc(#loc4)
    %16 = torch.aten.add.Tensor %13, %15, %int1_7 : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,2],f32> loc(#loc4)
    return %16 : !torch.vtensor<[2,2],f32> loc(#loc4)
  } loc(#loc4)
} loc(#loc)
#loc = loc(unknown)
#loc3 = loc("<site-packages>/torch/nn/modules/activation.py":143:0)
#loc5 = loc(callsite(#loc3 at #loc2))

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_4_torch.float32: "0x04000000005475BB5E54893E16B3D2BE8066BCBEF43245BEEC4B093E404F22BCCEFACA3E70BF35BD4C7B073EACBB1ABE7048C9BDB891F4BE528BA9BEE80E53BE00BB973C60694A3E189B993E8C8DADBEFCF45EBE98F7393E4E94D43E48BDD2BD5C91BF3E400DA5BD10B5583D4ACDE73ECE7BEDBE6629A1BEE09E01BEDC9347BE282FDD3E",
      torch_tensor_8_torch.float32: "0x040000001AEFA5BEC0B06BBE1ADAB2BE76C2EFBE047095BE9E0EDC3EBC76643E0027783E",
      torch_tensor_2_8_torch.float32: "0x040000004952983C7B9C39BE6E01753D4D04A9BE68CC82BE4CA43ABE876C643E5D45543EF68F20BEF20251BCB38B673E12F5B33ECBAF0F3EA6A2433DF2BD723E522B55BE",
      torch_tensor_2_torch.float32: "0x0400000070ED863D65588CBE"
    }
  }
#-}
