#loc1 = loc("scripts/corpus/cases.py":224:0)
#loc2 = loc("scripts/corpus/cases.py":60:0)
#loc3 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[3],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[3],f32> {
    %int3 = torch.constant.int 3 loc(#loc3)
    %0 = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.list<int> loc(#loc3)
    %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[3],f32>, !torch.list<int> -> !torch.vtensor<[3],f32> loc(#loc3)
    return %1 : !torch.vtensor<[3],f32> loc(#loc3)
  } loc(#loc3)
} loc(#loc)
#loc = loc(unknown)
