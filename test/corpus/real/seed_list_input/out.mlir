module {
  func.func @main(%arg0: !torch.vtensor<[3,2],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) {
    %int0 = torch.constant.int 0
    %int0_0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %int1_1 = torch.constant.int 1
    %0 = torch.aten.slice.Tensor %arg0, %int0, %int0_0, %int1, %int1_1 : !torch.vtensor<[3,2],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1,2],f32>
    %int0_2 = torch.constant.int 0
    %int1_3 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int1_4 = torch.constant.int 1
    %1 = torch.aten.slice.Tensor %arg0, %int0_2, %int1_3, %int2, %int1_4 : !torch.vtensor<[3,2],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1,2],f32>
    %int0_5 = torch.constant.int 0
    %int2_6 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %int1_7 = torch.constant.int 1
    %2 = torch.aten.slice.Tensor %arg0, %int0_5, %int2_6, %int3, %int1_7 : !torch.vtensor<[3,2],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1,2],f32>
    %int0_8 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int0_8 : (!torch.int) -> !torch.list<int>
    %4 = torch.prims.squeeze %0, %3 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
    %int0_9 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int0_9 : (!torch.int) -> !torch.list<int>
    %6 = torch.prims.squeeze %1, %5 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
    %int0_10 = torch.constant.int 0
    %7 = torch.prim.ListConstruct %int0_10 : (!torch.int) -> !torch.list<int>
    %8 = torch.prims.squeeze %2, %7 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
    return %4, %6, %8 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>
  }
}
