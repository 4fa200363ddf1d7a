module {
  func.func @main(%arg0: !torch.vtensor<[2,3],f32>) -> !torch.vtensor<[2,9],f32> {
    %0 = torch.aten.relu %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
    %1 = torch.aten.sigmoid %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
    %2 = torch.aten.tanh %arg0 : !torch.vtensor<[2,3],f32> -> !torch.vtensor<[2,3],f32>
    %3 = torch.prim.ListConstruct %2, %arg0 : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) -> !torch.list<vtensor>
    %int0 = torch.constant.int 0
    %4 = torch.aten.cat %3, %int0 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[4,3],f32>
    %int2 = torch.constant.int 2
    %int2_0 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %5 = torch.prim.ListConstruct %int2, %int2_0, %int3 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %6 = torch.aten.view %4, %5 : !torch.vtensor<[4,3],f32>, !torch.list<int> -> !torch.vtensor<[2,2,3],f32>
    %int0_1 = torch.constant.int 0
    %7 = torch.prim.ListConstruct %int0_1 : (!torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %none = torch.constant.none
    %8 = torch.aten.sum.dim_IntList %6, %7, %false, %none : !torch.vtensor<[2,2,3],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,3],f32>
    %9 = torch.prim.ListConstruct %0, %1, %8 : (!torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>, !torch.vtensor<[2,3],f32>) -> !torch.list<vtensor>
    %int1 = torch.constant.int 1
    %10 = torch.aten.cat %9, %int1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,9],f32>
    return %10 : !torch.vtensor<[2,9],f32>
  }
}
