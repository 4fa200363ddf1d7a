#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[3,2],f32> loc("scripts/corpus/cases.py":60:0)) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
    %int0 = torch.constant.int 0 loc(#loc1)
    %int0