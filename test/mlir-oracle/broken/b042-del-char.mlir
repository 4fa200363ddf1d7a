#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.tensor<[4],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[4],f32> attributes {torch.assume_strict_symbolic_shapes} {
    %0 = torch.copy.to_vtensor %arg0 : !torch.vtensor<[4],f32> loc(#loc1)
    %int1 = torch.constant.int 1 loc(#loc1)
    %int1_0 = torch.constant.int 1 loc(#loc1)
    %1 = torch.aten.add.Scalar %0, %int1, %int1_0 : !torch.vtensor<[4],f32>, !torch.int, !torch.int -> !torch.vtensor<[4],f32> loc(#loc1)
    torch.overwrite.tensor.contents %1 overwrites %arg0 : !torch.vtensor<[4],f32>, !torch.tensor<[4],f32> loc(#loc1)
    %int2 = torch.constant.int 2 loc#loc1)
    %2 = torch.aten.mul.Scalar %1, %int2 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32> loc(#loc1)
    return %2 : !torch.vtensor<[4],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
