#loc1 = loc("torch/fx/passes/runtime_assert.py":24:0)
module {
  func.func @main(%arg0: !torch.vtensor<[?,3],f32> loc("torch/fx/passes/runtime_assert.py":24:0), %arg1: !torch.int loc("torch/fx/passes/runtime_assert.py":24:0)) -> !torch.vtensor<[?,3],f32> {
    %int0 = torch.constant.int 0 loc(#loc1)
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int loc(#loc1)
    %1 = torch.aten.mul.Scalar %arg0, %arg1 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.vtensor<[?,3],f32> loc(#loc2)
    %int1 = torch.constant.int 1 loc(#loc2)
    %2 = torch.aten.add.Scalar %1, %0, %int1 : !torch.vtensor<[?,3],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,3],f32> loc(#loc2)
    return %2 : !torch.vtensor<[?,3],f32> loc(#loc2)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
#loc2 = loc("scripts/corpus/cases.py":65:0)
