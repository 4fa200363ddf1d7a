module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_8_4_torch.float32> : tensor<8x4xf32>) : !torch.vtensor<[8,4],f32>
    %i