#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.operator "torch.aten.special_bessel_j0"(%arg0) : (!torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32>  loc(#loc1)
    return %0 : !torch.vtensor<[2,4],f32> loc(#loc1)
  } loc(#loc1)
#loc = loc(unknown)
} loc(#loc)
