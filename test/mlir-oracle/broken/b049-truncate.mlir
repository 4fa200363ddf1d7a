module {
  func.func @main(%arg0: !torch.vtensor<[4,4],f32>) -> !torch.vtensor<[4,4],f32