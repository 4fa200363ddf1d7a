module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.operator "torch.a