#loc1 = loc("torch/fx/passes/runtime_assert.py":24:0)
module {
  func.func @main(%arg0: !torch.vtensor<[?,2,2],f32> loc("torch/fx/passes/runtime_assert.py":24:0)) -> !torch.vtensor<[?,4],f32> {
    %int0 = torch.constant.int 0 loc(#loc1)
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,2,2],f32>, !torch.int -> !torch.int loc(#loc1)
    %int-1 = torch.constant.int -1 loc(#loc2)
    %1 = torch.prim.ListConstruct %0, %int-1 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc2)
    %2 = torch.aten.view %arg0, %1 : !torch.vtensor<[?,2,2],f32>, !torch.list<int> -> !torch.vtensor<[?,4],f32> loc(#loc2)
    %int1 = torch.constant.int 1 loc(#loc2)
    %int1_0 = torch.constant.int 1 loc(#loc2)
    %3 = torch.aten.add.Scalar %2, %int1, %int1_0 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,4],f32> loc(#loc2)
    return %3 : !torch.vtensor<[?,4],f32> loc(#loc2)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unkno