#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[4],f64> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[4],f64> {
    %int2 