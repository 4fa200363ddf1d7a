#loc1 = loc("scripts/corpus/cases.py":65:0)
module {
  func.func @main(%arg0: !torch.vtensor<[3,4],f32> loc("scripts/corpus/cases.py":65:0), %arg1: !torch.vtensor<[2],si64> loc("scripts/corpus/cases.py":65:0)) -> !torch.vtensor<[3,2],f32> {
    %none = torch.constant.none loc(#loc1)
    %0 = torch.prim.ListConstruct %none, %arg1 : (!torch.none, !torch.vtensor<[2],si64>) -> !torch.list<optional<vtensor>> loc(#loc1)
    %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[3,4],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor[3,2],f32> loc(#loc1)
    return %1 : !torch.vtensor<[3,2],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
