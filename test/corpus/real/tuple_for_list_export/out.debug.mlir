#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,3],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[],f32> {
    %int0 = torch.constant.int 0 loc(#loc1)
    %int1 = torch.constant.int 1 loc(#loc1)
    %0 = torch.prim.ListConstruct %int0, %int1 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %false = torch.constant.bool false loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %1 = torch.aten.sum.dim_IntList %arg0, %0, %false, %none : !torch.vtensor<[2,3],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[],f32> loc(#loc1)
    return %1 : !torch.vtensor<[],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
