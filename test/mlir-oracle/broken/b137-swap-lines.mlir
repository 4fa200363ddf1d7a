#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[8],ui32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[8],ui32> {
    %int1 = torch.constant.int 1 loc(#loc1)
    %0 = torch.aten.add.Tensor %arg0, %arg0, %int1 : !torch.vtensor<[8],ui32>, !torch.vtensor<[8],ui32>, !torch.int -> !torch.vtensor<[8],ui32> loc(#loc1)
    return %0 : !torch.vtensor<[8],ui32> loc(#loc1)
  } loc(#loc1)
#loc = loc(unknown)
} loc(#loc)
