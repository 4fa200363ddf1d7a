module {
  func.func @main(%arg0: !torch.vtensor<[2,2,3,3],f32>) -> (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[],si64>, !torch.vtensor<[2,2,3,3],f32>) {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_2_2_1_1_torch.float32> : tensor<2x2x1x1xf32>) : !torch.vtensor<[2,2,1,1],f32>
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %2 = torch.prim.ListConstruct %int1, %int1_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0 = torch.constant.int 0
    %int0_1 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int0, %int0_1 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_2 = torch.constant.int 1
    %int1_3 = torch.constant.int 1
    %4 = torch.prim.ListConstruct %int1_2, %int1_3 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %int0_4 = torch.constant.int 0
    %int0_5 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int0_4, %int0_5 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_6 = torch.constant.int 1
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %false, %5, %int1_6 : !torch.vtensor<[2,2,3,3],f32>, !torch.vtensor<[2,2,1,1],f32>, !torch.vtensor<[2],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,2,3,3],f32>
    %7 = torch.vtensor.literal(dense<0> : tensor<si64>) : !torch.vtensor<[],si64>
    %int1_7 = torch.constant.int 1
    %int1_8 = torch.constant.int 1
    %8 = torch.aten.add.Scalar %7, %int1_7, %int1_8 : !torch.vtensor<[],si64>, !torch.int, !torch.int -> !torch.vtensor<[],si64>
    %int0_9 = torch.constant.int 0
    %int2 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %9 = torch.prim.ListConstruct %int0_9, %int2, %int3 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %int0_10 = torch.constant.int 0
    %true = torch.constant.bool true
    %result0, %result1 = torch.aten.var_mean.correction %6, %9, %int0_10, %true : !torch.vtensor<[2,2,3,3],f32>, !torch.list<int>, !torch.int, !torch.bool -> !torch.vtensor<[1,2,1,1],f32>, !torch.vtensor<[1,2,1,1],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %int1_11 = torch.constant.int 1
    %10 = torch.aten.add.Scalar %result0, %float1.000000e-05, %int1_11 : !torch.vtensor<[1,2,1,1],f32>, !torch.float, !torch.int -> !torch.vtensor<[1,2,1,1],f32>
    %11 = torch.aten.rsqrt %10 : !torch.vtensor<[1,2,1,1],f32> -> !torch.vtensor<[1,2,1,1],f32>
    %int1_12 = torch.constant.int 1
    %12 = torch.aten.sub.Tensor %6, %result1, %int1_12 : !torch.vtensor<[2,2,3,3],f32>, !torch.vtensor<[1,2,1,1],f32>, !torch.int -> !torch.vtensor<[2,2,3,3],f32>
    %13 = torch.aten.mul.Tensor %12, %11 : !torch.vtensor<[2,2,3,3],f32>, !torch.vtensor<[1,2,1,1],f32> -> !torch.vtensor<[2,2,3,3],f32>
    %int3_13 = torch.constant.int 3
    %14 = torch.prim.ListConstruct %int3_13 : (!torch.int) -> !torch.list<int>
    %15 = torch.prims.squeeze %result1, %14 : !torch.vtensor<[1,2,1,1],f32>, !torch.list<int> -> !torch.vtensor<[1,2,1],f32>
    %int2_14 = torch.constant.int 2
    %16 = torch.prim.ListConstruct %int2_14 : (!torch.int) -> !torch.list<int>
    %17 = torch.prims.squeeze %15, %16 : !torch.vtensor<[1,2,1],f32>, !torch.list<int> -> !torch.vtensor<[1,2],f32>
    %int0_15 = torch.constant.int 0
    %18 = torch.prim.ListConstruct %int0_15 : (!torch.int) -> !torch.list<int>
    %19 = torch.prims.squeeze %17, %18 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
    %float1.000000e-01 = torch.constant.float 1.000000e-01
    %20 = torch.aten.mul.Scalar %19, %float1.000000e-01 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
    %21 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_1> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %float9.000000e-01 = torch.constant.float 9.000000e-01
    %22 = torch.aten.mul.Scalar %21, %float9.000000e-01 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
    %int1_16 = torch.constant.int 1
    %23 = torch.aten.add.Tensor %20, %22, %int1_16 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %int3_17 = torch.constant.int 3
    %24 = torch.prim.ListConstruct %int3_17 : (!torch.int) -> !torch.list<int>
    %25 = torch.prims.squeeze %result0, %24 : !torch.vtensor<[1,2,1,1],f32>, !torch.list<int> -> !torch.vtensor<[1,2,1],f32>
    %int2_18 = torch.constant.int 2
    %26 = torch.prim.ListConstruct %int2_18 : (!torch.int) -> !torch.list<int>
    %27 = torch.prims.squeeze %25, %26 : !torch.vtensor<[1,2,1],f32>, !torch.list<int> -> !torch.vtensor<[1,2],f32>
    %int0_19 = torch.constant.int 0
    %28 = torch.prim.ListConstruct %int0_19 : (!torch.int) -> !torch.list<int>
    %29 = torch.prims.squeeze %27, %28 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32>
    %float1.058820e00 = torch.constant.float 1.0588235294117647
    %30 = torch.aten.mul.Scalar %29, %float1.058820e00 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
    %float1.000000e-01_20 = torch.constant.float 1.000000e-01
    %31 = torch.aten.mul.Scalar %30, %float1.000000e-01_20 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
    %32 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_2> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %float9.000000e-01_21 = torch.constant.float 9.000000e-01
    %33 = torch.aten.mul.Scalar %32, %float9.000000e-01_21 : !torch.vtensor<[2],f32>, !torch.float -> !torch.vtensor<[2],f32>
    %int1_22 = torch.constant.int 1
    %34 = torch.aten.add.Tensor %31, %33, %int1_22 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %35 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_3> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int-1 = torch.constant.int -1
    %36 = torch.aten.unsqueeze %35, %int-1 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,1],f32>
    %int-1_23 = torch.constant.int -1
    %37 = torch.aten.unsqueeze %36, %int-1_23 : !torch.vtensor<[2,1],f32>, !torch.int -> !torch.vtensor<[2,1,1],f32>
    %38 = torch.aten.mul.Tensor %13, %37 : !torch.vtensor<[2,2,3,3],f32>, !torch.vtensor<[2,1,1],f32> -> !torch.vtensor<[2,2,3,3],f32>
    %39 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_4> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int-1_24 = torch.constant.int -1
    %40 = torch.aten.unsqueeze %39, %int-1_24 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,1],f32>
    %int-1_25 = torch.constant.int -1
    %41 = torch.aten.unsqueeze %40, %int-1_25 : !torch.vtensor<[2,1],f32>, !torch.int -> !torch.vtensor<[2,1,1],f32>
    %int1_26 = torch.constant.int 1
    %42 = torch.aten.add.Tensor %38, %41, %int1_26 : !torch.vtensor<[2,2,3,3],f32>, !torch.vtensor<[2,1,1],f32>, !torch.int -> !torch.vtensor<[2,2,3,3],f32>
    return %23, %34, %8, %42 : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.vtensor<[],si64>, !torch.vtensor<[2,2,3,3],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_2_1_1_torch.float32: "0x040000002279ADBB9C36C23EB1FC14BF1D3805BF",
      torch_tensor_2_torch.float32: "0x04000000D6708BBEAB2A423E",
      torch_tensor_2_torch.float32_1: "0x040000000000000000000000",
      torch_tensor_2_torch.float32_2: "0x040000000000803F0000803F",
      torch_tensor_2_torch.float32_3: "0x040000000000803F0000803F",
      torch_tensor_2_torch.float32_4: "0x040000000000000000000000"
    }
  }
#-}
