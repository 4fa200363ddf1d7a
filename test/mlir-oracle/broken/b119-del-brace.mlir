module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %none = torch.constant.none
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[4],f32>, !torch.none -> !torch.vtensor<[4],f32>
    %int1 = torch.constant.int 1
    %2 = torch.aten.add.Tensor %arg0, %1, %int1 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[2,4],f32>
    %3 = torch.aten.mul.Tensor %2, %1 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[2,4],f32>
    return %3 : !torch.vtensor<[2,4],f32>
  }


{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
