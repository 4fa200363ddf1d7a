module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
    %int0 = torch.constant.int 0
    %int0_0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %int1_1 = torch.constant.int 1
    %0 = torch.aten.slice.Tensor %arg0, %int0, %int0_0, %int1, %int1_1 : !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1],f32>
    %int0_2 = torch.constant.int 0
    %int1_3 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int1_4 = torch.constant.int 1
    %1 = torch.aten.slice.Tensor %arg0, %int0_2, %int1_3, %int2, %int1_4 : !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1],f32>
    %int0_5 = torch.constant.int 0
    %int2_6 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %int1_7 = torch.constant.int 1
    %2 = torch.aten.slice.Tensor %arg0, %int0_5, %int2_6, %int3, %int1_7 : !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1],f32>
    %int0_8 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int0_8 : (!torch.int) -> !torch.list<int>
    %4 = torch.prims.squeeze %0, %3 : !torch.vtensor<[1],f32>, !torch.list<int> -> !torch.vtensor<[],f32>
    %int0_9 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int0_9 : (!torch.int) -> !torch.list<int>
    %6 = torch.prims.squeeze %1, %5 : !torch.vtensor<[1],f32>, !torch.list<int> -> !torch.vtensor<[],f32>
    %int0_10 = torch.constant.int 0
    %7 = torch.prim.ListConstruct %int0_10 : (!torch.int) -> !torch.list<int>
    %8 = torch.prims.squeeze %2, %7 : !torch.vtensor<[1],f32>, !torch.list<int> -> !torch.vtensor<[],f32>
    %9 = torch.aten.Float.Tensor %4 : !torch.vtensor<[],f32> -> !torch.float
    %10 = torch.aten.Float.Tensor %6 : !torch.vtensor<[],f32> -> !torch.float
    %11 = torch.aten.Float.Tensor %8 : !torch.vtensor<[],f32> -> !torch.float
    %int6 = torch.constant.int 6
    %none = torch.constant.none
    %cpu = torch.constant.device "cpu"
    %false = torch.constant.bool false
    %12 = torch.aten.scalar_tensor %9, %int6, %none, %cpu, %false : !torch.float, !torch.int, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[],f32>
    %int6_11 = torch.constant.int 6
    %none_12 = torch.constant.none
    %cpu_13 = torch.constant.device "cpu"
    %false_14 = torch.constant.bool false
    %13 = torch.aten.scalar_tensor %10, %int6_11, %none_12, %cpu_13, %false_14 : !torch.float, !torch.int, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[],f32>
    %int6_15 = torch.constant.int 6
    %none_16 = torch.constant.none
    %cpu_17 = torch.constant.device "cpu"
    %false_18 = torch.constant.bool false
    %14 = torch.aten.scalar_tensor %11, %int6_15, %none_16, %cpu_17, %false_18 : !torch.float, !torch.int, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[],f32>
    %int0_19 = torch.constant.int 0
    %15 = torch.aten.unsqueeze %12, %int0_19 : !torch.vtensor<[],f32>, !torch.int -> !torch.vtensor<[1],f32>
    %int0_20 = torch.constant.int 0
    %16 = torch.aten.unsqueeze %13, %int0_20 : !torch.vtensor<[],f32>, !torch.int -> !torch.vtensor<[1],f32>
    %int0_21 = torch.constant.int 0
    %17 = torch.aten.unsqueeze %14, %int0_21 : !torch.vtensor<[],f32>, !torch.int -> !torch.vtensor<[1],f32>
    %18 = torch.prim.ListConstruct %15, %16, %17 : (!torch.vtensor<[1],f32>, !torch.vtensor<[1],f32>, !torch.vtensor<[1],f32>) -> !torch.list<vtensor>
    %int0_22 = torch.constant.int 0
    %19 = torch.aten.cat %18, %int0_22 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[3],f32>
    %none_23 = torch.constant.none
    %none_24 = torch.constant.none
    %int6_25 = torch.constant.int 6
    %cpu_26 = torch.constant.device "cpu"
    %int0_27 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %19, %none_23, %none_24, %int6_25, %cpu_26, %int0_27 : !torch.vtensor<[3],f32>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int1_28 = torch.constant.int 1
    %int1_29 = torch.constant.int 1
    %20 = torch.aten.add.Scalar %19, %int1_28, %int1_29 : !torch.vtensor<[3],f32>, !torch.int, !torch.int -> !torch.vtensor<[3],f32>
    return %20 : !torch.vtensor<[3],f32>
  }
}
