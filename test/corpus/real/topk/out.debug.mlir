#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,5],f32> loc("scripts/corpus/cases.py":60:0)) -> (!torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],si64>) {
    %int2 = torch.constant.int 2 loc(#loc1)
    %int-1 = torch.constant.int -1 loc(#loc1)
    %true = torch.constant.bool true loc(#loc1)
    %true_0 = torch.constant.bool true loc(#loc1)
    %values, %indices = torch.aten.topk %arg0, %int2, %int-1, %true, %true_0 : !torch.vtensor<[2,5],f32>, !torch.int, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],si64> loc(#loc1)
    return %values, %indices : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],si64> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
