#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[2,4],f32> {
    %int1 = torch.constant.int 1 loc(#loc1)
    %int1_0 = torch.constant.int 1 loc(#loc1)
    %0 = torch.aten.add.Scalar %arg0, %int1, %int1_0 : !torch.vtensor<[2,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc1)
    %1 = torch.operator "torch.aten.hypot"(%arg0, %0) : (!torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32>  loc(#loc1)
    return %1 : !torch.vtensor<[2,4],f32> loc(#loc1)
  } loc(#loc1)
#loc = loc(unknown)
} loc(#loc)
