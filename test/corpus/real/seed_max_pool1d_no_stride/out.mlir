module {
  func.func @main(%arg0: !torch.vtensor<[1,2,8],f32>) -> !torch.vtensor<[1,2,4],f32> {
    %int-2 = torch.constant.int -2
    %0 = torch.aten.unsqueeze %arg0, %int-2 : !torch.vtensor<[1,2,8],f32>, !torch.int -> !torch.vtensor<[1,2,1,8],f32>
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %1 = torch.prim.ListConstruct %int1, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_0 = torch.constant.int 1
    %int2_1 = torch.constant.int 2
    %2 = torch.prim.ListConstruct %int1_0, %int2_1 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0 = torch.constant.int 0
    %int0_2 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int0, %int0_2 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_3 = torch.constant.int 1
    %int1_4 = torch.constant.int 1
    %4 = torch.prim.ListConstruct %int1_3, %int1_4 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %result0, %result1 = torch.aten.max_pool2d_with_indices %0, %1, %2, %3, %4, %false : !torch.vtensor<[1,2,1,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,2,1,4],f32>, !torch.vtensor<[1,2,1,4],si64>
    %int2_5 = torch.constant.int 2
    %5 = torch.prim.ListConstruct %int2_5 : (!torch.int) -> !torch.list<int>
    %6 = torch.prims.squeeze %result0, %5 : !torch.vtensor<[1,2,1,4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,4],f32>
    return %6 : !torch.vtensor<[1,2,4],f32>
  }
}
