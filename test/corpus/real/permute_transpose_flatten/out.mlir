module {
  func.func @main(%arg0: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2,12],f32> {
    %int0 = torch.constant.int 0
    %int2 = torch.constant.int 2
    %int1 = torch.constant.int 1
    %0 = torch.prim.ListConstruct %int0, %int2, %int1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[2,4,3],f32>
    %int0_0 = torch.constant.int 0
    %int2_1 = torch.constant.int 2
    %int1_2 = torch.constant.int 1
    %2 = torch.prim.ListConstruct %int0_0, %int2_1, %int1_2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.permute %1, %2 : !torch.vtensor<[2,4,3],f32>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
    %int2_3 = torch.constant.int 2
    %int12 = torch.constant.int 12
    %4 = torch.prim.ListConstruct %int2_3, %int12 : (!torch.int, !torch.int) -> !torch.list<int>
    %5 = torch.aten.view %3, %4 : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[2,12],f32>
    %int2_4 = torch.constant.int 2
    %int-1 = torch.constant.int -1
    %6 = torch.prim.ListConstruct %int2_4, %int-1 : (!torch.int, !torch.int) -> !torch.list<int>
    %7 = torch.aten.view %5, %6 : !torch.vtensor<[2,12],f32>, !torch.list<int> -> !torch.vtensor<[2,12],f32>
    return %7 : !torch.vtensor<[2,12],f32>
  }
}
