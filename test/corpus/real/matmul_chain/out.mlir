module {
  func.func @main(%arg0: !torch.vtensor<[2,3,4],f32>, %arg1: !torch.vtensor<[4,4],f32>, %arg2: !torch.vtensor<[2,4,2],f32>) -> !torch.vtensor<[2,3,2],f32> {
    %int6 = torch.constant.int 6
    %int4 = torch.constant.int 4
    %0 = torch.prim.ListConstruct %int6, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[6,4],f32>
    %2 = torch.aten.mm %1, %arg1 : !torch.vtensor<[6,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[6,4],f32>
    %int2 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %int4_0 = torch.constant.int 4
    %3 = torch.prim.ListConstruct %int2, %int3, %int4_0 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %4 = torch.aten.view %2, %3 : !torch.vtensor<[6,4],f32>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
    %5 = torch.aten.bmm %4, %arg2 : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,4,2],f32> -> !torch.vtensor<[2,3,2],f32>
    return %5 : !torch.vtensor<[2,3,2],f32>
  }
}
