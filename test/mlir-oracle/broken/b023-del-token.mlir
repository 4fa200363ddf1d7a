module {
  func.func @main(%arg0: !torch.vtensor<[2,2],f32>) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_2_2_torch.float32> : tensor<2x2xf32>) : !torch.vtensor<[2,2],f32>
    %none = torch.constant.none
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[2,2],f32>, !torch.none -> !torch.vtensor<[2,2],f32>
    %int0 = torch.constant.int 0
    %int0_0 = torch.constant.int 0
    %2 = torch.aten.select.int %1, %int0, %int0_0 : !torch.vtensor<[2,2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2],f32>
    %int0_1 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %3 = torch.aten.select.int %1, %int0_1, %int1 : !torch.vtensor<[2,2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2],f32>
    %4 = torch.prim.ListConstruct %2, %3 : (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) -> !torch.list<vtensor>
    %int0_2 = torch.constant.int 0
    %5 = torch.aten.stack %4, %int0_2 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,2],f32>
    %int1_3 = torch.constant.int 1
    %6 = torch.aten.add.Tensor %arg0, %5, %int1_3 : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32>
    return %6 : !torch.vtensor<[2,2],f32>
  }
}

{-#
  dialect_resources: {
    builtin {
      torch_tensor_2_2_torch.float32: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
