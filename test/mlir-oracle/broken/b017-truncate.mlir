#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[2,4],f32> {
    %int1 = torch.constant.int 1 loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %0 = torch.aten.cumsum %arg0, %int1, %none : !torch.vtensor<[2,4],f32>, !torch.int