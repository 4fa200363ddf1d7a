#loc = loc(unknown)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc(unknown), %arg1: !torch.vtensor<[2,4],f32> loc(unknown)) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.aten.relu %arg0 : !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,4],f