module {
  func.func @main(%arg0: !torch.vtensor<[2,6],f32>) -> !torch.vtensor<[2,6],f32> {
    %int2 = torch.constant.int 2
    %int2_0 = torch.constant.int 2
    %int2_1 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int2, %int2_0, %int2_1 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %int1 = torch.constant.int 1
    %1 = torch.aten.split_with_sizes %arg0, %0, %int1 : !torch.vtensor<[2,6],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
    %2:3 = torch.prim.ListUnpack %1 : !torch.list<vtensor> -> !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],f32>
    %int1_2 = torch.constant.int 1
    %3 = torch.aten.mul.Scalar %2#0, %int1_2 : !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32>
    %int2_3 = torch.constant.int 2
    %4 = torch.aten.mul.Scalar %2#1, %int2_3 : !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32>
    %int3 = torch.constant.int 3
    %5 = torch.aten.mul.Scalar %2#2, %int3 : !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32>
    %6 = torch.prim.ListConstruct %3, %4, %5 : (!torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],f32>) -> !torch.list<vtensor>
    %int1_4 = torch.constant.int 1
    %7 = torch.aten.cat %6, %int1_4 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,6],f32>
    return %7 : !torch.vtensor<[2,6],f32>
  }
}
