#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: <[?,3],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[?,6],f32> {
    %int0 = torch.constant.int 0 loc(#loc)
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int loc(#loc)
    %int2 = torch.constant.int 2 loc(#loc1)
    %1 = torch.aten.floordiv.int %0, %int2 : !torch.int, !torch.int -> !torch.int loc(#loc1)
    %int-1 = torch.constant.int -1 loc(#loc1)
    %2 = torch.prim.ListConstruct %1, %int-1 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %3 = torch.aten.view %arg0, %2 : !torch.vtensor<[?,3],f32>, !torch.list<int> -> !torch.vtensor<[?,6],f32> loc(#loc1)
    return %3 : !torch.vtensor<[?,6],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
