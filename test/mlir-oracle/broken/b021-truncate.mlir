#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[?,4],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[?],f32> {
    %int-1 = torch.constant.int -1 loc(#loc1)
    %0 = torch.prim.ListConstruct %int-1 : (!torch.int) -> !torch.list<int> loc(#loc1)
    %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[?,4],f32>, !torch.list<int> -> !torch.vtensor<[?],f32> loc(#loc1)
    %int2 = torch.constant.int 2 loc(#loc1)
    %