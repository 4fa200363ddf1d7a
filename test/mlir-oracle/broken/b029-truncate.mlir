#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[1,1,4,4,4],f32> loc("scripts/corpus/cases.py":60:0)) -> (!torch.vtensor<[1,1,2,2,2],f32>, !torch.vtensor<[1,1,2,2,2],si64>) {
    %int2 = torch.constant.int 2 loc(#loc1)
    %int2_0 = torch.constant.int 2 loc(#loc1)
    %int2_1 = torch.constant.int 2 loc(#loc1)
    %0 = torch.prim.ListConstruct %int2, %int2_0, %int2_1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int> loc(#loc1)
    %int0 = torch.constant.int 0 loc(#loc1)
    %int0_2 = torch.constant.int 0 loc(#loc1)
    %int0_3 = torch.constant.int 0 loc(#loc1)
    %2 = torch.prim.ListConstruct %int0, %int0_2, %int0_3 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %int1 = torch.constant.int 1 loc(#loc1)
    %int1_4 = torch.constant.int 1 loc(#loc1)
    %int1_5 = 