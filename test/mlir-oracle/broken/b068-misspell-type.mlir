#loc1 = loc("scripts/corpus/cases.py":65:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc("scripts/corpus/cases.py":65:0), %arg1: !torch.vtensor<[2,2],si64> loc("scripts/corpus/cases.py":65:0)) -> !torch.vtensoor<[2,2],f32> {
    %int1 = torch.constant.int 1 loc(#loc1)
    %false = torch.constant.bool false loc(#loc1)
    %0 = torch.aten.gather %arg0, %int1, %arg1, %false : !torch.vtensor<[2,4],f32>, !torch.int, !torch.vtensor<[2,2],si64>, !torch.bool -> !torch.vtensor<[2,2],f32> loc(#loc1)
    return %0 : !torch.vtensor<[2,2],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
