module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_3_torch.float32> : tensor<3xf32>) : !torch.vtensor<[3],f32>
    %none = torch.constant.none
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[3],f32>, !torch.none -> !torch.vtensor<[3],f32>
    %int0 = torch.constant.int 0
    %int0_0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %int1_1 = torch.constant.int 1
    %2 = torch.aten.slice.Tensor %1, %int0, %int0_0, %int1, %int1_1 : !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1],f32>
    %int0_2 = torch.constant.int 0
    %int1_3 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int1_4 = torch.constant.int 1
    %3 = torch.aten.slice.Tensor %1, %int0_2, %int1_3, %int2, %int1_4 : !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1],f32>
    %int0_5 = torch.constant.int 0
    %int2_6 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %int1_7 = torch.constant.int 1
    %4 = torch.aten.slice.Tensor %1, %int0_5, %int2_6, %int3, %int1_7 : !torch.vtensor<[3],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1],f32>
    %int0_8 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int0_8 : (!torch.int) -> !torch.list<int>
    %6 = torch.prims.squeeze %2, %5 : !torch.vtensor<[1],f32>, !torch.list<int> -> !torch.vtensor<[],f32>
    %int0_9 = torch.constant.int 0
    %7 = torch.prim.ListConstruct %int0_9 : (!torch.int) -> !torch.list<int>
    %8 = torch.prims.squeeze %3, %7 : !torch.vtensor<[1],f32>, !torch.list<int> -> !torch.vtensor<[],f32>
    %int0_10 = torch.constant.int 0
    %9 = torch.prim.ListConstruct %int0_10 : (!torch.int) -> !torch.list<int>
    %10 = torch.prims.squeeze %4, %9 : !torch.vtensor<[1],f32>, !torch.list<int> -> !torch.vtensor<[],f32>
    %11 = torch.aten.Float.Tensor %6 : !torch.vtensor<[],f32> -> !torch.float
    %12 = torch.aten.Float.Tensor %8 : !torch.vtensor<[],f32> -> !torch.float
    %13 = torch.aten.Float.Tensor %10 : !torch.vtensor<[],f32> -> !torch.float
    %int6 = torch.constant.int 6
    %none_11 = torch.constant.none
    %cpu = torch.constant.device "cpu"
    %false = torch.constant.bool false
    %14 = torch.aten.scalar_tensor %11, %int6, %none_11, %cpu, %false : !torch.float, !torch.int, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[],f32>
    %int6_12 = torch.constant.int 6
    %none_13 = torch.constant.none
    %cpu_14 = torch.constant.device "cpu"
    %false_15 = torch.constant.bool false
    %15 = torch.aten.scalar_tensor %12, %int6_12, %none_13, %cpu_14, %false_15 : !torch.float, !torch.int, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[],f32>
    %int6_16 = torch.constant.int 6
    %none_17 = torch.constant.none
    %cpu_18 = torch.constant.device "cpu"
    %false_19 = torch.constant.bool false
    %16 = torch.aten.scalar_tensor %13, %int6_16, %none_17, %cpu_18, %false_19 : !torch.float, !torch.int, !torch.none, !torch.Device, !torch.bool -> !torch.vtensor<[],f32>
    %int0_20 = torch.constant.int 0
    %17 = torch.aten.unsqueeze %14, %int0_20 : !torch.vtensor<[],f32>, !torch.int -> !torch.vtensor<[1],f32>
    %int0_21 = torch.constant.int 0
    %18 = torch.aten.unsqueeze %15, %int0_21 : !torch.vtensor<[],f32>, !torch.int -> !torch.vtensor<[1],f32>
    %int0_22 = torch.constant.int 0
    %19 = torch.aten.unsqueeze %16, %int0_22 : !torch.vtensor<[],f32>, !torch.int -> !torch.vtensor<[1],f32>
    %20 = torch.prim.ListConstruct %17, %18, %19 : (!torch.vtensor<[1],f32>, !torch.vtensor<[1],f32>, !torch.vtensor<[1],f32>) -> !torch.list<vtensor>
    %int0_23 = torch.constant.int 0
    %21 = torch.aten.cat %20, %int0_23 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[3],f32>
    %none_24 = torch.constant.none
    %none_25 = torch.constant.none
    %int6_26 = torch.constant.int 6
    %cpu_27 = torch.constant.device "cpu"
    %int0_28 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %21, %none_24, %none_25, %int6_26, %cpu_27, %int0_28 : !torch.vtensor<[3],f32>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %22 = torch.aten.mul.Tensor %arg0, %21 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    return %22 : !torch.vtensor<[3],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_3_torch.float32: "0x040000000000803F0000004000004040"
    }
  }
#-}
