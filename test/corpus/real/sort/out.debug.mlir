#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,5],f32> loc("scripts/corpus/cases.py":60:0)) -> (!torch.vtensor<[2,5],f32>, !torch.vtensor<[2,5],si64>) {
    %int-1 = torch.constant.int -1 loc(#loc1)
    %true = torch.constant.bool true loc(#loc1)
    %values, %indices = torch.aten.sort %arg0, %int-1, %true : !torch.vtensor<[2,5],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,5],f32>, !torch.vtensor<[2,5],si64> loc(#loc1)
    return %values, %indices : !torch.vtensor<[2,5],f32>, !torch.vtensor<[2,5],si64> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
