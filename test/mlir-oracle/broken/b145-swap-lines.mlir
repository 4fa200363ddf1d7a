module {
#loc1 = loc("scripts/corpus/cases.py":60:0)
  func.func @main(%arg0: !torch.vtensor<[4],bf16> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[4],bf16> {
    %int2 = torch.constant.int 2 loc(#loc1)
    %0 = torch.aten.mul.Scalar %arg0, %int2 : !torch.vtensor<[4],bf16>, !torch.int -> !torch.vtensor<[4],bf16> loc(#loc1)
    return %0 : !torch.vtensor<[4],bf16> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
