module {
  func.func @main(%arg0: !torch.vtensor<[3],si64>) -> !torch.vtensor<[3,2],f32> {
    %int4 = torch.constant.int 4
    %0 = torch.aten.one_hot %arg0, %int4 : !torch.vtensor<[3],si64>, !torch.int -> !torch.vtensor<[3,4],si64>
    %none = torch.constant.none
    %none_0 = torch.constant.none
    %int4_1 = torch.constant.int 4
    %cpu = torch.constant.device "cpu"
    %int0 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %0, %none, %none_0, %int4_1, %cpu, %int0 : !torch.vtensor<[3,4],si64>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int6 = torch.constant.int 6
    %1 = torch.prims.convert_element_type %0, %int6 : !torch.vtensor<[3,4],si64>, !torch.int -> !torch.vtensor<[3,4],f32>
    %2 = torch.vtensor.literal(dense_resource<torch_tensor_2_4_torch.float32> : tensor<2x4xf32>) : !torch.vtensor<[2,4],f32>
    %int1 = torch.constant.int 1
    %int0_2 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int1, %int0_2 : (!torch.int, !torch.int) -> !torch.list<int>
    %4 = torch.aten.permute %2, %3 : !torch.vtensor<[2,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2],f32>
    %5 = torch.aten.mm %1, %4 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4,2],f32> -> !torch.vtensor<[3,2],f32>
    %int1_3 = torch.constant.int 1
    %6 = torch.aten.mul.Scalar %5, %int1_3 : !torch.vtensor<[3,2],f32>, !torch.int -> !torch.vtensor<[3,2],f32>
    %7 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int1_4 = torch.constant.int 1
    %8 = torch.aten.mul.Scalar %7, %int1_4 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %int1_5 = torch.constant.int 1
    %9 = torch.aten.add.Tensor %6, %8, %int1_5 : !torch.vtensor<[3,2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[3,2],f32>
    return %9 : !torch.vtensor<[3,2],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_4_torch.float32: "0x04000000005475BB5E54893E16B3D2BE8066BCBEF43245BEEC4B093E404F22BCCEFACA3E",
      torch_tensor_2_torch.float32: "0x0400000070BF35BD4C7B073E"
    }
  }
#-}
