#loc1 = loc("<site-packages>/torch/nn/modules/normalization.py":334:0)
module {
  func.func @main(%arg0: !torch.vtensor<[1,4,2,2],f32> loc("<site-packages>/torch/nn/modules/normalization.py":334:0)) -> !torch.vtensor<[1,4,2,2],f32> {
    %int1 = torch.constant.int 1 loc(#loc1)
    %int2 = torch.constant.int 2 loc(#loc1)
    %int2_0 = torch.constant.int 2 loc(#loc1)
    %int4 = torch.constant.int 4 loc(#loc1)
    %0 = torch.prim.ListConstruct %int1, %int2, %int2_0, %int4 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[1,4,2,2],f32>, !torch.list<int> -> !torch.vtensor<[1,2,2,4],f32> loc(#loc1)
    %int2_1 = torch.constant.int 2 loc(#loc1)
    %int3 = torch.constant.int 3 loc(#loc1)
    %2 = torch.prim.ListConstruct %int2_1, %int3 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %int0 = torch.constant.int 0 loc(#loc1)
    %true = torch.constant.bool true loc(#loc1)
    %result0, %result1 = torch.aten.var_mean.correction %1, %2, %int0, %true : !torch.vtensor<[1,2,2,4],f32>, !torch.list<int>, !torch.int, !torch.bool -> !torch.vtensor<[1,2,1,1],f32>, !torch.vtensor<[1,2,1,1],f32> loc(#loc1)
    %float1.000000e-05 = torch.constant.float 1.000000e-05 loc(#loc1)
    %int1_2 = torch.constant.int 1 loc(#loc1)
    %3 = torch.aten.add.Scalar %result0, %float1.000000e-05, %int1_2 : !torch.vtensor<[1,2,1,1],f32>, !torch.float, !torch.int -> !torch.vtensor<[1,2,1,1],f32> loc(#loc1)
    %4 = torch.aten.rsqrt %3 : !torch.vtensor<[1,2,1,1],f32> -> !torch.vtensor<[1,2,1,1],f32> loc(#loc1)
    %5 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc1)
    %int1_3 = torch.constant.int 1 loc(#loc1)
    %int2_4 = torch.constant.int 2 loc(#loc1)
    %int2_5 = torch.constant.int 2 loc(#loc1)
    %int1_6 = torch.constant.int 1 loc(#loc1)
    %6 = torch.prim.ListConstruct %int1_3, %int2_4, %int2_5, %int1_6 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %7 = torch.aten.view %5, %6 : !torch.vtensor<[4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,2,1],f32> loc(#loc1)
    %8 = torch.aten.mul.Tensor %4, %7 : !torch.vtensor<[1,2,1,1],f32>, !torch.vtensor<[1,2,2,1],f32> -> !torch.vtensor<[1,2,2,1],f32> loc(#loc1)
    %9 = torch.aten.neg %result1 : !torch.vtensor<[1,2,1,1],f32> -> !torch.vtensor<[1,2,1,1],f32> loc(#loc1)
    %10 = torch.aten.mul.Tensor %9, %8 : !torch.vtensor<[1,2,1,1],f32>, !torch.vtensor<[1,2,2,1],f32> -> !torch.vtensor<[1,2,2,1],f32> loc(#loc1)
    %11 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc1)
    %int1_7 = torch.constant.int 1 loc(#loc1)
    %int2_8 = torch.constant.int 2 loc(#loc1)
    %int2_9 = torch.constant.int 2 loc(#loc1)
    %int1_10 = torch.constant.int 1 loc(#loc1)
    %12 = torch.prim.ListConstruct %int1_7, %int2_8, %int2_9, %int1_10 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %13 = torch.aten.view %11, %12 : !torch.vtensor<[4],f32>, !torch.list<int> -> !torch.vtensor<[1,2,2,1],f32> loc(#loc1)
    %int1_11 = torch.constant.int 1 loc(#loc1)
    %14 = torch.aten.add.Tensor %10, %13, %int1_11 : !torch.vtensor<[1,2,2,1],f32>, !torch.vtensor<[1,2,2,1],f32>, !torch.int -> !torch.vtensor<[1,2,2,1],f32> loc(#loc1)
    %15 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %16 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64_1> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %17 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64_2> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %18 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64_3> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %19 = torch.prim.ListConstruct %15, %16, %17, %18 : (!torch.vtensor<[1,4],si64>, !torch.vtensor<[1,4],si64>, !torch.vtensor<[1,4],si64>, !torch.vtensor<[1,4],si64>) -> !torch.list<optional<vtensor>> loc(#loc1)
    %20 = torch.aten.index.Tensor %8, %19 : !torch.vtensor<[1,2,2,1],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[1,4],f32> loc(#loc1)
    %21 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64_4> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %22 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64_5> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %23 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64_6> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %24 = torch.vtensor.literal(dense_resource<torch_tensor_1_4_torch.int64_7> : tensor<1x4xsi64>) : !torch.vtensor<[1,4],si64> loc(#loc1)
    %25 = torch.prim.ListConstruct %21, %22, %23, %24 : (!torch.vtensor<[1,4],si64>, !torch.vtensor<[1,4],si64>, !torch.vtensor<[1,4],si64>, !torch.vtensor<[1,4],si64>) -> !torch.list<optional<vtensor>> loc(#loc1)
    %26 = torch.aten.index.Tensor %14, %25 : !torch.vtensor<[1,2,2,1],f32>, !torch.list<optional<vtensor>> -> !torch.vtensor<[1,4],f32> loc(#loc1)
    %int2_12 = torch.constant.int 2 loc(#loc1)
    %27 = torch.aten.unsqueeze %20, %int2_12 : !torch.vtensor<[1,4],f32>, !torch.int -> !torch.vtensor<[1,4,1],f32> loc(#loc1)
    %int3_13 = torch.constant.int 3 loc(#loc1)
    %28 = torch.aten.unsqueeze %27, %int3_13 : !torch.vtensor<[1,4,1],f32>, !torch.int -> !torch.vtensor<[1,4,1,1],f32> loc(#loc1)
    %int2_14 = torch.constant.int 2 loc(#loc1)
    %29 = torch.aten.unsqueeze %26, %int2_14 : !torch.vtensor<[1,4],f32>, !torch.int -> !torch.vtensor<[1,4,1],f32> loc(#loc1)
    %int3_15 = torch.constant.int 3 loc(#loc1)
    %30 = torch.aten.unsqueeze %29, %int3_15 : !torch.vtensor<[1,4,1],f32>, !torch.int -> !torch.vtensor<[1,4,1,1],f32> loc(#loc1)
    %31 = torch.aten.mul.Tensor %arg0, %28 : !torch.vtensor<[1,4,2,2],f32>, !torch.vtensor<[1,4,1,1],f32> -> !torch.vtensor<[1,4,2,2],f32> loc(#loc1)
    %int1_16 = torch.constant.int 1 loc(#loc1)
    %32 = torch.aten.add.Tensor %31, %30, %int1_16 : !torch.vtensor<[1,4,2,2],f32>, !torch.vtensor<[1,4,1,1],f32>, !torch.int -> !torch.vtensor<[1,4,2,2],f32> loc(#loc1)
    return %32 : !torch.vtensor<[1,4,2,2],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803F0000803F0000803F0000803F",
      torch_tensor_4_torch.float32_1: "0x0400000000000000000000000000000000000000",
      torch_tensor_1_4_torch.int64: "0x080000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_1_4_torch.int64_1: "0x080000000000000000000000000000000000000001000000000000000100000000000000",
      torch_tensor_1_4_torch.int64_2: "0x080000000000000000000000010000000000000000000000000000000100000000000000",
      torch_tensor_1_4_torch.int64_3: "0x080000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_1_4_torch.int64_4: "0x080000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_1_4_torch.int64_5: "0x080000000000000000000000000000000000000001000000000000000100000000000000",
      torch_tensor_1_4_torch.int64_6: "0x080000000000000000000000010000000000000000000000000000000100000000000000",
      torch_tensor_1_4_torch.int64_7: "0x080000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
