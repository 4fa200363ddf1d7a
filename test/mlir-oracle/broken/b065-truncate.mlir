module {
  func.func @main(%arg0: !torch.vtensor<[2,3,4],f32>, %arg1: !torch.vtensor<[4,4],f32>, %arg2: !torch.vtensor<[2,4,2],f32>) -> !torch.vtensor<[2,3,2],f32> {
    %int6 =