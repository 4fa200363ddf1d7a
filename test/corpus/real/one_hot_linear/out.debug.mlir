#loc1 = loc("scripts/corpus/cases.py":947:0)
module {
  func.func @main(%arg0: !torch.vtensor<[3],si64> loc("scripts/corpus/cases.py":947:0)) -> !torch.vtensor<[3,2],f32> {
    %int4 = torch.constant.int 4 loc(#loc1)
    %0 = torch.aten.one_hot %arg0, %int4 : !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[3,4],si64> loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %none_0 = torch.constant.none loc(#loc1)
    %int4_1 = torch.constant.int 4 loc(#loc1)
    %cpu = torch.constant.device "cpu" loc(#loc1)
    %int0 = torch.constant.int 0 loc(#loc1)
    torch.aten._assert_tensor_metadata %0, %none, %none_0, %int4_1, %cpu, %int0 : !torch.vtensor<[3,4],si64>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int loc(#loc1)
    %int6 = torch.constant.int 6 loc(#loc1)
    %1 = torch.prims.convert_element_type %0, %int6 : !torch.vtensor<[3,4],si64>, !torch.int -> !torch.vtensor<[3,4],f32> loc(#loc1)
    %2 = torch.vtensor.literal(dense_resource<torch_tensor_2_4_torch.float32> : tensor<2x4xf32>) : !torch.vtensor<[2,4],f32> loc(#loc3)
    %int1 = torch.constant.int 1 loc(#loc3)
    %int0_2 = torch.constant.int 0 loc(#loc3)
    %3 = torch.prim.ListConstruct %int1, %int0_2 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %4 = torch.aten.permute %2, %3 : !torch.vtensor<[2,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2],f32> loc(#loc3)
    %5 = torch.aten.mm %1, %4 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4,2],f32> -> !torch.vtensor<[3,2],f32> loc(#loc3)
    %int1_3 = torch.constant.int 1 loc(#loc3)
    %6 = torch.aten.mul.Scalar %5, %int1_3 : !torch.vtensor<[3,2],f32>, !torch.int -> !torch.vtensor<[3,2],f32> loc(#loc3)
    %7 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32> loc(#loc3)
    %int1_4 = torch.constant.int 1 loc(#loc3)
    %8 = torch.aten.mul.Scalar %7, %int1_4 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32> loc(#loc3)
    %int1_5 = torch.constant.int 1 loc(#loc3)
    %9 = torch.aten.add.Tensor %6, %8, %int1_5 : !torch.vtensor<[3,2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[3,2],f32> loc(#loc3)
    return %9 : !torch.vtensor<[3,2],f32> loc(#loc3)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
#loc2 = loc("<site-packages>/torch/nn/modules/linear.py":134:0)
#loc3 = loc(callsite(#loc2 at #loc1))

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_4_torch.float32: "0x04000000005475BB5E54893E16B3D2BE8066BCBEF43245BEEC4B093E404F22BCCEFACA3E",
      torch_tensor_2_torch.float32: "0x0400000070BF35BD4C7B073E"
    }
  }
#-}
