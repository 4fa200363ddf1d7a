#loc1 = loc("<site-packages>/torch/nn/modules/linear.py":134:0)
#loc2 = loc("<site-packages>/torch/nn/modules/container.py":253:0)
#loc4 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_torch.float32> : tensor<4x4xf32>) : !torch.vtensor<[4,4],f32> loc(#loc4)
    %int1 = torch.constant.int 1 loc(#loc4)
    %int0 = torch.constant.int 0 loc(#loc4)
    %1 = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc4)
    %2 = torch.aten.permute %0, %1 : !torch.vtensor<[4,4],f32>, !torch.list<int> -> !torch.vtensor<[4,4],f32> loc(#loc4)
    %3 = torch.aten.mm %arg0, %2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc4)
    %int1_0 = torch.constant.int 1 loc(#loc4)
    %4 = torch.aten.mul.Scalar %3, %int1_0 : !torch.vtensor<[2,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc4)
    %5 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc4)
    %int1_1 = torch.constant.int 1 loc(#loc4)
    %6 = torch.aten.mul.Scalar %5, %int1_1 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32> loc(#loc4)
    %int1_2 = torch.constant.int 1 loc(#loc4)
    %7 = torch.aten.add.Tensor %4, %6, %int1_2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc4)
    %none = torch.constant.none loc(#loc5)
    %8 = torch.aten.clone %7, %none : !torch.vtensor<[2,4],f32>, !torch.none -> !torch.vtensor<[2,4],f32> loc(#loc5)
    return %8 : !torch.vtensor<[2,4],f32> loc(#loc5)
  } loc(#loc4)
} loc(#loc)
#loc = loc(unknown)
#loc3 = loc("<site-packages>/torch/nn/modules/dropout.py":73:0)
#loc5 = loc(callsite(#loc3 at #loc2))

{-#
    builtin: {
  dialect_resources: {
      torch_tensor_4_4_torch.float32: "0x04000000005475BB5E54893E16B3D2BE8066BCBEF43245BEEC4B093E404F22BCCEFACA3E70BF35BD4C7B073EACBB1ABE7048C9BDB891F4BE528BA9BEE80E53BE00BB973C",
      torch_tensor_4_torch.float32: "0x0400000060694A3E189B993E8C8DADBEFCF45EBE"
    }
  }
#-}
