module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1 = torch.constant.int 1
    %1 = torch.aten.add.Tensor %arg0, %0, %int1 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[2,4],f32>
    %2 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %3 = torch.aten.mul.Tensor %1, %2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[2,4],f32>
    return %3 : !torch.vtensor<[2,4],f32>
  }
}

{-#
    builtin: {
  dialect_resources: {
      torch_tensor_4_torch.float32: "0x040000005C3FC53F503C96BE49710BC0B684113F"
    }
  }
#-}
