#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[4],complex<f64>> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[4],f64> {
    %0 = torch.aten.mul.Tensor %arg0, %arg0 : !torch.vtensor<[4],complex<f64>>, !torch.vtensor<[4],complex<f64>> -> !torch.vtensor<[4],complex<f64>> loc(#loc1)
    %1 = torch.aten.view_as_real %0 : !torch.vtensor<[4],complex<f64>> -> !torch.vtensor<[4,2],f64> loc(#loc1)
    %int1 = torch.constant.int 1 loc(#loc1)
    %int0 = torch.constant.int 0 loc(#loc1)
    %2 = torch.aten.select.int %1, %int1, %int0 : !torch.vtensor<[4,2],f64>, !torch.int !torch.int -> !torch.vtensor<[4],f64> loc(#loc1)
    return %2 : !torch.vtensor<[4],f64> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
