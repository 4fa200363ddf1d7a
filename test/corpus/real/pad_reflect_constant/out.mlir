module {
  func.func @main(%arg0: !torch.vtensor<[1,1,3,3],f32>) -> (!torch.vtensor<[1,1,3,5],f32>, !torch.vtensor<[1,1,5,5],f32>) {
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %0 = torch.prim.ListConstruct %int1, %int1_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %1 = torch.aten.constant_pad_nd %arg0, %0, %float0.000000e00 : !torch.vtensor<[1,1,3,3],f32>, !torch.list<int>, !torch.float -> !torch.vtensor<[1,1,3,5],f32>
    %int-1 = torch.constant.int -1
    %int4 = torch.constant.int 4
    %int1_1 = torch.constant.int 1
    %none = torch.constant.none
    %int0 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %false = torch.constant.bool false
    %2 = torch.aten.arange.start_step %int-1, %int4, %int1_1, %none, %int0, %cpu, %false : !torch.int, !torch.int, !torch.int, !torch.none, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[5],si64>
    %3 = torch.aten.abs %2 : !torch.vtensor<[5],si64> -> !torch.vtensor<[5],si64>
    %int2 = torch.constant.int 2
    %4 = torch.prim.NumToTensor.Scalar %int2 : !torch.int -> !torch.vtensor<[],si64>
    %int1_2 = torch.constant.int 1
    %5 = torch.aten.sub.Tensor %4, %3, %int1_2 : !torch.vtensor<[],si64>, !torch.vtensor<[5],si64>, !torch.int -> !torch.vtensor<[5],si64>
    %6 = torch.aten.abs %5 : !torch.vtensor<[5],si64> -> !torch.vtensor<[5],si64>
    %int2_3 = torch.constant.int 2
    %7 = torch.prim.NumToTensor.Scalar %int2_3 : !torch.int -> !torch.vtensor<[],si64>
    %int1_4 = torch.constant.int 1
    %8 = torch.aten.sub.Tensor %7, %6, %int1_4 : !torch.vtensor<[],si64>, !torch.vtensor<[5],si64>, !torch.int -> !torch.vtensor<[5],si64>
    %none_5 = torch.constant.none
    %none_6 = torch.constant.none
    %none_7 = torch.constant.none
    %9 = torch.prim.ListConstruct %none_5, %none_6, %8, %none_7 : (!torch.none, !torch.none, !torch.vtensor<[5],si64>, !torch.none) -> !torch.list<optional<vtensor>>
    %10 = torch.aten.index.Tensor %arg0, %9 : !torch.vtensor<[1,1,3,3],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[1,1,5,3],f32>
    %int-1_8 = torch.constant.int -1
    %int4_9 = torch.constant.int 4
    %int1_10 = torch.constant.int 1
    %none_11 = torch.constant.none
    %int0_12 = torch.constant.int 0
    %cpu_13 = torch.constant.device "cpu"
    %false_14 = torch.constant.bool false
    %11 = torch.aten.arange.start_step %int-1_8, %int4_9, %int1_10, %none_11, %int0_12, %cpu_13, %false_14 : !torch.int, !torch.int, !torch.int, !torch.none, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[5],si64>
    %12 = torch.aten.abs %11 : !torch.vtensor<[5],si64> -> !torch.vtensor<[5],si64>
    %int2_15 = torch.constant.int 2
    %13 = torch.prim.NumToTensor.Scalar %int2_15 : !torch.int -> !torch.vtensor<[],si64>
    %int1_16 = torch.constant.int 1
    %14 = torch.aten.sub.Tensor %13, %12, %int1_16 : !torch.vtensor<[],si64>, !torch.vtensor<[5],si64>, !torch.int -> !torch.vtensor<[5],si64>
    %15 = torch.aten.abs %14 : !torch.vtensor<[5],si64> -> !torch.vtensor<[5],si64>
    %int2_17 = torch.constant.int 2
    %16 = torch.prim.NumToTensor.Scalar %int2_17 : !torch.int -> !torch.vtensor<[],si64>
    %int1_18 = torch.constant.int 1
    %17 = torch.aten.sub.Tensor %16, %15, %int1_18 : !torch.vtensor<[],si64>, !torch.vtensor<[5],si64>, !torch.int -> !torch.vtensor<[5],si64>
    %none_19 = torch.constant.none
    %none_20 = torch.constant.none
    %none_21 = torch.constant.none
    %18 = torch.prim.ListConstruct %none_19, %none_20, %none_21, %17 : (!torch.none, !torch.none, !torch.none, !torch.vtensor<[5],si64>) -> !torch.list<optional<vtensor>>
    %19 = torch.aten.index.Tensor %10, %18 : !torch.vtensor<[1,1,5,3],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[1,1,5,5],f32>
    return %1, %19 : !torch.vtensor<[1,1,3,5],f32>, !torch.vtensor<[1,1,5,5],f32>
  }
}
