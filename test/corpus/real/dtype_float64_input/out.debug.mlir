#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[4],f64> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[4],f64> {
    %int2 = torch.constant.int 2 loc(#loc1)
    %0 = torch.aten.mul.Scalar %arg0, %int2 : !torch.vtensor<[4],f64>, !torch.int -> !torch.vtensor<[4],f64> loc(#loc1)
    return %0 : !torch.vtensor<[4],f64> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
