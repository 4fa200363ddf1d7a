module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> (!torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],f32>, !torch.vtensor<[2],f32>) {
    %int-1 = torch.constant.int -1
    %false = torch.constant.bool false
    %0 = torch.aten._softmax %arg0, %int-1, %false : !torch.vtensor<[2,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,4],f32>
    %int0 = torch.constant.int 0
    %1 = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
    %true = torch.constant.bool true
    %2 = torch.aten.amax %arg0, %1, %true : !torch.vtensor<[2,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,4],f32>
    %int1 = torch.constant.int 1
    %3 = torch.aten.sub.Tensor %arg0, %2, %int1 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[1,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32>
    %4 = torch.aten.exp %3 : !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,4],f32>
    %int0_0 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int0_0 : (!torch.int) -> !torch.list<int>
    %true_1 = torch.constant.bool true
    %none = torch.constant.none
    %6 = torch.aten.sum.dim_IntList %4, %5, %true_1, %none : !torch.vtensor<[2,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[1,4],f32>
    %7 = torch.aten.log %6 : !torch.vtensor<[1,4],f32> -> !torch.vtensor<[1,4],f32>
    %int1_2 = torch.constant.int 1
    %8 = torch.aten.sub.Tensor %3, %7, %int1_2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[1,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32>
    %int1_3 = torch.constant.int 1
    %9 = torch.prim.ListConstruct %int1_3 : (!torch.int) -> !torch.list<int>
    %true_4 = torch.constant.bool true
    %10 = torch.aten.amax %arg0, %9, %true_4 : !torch.vtensor<[2,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,1],f32>
    %11 = torch.aten.abs %10 : !torch.vtensor<[2,1],f32> -> !torch.vtensor<[2,1],f32>
    %floatInf = torch.constant.float 0x7FF0000000000000
    %12 = torch.aten.eq.Scalar %11, %floatInf : !torch.vtensor<[2,1],f32>, !torch.float -> !torch.vtensor<[2,1],i1>
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %int6 = torch.constant.int 6
    %int0_5 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %none_6 = torch.constant.none
    %13 = torch.aten.scalar_tensor %float0.000000e00, %int6, %int0_5, %cpu, %none_6 : !torch.float, !torch.int, !torch.int, !torch.Device, !torch.none -> !torch.vtensor<[],f32>
    %14 = torch.aten.where.self %12, %13, %10 : !torch.vtensor<[2,1],i1>, !torch.vtensor<[],f32>, !torch.vtensor<[2,1],f32> -> !torch.vtensor<[2,1],f32>
    %int1_7 = torch.constant.int 1
    %15 = torch.prim.ListConstruct %int1_7 : (!torch.int) -> !torch.list<int>
    %16 = torch.prims.squeeze %14, %15 : !torch.vtensor<[2,1],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
    %int1_8 = torch.constant.int 1
    %17 = torch.aten.sub.Tensor %arg0, %14, %int1_8 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,1],f32>, !torch.int -> !torch.vtensor<[2,4],f32>
    %18 = torch.aten.exp %17 : !torch.vtensor<[2,4],f32> -> !torch.vtensor<[2,4],f32>
    %int1_9 = torch.constant.int 1
    %19 = torch.prim.ListConstruct %int1_9 : (!torch.int) -> !torch.list<int>
    %false_10 = torch.constant.bool false
    %none_11 = torch.constant.none
    %20 = torch.aten.sum.dim_IntList %18, %19, %false_10, %none_11 : !torch.vtensor<[2,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2],f32>
    %21 = torch.aten.log %20 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    %int1_12 = torch.constant.int 1
    %22 = torch.aten.add.Tensor %21, %16, %int1_12 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    return %0, %8, %22 : !torch.vtensr<[2,4],f32>, !torch.vtensor<[2,4],f32>, !torch.vtensor<[2],f32>
  }
}
