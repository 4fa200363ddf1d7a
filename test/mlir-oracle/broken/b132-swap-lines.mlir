module {
#loc1 = loc("scripts/corpus/cases.py":60:0)
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[2,4],f32> {
    %int1 = torch.constant.int 1 loc(#loc1)
    %0 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int> loc(#loc1)
    %1 = torch.aten.flip %arg0, %0 : !torch.vtensor<[2,4],f32>, !torch.list<int> -> !torch.vtensor<[2,4],f32> loc(#loc1)
    return %1 : !torch.vtensor<[2,4],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
