module {
  func.func @main(%arg0: !torch.vtensor<[1,3,32,32],f32>) -> !torch.vtensor<[1,3],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_16_3_3_3_torch.float32> : tensor<16x3x3x3xf32>) : !torch.vtensor<[16,3,3,3],f32>
    %none = torch.constant.none
    %int2 = torch.constant.int 2
    %int2_0 = torch.constant.int 2
    %1 = torch.prim.ListConstruct %int2, %int2_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1 = torch.constant.int 1
    %int1_1 = torch.constant.int 1
    %2 = torch.prim.ListConstruct %int1, %int1_1 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_2 = torch.constant.int 1
    %int1_3 = torch.constant.int 1
    %3 = torch.prim.ListConstruct %int1_2, %int1_3 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %int0 = torch.constant.int 0
    %int0_4 = torch.constant.int 0
    %4 = torch.prim.ListConstruct %int0, %int0_4 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_5 = torch.constant.int 1
    %5 = torch.aten.convolution %arg0, %0, %none, %1, %2, %3, %false, %4, %int1_5 : !torch.vtensor<[1,3,32,32],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,16,16],f32>
    %6 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6 = torch.constant.int 6
    %7 = torch.prims.convert_element_type %6, %int6 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %8 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_1> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_6 = torch.constant.int 6
    %9 = torch.prims.convert_element_type %8, %int6_6 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %int1_7 = torch.constant.int 1
    %10 = torch.aten.add.Scalar %9, %float1.000000e-05, %int1_7 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %11 = torch.aten.sqrt %10 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %12 = torch.aten.reciprocal %11 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %int1_8 = torch.constant.int 1
    %13 = torch.aten.mul.Scalar %12, %int1_8 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %int-1 = torch.constant.int -1
    %14 = torch.aten.unsqueeze %7, %int-1 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_9 = torch.constant.int -1
    %15 = torch.aten.unsqueeze %14, %int-1_9 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int-1_10 = torch.constant.int -1
    %16 = torch.aten.unsqueeze %13, %int-1_10 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_11 = torch.constant.int -1
    %17 = torch.aten.unsqueeze %16, %int-1_11 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_12 = torch.constant.int 1
    %18 = torch.aten.sub.Tensor %5, %15, %int1_12 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,16,16],f32>
    %19 = torch.aten.mul.Tensor %18, %17 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,16,16],f32>
    %20 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_2> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_13 = torch.constant.int -1
    %21 = torch.aten.unsqueeze %20, %int-1_13 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_14 = torch.constant.int -1
    %22 = torch.aten.unsqueeze %21, %int-1_14 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %23 = torch.aten.mul.Tensor %19, %22 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,16,16],f32>
    %24 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_3> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_15 = torch.constant.int -1
    %25 = torch.aten.unsqueeze %24, %int-1_15 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_16 = torch.constant.int -1
    %26 = torch.aten.unsqueeze %25, %int-1_16 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_17 = torch.constant.int 1
    %27 = torch.aten.add.Tensor %23, %26, %int1_17 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,16,16],f32>
    %28 = torch.aten.relu %27 : !torch.vtensor<[1,16,16,16],f32> -> !torch.vtensor<[1,16,16,16],f32>
    %29 = torch.vtensor.literal(dense_resource<torch_tensor_16_16_1_1_torch.float32> : tensor<16x16x1x1xf32>) : !torch.vtensor<[16,16,1,1],f32>
    %none_18 = torch.constant.none
    %int1_19 = torch.constant.int 1
    %int1_20 = torch.constant.int 1
    %30 = torch.prim.ListConstruct %int1_19, %int1_20 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_21 = torch.constant.int 0
    %int0_22 = torch.constant.int 0
    %31 = torch.prim.ListConstruct %int0_21, %int0_22 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_23 = torch.constant.int 1
    %int1_24 = torch.constant.int 1
    %32 = torch.prim.ListConstruct %int1_23, %int1_24 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_25 = torch.constant.bool false
    %int0_26 = torch.constant.int 0
    %int0_27 = torch.constant.int 0
    %33 = torch.prim.ListConstruct %int0_26, %int0_27 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_28 = torch.constant.int 1
    %34 = torch.aten.convolution %28, %29, %none_18, %30, %31, %32, %false_25, %33, %int1_28 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,16,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,16,16],f32>
    %35 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_4> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_29 = torch.constant.int 6
    %36 = torch.prims.convert_element_type %35, %int6_29 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %37 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_5> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_30 = torch.constant.int 6
    %38 = torch.prims.convert_element_type %37, %int6_30 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %float1.000000e-05_31 = torch.constant.float 1.000000e-05
    %int1_32 = torch.constant.int 1
    %39 = torch.aten.add.Scalar %38, %float1.000000e-05_31, %int1_32 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %40 = torch.aten.sqrt %39 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %41 = torch.aten.reciprocal %40 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %int1_33 = torch.constant.int 1
    %42 = torch.aten.mul.Scalar %41, %int1_33 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %int-1_34 = torch.constant.int -1
    %43 = torch.aten.unsqueeze %36, %int-1_34 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_35 = torch.constant.int -1
    %44 = torch.aten.unsqueeze %43, %int-1_35 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int-1_36 = torch.constant.int -1
    %45 = torch.aten.unsqueeze %42, %int-1_36 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_37 = torch.constant.int -1
    %46 = torch.aten.unsqueeze %45, %int-1_37 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_38 = torch.constant.int 1
    %47 = torch.aten.sub.Tensor %34, %44, %int1_38 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,16,16],f32>
    %48 = torch.aten.mul.Tensor %47, %46 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,16,16],f32>
    %49 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_6> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_39 = torch.constant.int -1
    %50 = torch.aten.unsqueeze %49, %int-1_39 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_40 = torch.constant.int -1
    %51 = torch.aten.unsqueeze %50, %int-1_40 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %52 = torch.aten.mul.Tensor %48, %51 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,16,16],f32>
    %53 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_7> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_41 = torch.constant.int -1
    %54 = torch.aten.unsqueeze %53, %int-1_41 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_42 = torch.constant.int -1
    %55 = torch.aten.unsqueeze %54, %int-1_42 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_43 = torch.constant.int 1
    %56 = torch.aten.add.Tensor %52, %55, %int1_43 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,16,16],f32>
    %57 = torch.aten.relu %56 : !torch.vtensor<[1,16,16,16],f32> -> !torch.vtensor<[1,16,16,16],f32>
    %58 = torch.vtensor.literal(dense_resource<torch_tensor_16_8_3_3_torch.float32> : tensor<16x8x3x3xf32>) : !torch.vtensor<[16,8,3,3],f32>
    %none_44 = torch.constant.none
    %int2_45 = torch.constant.int 2
    %int2_46 = torch.constant.int 2
    %59 = torch.prim.ListConstruct %int2_45, %int2_46 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_47 = torch.constant.int 1
    %int1_48 = torch.constant.int 1
    %60 = torch.prim.ListConstruct %int1_47, %int1_48 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_49 = torch.constant.int 1
    %int1_50 = torch.constant.int 1
    %61 = torch.prim.ListConstruct %int1_49, %int1_50 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_51 = torch.constant.bool false
    %int0_52 = torch.constant.int 0
    %int0_53 = torch.constant.int 0
    %62 = torch.prim.ListConstruct %int0_52, %int0_53 : (!torch.int, !torch.int) -> !torch.list<int>
    %int2_54 = torch.constant.int 2
    %63 = torch.aten.convolution %57, %58, %none_44, %59, %60, %61, %false_51, %62, %int2_54 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,8,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %64 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_8> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_55 = torch.constant.int 6
    %65 = torch.prims.convert_element_type %64, %int6_55 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %66 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_9> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_56 = torch.constant.int 6
    %67 = torch.prims.convert_element_type %66, %int6_56 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %float1.000000e-05_57 = torch.constant.float 1.000000e-05
    %int1_58 = torch.constant.int 1
    %68 = torch.aten.add.Scalar %67, %float1.000000e-05_57, %int1_58 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %69 = torch.aten.sqrt %68 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %70 = torch.aten.reciprocal %69 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %int1_59 = torch.constant.int 1
    %71 = torch.aten.mul.Scalar %70, %int1_59 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %int-1_60 = torch.constant.int -1
    %72 = torch.aten.unsqueeze %65, %int-1_60 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_61 = torch.constant.int -1
    %73 = torch.aten.unsqueeze %72, %int-1_61 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int-1_62 = torch.constant.int -1
    %74 = torch.aten.unsqueeze %71, %int-1_62 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_63 = torch.constant.int -1
    %75 = torch.aten.unsqueeze %74, %int-1_63 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_64 = torch.constant.int 1
    %76 = torch.aten.sub.Tensor %63, %73, %int1_64 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %77 = torch.aten.mul.Tensor %76, %75 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %78 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_10> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_65 = torch.constant.int -1
    %79 = torch.aten.unsqueeze %78, %int-1_65 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_66 = torch.constant.int -1
    %80 = torch.aten.unsqueeze %79, %int-1_66 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %81 = torch.aten.mul.Tensor %77, %80 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %82 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_11> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_67 = torch.constant.int -1
    %83 = torch.aten.unsqueeze %82, %int-1_67 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_68 = torch.constant.int -1
    %84 = torch.aten.unsqueeze %83, %int-1_68 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_69 = torch.constant.int 1
    %85 = torch.aten.add.Tensor %81, %84, %int1_69 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %86 = torch.aten.relu %85 : !torch.vtensor<[1,16,8,8],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %int-1_70 = torch.constant.int -1
    %int-2 = torch.constant.int -2
    %87 = torch.prim.ListConstruct %int-1_70, %int-2 : (!torch.int, !torch.int) -> !torch.list<int>
    %true = torch.constant.bool true
    %none_71 = torch.constant.none
    %88 = torch.aten.mean.dim %86, %87, %true, %none_71 : !torch.vtensor<[1,16,8,8],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[1,16,1,1],f32>
    %89 = torch.vtensor.literal(dense_resource<torch_tensor_4_16_1_1_torch.float32> : tensor<4x16x1x1xf32>) : !torch.vtensor<[4,16,1,1],f32>
    %90 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1_72 = torch.constant.int 1
    %int1_73 = torch.constant.int 1
    %91 = torch.prim.ListConstruct %int1_72, %int1_73 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_74 = torch.constant.int 0
    %int0_75 = torch.constant.int 0
    %92 = torch.prim.ListConstruct %int0_74, %int0_75 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_76 = torch.constant.int 1
    %int1_77 = torch.constant.int 1
    %93 = torch.prim.ListConstruct %int1_76, %int1_77 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_78 = torch.constant.bool false
    %int0_79 = torch.constant.int 0
    %int0_80 = torch.constant.int 0
    %94 = torch.prim.ListConstruct %int0_79, %int0_80 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_81 = torch.constant.int 1
    %95 = torch.aten.convolution %88, %89, %90, %91, %92, %93, %false_78, %94, %int1_81 : !torch.vtensor<[1,16,1,1],f32>, !torch.vtensor<[4,16,1,1],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,1,1],f32>
    %96 = torch.aten.relu %95 : !torch.vtensor<[1,4,1,1],f32> -> !torch.vtensor<[1,4,1,1],f32>
    %97 = torch.vtensor.literal(dense_resource<torch_tensor_16_4_1_1_torch.float32> : tensor<16x4x1x1xf32>) : !torch.vtensor<[16,4,1,1],f32>
    %98 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_12> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_82 = torch.constant.int 1
    %int1_83 = torch.constant.int 1
    %99 = torch.prim.ListConstruct %int1_82, %int1_83 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_84 = torch.constant.int 0
    %int0_85 = torch.constant.int 0
    %100 = torch.prim.ListConstruct %int0_84, %int0_85 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_86 = torch.constant.int 1
    %int1_87 = torch.constant.int 1
    %101 = torch.prim.ListConstruct %int1_86, %int1_87 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_88 = torch.constant.bool false
    %int0_89 = torch.constant.int 0
    %int0_90 = torch.constant.int 0
    %102 = torch.prim.ListConstruct %int0_89, %int0_90 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_91 = torch.constant.int 1
    %103 = torch.aten.convolution %96, %97, %98, %99, %100, %101, %false_88, %102, %int1_91 : !torch.vtensor<[1,4,1,1],f32>, !torch.vtensor<[16,4,1,1],f32>, !torch.vtensor<[16],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,1,1],f32>
    %104 = torch.aten.sigmoid %103 : !torch.vtensor<[1,16,1,1],f32> -> !torch.vtensor<[1,16,1,1],f32>
    %105 = torch.aten.mul.Tensor %86, %104 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[1,16,1,1],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %106 = torch.vtensor.literal(dense_resource<torch_tensor_16_16_1_1_torch.float32_1> : tensor<16x16x1x1xf32>) : !torch.vtensor<[16,16,1,1],f32>
    %none_92 = torch.constant.none
    %int1_93 = torch.constant.int 1
    %int1_94 = torch.constant.int 1
    %107 = torch.prim.ListConstruct %int1_93, %int1_94 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_95 = torch.constant.int 0
    %int0_96 = torch.constant.int 0
    %108 = torch.prim.ListConstruct %int0_95, %int0_96 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_97 = torch.constant.int 1
    %int1_98 = torch.constant.int 1
    %109 = torch.prim.ListConstruct %int1_97, %int1_98 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_99 = torch.constant.bool false
    %int0_100 = torch.constant.int 0
    %int0_101 = torch.constant.int 0
    %110 = torch.prim.ListConstruct %int0_100, %int0_101 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_102 = torch.constant.int 1
    %111 = torch.aten.convolution %105, %106, %none_92, %107, %108, %109, %false_99, %110, %int1_102 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,16,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %112 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_13> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_103 = torch.constant.int 6
    %113 = torch.prims.convert_element_type %112, %int6_103 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %114 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_14> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_104 = torch.constant.int 6
    %115 = torch.prims.convert_element_type %114, %int6_104 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %float1.000000e-05_105 = torch.constant.float 1.000000e-05
    %int1_106 = torch.constant.int 1
    %116 = torch.aten.add.Scalar %115, %float1.000000e-05_105, %int1_106 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %117 = torch.aten.sqrt %116 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %118 = torch.aten.reciprocal %117 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %int1_107 = torch.constant.int 1
    %119 = torch.aten.mul.Scalar %118, %int1_107 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %int-1_108 = torch.constant.int -1
    %120 = torch.aten.unsqueeze %113, %int-1_108 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_109 = torch.constant.int -1
    %121 = torch.aten.unsqueeze %120, %int-1_109 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int-1_110 = torch.constant.int -1
    %122 = torch.aten.unsqueeze %119, %int-1_110 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_111 = torch.constant.int -1
    %123 = torch.aten.unsqueeze %122, %int-1_111 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_112 = torch.constant.int 1
    %124 = torch.aten.sub.Tensor %111, %121, %int1_112 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %125 = torch.aten.mul.Tensor %124, %123 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %126 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_15> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_113 = torch.constant.int -1
    %127 = torch.aten.unsqueeze %126, %int-1_113 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_114 = torch.constant.int -1
    %128 = torch.aten.unsqueeze %127, %int-1_114 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %129 = torch.aten.mul.Tensor %125, %128 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %130 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_16> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_115 = torch.constant.int -1
    %131 = torch.aten.unsqueeze %130, %int-1_115 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_116 = torch.constant.int -1
    %132 = torch.aten.unsqueeze %131, %int-1_116 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_117 = torch.constant.int 1
    %133 = torch.aten.add.Tensor %129, %132, %int1_117 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %134 = torch.vtensor.literal(dense_resource<torch_tensor_16_16_1_1_torch.float32_2> : tensor<16x16x1x1xf32>) : !torch.vtensor<[16,16,1,1],f32>
    %none_118 = torch.constant.none
    %int2_119 = torch.constant.int 2
    %int2_120 = torch.constant.int 2
    %135 = torch.prim.ListConstruct %int2_119, %int2_120 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_121 = torch.constant.int 0
    %int0_122 = torch.constant.int 0
    %136 = torch.prim.ListConstruct %int0_121, %int0_122 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_123 = torch.constant.int 1
    %int1_124 = torch.constant.int 1
    %137 = torch.prim.ListConstruct %int1_123, %int1_124 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_125 = torch.constant.bool false
    %int0_126 = torch.constant.int 0
    %int0_127 = torch.constant.int 0
    %138 = torch.prim.ListConstruct %int0_126, %int0_127 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_128 = torch.constant.int 1
    %139 = torch.aten.convolution %28, %134, %none_118, %135, %136, %137, %false_125, %138, %int1_128 : !torch.vtensor<[1,16,16,16],f32>, !torch.vtensor<[16,16,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %140 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_17> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_129 = torch.constant.int 6
    %141 = torch.prims.convert_element_type %140, %int6_129 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %142 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_18> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int6_130 = torch.constant.int 6
    %143 = torch.prims.convert_element_type %142, %int6_130 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %float1.000000e-05_131 = torch.constant.float 1.000000e-05
    %int1_132 = torch.constant.int 1
    %144 = torch.aten.add.Scalar %143, %float1.000000e-05_131, %int1_132 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %145 = torch.aten.sqrt %144 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %146 = torch.aten.reciprocal %145 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %int1_133 = torch.constant.int 1
    %147 = torch.aten.mul.Scalar %146, %int1_133 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16],f32>
    %int-1_134 = torch.constant.int -1
    %148 = torch.aten.unsqueeze %141, %int-1_134 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_135 = torch.constant.int -1
    %149 = torch.aten.unsqueeze %148, %int-1_135 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int-1_136 = torch.constant.int -1
    %150 = torch.aten.unsqueeze %147, %int-1_136 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_137 = torch.constant.int -1
    %151 = torch.aten.unsqueeze %150, %int-1_137 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_138 = torch.constant.int 1
    %152 = torch.aten.sub.Tensor %139, %149, %int1_138 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %153 = torch.aten.mul.Tensor %152, %151 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %154 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_19> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_139 = torch.constant.int -1
    %155 = torch.aten.unsqueeze %154, %int-1_139 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_140 = torch.constant.int -1
    %156 = torch.aten.unsqueeze %155, %int-1_140 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %157 = torch.aten.mul.Tensor %153, %156 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %158 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_20> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int-1_141 = torch.constant.int -1
    %159 = torch.aten.unsqueeze %158, %int-1_141 : !torch.vtensor<[16],f32>, !torch.int -> !torch.vtensor<[16,1],f32>
    %int-1_142 = torch.constant.int -1
    %160 = torch.aten.unsqueeze %159, %int-1_142 : !torch.vtensor<[16,1],f32>, !torch.int -> !torch.vtensor<[16,1,1],f32>
    %int1_143 = torch.constant.int 1
    %161 = torch.aten.add.Tensor %157, %160, %int1_143 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[16,1,1],f32>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %int1_144 = torch.constant.int 1
    %162 = torch.aten.add.Tensor %133, %161, %int1_144 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[1,16,8,8],f32>, !torch.int -> !torch.vtensor<[1,16,8,8],f32>
    %163 = torch.aten.relu %162 : !torch.vtensor<[1,16,8,8],f32> -> !torch.vtensor<[1,16,8,8],f32>
    %164 = torch.vtensor.literal(dense_resource<torch_tensor_32_16_1_1_torch.float32> : tensor<32x16x1x1xf32>) : !torch.vtensor<[32,16,1,1],f32>
    %none_145 = torch.constant.none
    %int1_146 = torch.constant.int 1
    %int1_147 = torch.constant.int 1
    %165 = torch.prim.ListConstruct %int1_146, %int1_147 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_148 = torch.constant.int 0
    %int0_149 = torch.constant.int 0
    %166 = torch.prim.ListConstruct %int0_148, %int0_149 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_150 = torch.constant.int 1
    %int1_151 = torch.constant.int 1
    %167 = torch.prim.ListConstruct %int1_150, %int1_151 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_152 = torch.constant.bool false
    %int0_153 = torch.constant.int 0
    %int0_154 = torch.constant.int 0
    %168 = torch.prim.ListConstruct %int0_153, %int0_154 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_155 = torch.constant.int 1
    %169 = torch.aten.convolution %163, %164, %none_145, %165, %166, %167, %false_152, %168, %int1_155 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[32,16,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,32,8,8],f32>
    %170 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_156 = torch.constant.int 6
    %171 = torch.prims.convert_element_type %170, %int6_156 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %172 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_1> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_157 = torch.constant.int 6
    %173 = torch.prims.convert_element_type %172, %int6_157 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %float1.000000e-05_158 = torch.constant.float 1.000000e-05
    %int1_159 = torch.constant.int 1
    %174 = torch.aten.add.Scalar %173, %float1.000000e-05_158, %int1_159 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %175 = torch.aten.sqrt %174 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %176 = torch.aten.reciprocal %175 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %int1_160 = torch.constant.int 1
    %177 = torch.aten.mul.Scalar %176, %int1_160 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %int-1_161 = torch.constant.int -1
    %178 = torch.aten.unsqueeze %171, %int-1_161 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_162 = torch.constant.int -1
    %179 = torch.aten.unsqueeze %178, %int-1_162 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int-1_163 = torch.constant.int -1
    %180 = torch.aten.unsqueeze %177, %int-1_163 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_164 = torch.constant.int -1
    %181 = torch.aten.unsqueeze %180, %int-1_164 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_165 = torch.constant.int 1
    %182 = torch.aten.sub.Tensor %169, %179, %int1_165 : !torch.vtensor<[1,32,8,8],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,8,8],f32>
    %183 = torch.aten.mul.Tensor %182, %181 : !torch.vtensor<[1,32,8,8],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,8,8],f32>
    %184 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_2> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_166 = torch.constant.int -1
    %185 = torch.aten.unsqueeze %184, %int-1_166 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_167 = torch.constant.int -1
    %186 = torch.aten.unsqueeze %185, %int-1_167 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %187 = torch.aten.mul.Tensor %183, %186 : !torch.vtensor<[1,32,8,8],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,8,8],f32>
    %188 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_3> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_168 = torch.constant.int -1
    %189 = torch.aten.unsqueeze %188, %int-1_168 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_169 = torch.constant.int -1
    %190 = torch.aten.unsqueeze %189, %int-1_169 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_170 = torch.constant.int 1
    %191 = torch.aten.add.Tensor %187, %190, %int1_170 : !torch.vtensor<[1,32,8,8],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,8,8],f32>
    %192 = torch.aten.relu %191 : !torch.vtensor<[1,32,8,8],f32> -> !torch.vtensor<[1,32,8,8],f32>
    %193 = torch.vtensor.literal(dense_resource<torch_tensor_32_8_3_3_torch.float32> : tensor<32x8x3x3xf32>) : !torch.vtensor<[32,8,3,3],f32>
    %none_171 = torch.constant.none
    %int2_172 = torch.constant.int 2
    %int2_173 = torch.constant.int 2
    %194 = torch.prim.ListConstruct %int2_172, %int2_173 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_174 = torch.constant.int 1
    %int1_175 = torch.constant.int 1
    %195 = torch.prim.ListConstruct %int1_174, %int1_175 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_176 = torch.constant.int 1
    %int1_177 = torch.constant.int 1
    %196 = torch.prim.ListConstruct %int1_176, %int1_177 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_178 = torch.constant.bool false
    %int0_179 = torch.constant.int 0
    %int0_180 = torch.constant.int 0
    %197 = torch.prim.ListConstruct %int0_179, %int0_180 : (!torch.int, !torch.int) -> !torch.list<int>
    %int4 = torch.constant.int 4
    %198 = torch.aten.convolution %192, %193, %none_171, %194, %195, %196, %false_178, %197, %int4 : !torch.vtensor<[1,32,8,8],f32>, !torch.vtensor<[32,8,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %199 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_4> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_181 = torch.constant.int 6
    %200 = torch.prims.convert_element_type %199, %int6_181 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %201 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_5> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_182 = torch.constant.int 6
    %202 = torch.prims.convert_element_type %201, %int6_182 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %float1.000000e-05_183 = torch.constant.float 1.000000e-05
    %int1_184 = torch.constant.int 1
    %203 = torch.aten.add.Scalar %202, %float1.000000e-05_183, %int1_184 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %204 = torch.aten.sqrt %203 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %205 = torch.aten.reciprocal %204 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %int1_185 = torch.constant.int 1
    %206 = torch.aten.mul.Scalar %205, %int1_185 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %int-1_186 = torch.constant.int -1
    %207 = torch.aten.unsqueeze %200, %int-1_186 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_187 = torch.constant.int -1
    %208 = torch.aten.unsqueeze %207, %int-1_187 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int-1_188 = torch.constant.int -1
    %209 = torch.aten.unsqueeze %206, %int-1_188 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_189 = torch.constant.int -1
    %210 = torch.aten.unsqueeze %209, %int-1_189 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_190 = torch.constant.int 1
    %211 = torch.aten.sub.Tensor %198, %208, %int1_190 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %212 = torch.aten.mul.Tensor %211, %210 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %213 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_6> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_191 = torch.constant.int -1
    %214 = torch.aten.unsqueeze %213, %int-1_191 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_192 = torch.constant.int -1
    %215 = torch.aten.unsqueeze %214, %int-1_192 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %216 = torch.aten.mul.Tensor %212, %215 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %217 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_7> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_193 = torch.constant.int -1
    %218 = torch.aten.unsqueeze %217, %int-1_193 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_194 = torch.constant.int -1
    %219 = torch.aten.unsqueeze %218, %int-1_194 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_195 = torch.constant.int 1
    %220 = torch.aten.add.Tensor %216, %219, %int1_195 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %221 = torch.aten.relu %220 : !torch.vtensor<[1,32,4,4],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %int-1_196 = torch.constant.int -1
    %int-2_197 = torch.constant.int -2
    %222 = torch.prim.ListConstruct %int-1_196, %int-2_197 : (!torch.int, !torch.int) -> !torch.list<int>
    %true_198 = torch.constant.bool true
    %none_199 = torch.constant.none
    %223 = torch.aten.mean.dim %221, %222, %true_198, %none_199 : !torch.vtensor<[1,32,4,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[1,32,1,1],f32>
    %224 = torch.vtensor.literal(dense_resource<torch_tensor_4_32_1_1_torch.float32> : tensor<4x32x1x1xf32>) : !torch.vtensor<[4,32,1,1],f32>
    %225 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1_200 = torch.constant.int 1
    %int1_201 = torch.constant.int 1
    %226 = torch.prim.ListConstruct %int1_200, %int1_201 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_202 = torch.constant.int 0
    %int0_203 = torch.constant.int 0
    %227 = torch.prim.ListConstruct %int0_202, %int0_203 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_204 = torch.constant.int 1
    %int1_205 = torch.constant.int 1
    %228 = torch.prim.ListConstruct %int1_204, %int1_205 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_206 = torch.constant.bool false
    %int0_207 = torch.constant.int 0
    %int0_208 = torch.constant.int 0
    %229 = torch.prim.ListConstruct %int0_207, %int0_208 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_209 = torch.constant.int 1
    %230 = torch.aten.convolution %223, %224, %225, %226, %227, %228, %false_206, %229, %int1_209 : !torch.vtensor<[1,32,1,1],f32>, !torch.vtensor<[4,32,1,1],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,1,1],f32>
    %231 = torch.aten.relu %230 : !torch.vtensor<[1,4,1,1],f32> -> !torch.vtensor<[1,4,1,1],f32>
    %232 = torch.vtensor.literal(dense_resource<torch_tensor_32_4_1_1_torch.float32> : tensor<32x4x1x1xf32>) : !torch.vtensor<[32,4,1,1],f32>
    %233 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_8> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_210 = torch.constant.int 1
    %int1_211 = torch.constant.int 1
    %234 = torch.prim.ListConstruct %int1_210, %int1_211 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_212 = torch.constant.int 0
    %int0_213 = torch.constant.int 0
    %235 = torch.prim.ListConstruct %int0_212, %int0_213 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_214 = torch.constant.int 1
    %int1_215 = torch.constant.int 1
    %236 = torch.prim.ListConstruct %int1_214, %int1_215 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_216 = torch.constant.bool false
    %int0_217 = torch.constant.int 0
    %int0_218 = torch.constant.int 0
    %237 = torch.prim.ListConstruct %int0_217, %int0_218 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_219 = torch.constant.int 1
    %238 = torch.aten.convolution %231, %232, %233, %234, %235, %236, %false_216, %237, %int1_219 : !torch.vtensor<[1,4,1,1],f32>, !torch.vtensor<[32,4,1,1],f32>, !torch.vtensor<[32],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,32,1,1],f32>
    %239 = torch.aten.sigmoid %238 : !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[1,32,1,1],f32>
    %240 = torch.aten.mul.Tensor %221, %239 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %241 = torch.vtensor.literal(dense_resource<torch_tensor_32_32_1_1_torch.float32> : tensor<32x32x1x1xf32>) : !torch.vtensor<[32,32,1,1],f32>
    %none_220 = torch.constant.none
    %int1_221 = torch.constant.int 1
    %int1_222 = torch.constant.int 1
    %242 = torch.prim.ListConstruct %int1_221, %int1_222 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_223 = torch.constant.int 0
    %int0_224 = torch.constant.int 0
    %243 = torch.prim.ListConstruct %int0_223, %int0_224 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_225 = torch.constant.int 1
    %int1_226 = torch.constant.int 1
    %244 = torch.prim.ListConstruct %int1_225, %int1_226 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_227 = torch.constant.bool false
    %int0_228 = torch.constant.int 0
    %int0_229 = torch.constant.int 0
    %245 = torch.prim.ListConstruct %int0_228, %int0_229 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_230 = torch.constant.int 1
    %246 = torch.aten.convolution %240, %241, %none_220, %242, %243, %244, %false_227, %245, %int1_230 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,32,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %247 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_9> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_231 = torch.constant.int 6
    %248 = torch.prims.convert_element_type %247, %int6_231 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %249 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_10> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_232 = torch.constant.int 6
    %250 = torch.prims.convert_element_type %249, %int6_232 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %float1.000000e-05_233 = torch.constant.float 1.000000e-05
    %int1_234 = torch.constant.int 1
    %251 = torch.aten.add.Scalar %250, %float1.000000e-05_233, %int1_234 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %252 = torch.aten.sqrt %251 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %253 = torch.aten.reciprocal %252 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %int1_235 = torch.constant.int 1
    %254 = torch.aten.mul.Scalar %253, %int1_235 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %int-1_236 = torch.constant.int -1
    %255 = torch.aten.unsqueeze %248, %int-1_236 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_237 = torch.constant.int -1
    %256 = torch.aten.unsqueeze %255, %int-1_237 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int-1_238 = torch.constant.int -1
    %257 = torch.aten.unsqueeze %254, %int-1_238 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_239 = torch.constant.int -1
    %258 = torch.aten.unsqueeze %257, %int-1_239 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_240 = torch.constant.int 1
    %259 = torch.aten.sub.Tensor %246, %256, %int1_240 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %260 = torch.aten.mul.Tensor %259, %258 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %261 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_11> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_241 = torch.constant.int -1
    %262 = torch.aten.unsqueeze %261, %int-1_241 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_242 = torch.constant.int -1
    %263 = torch.aten.unsqueeze %262, %int-1_242 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %264 = torch.aten.mul.Tensor %260, %263 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %265 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_12> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_243 = torch.constant.int -1
    %266 = torch.aten.unsqueeze %265, %int-1_243 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_244 = torch.constant.int -1
    %267 = torch.aten.unsqueeze %266, %int-1_244 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_245 = torch.constant.int 1
    %268 = torch.aten.add.Tensor %264, %267, %int1_245 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %269 = torch.vtensor.literal(dense_resource<torch_tensor_32_16_1_1_torch.float32_1> : tensor<32x16x1x1xf32>) : !torch.vtensor<[32,16,1,1],f32>
    %none_246 = torch.constant.none
    %int2_247 = torch.constant.int 2
    %int2_248 = torch.constant.int 2
    %270 = torch.prim.ListConstruct %int2_247, %int2_248 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_249 = torch.constant.int 0
    %int0_250 = torch.constant.int 0
    %271 = torch.prim.ListConstruct %int0_249, %int0_250 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_251 = torch.constant.int 1
    %int1_252 = torch.constant.int 1
    %272 = torch.prim.ListConstruct %int1_251, %int1_252 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_253 = torch.constant.bool false
    %int0_254 = torch.constant.int 0
    %int0_255 = torch.constant.int 0
    %273 = torch.prim.ListConstruct %int0_254, %int0_255 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_256 = torch.constant.int 1
    %274 = torch.aten.convolution %163, %269, %none_246, %270, %271, %272, %false_253, %273, %int1_256 : !torch.vtensor<[1,16,8,8],f32>, !torch.vtensor<[32,16,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %275 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_13> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_257 = torch.constant.int 6
    %276 = torch.prims.convert_element_type %275, %int6_257 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %277 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_14> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int6_258 = torch.constant.int 6
    %278 = torch.prims.convert_element_type %277, %int6_258 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %float1.000000e-05_259 = torch.constant.float 1.000000e-05
    %int1_260 = torch.constant.int 1
    %279 = torch.aten.add.Scalar %278, %float1.000000e-05_259, %int1_260 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %280 = torch.aten.sqrt %279 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %281 = torch.aten.reciprocal %280 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %int1_261 = torch.constant.int 1
    %282 = torch.aten.mul.Scalar %281, %int1_261 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32],f32>
    %int-1_262 = torch.constant.int -1
    %283 = torch.aten.unsqueeze %276, %int-1_262 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_263 = torch.constant.int -1
    %284 = torch.aten.unsqueeze %283, %int-1_263 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int-1_264 = torch.constant.int -1
    %285 = torch.aten.unsqueeze %282, %int-1_264 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_265 = torch.constant.int -1
    %286 = torch.aten.unsqueeze %285, %int-1_265 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_266 = torch.constant.int 1
    %287 = torch.aten.sub.Tensor %274, %284, %int1_266 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %288 = torch.aten.mul.Tensor %287, %286 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %289 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_15> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_267 = torch.constant.int -1
    %290 = torch.aten.unsqueeze %289, %int-1_267 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_268 = torch.constant.int -1
    %291 = torch.aten.unsqueeze %290, %int-1_268 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %292 = torch.aten.mul.Tensor %288, %291 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %293 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_16> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int-1_269 = torch.constant.int -1
    %294 = torch.aten.unsqueeze %293, %int-1_269 : !torch.vtensor<[32],f32>, !torch.int -> !torch.vtensor<[32,1],f32>
    %int-1_270 = torch.constant.int -1
    %295 = torch.aten.unsqueeze %294, %int-1_270 : !torch.vtensor<[32,1],f32>, !torch.int -> !torch.vtensor<[32,1,1],f32>
    %int1_271 = torch.constant.int 1
    %296 = torch.aten.add.Tensor %292, %295, %int1_271 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[32,1,1],f32>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %int1_272 = torch.constant.int 1
    %297 = torch.aten.add.Tensor %268, %296, %int1_272 : !torch.vtensor<[1,32,4,4],f32>, !torch.vtensor<[1,32,4,4],f32>, !torch.int -> !torch.vtensor<[1,32,4,4],f32>
    %298 = torch.aten.relu %297 : !torch.vtensor<[1,32,4,4],f32> -> !torch.vtensor<[1,32,4,4],f32>
    %int-1_273 = torch.constant.int -1
    %int-2_274 = torch.constant.int -2
    %299 = torch.prim.ListConstruct %int-1_273, %int-2_274 : (!torch.int, !torch.int) -> !torch.list<int>
    %true_275 = torch.constant.bool true
    %none_276 = torch.constant.none
    %300 = torch.aten.mean.dim %298, %299, %true_275, %none_276 : !torch.vtensor<[1,32,4,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[1,32,1,1],f32>
    %int1_277 = torch.constant.int 1
    %int32 = torch.constant.int 32
    %301 = torch.prim.ListConstruct %int1_277, %int32 : (!torch.int, !torch.int) -> !torch.list<int>
    %302 = torch.aten.view %300, %301 : !torch.vtensor<[1,32,1,1],f32>, !torch.list<int> -> !torch.vtensor<[1,32],f32>
    %303 = torch.vtensor.literal(dense_resource<torch_tensor_3_32_torch.float32> : tensor<3x32xf32>) : !torch.vtensor<[3,32],f32>
    %int1_278 = torch.constant.int 1
    %int0_279 = torch.constant.int 0
    %304 = torch.prim.ListConstruct %int1_278, %int0_279 : (!torch.int, !torch.int) -> !torch.list<int>
    %305 = torch.aten.permute %303, %304 : !torch.vtensor<[3,32],f32>, !torch.list<int> -> !torch.vtensor<[32,3],f32>
    %306 = torch.aten.mm %302, %305 : !torch.vtensor<[1,32],f32>, !torch.vtensor<[32,3],f32> -> !torch.vtensor<[1,3],f32>
    %int1_280 = torch.constant.int 1
    %307 = torch.aten.mul.Scalar %306, %int1_280 : !torch.vtensor<[1,3],f32>, !torch.int -> !torch.vtensor<[1,3],f32>
    %308 = torch.vtensor.literal(dense_resource<torch_tensor_3_torch.float32> : tensor<3xf32>) : !torch.vtensor<[3],f32>
    %int1_281 = torch.constant.int 1
    %309 = torch.aten.mul.Scalar %308, %int1_281 : !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[3],f32>
    %int1_282 = torch.constant.int 1
    %310 = torch.aten.add.Tensor %307, %309, %int1_282 : !torch.vtensor<[1,3],f32>, !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[1,3],f32>
    return %310 : !torch.vtensor<[1,3],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_16_3_3_3_torch.float32: "0x04000000CFE977BE8B7210BDE98BB03DE55FEA3CB636D6BD24BCA1BD7AD584BEF5FEF4BD50E5AC3D2868CB3D9617493E040AF6BD2277A33D66B50F3E0AB557BEA7A091BDD3FDF03D720B76BE542F26BE769FDEBDA6A2A73DCDE9C7BD030283BED9C1C63D82970F3DF377DD3DA8E90DBE9972FCBDD4E92CBD5BB521BCE873D03DFA9102BED90BB4BC0F44C33DF98575BDB4EC19BC30CD963C6240CB3D2028F5BCD2AE58BECF5CFA3D5845143E30EB3BBC047FD43D03646B3DB643E3BD0A8B43BDEE20F5BD8F9A293EF65193BD84A2F7BD9BE86EBED65BAEBDB3AAFEBDF22A5EBEECDBCCBD3D0DD3BDE9939F3D137FB33D236A76BE1F18383D97D4093EC0181C3E327599BDEC0C853DC33869BDAB7F593DA7C7733E95ED74BD8CABD13CB7C2A73C609B2FBBA569593D27BE813CF25C9BBC170A8EBE5C45033EAFCF3F3EEE89573C1097FE3D3178D43D6361513DF00A073E3209D13D9C89473D7127083CA9E3973D00A7243E793D11BED6E479BD42B61EBE1E84903CFB1299BE8CFFEA3DBB7AC4BDB6E609BED4DBF9BDCE1A1A3EA8CDA8BD0A73B03D2E95BB3DD473243E1D7AC5BDB4F0FE3D5CB43DBD3728BB3D54620DBE720F2B3E482751BEC59C5EBD12FA33BD20F68EBD63FEE7BD8D188F3D292F3E3E5AF13FBCE28D03BDC7C0433B412C2ABED0CBEA3D22B0AB3D0B9E51BEF6BD80BDF59043BD78D330BDE8E6EBBD0D1A9BBD5399173DA218553BCA8BFC3C685DFEBCC39677BEE9976DBDAD65483C69E4DEBDE6C6023EDFF1233C70A9893B5E60E2BC28803EBC4544F23DE906893D0459F43DF8B063BDF4AA3C3CD2F110BD963B013D357C8C3E9FBC2ABD0B8DA63DF7C8C83D2A33F53D995058BD3C59BF3D17B4D2BDE933E9BD541F0EBEAADF57BE3C85AB3D6851F3BC6B99973DB9CA51BE32D049BD8AB0663DD8C129BE10F7DA3BFC7599BE9B85073E6F93D3BCE25781BC86F2283E271E0ABE1BB3223C8153723C16BCFFBDB896FC3A949C92BDAC43083DB5738CBD9A33AA3D02F5AE3D8D9AE2BCE0D32D3D4BC6F83D988BE3BC012625BD0697013E31FB51BC2440DA3DECF057BDA5C5623C00A31CBD640DCE3D3F8819BEEBC8ABBDE7AA203AFEE0E6BD90AE97BDC43353BE2C26D63D7CF47BBCDC3A0E3EE5BEEE3DA369CB3DB29EC93C511C90BDCD735F3D5C90583E8C4A0FBE6B51FCBD6A085DBD20DB9FBD6C9D10BCB8639DBC1ED4103DE8EACFBDF8D72D3DA1F0693DE86385BB43D8A4BDE99E093E1882BD3B357218BEDFDD083E3F09FE3D87126D3C84A1503DDC52FBBD7449AFBDB030B03E630CE73D708548BDC6737DBD0551EF3CD9DDFABCBC02263D37A178BDE7FCAB3C9D520ABD31D8E23AE91FCA3C28F830BD9F865F3D3D8E433C8E8D733E642960BD95B97CBEE49890BE00A5AF3D52BC493DA16017BE8DF0CFBC60EA81BC9573483E382CF5BD12B4F73CE627EA3D05C9ACBBBD1D863E928273BDD94CD43D5834CD3B36C2503B3D550DBE4F64313EE4E4B8BDD4FD01BEB5FFBC3D8C0F2A3E8E1A773E4BF12DBB6BBB9D3DEE1455BDEBDC83BEDC21F0BD67C9B23D64DEA23CF7DA19BD434AA1BE8234553D586807BD301094BC2DE43FBE95E1BF3D84C318BED81516BEA791F5BD726F4EBE6318CC3DF4BF063D392C3ABD2387A43D9572A13D687E7F3DCCAF203D106179BD663988BD27B540BCCDF19C3C8E889BBE058F92BD80F93F3C8F9BB43EFBF4D7BCF23AA1BD844000BDCA82493D112BF6BDDFBEBC3D85EF06BCCDD5F93DEF61953D8CFE1C3EC0227D3D8FA646BC193A9CBEE446BFBBFDFF873C746912BE8308493DE906D8BDC7C4243BCF9DFD3D859D0D3EC1170A3E4CFA09BD8AD0AB3DA166C73DDCBB3C3E7F4912BE4777903DE70F6C3E93A16ABD3C4EBA3D5077793BA62DF8BDDD6A963D3304043E6380B0BDF7E72D3ECA4DB03C2673FE3D51E74CBEC7AD03BEFAABADBD4FA758BD266049BE72A3283D98CF28BCC89BC5BD43CD8CBED65D0B3DE0CE81BD85461EBDFBB5C13D48F064BE1C15563BFD8FB2BD00FC06BEC33103BEC1BFD53C80DD20BE9B53383D0FAD37BE5B76BA3B09E50ABE9787133DA70C5DBDF5C04FBE6310E5BCB17EC3BC7F96543D540200BE32CA883C3854ADBD6917D4BDAC900ABD3A26C4BD4CB8433D4AA49D3D2D2866BEB6054ABDB0DB4CBE136A3A3C73110CBEEE2C263C20E4E93D128A843C5999483E088C003E3537A43D044DF33CB25578BD8F943D3EE100053E6FFDB4BD98D202BE4CAE1D3BC85475BDFC42D73DDE501CBE32C0EB3D0A334FBDE8E0AABD1B282B3E77D46F3DE537633CBBE9313C981A70BDB61C8FBE47CF67BD5AD7553DE5FAE1BCFCBD45BDEB15CC3DB82A41BDB243CCBC016D01BE631DC0BD962C1FBE1B917B3D786F883D5CF1893DC783E13C1F90E83DC822F3BD9044EFBD549AD7BD577982BDEF6C7FBD94553FBD1C548BBD",
      torch_tensor_16_torch.float32: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_torch.float32_1: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_2: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_3: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_16_1_1_torch.float32: "0x04000000C88BD3BE4143FC3EFA241ABEDBDA3E3FFF94D33E19F5F8BD9BA6123F01B699BE2521DC3EDE1FD5BE5BCC603ECA22153E05F4A33E683F5C3E619FC9BDF62096BFB8EC17BF15AA0CBF999EB1BE87B53A3EF7B6D1BD5582C73C7398243E321C5B3F550E103F1A89603E779D63BEE57EEBBD99830C3DC94DA2BE7658723EAB1D033E07AA0A3EB400A63E3923093FD591793ED269473DEEC3623EC3FEEABE427446BF9BD1B03E28E4F0BE685ABA3E8D15F4BE859539BFC041BEBD0F1A263EC3810A3E2F4E2EBE370805BF588AC5BE7D6B69BEACE6CCBE63F313BF29FD4E3E146A363D7147273E657F39BF9F3401BED316813E1C6A31BEFC851A3E56F130BECF7C213EB90248BEABD3B1BE0E88D23BF8FD54BD9EE72B3E5B0A333F7C8E90BE790958BE18F47BBFF33D70BE66AA303F74120C3F6E4F8FBD046E083A79660BBE20AF5BBC322322BEE7E5E13EBF87DD3CB2A0B73E555E803DB6C013BF44BEB3BEB98AAB3D651C1E3D3442B2BEFF84E33D0FCF45BEF974B2BECB6F5D3E928C0C3DB7824DBDA8BFD4BE9801E73EA06F18BEDF49CABD5F7A1D3C45AB3C3E583D143EA3C397BE36698CBDC6D8A0BD88AED43E9415DBBEF56F053EA41D23BE8BFA63BFC1F40EBFE18893BE34051D3FA8212B3E082DC3BEF2468C3D6890D3BE03B3AE3E2F21773EDBE68CBE5D6993BED49F15BFB8A4EA3E322699BED2D3C83D9A906DBD8EC4023CCF7B73BE9C62F63D858DA23EF9E234BCE47E57BE43F43F3EC86B563C4253D53EAB33E23EBD15C6BC10D5F7BE613133BFDBB6333F57BF84BE0DC6E23E56BF8C3EF998963EE757BD3EE7CE07BF04B581BE13E537BE9136AC3D77383DBF9ADB2BBFD5E00B3E5BB4F6BD7844C0BE90E6FBBEDAB500BFDEEDA1BEDD2712BDA027343F89888B3EC43055BEFBE3CB3EEDD715BE986F8D3E5A2A1F3EFD8550BF96719DBDBCD221BE6A7A9EBDC491943DAA094EBEC8B9113FCC7CF33D79340BBE62E9C33D7BBFCB3BDBAD0EBF49A60DBD3F469ABF7108773E9C059CBDC867223F20593F3E08F6FC3E3EFA003FAE6AC6BD03F4283ED5DD8DBDAB20B3BE1C35373E2980673E9BE33CBEED17C7BE0FA6393B44D067BE4BBC0B3F3A01763E7808B6BEA2B981BE96A8CCBEED9DE63DD86EA7BE5018F1BE7A84DA3DEDA50A3D48B119BDC217F0BEB2E177BD5D1B7B3E2139043D7A4CD53E75ED31BFF94106BFA0B513BE7EC791BDC0CC3F3E9089C53D4B808ABDE0046ABE658BE73D36062A3F0E9874BDCBC53BBF0CDA973DF62CCB3B8FFABA3EE065B2BED233C53EA085723EAFF34E3EBDF9FF3E977C11BF12B1883EF04361BEBC46BA3EF396813ED378D6BE173EE33ED045963CD666BC3EDC3B333FF169813D63E33FBE9FBC3EBCF9AED3BDD64E03BF82A8983E898B073ECE54363F53472C3E658CE43EAAF42F3E51D20ABF54EDE0BEBD445D3E",
      torch_tensor_16_torch.float32_4: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_torch.float32_5: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_6: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_7: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_8_3_3_torch.float32: "0x04000000BC6F0B3EA319003DAEA0F23D4A6BB23B99D7523EC381E63D323E9F3C3C626B3ED93F893DE7F3F03B31534DBE3BF0063E83686B3E572A623EAA60A23DF9F2B33D918710BE456D373D915BDE3D82D9333ECCA660BD6279883D278AB63ECBB6853D47EB653D948DE43B5171CCBCDAA101BE46509D3C8EB75CBE9B910F3EAD52D73D014BF7BD2DC1A3BB267DF0BD57EBAF3D4967403CA47C673DE396913D9544C1BD5E34933E368C0CBCE80554BDA5FCE93A80D8D0BC8D8C14BE53F9833DEF5003BE9A794BBC5A921C3E61BA9ABDC57974BCACADB03C36627DBD477D08BE34E02E3D4CEBBA3DAABF2BBEA46D52BD07B05CBE54E5923D79E870BD978B01BE53F625BE04F77B3EB6135DBEE170B9BE042F083D676952BB78AD0ABEC168A73D83DDEFBD25E0303EFE69C23C3F6709BD33CDB7BD10E54EBD1BE3A2BD0F16E1BD21FF273D781D82BE9B8B973C3749B13C3E54B93DB79B57BDC8D7ABBBB5828DBD462BAEBCD3BCF0B91BC9FABCA65009BE7497E53C2332593E31E0E33DC71C3D3C7862F6BD7B6BFDBD520856BD5AB80ABE0196A63D7C7484BD0FA0C83DA13F08BE3F7ECE3DE722553C21F693BEE1DA83BD73AB3F3E153AC33D37153C3E2904FEBD912ECEBD33E6823C161360BD2CE9EFBC575E0FBD5DBF9EBCCA5ACC3D9E0DC03CF75EB3BDBCCAA3BDA1242A3ED4F84CBD576339BE70E1B7BCE7611F3C87DB0A3E5125AE3D5DE2033E6796F0BD6DCDA8BD324823BE9C75073D225A03BCA56287BE3DAE0B3EEF5E403DDFD20C3E462F5CBE1E70813C691678BDF4B79C3B676FE1BD603CDFBC3B9519BDC34E9EBD75EF3A3D120BFEBC3517A0BC3649023EE1B0E2BCD3F6193DEB2B64BC074A02BEC061CD3C3D43813D9216BA3C5C46173EBF0DEEBDF67432BE265FB23D129E923AEB5A903D1792FABC3ED286BD42FDA4BC3DBEA5BD7773B5BD6ACA633DC5A98DBDE5A552BD446296BBC330013DB82FE13D634708BEC3F8B9BCC404BA3D9DA7BD3D9BAEBA3DAE6BB9BC1FB43EBEF55B473D35F884BEA494FB3D4736BF3C850054BE1F58413EAE60723E12DF05BEA5A080BDCF7712BEF66D763D521D8ABDF946B4BDFC89E43D89F24F3D298B8B3D6D5ACEBC5EBC2F3D616DD73D6125893CE6E21F3E65D20ABC45A3233EF61989BE5D1E8CBD0C1435BC4F074C3C069A6FBED15C61BD4882D5BD170CCFBDEDA1D7BCA9BE353E02B0063CCB7BABBD1900F73C5B50BDBD36297B39368DCC3DBA0F65BE2F24B4BD55DAA4BD8C32103E39E2CD3D006817BE6EAA873DFEB2AB3DDE944C3EF51A1C3C299B11BEEE40FE3D07EDC7BDFFC5693DA4593DBDF21D823E9748633C61693FBE11D288BE705DA53C82A53ABE32BD7DBD40A4D43B2D3BFDBD2552053E694C0EBE874BD0BD0171033D377C30BD072FCDBDB60D3CBE89BC87BE416560BE4484FDBC1C952ABE4844F73AEEAFA3BD36DC3CBED91C1F3E70A4343EB17D13BBC1B283BC8D0CD5BD940753BDA78E363D0E453F3D5203AABD5BBE75BD37C63BBE6466363DFD530FBE3DC1C5BD3571763E1350153E50CBE03C95EF3ABEBBF309BD1C41FDBD7C99333C7BAC3B3E9EA427BD564D87BC7023F73B61DA67BC985B30BD752CB53DA3A0613E47DEAEBCBF095E3D38F201BD8AC972BCF9C5ACBD398EF7BC898854BE76E831BDDC536ABC22C369BDFDF0F53B8AF4013DA9B1003C0AE515BE320CB03D574100BE80775EBD72414B3DE2B655BEE612E23D584A04BEE25191BDFD1068BD8991BABD5A1A0E3E3506563D795B4B3E3DA5453ED31E123D8B2B543EA230C53DC7E9983D2906FBBD600A263E0A13383C0A785F3D38CAE33DCAC6093E4BEE5BBE6B476BBE3A758F3DA43FE8BCF7D299BC58FD263D25E28D3DDA12E33D345957BC26B53E3E6BAAA53B3D6ABF3D77194FBD9D9A663CD0084E3DFD0D8F3D4DBB5EBDD6F117BE8B4EB0BD79E0743D33E956BE980E063E8E40A93C3CC598BC8B372FBE5145B33D9C322FBDA256CA3BBA241C3DEBD4A4BDA2E6B63D129FA3BCB920853E645BDE3CA95134BC293683BE991D40BCAA22B43D35F75ABD0533A83A0255813D2199C03B031FCA3D462740BD94F6EA3D85F4C53DC85D6B3C85B85BBED7AD58BDC30320BE933501BED50E053E985B6A3EC094B7BBC534FB3DF16893BD0F32D0BDCAF0D2BD6514063D9558883D227D82BDD78AC1BDCFE4D4BDE550373E96D9D43DDD6292BCA2D16F3DA9E9CB3DED01973D813B18BE40EE15BD03864FBCC70A2DBE3691343E896D92BDEDF29B3DEE4C46BDE9BE263EF4E8B23BEB344B3D0F9DD0BCF842263EA0D8373E650CF9BCDA76C03DD133323EE62E80BD9F9ACC3D508A343D9604CF3DAF0918BE95E0063D13B8A73D62648A3C92ADD23DEDD703BCF78457BE956B953C5459693C7E0EFF3DAD95033EA91D13BE4E22E9BD9854C3BD5CD793BE8C0F01BD030B00BEDEA7EEBC2D39B33DA4142BBEAB048E3D3E3E543E2669D83D4ED7643E7344F3BB83D2D9BDAC8D2DBD5E0208BD199451BEFFF7A9BD8E80B93DD069E0BE653C84BD9AAF4C3E3E27EEBD2FA2213EBDF026BE5DC78A3A002810BDC7CEA2B93FC628BD54C92CBBE834223E67990FBE0DD36D3D803651BEB792163CBA5DECBB8435493E7A19413B83550EBD440C78BD6B25AC3D92FD0FBEFE26BB3D7429A5BE920E983EC7FE4F3DC8E54ABE12AD9CBD2793653E6CCA72BD8F95193D9087A1BDC4E0063EC21C75BE7E35493E8C87D73DBD65193E018284BDF953413E396F2ABE111B01BE31FEFF3D0B8529BB5918693E78C4583D4BE693BDAE8C71BD9476B3BD3562233E943C54BBC38E52BD54BE3BBC019192BDAB81E03CAABF9C3DB5CA91BD682BB6BD46353CBD153F5F3E9A41233CA50F8A3DD7544FBE1DE7FBBCD68367BC4223A0BAC8FAD5BCB502123C924E54BE2123273E49B253BE2F1673BD4127313DE5661BBDEFFB00BEC25A453E734CDE3D7AFC353CFA2169BD78C4B8BDC0B701BE31A0003D5B970D3E994D98BEFD3BE93D717F83BD75FB46BE8C522FBD0A2D763D2B19A0BDB3141FBD492FC23D4BDBA6BD081C663E3550993E5DBE87BE126A383E2B69503E181DD4BDAED7733D9B9BF63D2599F5BDC6A20CBEB782E0BD19D78BBD119F42BD986FCDBDB9C209BE7B3AA1BDF62F183DE326D73D7EF2A23E3DEFA53D69B44A3E264EB03C38394ABE1185003EEE61293DD4B0273D0FF008BEA6E30ABE0582A73DEF70E63D8CA08B3D4A36EDBDE3FCA8BD84AE4EBE0A37813D853936BD267E25BEB6ADF93D75A2123D1F151E3E640E31BE0FD121BE33451DBD6CADE8BCD9300C3CD9C1C9BD964C4D3E333EFB3DA66796BD19CBDF3DA28D73BD4395F93C42C6EFBB069FD0BCB7DAD93BB0CC753E522EAEBDB0A3D83D7FBADC3DBCD212BD410F09BDBEE813BCE42A4E3C109503BEF59537BD590301BE32A311BE1D521ABE5BE989BDAF352EBE0F5D7ABDE6178DBD0EF7F03D08BF6EBE1416D9BD5B22113E91BA70BE43C6ECBD00A82E3D09EA6CBE1295AA3AE17E9F3DD07EA13D175E033E2041103D8111243EE5C8A63BBC488E3DD25E4DBE1E34AA3E8EDBAEBDAF37863D2BC569BDAD93FABC5B8E9C3C06CC7E3EF7DF413DF5062DBE13A7383D09310F3C4B4E523EC65B8A3C03C3ACBD35BB713D2BFDAABD109C2EBEEF17DD3D8E23B63D124335BEA0D2A33D6273673E2546BBBCFEE4653E1CA866BD580694BD4398923DCE56CFBDED32EF3C6EF5333D1A105D3E1C0AEA3D62AD923DA7CCC83DAF5329BEDBF5CBBC7DD30DBE89609B3D49E30A3E583749BE2EB4E3BD55ECA83D95240D3E62CBD3BDBE4C10BE23C955BE8D246B3EBAC8C9BC6AD4D5BD453E403E41FA373DCE59153EF20813BEA25FECBC1A38DDBB0E39B93D1DE8FA3DEFB9483E5358C7BCCD5F283E38E36E3E7ED47D3DD5CFA8BD1D0C463C49DC4D3E5B4313BD68DD85BDBFD88CBC960C293E671C1FBCD69742BE0B89B53DCB2F463E65F5793D7DA008BD8591DF3D5893263EA7671B3D98391FBE408CB83D505B4E3DDDD60C3CCAE258BCDD8E0ABE465D05BECCE1A73D9B678F3D30CC5CBEAB352FBDF0ED65BD1030ABBC2716A8BDF96B143E4FB051BE7868DBBD8D721D3E32C2C73DEA6220BE26B4013C60FAC43D7E439C3C1D9C3EBE33F8BF3DD04CC53D5AAFB43DB97F48BEB8FC00BCB7D445BDDA2B4BBE6951383D3AC6E63D491063BC8388EDBCFAD48EBC5C5BF23BB55A1EBD362EE1BDC216E6BCAE4C72BE9337A53E0B10103EA62F83BC8CEA823D4143443C4055243E7EDA9BBD467127BE00C641BC6D5E453E325BC33B8DB5693D676A163EE4E25F3DB3D28DBDA2758E3DBD49FEBD94466ABE3F394F3DC223853E1AEA2D3E9CC42ABE3BBE3FBDB5C7973D56B63ABEE7B546BEE8AB423D2F7C923C73B3A13C847A293E2408503CFEC891BC5176653ED4B3293DED2663BE50268BBE63751B3D378E1ABD08FAB63D84F30ABE1E3D85BE42464D3DC731083E4C85DBBDD28DDDBD5C5BB03CA17F47BDACCBDBBD375D41BEB2203BBE60BF23BE615109BE2263113D8BD388BDBE1A2DBDE35A983DDC52953DF02367BE08F542BD1C05863B321CABBD5E298B3D54FC85BDB21A4B3D4D287C3EE3CAE43D58AB933D4D3588BE4A2D9D3D1311D13BBC1EB7BC8FE78D3DCE3527BE6E79A23B0A612B3DA3E6703DC44B20BDF35F3BBDFAEC16BDCD4EA8BEACE9C4BD2C6DCDBBACA4F03C28FD3FBD2CC293BE350315BE47135EBE15B036BD042BB53DB7075A3D94C7653DC1C30E3EE0CA423E1E51C5BDB3ADC13C8734E3BDF4E2CD3C0F16CA3DAAE3C13C101127BB5B2D653D57A035BEDA6286BDD888DCBD082D4B3C801AE93C69CA00BD86976C3BE9F757BC838C9A3D5868653EBF9FDCBC781FFBBD10D783BE797027BD58499CBBAE28FD3D649A0ABE73E9083EA9F5DA3DF194573D0B7331BE32F8623DF2F6B43D944145BC07CE5ABD3AFCE63D51A90BBE2ECFB63D675E41BE9EC0A6BCD09ED2BCE53CA9BCD51734BEC379A6BC57C653BE29ABF9BC7BAE063DCE928D3E911A553CF0302CBEC91BFCBC7C8F1FBE63F993BC9C5F03BEEB2552BD63524A3D391772BDBF549A3E544BEDBC965CCDBAB28905BE40E5B9BD4FB2BB3C94F4273E4741563CAF554FBC3FC2C5BC6F725C3D7ABC8EBD446E6B3E9CFA79BC0BE9303D55413BBE8ED4FC3C553C33BCB2266A3C0B9CC7BB61AFB1BD7BC5A2BDCB67573DE303EFBC51E404BEEB492C3E72D1173EBB57FABC3327F93C187BF3BD39E506BEA2B9AB3D9E0425BE7E0FA73A3D4E5B3D158E89BEF70125BE558AADBD3ECB7BBE81BE053C215826BEE32181BE141415BEAC4D6DBDBC8BC3BDF265623EDFD3D73C339858BE1FF6263D2D2E693DC7C2F73DD754E3BD50C912BEAC2B653D4211B6BD1C78EBBDFCD6853E5B43BA3DA014E53D09429F3D74990BBD7E13D4BD0B8CD7BDB186C23B2793363DE298AB3D0FB929BEDBFADB3D191221BD4475ACBDD032C7BD31C6163E8D018DBDF5141EBD8FE753BC149C20B83A7388BD21A911BE4B1758BE15190F3D4B886BBEC1FE813E99CE443D7DF9093E9C77BEBDA3FC0BBD0EA4333B7FB5BD3DBA5F10BEF2159ABD6A361A3E759759BD8C91A13DC770363DB2581B3E90E7213E0EF7E6BD9A9BE33C8428A03DA8578F3C03CC9CBC63C3A13C7FF8623DD7CF7FBE112B8CBD1187EA3DA6520CBEB88705BCA3AAD7BD16F149BEFC5F933D04902CBEE358A93CDD96B03D97321DBEB9EA0FBE57BC7D3DE70DF13D59A6CD3BD7EFA8BE8D9334BDEA6108BD2456453D8CE9F1BD1063E93C13873F3D07482A3EE33C9F3D82B5F5BC8F1F073EB25FA53C83B9823D38F3FFBCF469F6BB5FFAA538BD479C3C74A151BEA5CC813E1367F73D9B885F3EB0E7163D7AD851BEA9E734BD889E993C2F0459BD4A3740BDEFD937BD45A1E73D054E02BE8730D83D228A80BACD51913D784E963D659F903C4877523CDE4C44BC62C9E3BCE73529BE8BC23F3E678918BE78A26DBE913461BE8C61833DC18FB03C75848C3D54B8C2BDF84184BE17BBC0BD67248E3CE76DF0BD3E5B403D53675D3C45B110BE7800AABD51563CBE7A3A483D05C4C0BD9A76BE3D01C5A3BDE31F29BE829A17BE456A643B1D9F663CDDB07DBD9AE1423CC0A5293D75F91A3E409A693DB7A197BD499E8D3DAC5DEE3C51B98A3DE8C435BD5230B9BDD8C89BBEA9F7373E1EC0333EE7E8EE3D9E6D54BCD0B42FBE1EBFA0BCAB63363E6DD3F43CB388843D2CB21CBEC1EE9F3D66479B3D940CA4BB67BF8C3E7F165C3D27068DBD9715ADBEB078A4BDF27102BE58CCA73CD725BDBD9E0EE6BDC377033E5C504A3DB913263D86E4163C5328B6BDDE3968BCBC86FA3D67AF44BECD8382BC3E449BBD9CF2D3BBEFC512BE3B3DF3BD8D571F3E6A7432BE23363ABD9328463D4C78C3BC5FB6833D0AA99EBD9669D03D4A17A23ED596FDBC0AC7F8BD07EDB83D81BFFF3D1B90273B9FBCAABDBC49003C68FA64BE56B8433E3E2933BD36E5A33D1E4E843D562F2CBCCADF83BD0424FA3A4B30A83E244A42BE2F1EB43A",
      torch_tensor_16_torch.float32_8: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_torch.float32_9: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_10: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_11: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_4_16_1_1_torch.float32: "0x040000001BE341BD9CE2683F2DAA503EC3A74E3F18F0493F87F1CC3ED48AFA3E080D093E0B7C5EBEC2410A3FEC1A1AC00131C9BF3750CE3E07E1093FEE4140BFAFA3B5BF9D01FBBD04FB80BF4DF76BBF28B64EBFAE4BD9BE80ACB8BE623F80BF8F3B8F3FF275653E17FF8DBC6393603FC764043FD78C90BFD7E9793F19462B3E48C70FBF77115A3ECC7ADDBFA787443F3B9D19BF30CCC63F434B9E3DD6AD903FB6C2A7BFC4E9823F8D81A23FA8AD77BE0F591F3E8464213F6DB1E43EF0FC563EE3266B3F31D999BF69A82DBFEF8401BFB6571ABF975392BEF34337BFB9B912BFFF450B3FDDED6D3EADF3A73E750B043FB7E524BF520D3B3F8E15063E0E1C993E662D3ABF",
      torch_tensor_4_torch.float32: "0x0400000032FD3B3E40CDEEBB8438E9BDD8E6323D",
      torch_tensor_16_4_1_1_torch.float32: "0x04000000240F00BF09E80C3F8FA41F3EB915343E157E2ABE1C7B0ABDC652D83E22AF2DBE557D783E97CC9FBD3B9BC43E9A9A0FBEEFA3CEBEF7ED283E96C58D3C989E883F76439FBE1890803F070781BDFF909D3DADE120BDD3C49EBDE26D0A3E243C8EBE3586F8BE6B26B03DD11B173E39C68BBEE7DC07BF901DAB3EED89F5BCA15C1DBEDA7DDA3E9B54C03EB0428EBEA191CBBEFDED773DA380C43EB3CC6FBEF7B7CEBD10DCC8BE86ABDB3DDE8EFF3D7E64383F3DF789BD4357BB3EE0B1293E384E9D3E441AFABECB15033F5582CA3E75AE0A3F1C61C53E52CEC43D653BD0BECE98013F5061063F7A3B0B3FF41718BEC8FBB8BD0036AABFA8BDC2BD3A01E63D198D393F",
      torch_tensor_16_torch.float32_12: "0x040000008CCAFB3E685648BE749164BE58C08CBD9087173E48BBBDBD1A80FFBEF410B43EA490FD3ECC28813EB280FA3EB88B0B3E107B20BD1EE7CBBECABEDFBE5641B0BE",
      torch_tensor_16_16_1_1_torch.float32_1: "0x040000006F5C31BD2F86FE3E675AAA3E084559BF0D3CD33E89CA283FCFBD0ABBA77786BD18A8E93D93AF7B3EEC9DEE3C3DDA223F7112393E2011CD3AD923DFBED253AF3E3E47C0BE71D9993D2B6112BDB432A1BE2738D7BD8A7EC5BE874859BF835AB13EE9B438BE3D3EAABE3C4536BE3B68B1BDF13A483E35768B3EAA7FC83E3EC4E9BA2AD4A33E6FB7013F08F8143F209442BF2904243E278E4E3EE8459C3E0F0273BE5F00A9BE9094DABEB90C5B3ECAA230BEFD15E23E6A7BBD3E9E00043E89171C3F0BE782BEFA79A23D772922BE9084903C13B3D03E910C1EBF2D75203F2D04ABBDAD5B513F952D1CBF54EB04BE7AAFB53E643BC73EFD90E93D0CDCA3BEB6307C3EC91CB6BD3A44E7BE9EAD0CBEC07E923EF9D7BC3EFA5E263EFD7595BE0D7F9EBE889EBABE45F0973E627A553D5FD5A4BD7FAA8C3E9C806B3E9F4E2F3F47A457BEA2647CBD32E94DBEF7435EBE66D59A3EC8AD903D2BCFDABE24FF093F7489B7BEC305A63E3808F43E0B4135BEA5AEE33E4DA8743D27738E3CA607893E98BE9BBE4CBBBFBDDF5FA63DCE5E1FBF70F8B0BE8C701CBE3B3890BE13C6303F6DA810BE18D046BEBE3A1BBF3AD68ABD79B52E3FC8C527BED09CA6BECD71183FACE99F3EDB49FE3DD77001BE37DFAABEF0A3103FADD753BEA8CB353C938B0EBC5E1527BEA6FE92BD06B5833D09D5203F303BCB3E802EC43C49D182BD1C9320BE87F80D3F748667BE9A81123EE1C60DBFF388443F94027E3D0344FABE2E5A3F3FDACC133EF35E443E4629E6BEFA1838BEC26AD5BD4DF0F4BE08A6D8BE7464443EDC3EC4BEBA5462BE8515BABEB214CCBE6027AB3D99E9A9BE7E071F3E825AECBD17F418BEF4BB633E2C24E9BB4D8ECE3EF197FEBE33FE5F3D4476BC3EADD909BE60DD803E8789B9BE30062ABD9650283F5BE61C3F46178D3FA071ADBEA2A9283F2E97A13EDC9418BF9BAECF3E318FFC3E5C7E0C3FE29D2D3ED0EA963E3A069F3E3B2388BE729C033E20A0EE3EA0A7EEBEFD3146BED785A9BE293D16BE70BAC8BE2F50F63E7A10903DEA1710BFA070063ECEBA8FBCBD8A3CBFC4AE003F9AA7853C540A14BFE38933BEB7830E3F6FF54EBFBBB55B3E960FA0BE98B9533FCE6E993EAB82E6BEC6EC04BFEEC82C3E547709BD4DF255BD6BA53B3EF0EE613D74A6B03DC0BE6EBE3A69A53E8A145ABE34540B3F9B28923DB6A2253EE89422BF6D8BB83EF97A06BFEC0FA3BA152B8BBCB51C0BBF51CD723EEA7ADA3DF95E6EBE9CCD213F561D3F3D7287B73E3EB9C4BEA89290BEF9D2953ECB0BDCBD7C5295BE146F11BFBA269B3E93F313BED9F484BECB76493ED0DE87BE8ECB7ABC8AEE8A3CCB8485BD38AA443F51FAA8BE3C2C93BD80D7EE3D409A503DA5F9EC3E974D813E8FE5C1BE5E302E3DBB40E23B3B6FB03D04B6BD3E7CC42CBDBBCFA23C3F19A9BEEFF2BE3EE095653E",
      torch_tensor_16_torch.float32_13: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_torch.float32_14: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_15: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_16: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_16_1_1_torch.float32_2: "0x040000003AE09C3E6EB91FBD30E3133DC08C82BE3BD7A6BDF59878BBE82AD7BEAB3746BC287E8EBEC781FDBE8E7C873E72BAABBE2B07DD3EF6471E3E988B26BF6CA2B3BE556C7B3E806A413E7F802CBFFC4381BEAD974EBEA7DDE8BD721A1B3FF437323F6A9DDBBBCC6F403E1C7E88BE801835BE3EB984BDB34DABBDA193173E9213AE3D95BE473E1A7C913E6CF9B73ED723D93CBAF93A3C8D81C1BE696C583E2698DBBE8790613EA6E0AEBE0D6481BE4603BF3EADDCB2BBF050063F421D9A3CDDB0743EE3F3FD3DA53A013EED3314BD40737E3EE4DA8BBE112BF7BEE0A0303E8773033F7CC4063EF2DDEDBE2038F33E0278113E017C40BE06F229BEB1DA3D3EE6E351BE442E353D49C5BABDD9FC273E55E013BFA962E9BD964A9CBD114F13BEADBA2F3D113F9D3EF8A128BFECB1983E6840AE3E25DA7E3E3806413E36A66E3D81D885BEDBF47EBE70360E3E71ED2B3F9520733E9BA8ED3EAEAD26BE5C38CDBD92E0593D12D221BE5FAA2F3D3D10B43D9912483D3E2D003F263EB3BE6456BCBEC7226EBF4D0AA1BD965A21BFC35CDE3E68850B3F0C46AB3BC6938F3DB6CF8D3FE23AB03EB68B81BD032D9ABDC7223ABFDBCEF03CF1BE99BEF6D2E23D9E6983BE2262913E4A6066BE90B7D93E8EB8DF3E90632EBEEFBD5F3E8D06D93CA2C4623D381AB5BE66318ABED4EE9BBEDFDE933EECFCFD3E1DB5BC3E32B8003F6BC0503ECB513C3E68D4073F0F3883BED0169FBE3B898FBEAD895ABD4DC6A6BEAE8306BED880543EB66D7E3D83B080BE6179BA3E28F350BE1D28333DF5DEA23E5E5FD13E77C4D1BC21F8C0BC5991DFBD09BF1E3D2C008C3E56CFB0BD586D9CBDD3743EBF1DD1FABD50FEED3DA5A3A6BE96FCAABEF7B91B3E94DA153F3CD0583F8F7F703EA812793ED657523DE6C22E3E6EEC93BD87C401BE3A7F7DBEFD294C3E9DA5253F74C85EBEEABF29BE0C31A63E0A70AE3E2286D7BE1D1635BE4C00473E04380FBFDB26803E44C708BC1AD89DBE6B5D203F9D58A23E35780A3F713DB43EC5219CBF91F4E4BE400CD5BEDC695C3E35A7C03E6CF6C0BECC5D463E3A7F4E3C2C1AC0BE9F169F3EB32D343E98B5063EC027C1BE387038BEE5166ABE4BF573BE37681C3E2B91083EC959A73DD528393FB2A075BEFDC65ABE45831D3F3148F33E2F869A3DC252AF3EC726BD3E2E56D4BE41833B3D531220BFB0BEE6BDCD7FD73E2981423CAE7B87BE5CCC153EA347D13D42611DBFCE9E70BE567652BF546A65BE3AB63EBE51614F3E73194CBF9E1E1C3F7CF3933DA918643DF18F9D3E1D45CA3BE84D483F8B113EBE615DC1BE512270BD953E2F3E5F0DEA3E777CFCBE680105BF95751EBF98C2E63D26D9BEBE4B0C7EBDE2A84DBEEFECEC3E41AC4ABE06D4B23D2D14273E06603A3F6D44023FC87DF5BD02A90DBE192B5ABD0782D4BB6EB0CDBEBCEA843E504E5F3F",
      torch_tensor_16_torch.float32_17: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_16_torch.float32_18: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_19: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_16_torch.float32_20: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_16_1_1_torch.float32: "0x04000000F3723B3C1E4287BDD79E8D3EA864933CB0D9A53CF7FEBEBE9A258E3E50466EBDF7E598BE0DB46ABE44B4DE3E6BB0A1BD1500A0BD1CD1353E812D003E90AB67BE23EE093ED5DE76BCD5FB8C3D3F5393BDB59D5BBDB2630C3E4BD52ABEC5499A3E6940DABED65A61BC36AC9DBB99BE84BE63BD91BD4A5206BE1825FF3E16AF14BEA13286BE958DC53E34A8663DF54EC43C58BF873EDB30A13C1EE59ABEF7BD25BF99B632BE6D33FE3E77F9213E2C5A153E8B92D83E21992FBECDBE17BE4CDC403E6AA26F3E6A98E13EC834833E0FDEA6BEF0B50EBE1829A73E0A1A48BDD21E8FBE14088ABE752845BDD3A538BE61DCAA3E334C683E59894FBE651DAD3EF28CC8BD1E902ABEAECB2C3E133926BDB7FB683BABC6D3BC25A9493EDB94673ECC0331BEF34055BDC6312F3EBE035A3E5E10EABEF2584EBE2ECB573D8974A53E940D65BE1DF1DE3D7B58F8BD444CB2BD5DA1523DEFC9223EFD0080BB6331923D9B9591BEB06C463D78970C3EC3631B3E0777EABD7614DD3D38ADF93E16DD5F3BB4ABC03EF217593E69CD2BBFA86DFE3EB9CD9E3D991E7C3DD2079D3E592CA13EBB74813ED1FEA5BE29491B3DBEA99A3E5A97673EF7D62FBEB26E1E3EC508B43E1F7B0D3FA499E33BDC1DCFBE381EE23EFD0769BE9923B9BE40DCAFBE007F19BDE57C4EBC302B743E1A811D3DBDE14ABE8B96EF3E2E823C3EDF07F03C4366723E9C76273E7B9A82BE47B203BD875759BE7A590CBE01D1883EBFB783BE5230D93C0B4BAEBD83DD803E2E640ABE9B873DBE34F04E3E4DFF5CBE61E096BD87C93ABE18A15C3EFC8F74BD832634BD5B53543E9554DF3E7E90AA3E1B1951BEFDF3A8BE434B02BE56CDA23DF75B90BC1686B33DCF34023EE58AA13EEDEC99BEAE480E3E3B70A13DFF98EA3D8589ED3D841B88BD6EB42BBE0985C73E022308BE2920C13DEBFA1EBE7932E23EF925C4BD0E0618BE236439BE78FA6EBE14529ABE8891853B761AEEBEB5F83ABE6CA6013E96CFF23E042C22BE82A6343E532F69BE95CBB8BDAB75BBBE757F33BFA4EC28BEAC9D263ED4B8043F0C982E3E66783FBEA9C9803EFB73F1BEE52A91BEF33E6B3C64D17D3E900902BE186A893E22F1E33D03F574BEEB2CC7BEAB6FA0BEFDC174BE94FD4EBE82171EBDAE04FFBC36E49E3E13A0DCBE714181BB2648D83E4EA64B3D7C0EA9BE0C8CA33DC6481EBEAE1DF43DF3AC0FBE7D23283E2CC98D3EBE1BA83CFC2E7C3E316154BDC984313EEB46463ED4E8333EAFBACE3DE830663D5B78FD3E1348EB3C8B8ED5BE58C4F03E31EFAFBED1F12BBE435EBBBD1BF78DBE1581743ED7DFD1BCBA83C83D68543E3E574BB73E1CD778BCD7D39C3E41AA383A0AFB153E9AEF63BEC187C4BE885DCA3B400897BD09973CBE3E12DBBE74E956BE3EA56BBEB36999BEED19F93DC679173D5CBE8A3E371898BE242DA93E6582223FF82C973C5334D7BE669CD03E535EC2BE635DDB3EA540263E4965E1BEE698A13C4E62233E51616A3ED97661BECD948E3EC48B9D3EE8D3693D894AD4BC28AC8D3C48907EBE24CF16BEB237BDBE44D00BBE16C8563D806FD33E2649FC3D21AC9E3EF82A7ABEE2113D3EC569E63C4979923EF7966FBE22559CBD096574BD0CBCB2BED48ED13D3FC7343EA0022EBE0F231D3DA553B1BD614D18BDDB07BF3B694F45BD3437F9BD8F62093EA991D53DD9A180BEAB282D3EA123E43ED14E68BD622ACABD0B433F3FFDAEBDBE2FCF493EFA81223ECF2C3E3E532D78BE40B1AE3D0B18D83D22740BBF1F6CF7BE00EA6CBE97E893BE74A2D7BC6A0A7DBE9A88C23D55CD353DDED4AF3E0E1B0A3FF4D1C53E18A6133E3E78F8BC0B8B5C3D7A37703E333083BD6A60993E783E8C3D556B2DBF0C6B043DCC3E20BFCFC65ABE4FE586BEECBCEABC531F4ABE89AD7B3ECFBA833EEEAC763CC62CA43E86CC343DB1F8383E16A3983ED50D0E3E9411563EB65085BD6AAE6FBD274E07BEFD2B28BE5980F13E2E5C0A3F7E114F3E5391B43D66A4223ECFA5BF3E95A2513EE39438BEBCE9793E6392CB3ED94E31BEA7D5203FA210913E164D89BE387A5E3D9DC5AEBE292926BEAF6534BE846E3B3D19D8AEBDF322423EC5E5FEBD19C5F6BE942E05BF4C4E183E2753453E0961153D241393BDB76858BE242A6B3E56894EBD71A3043E96E8863D005F313EDA92933EA4B3033FFD1BBC3DA9A0953DAD6BE93D3401373E49BB70BE07F5373F00AD3CBEBFEED2BEBDF8D1BA014263BEF9C357BE7295A53EEC1966BD111BCD3D8B8C9E3C5D9B3A3ECB3A533E157229BE64AC6D3E3891483E18EF113E1428533EC7BE8C3E6294813E4C5E8F3E2F4D0E3DC3DEF13D6143EC3CC1D946BE2F3FE23D2AF8F33ED8909CBEF0DE78BE4321B83EF11E863D94A4B2BEF5247F3E8CECA6BD4D11CE3D4BD73BBD1EEAD13DF5A8C13EED09CFBDD09F5C3EBF30CEBE03A60CBE7AD00E3ED14765BD4E24FC3D8FACE03EDE83B03EA356B33E29A7F03DB1B7F1BD557A15BE503FC13EEC60983E4E28B5BC43C9453EDA3ED03E58AE7C3DE1AC973ECE5CC6BD42D2AA3D2172183C8357A7BE6D2FF8BD28D2083D869C8ABDABF93D3E3556AB3EFA96F93CD6D2E7BE0A0E183EE00BB43E73046FBCC30EF4BCC030373EC0AAA63D9123493E502FBA3D95279A3CD08A55BFE83DDBBDCF9ADA3EA65089BE9AA91FBEDCBC00BE6CF931BDF1D026BE252E113ED53CE43DD0CF793D93E574BEC9E574BECDF31BBD83978C3D04F58D3EFB416A3E7F17E8BED38DF7BE5D6DB3BE4215803D1717A7BEEF5A733EB03FBFBED28448BE386049BE899F213EEBF287BEB4C70BBF776FAD3E90F8E3BD5C547CBEC48306BD2844EFBDDC4907BD9ACC68BE909A6DBEB66598BD026D1B3EA1D8273D46D2C039082A873E9A328A3D",
      torch_tensor_32_torch.float32: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.float32_1: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_2: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_3: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_8_3_3_torch.float32: "0x04000000E8DB733DCA60DB3C1EE6BA3D1CA53CBD068B493DD7C135BEB2B59E3DB2F5EB3D337F123D11D781BD700D60BD2B8BF4BD10CBCF3D02B6AA3C23D8353D5D5C0A3D14361ABE24C11B3D93102B3EFA24043ECA6AAE3D439CEEBD2E6560BD40920A3D0D87A53D77FE043E870914BD34BCAF3D962394BC12338C3D926E0FBD56446EBC0AAC50BC88B8ABBC4A19FFBDE6F3763D8F54CEBDA0FC52BD00C5133D3A59113EF774843D9A098EBD001E20BD9FE15A3DDAE9163DD6A113BEDB67C23DE69795BDCC2B703D9145253DA2DC7FBCCCCC8F3C0A0156BCD82A313CF66C1BBD240C2ABDC7ABCA3A18EB0CBEDC45D73DA7C15EBDDA2C2EBE1622A7BD8609A1BD42C487BD8B6BF03CB050623D07D1DA3C1DF5233E53BBED3D6BEEB03D33F7FDBB24F21B3C2E41873C082E9CBDE63183BDEB8B753D1E435E3D225D4DBD7F82CABC8CF0B33CF229323D078ABC3D7B90FBBD14B448BD1664393D4EF67FBD945D953D513D043CC977A13D724EF6BD857B90BD0280A7BD57B7563D2E9828BD9F4FD5BCC6E55ABD4ED08FBD4A409C3C03F970BE973199BC4648A03DE3A03DBD2B5790BDE085293D6028833DA096813D533AEDBB56E786BD0389BF3B7F0EB9BDBC6C0DBD88E7AF3D70C22ABE3CB40C3EE9B3953D747189BD23C8B5BCD62B04BEA4ABDD3B9C6B77BD8E5924BC6A51973DA6CFC8BD9A38AFBCB6B1E83DAC1923BD2B43B33D7A10023D661F4EBD0EE64E3CCC5D893D9024913D43B2E13CA8501BBED7D2D5BC864E3A3D946973BC5CDCF03D143DF5BDBAB2F0BC96590F3E67C77BBDE8AAAEBB9FCACDBC16C8C53C4EC9E13D463326BD70488FBC0A3344BECABEFFBD374116BC1D32A93D184FF23CC6A96CBDC623BABC0C04E13C2F8A6CBD8589A23D116B9138749CFE3D02F3B9BD3648D2BC37AD47BC26D52DBD6B9EB43B804EC63D9FD4B8BD30684B3CF71DD5BD200227BD8B87D13D4BF082BC0420753DB895343DEB57583D24F4B7BCAD53A6BD0215E9BCF02C263EEADE70BDDC24E5BC6A30C4BD9FEABABCC766173E47FF73BDB05818BDB5DB843D8EA483BDFEFF073CD6D39E3DD430E7BC5A36443DD0A479BC164088BB1640953DD482DBBDBF3539BDB8BB5B3D726E0FBD0719BABDE8BC32BD0CF6CA3CEFA6363C41BBA13DF2AC0B3E6E8BD5BD18E47BBDF0B233BDC6A798BD2495D13CE841983BAC38A93CB2D94E3D829535BDD86A42BC7A4F7B3D9212DEBD5A56583C2CA97A3D1FB7F5BCC0B682BD400C80BC5435C13D477DCC3C2E65973DDA8F9CBD96070E3C4A6882BD684B943DAA8F08BE424E4FBD5E3A293D939A13BE0D6E823D50CCAFBD942D84BDA315163D42084FBD6A455D3C0631AC3D5EF4C83B5619153EA0870F3E92593F3EFE8CE03D7A8127BDE77FBEBC561F6DBD16AF853D2AAEEDBD9E9944BDA499EFBD94B743BEBED7DD3D8478943DDA56FD3DDBEBC13C6868CFBD36D14FBD3F5DC7BC52C4833DA2B2EE3D84B4D5BB4722893D9ED85BBC4CB64A3EF0C30DBD4C08C1BD2AE13ABD06556B3CC1A80A3DC664993DCC903A3D426995BC7A6DE23DA0AC04BEF43B6A3D181B133DDA02B03D979B6A3C6A2D89BA60445DBDC0CB5B3D8F6FEDBD17F9AEBDD348C8BD14A2EEBC3780C0BB0635CA3DAA79A23D10A3D73DD0D7F43DC879063D4FCCDF3DC030493D7C3C463EA3111CBEE238D9BC8A845DBD51DF12BD1E60FB3A4E3A6B3DD665CA3C7F0E14BE08D2753DD8DB303DE1A9A9BDEE2D80BE32F8533DB0CA2E3C5036A3BC762AA73B0EFD473C5BC31CBE624FCA3D5A4082BD8C4318BDBF82E3BDEF78F3BC468A163D37EAAF3D1030A8BDB0089D3C17C3D6BCDE19B93B410E813D409017BD7A8F6B3C13E2F73D46CB53BE863459BCC2A4A13DF26629BD3EED4E3DAFDDDC3D43B66ABC4CF54D3D050504BEC0A901BDD8D8AE3DD95BA9BD78C5AD3D8A4A823D3F7F2C3D31C196BD94AFC53CA0263B3DCF03B5BD40C5683B8E023D3D5A23E03DABBCDFBDCA7CFC3DB7BD37BD2ECD07BEB75CB83AAACE23BDB25AC93DDB8C2CBDFA171A3D0B5E723DEEFC413D46F6C7BDF69B0C3E54AB01BE9016DABC46BD04BEB5F695BD07E2ADBD03CEA0BC35C99F3DBE0AF23D27CD30BDB7753D3D23BFA63D2A0AD83D1EB00A3DA2A0BE3DDA41EDBB587C1F3E9B04C9BAAA5AFE3DD62CCEBDF21B3CBED037093A344F75BCE875DABC758624BCCC36313ECA5353BDC316C3BD6610813B062479BD4F41BCBDCCEBBFBD063F9E3CF776F83D541EF6BD3353C03C1AFF40BE37FC21BDF054E73C84C9993D94113ABD70071DBD4F55AB3D13C1873E780B953DB072BA3C53E0CEBD11911BBEC6C7CEBD9A7DE1BC2EC9B1BD8C455DBD6B3ED53C07560CBEB625973C08DFE93D028E02BEABEFB73D754B913D2F602BBD1426A3BD1844913DA7FB2DBE72D0B5BDBCCB9EBC8BFCAFBD97AC1FBEFF37CABD0C60413EFD5F1F3DB86770BDE39531BD5CD1993CF05BC0BD3E393E3C63E2A93DB89413BE1CC198BC0C28EB3DED4211BE3A48A0BCCB95C23C7091C7BDCB32F8BB2772093D4DDC833CA41692BC5DB41DBED7DF193C7DEE873C36E99EBD758F23BDF229013ED37871BC88B4B93C2E3DCD3DEEEA503D0065583EA616A6BD183FED3B9AB7583EDEC78FBD530FC13DC40A4CBDD427353DC08C513D6F68263D12A9073D4D200BBE87F735BDE608B23D6A7DD8BD97F0D63D6372333CB0BF56BDAFDAE9BDC388A03DB15608BE108CCDB9D3F2C23D6BED5E3B6222503C878FABBDE60FE23DF97986BDA13D97BD166B933D25A49CBDE7D84BBCC417823D7E422FBC82FFD5BC0097F23DABADC0BB22FFA1BC6AB104BECECFABBDF37BDC3D94A9B0BDE0262EBC92DF223D423FCB3B2C462A3E1CF1843C4BBBE8BD509DD43B3E1D57BCC58EA7BD49C4033E5D890FBE8CABEABDC42F11BDE8B1943D6F15FD3C9C93A6BBAE8EC5BC16CD1D3E63F7903D3E444CBB1A320F3E9A3ADD3DA647C13D44C40BBE2FEED73CE6F777BDF0FBABBD6FCFCA3B17EB4E3D436ABFBD7472763DA7D237BD665F0ABE5AC3E8BDEE0C79BAC47BB43BED28073D28C4673C6AF3363C8E1F2DBD4CC6AB3A06ED89BD70FA8E3DD489733D14FB14BC5E0D76BC3AE36CBD025505BE862FB93C73FE0F3CAC5577BD7DBC0EBEEC3E73BD020CE13C6A6F52BD9CCE4C3C3EE9D3BCCE83DDBD73B6823D5342E43CC30DD23DBFA7DBBD8BCB963DBBB6313D2432EBBDC613743DDAD4CCBD0730E4BD428C8B3D0B52393D4E9D423D3FCFC0BC4B9F24BD8345B63DDBF066BDCAAEC2BDF25E2ABD9808153D4E89BB3D27E6F2BA0ADDAFBDAC449EBDDA863F3E5A3703BE9DFC923D93AE09BE1A3404BD8873BE3DC0D2CBBD6A664DBDCCDB0A3D57EC0CBBFA0CBCBDC638CA3DABDB7DBC6FF9DEBDFA1317BCAA971DBC315C09BE1EA3CC3DAC7A293D045580BD0E4802BDFE7E2CBB785D34BBCC22B73D86C6DCBD4E1EE4BD1A0FFB3DC7DA52BEF80808BE4B73A93D0EEA99BD7E3A5ABD52CB5ABC2B8D0FBE8B66F23CCE0020BEAB0669BD552B9E3C40AA38BDEE5000BE860DB73DB772953C5B7EC43D80FCFEBC6082963DDCB6D83BE31F9ABD026A353DAE8B13BDACD36BBC4B932E3E5B30743C6E5A043E7A6FCE3DA7F4D23CA6316DBCDAFF623D169E70BEBE0CF4BB72E1983C30B637BD28BCF33C9755B53DC4CED83C3D169DBD88F2CB3D705C843B0387A7BD871FCA3D3C1E71BD783741BD7C8DC03D0A0F25BD863B983D59061CBE3F9F9E3D7FBD793D603C08BDE4CED13D0C786F3D6C1DCB3D7A06003DDC1CB2BD33A835BDBF1672BDCA871B3E5E4F1DBDF270153EB45A9ABDE6078CBDDC4E6FBD4075E63DB8E4FABD4201EF3D8CE8623DAB933ABD5E2152BE9AF0833D97FCB1BCC228A3BC88270A3EAE4DCCBD6F3FE53C94E5DB3D86AE933CCC04AD3C3BBE993CACA8163D74A5533D470704BED85981BD8209D8BB902EE9BD4B078ABD42DC1EBD4CA6A03D0D04213D8F75633CC894F8BD987D3EBD06B4763CD8191A3E13B174BEB0F3AD3D3FB2DEBD0F1A543DB18CAABCE2C3913CD6941DBDBB5FD6BD96EA9E3C4826173D122967BCD8B7C83D10011EBD7C70A1BBC478DEBD9E375DBDC143963DC7CC6E3E3AD8AA3DA6DC76BD7DEA203DFF2BC33D4A919BBE7FE233BE5AA5B5BD80CAD7BD780C6F3CAC75983D97C3EA3CA757B7BD421BC4BDFAD2DBBCCB4405BE60A35F3D73FF2DBD13E2D43DAA2FAE3BB22B163E677AB23B42F10A3C55CE9B3CEF27233BAF28B23D17A6C6BD7CF913BE6085243DCF72E63B483131BE15D5103D5066163C9B0E6ABDC7E983BDAFBCA4BC6A498B3D2C82EEBD7002F73D47A2813C04A4B93D4E4CA13C24D094BDC0A6843D32C83C3E9D2A8FBB3EA7943C7B0DDCBD52512A3A671CAEBD2A62DCBC215C89BD13DABA3DA82CB73DE6FA0B3D1DCA22BD24B3DC3C029271BC9447AEBCF7BFBD3C9F3A1C3D38928BBDFDE51CBD7BDC8E3D4ED4F6BC82C715BD5F12F43CBF8FF2BC6377D1BD12A31E3DC01FA9BD93F7C8BD3ECBB73C983F21BE4413E6BDD43FD1BDA224C8BAB9F2903D7DAB9DBA3A61FEBD201255BDA480AB3DCE878BBC36DA043C182950BD8C3DD23D4443D7BD6FD7B73DE0546CBD18608C3D4EAADEBD782688BCAEDED7BDB779CDBDAFD1363D575B44BE4CADD3BD34C8A3BC8207003D9B00BE3DF7ADC43D389787BD12D213BD8353873DE2F2703DCC34363B146CBBBD02611A3DA386A1BDD3A77D3DF774103E0B44D4B9E59D1DBDE41F123D0FE8A7BD17DA54BD630E0F3CB81C143DE04CD3BC8E014CBD23007F3D76EEC0BD7005183D985B183C2BD9CB3CC5431B3D86ABD4BD6646AA3E0B1267BB8F99BFBDA057ADBD076ADE3CB7784F3B9F68203DA478F4BD9B5B39BDC6B1EBBB1AAB553DA7839EBD23355A3D73B0893D4E3C75BD7D342A3E6C846CBD807A82BCDE6CD1BD689DB13A6C1DF43BC1BC123D436BD93DD807CC3DEB239DBDF9E09B3D6757C3BC50BD783B6F7E19BEAADF293D5E5B093D0D2593BC3F823EBEAFF4C13D08A840BD463A943D699205BE0A95AA3DCEB824BC148F133C76846E3D2F9EC7BDDFDBC83B3E38153D82CCE73DC38FB4BD9CDF96BD976027BDD61F44BC08AF26BE380EB73B5EFD16BD8C0B82BB60BF983C04DFDCBD064C96BD6F4F39BAD76E21BD30B5A93D6B8B99BD8CDE53BE079711BE27CB503D46E5063CF42202BD8B6069BD407254BD445D4EBD724AD13D43F743BDC8DE15BDDFB6D03D576AB4BD92B1C2BA802AD0BDE9B00ABE9E4BAF3C33BC3CBD170C5C3CF087ADBC871CE2BD46FFCEBCF28385BD88463ABC027B053EB4DB88BD96F3C63DCCB4003D086AD83D3E5CD0BD6AC9303D6623C1BD4CD3C83D5AD1E0BCD330303E4312B93DFDF5A53C1B0FB73DE9698A3C8CA2623D9A42BFBD2EE7B03D3E1BD3BCA2F7FC3B1494363E0266A9BDACF88CBB5C29833C542B1BBEBAB28B3BA4B77A3C2221E8BD781B573D1089853D74E24BBDFC69C83C8857D33C4C62DDBD02DC2EBD8ED3913D97C511BD4151873D7B7F563DC9E4283C0015DDBBE67095BD7F780ABC4B64803D2F47C5BC974B48BEF6E6543D664D363D48A4DA3C7419EEBCA8D2CC3DE38D9FBB84C74BBC4F9AF8BC5AF0FBBDEE55953D1700CABDF0D4EC3D8C42243D22E89DBD87AA90BD232B513E235DB5BDC1091CBD5C6E1BBDE646643D923DA63AA4F0393CDFF950BBC36A363DAB5577BDD2D6F53C3784AE3C8F9CF23C01A811BED9E49A3DAF91AFBDA9E200BDB074B13DB60C0C3EAEAA80BD6AF220BD42A9BE3CD6D9373D768590BD5426C93D4279A0BD66379DBCFCF97CBDF06A8D3D7FCA9FBDABBA23BEC2F55BBD361E7ABC74963D3D0401A8BCE8B179BD777BDD3D8EB6613CFFBA77BDBE5C853D1FA50B3E8CEDDFBBD63DAA3DF2F9F53D2B27FABD4C6ADDBD902521BD1F32833DB7105BBB883CCD3DBC1DAC3D704B1E3D8025063D703C173E212C81BDCA680A3DB07437BD5AB3C13D6F6D2DBCAF9A6C3DF5B91BBC0801B0BD4FBA61BD3EB9383DA07D8DBC867639BD1BA68BBCDF82CFBD5B8C01BE69340ABC0AAB0BBECF1FA6BD3C177A3D246F963DD38504BE2E35CC3D4C9820BE1889283D867C8F3DC30A5B3D83A5C13D2A2FDF3D3187263C30A88F3CDE6FB0BDF9CC003ECC4E56BD73D56BBD8BCB3DBE85998BBD708324BC0CAC2FBC10741FBCB6DB3DBE8E08F0BDB04707BE3ECB813DE602043E437E0B3D3457C7BD2429E63C723E66BD1C401FBD13923C3D30588DBAEA52F73C1B0FEC3A0449A5BC4F6E543D4876833C76A208BD5231273EBBEB8A3C8F56C03CAF8F29BD7F5F8D3C12E503BD3A6A443D062037BDA8E79ABDE6D54C3D0EB0DE3C386223BE9C064A3D57BFACBD9437B7BDEB17BC3CC04F24BCD676C83DF807A3BD5FBB45BD061D433DDC5D063D5095FABD54AA2DBE880DDBBD66513FBE0EDEA43AF01C0DBEFBF075BDBFC24E3D921B1D3DFF51F23D776A003D114E143ED91E06BEFFD97B3DF35D0B3EF50A8BBD678B9ABD07BCC2BDE2C8A2BDAC49F6BDA4230ABDDA4F003DF42DE4BD6A33ADBCDD7A1D3D26B59EBD3C3F063DFCA3DA3D538D13BCB54C0ABED8D0603C76AA17BDD08F73BDCB73253DE6843DBD83F9A4BD54535E3C335EC6BB9607543C7ED7563D6A4ED5BDE81D9C3DFE10CF3D4867D63D8056C9BDC2D4E9BD3EA7BA3DFCFCB93C2860983DB09589BC93F81ABEE602C63DB26FF3BDCB91083E7B6843BDBBB9BD3D7F1B213D927DA93D4349433DCE05073E2B28C2BD06178FBC19F988BD0744A1BD45D4133C3A06A23D86442CBC318413BEE89A463EC28035BD5ED95F3D3CE52BBDE4D6733D9B03F83DEB923BBDB30CC8BCE265AEBDEE27463E93F1EE3CFB12B4BBF57E93BD4299FF3CCC2221BDD71144BE633F4A3C8E57343E6F9B523D0E26AFBD68E464BAAEFA4D3C460A0F3E72688D3D28A0FB3B6E03063D2B91D93DDBC8BFBCB0945F3C08C1603DAAB295BDAC7F28BDD67D413CE6A678BDBC7276BC2588883DF438FB3DFFE3B93BBE9ED7BD148F5C3CE0065ABB447E55BBC27B4DBC0A2DF23DEC50193D06773F3B584E17BE1A5B74BD403DFC3CF7D55DBDBA82923B16EA253ED25305BE97B870BD6422E53B0A6187BBC46CB73D16D0B03B3A191E3DFBBFBABD40AB00BDD04701BE8300BB3C60BFFA3C8A8D153CB65222BD6B3D8A3CB82B78BDFA60893D9FD0E93B7CF19A3DCE991ABD96E0B63D00ED1D3D87C2AA3DAED319BD4B551F3EFC8D03BEE65501BE601C3CBE26AD2C3DC323723D9F3B59BD7C0CEBBB97FFBD3A7CA6AA3D3E0414BE10030C3E18B8D73D12E31ABC081C12BE3E92F93B46BF37BD64CC9A3DB46952BBD00042BD73DBF8BDF8E487BD07D2FCBCE0D53CBDF06FA13C887796BD78292FBBDC5C7A3E89CF8C3D64520E3E9D00203E169CD9BD7A7BC63D6FEE2ABED238143EA201CC3DCE7C00BD8638CF3C0E217EBD8061B23D26E7823D6E5EAB3B08C295BD326A83BD55BE0F3D26A842BD321EEB3D2B7A333EC7C0313DEFBA453D22728F3B6FCAC23D9B12513DEE1B473E4AE3323D049080BD5D70AABDB22A5FBCC28A17BD773F223E489B1A3E4838CD3D303DE5BC9B3B04BEE298F3BD3768003D6D300ABDACB9F7BD531AD5BD1005673DE45481BDB6F5CC3CE791003E902C833DD6C13CBB224B5C3CFC63CF3D0C49133D6688D53D68D3193D785D31BDB35BF43B31DD92BD1B2D30BE5BD6F2BD16B3EDBD9E3D22BEA8FCDDBCD67360BC9C0C0E3E486A273D7481BE3C467BECBC929E3A3C4AEF253ECFC8A2BC7249AABC36D911BE8FC074BD4A85F33D0891FCBBD64B7EBCC639C33C68D0073C7D55A8BBB37CCD3C386D7DBD529A513DE1D69BBE4A6D2F3D45CD8B3D06CC9E3D34B80ABDE84AB1BBD62994BCE89B3BBD3D29A5BDB3FAB6BD6B6FC03CC03A7EBD1317603D38B28CBDB02AE7BCDBB6DA3CF20F01BE019809BE4C28BF3DCE979EBB7A584D3D2CBD83BB4BA8283DB2E902BE85911ABED0C21A3D27B2D93D00D983BDD6D769BDAC27183DE88CA1BD2FDA4EBE8349FB3D3F851BBD0A431EBC1C33053C2CA72C3D9412C4BD289E843C70F51CBD8CC394BDAA3542BD8AF5E5BD9A2D903D1867D93DBA19083E032EB63C4FEE463CD72DA6BD987D86BC94FB2C3C85D8083E4821283EF1801A3DFE6D58BD7E99D43C9889ECBCF363AB3C087DDFBDBB5EC6BD525602BEE01EA53BB4625FBB43595D3E84BF8ABBF7AB2DBDC25D9BBC943B203E9435DE3DB22200BC126D8B3DFD1688BD3EF727BE8F532B3D6843C03C43083EBBB0C4D73D787E523C6EE6FFBD395F8DBC248946BDC4F8F23C2BD67D3CA8751D3E58AA98BDF00645BD2645B53D8A41303D9051AC3D2D6A86BD54A0FEBBA449C9BD5DE2A2BDA0C40D3D841E2CBDB4D9B73D0EC9973D6396FD3C60B5253EF2D14D3D5CEFC23C64D0F53DE66E9C3D7EB5A6BDDE13A9BD3CF177BC9294903DD30EFDBC1E54F1BC4611BEBDE64936BE83903B3D16177A3DCCAFE3BD1A4239BC244E30BD5FEE303DDC53D83B6737883B6821C83DFE63E1BD8E43EEBC0B120BBD52E353BD3CF373BCB07ADCBD90D2A0BC345B9C3DB2AAA8BCE42BD13D977FB03C82DDFE3C3ED8173C621E2CBC8C24AABB06FBADBDFEA653BE6CA33ABDC0AE073E12A7013E2C018EBCEED9303E482B773D9684923CC285A0BDD454F1BC0F9D613D1E0DBB3C9B284ABDAAD5B13C46BC033D6E9020BE9D0C143D99C8973C0E6F6F3D0E0FC3BDF8AD5E3CDE998B3D7FF340BE6C901E3B939A3C3C68860DBE52872DBD4CCF053EA7CE393E067A1A3DBEC6DABDDAD0BEBCEA44463D3AE23D3D413F17BD2B30C1BB8F92753DBE1139BDD119833D34DEB83D6EE7A13DCAAE8A3D0A902DBD54C78EBD0AF5C33D7E5FBCBDA6252F3CD0D84DBB6B3CDABDD3C33DBEFB74713D901327BE6CA0B1BD402401BE92CBDB3D6CE0843D7FBFCF3DEB99513C97CD553D0494003EC7FCC63A5C2E213C164BEB3D849733BE43D2803CD210093E607633BCA89504BDDF1AE1BD1CB75B3D6D971B3E4435363DDFFFABBD084111BED8E88CBDDE05ACBDE714BBBD181E12BC32EB2FBEAEC3833D56DC89BC0E21863D0B3574BD18CF19BDFE75C3BD7438943B0C4AE23CE46927BDC140AA3CD824293C1C1FE13C14DE9BBDC44BAD3DB63664BD5E9CA73D5390CB3D20FA28BD4737EABD5F19C1BB56002D3D26E2B0BDAF142D3C944525BEF6054EBEAB69E8BD4AC94CBD1CDF46BD6766763CB62D663D129B6CBD2ADA2F3D284D9C3DCBC9F0BDECAEF6BD12D8063D2901803DF03345BE3F2B64BD37274BBE27569E3C2A71BFBC228370BDD01693BC2488053E7AC884BDD3C9BCBCC829523C18EC8B3C228E093D7CA24FBD5D0D193EC1779FBC10BC88BDC7116DBDEF0E693D210E0F3EFB18493ED857F33D4D8B273C1A7262BDBBA55F3D3A326D3D5EBE953CB8CDF3B9F1E608BE695F233E0FE8C0BC8E9E963DFBFC4F3E032BC33DDF48BC3DFBD1B63DBE6F063D6D9591BCC71E2B3D54CA62BE5C2440BDFF7E42BCA7F5DABD1C81EA3C81DD8F3DC82E6FBC1753263C7AF7DC3CE42CF43D09A09C3DFE11C03DCC209ABDFCCF91BD739BDABD17694FBD47D709BD0F83F4BC5775DFBAF70C713D545E903DE8D9CB3BDBD43C3B6E5BD03D0699E9BB12D6C13D4E3EF7BDD8CAE23D3C2273BD16B7C63DAC653FBDD2F4A13D688B913DA18F98BDC86682BBD7FBC03DFC8FC2BD258A9E3DDC949ABDE8783EBCE3F2EA3DD06B8DBD7283393ED4F4FA3D23A5B7BD32816D3D20A9653D30F6433DEE2D61BD079262BD8C33FCBDE0D32DBD52D4583EFE9FF5BC67E0903DC7371E3CEE28C6BCBB34B43DEAF11B3EBD9DA23CC8B8A9BCF8DAF4BCEFE80F3E9242C23D80024CBD9B974ABE8CAAA5BD860425BD96F8A5BD0B92493E6B8B4D3C5C8CF9BC161938BDA698C3BD2031AC3DF2F4693D7AD80ABD9E4AFD3D849F153BF59A8D3CAC3249BC1BBC473DBF30C33DD47B333D54BBF63CF106953D83A4B7BD1C37F43A1760AC3D567D353D63D94BBDE486E9BB17B6B83C19F40FBC2C29A33DF388FBBC57165E3EA2C808BCD4895DBDBEA4083B96769A3DDC1E4C3D16A6033E087D81BC7E4B11BDA76B6A3DDECA83BCBC8E96BD8CE3963CDF349F3C04F543BD4A8F05BDF2828FBD834C46BD38178ABD4AD2B3BD430A2EBC237A93BDB466E83AACAD03BD3EDC043D46F922BD7B27523D8813CFBD00F53A3B724B623D225A11BE9F65CD3DA8AF373DA1F2063E5411D2BDC6E9A43D1E30AD3C96068E3D109D80BB80B59F3D0F8EDCBD24C8D43DB4DF7E3D52B660BBAFB68ABD0F08C1BDD699A5BDBABEDABD52C5163D8FBFE9BC3A95633D88F345BEB2DF8DBD07744C3DCCF808BEDB44E6BC400BBB3DFEAD08BD7CF33D3DC2D30BBE64A60DBE7CDBF93CACC0F73DF0F2EEBD2A721D3EB91516BDE4112FBD8C751C3E4C5FDCBDC7CFAE3D3B2E8D3D4398C13DEE34DD3D136ECABD978B1F3E50D3D03C7709563CDEDDB73D86401B3EA27AE0BDA225D03C3661973D7CD16BBCAF38E13DF7EB3A3C2FEEC4BDF9FC07BE58FE84BB0801AABB5EB3003DD4977ABD2EB2993CBC53843CC781193E80B7DF3C1C52663A3BBCCDBBD4591BBA20C80D3ECA7DE23B66189ABD70B3C4BD804E6C3D8A66313D12C4E2BD04DA8F3D568F263DF0AB94BD007FE3BD1AA3333D9F8812BEDCA5A7BD0FC7D63DD2CBB9BD1A76EA3B53B731BD3B3F1F3CB739C43D4723B53D0EE0EF3D7857513C0880D33DA5CA833EA2EF40BD5E6E5F3DA0A11A3DD6FE323D5355E1BDAC6C45BB98D2D6BBB86A193E5811843C78DD923DFDBC953DF87A21BD1B6D9C3D6A708BBCDAAC85BD7258ACBD5F697F3DB89C40BE02F2163CC20A653D16AC28BE16AA293D52D10E3D1FCA5ABD02C6DDBB6B6033BCA01CD93B0E779C3D6C5BC5BDDEB3ABBCC7A53CBC0873E0BC7EE806BCDE8CC1BC247485BD5EAC4C3D0FE5F83CD7BBB2BDD36341BCE7210BBDA6D614BD48E6A93C16B2A53D8F5E0A3E6FD3EE3B489F323B3B3ED8BD661BBB3D1C172D3E5B00483E1442913D2302803DB6EFF43D9034A9BCD0E6753D0A775C3D8087853D863DFFBD06EFC33DE84C91BC40B48B3D796A053E981BA13DC89354BE6C65DFBD130E3B3C580325BEDCA4D2BD384AD0BC1645903E687943BD3C53123D09B1903C083B50BD17822EBD18C4503DDCCC33BDF0200EBDFE1D813DA47014BE92C82EBDDC18E53C79579C3D14B13F3DDF7900BCD069A33C8311713D10BF9EBCC4DB63BD24F0F83B92DE943D9B58B73D5E2CFF3DD7038CBCBAE8F93D7647D03C2A2CA83DFE80E0BD994D923CF06996BC3374E4BC025BEFBCB3D0B0BD0040463EE0CE3EBECB3ABF3D8392643D96C10FBC56E1103DF2E3E83A746090BD5131093C6CC88D3B2845D2BD67C8EABD645E99BDA67505BE9AE3A8BC9B96C2BDFFD92E3CAA718B3CECBE3EBED1A916BDFE28203DE690833D9B0EB6BDDCCAC33DA0999A3DAAD2673DFECD553D42BBA53D9289223DFD2E99BC6FDD913D5C0B1CBE14FD113E39A89DBCC34C3CBD0D3098BCA72580BD52BDAEBD16866F3D5EDE1EBE666E35BBA826AC3CA3B97DBE375BD9BD2CFAD03CECFC2EBD032BE73C2C7696BD5FB8D2BB04BBDF3DB8DEB1BD27F3D3BC9CBECE3D70FCFBBC9637883C5CEA133E660C313DDE48263E501804BD03CDF73DCEEA04BDEECA1EBE7241C13D5EA08A3C414C08BDC86827BDAFA238BE086BB03D8C950D3DB72D3D3D4B51FABC7786F83CC46B3FBDB3E01B3D148C9BBD4EE2603D3090323CF2458CBD16E8E23C0B4331BC2213773B2E6B0A3EDF8FC7BDB8825DBDDC34053DAAA273BD1EF019BEAE81923D4AAC133DD88221BDE712E63B9F009F3D12C704BEDAA3B4BDD281A8BC67A9533DDCCBA3BB6289413D9BE2383C427069BDF63ED43D22B7E93CF30D2FBEB4B2FA3C82AA773DAB70E2BDBBF3163DDE4EA8BBAEA9773DC0B1A03D2387D5BCCC1BADBD8C4B95BDDE06A23D5866653E1C1A89BDC40BA53DBA801E3B0AA4CA3D93EAFB3BC096F53CFFF2013EA26256BD822C073E3361CA3D12B65BBD086728BE288336BD69291F3D553901BD0672D1BD3B553EBDD2936DBD8A9ECD3DA9DE0B3D2BE4A63DF701EA3AE7BE6DBD67F6F63C68ECE6BDCE0E54BD3789693C72BAFCBBBFD6B4BDA752EBBC7896243D2F590A3A9A95A13C6760BD3D1A89253E57B8B33CA44FA1BDE35B8F3D4B8FC03DCF9B143DAFFFDA3D0A7782BD1C680A3DA768933DF6B0D03C644B0F3D2BAAA4BCD675E73C7E0486BD30E1BDBC6B86FF3CB4EF823DD6CFA63C467A4CBE6273B1BDFE8B0ABEFBCB3EBDBA5B92BCE9DF13BC0888893D60918CBD5A94EABD0C033EBE8C81F7BC2062583E045618BE1EC1F4BD665843BEFE09FA3DEC01EA3CA6D3EF3D68B7A23B882CF6BD2309BB3D3758EDBCBC8D41BDDA4FDF3DE0DB503E04E1C2BCE6AE9BBDF6E6DC3CF83ADF3DC82515BDF4F3F3BCD3C8813D9CB64CBD1C5FC03CE752623DE673C3BBDC4014BEB1DD0E3D9C7E44BDC8D49B3DF0EF4F3CECAC813EAE98BD3D266728BD3F3BB03C0EF3A03DB0C3E3BBA454A93B60B3D7BDD0FB913B6389023D7E0102BCCCBE4ABB7310AB3C0015F2BC0E3A3E3C124512BEC22ECABC0262433D3370ABBDECAD953CA2FEBEBC161AEB3C0CF79CBDDE82C13DD243293DE8AAB9BC9AE30BBE847E633DBEF0E93D978AC2BCF229DFBDD81A90BD889E7E3DDCB1D33D17A26E3A114A13BE7869D43B8A5D09BE41A926BDF609E53DF40920BEF7408E3D0E17933D2B52283EC79E5DBDDEECA63D336E683E061CDCBDF670FBBDF47AC03C1A0D9FBD66FBCEBD060E153CAF2AAABC1474B2BCDABAD3BC4C3AAE3D81EC29BD986ADE3D36084ABDDCCBBA3C5CAF303D7E816FBCF816CEBDE3AE853D0396DE3D1BF8AA3D8BDCE83D5BDF5E3E7AC622BDBEE006BDD8B0DF3DEE9112BD2055DBBD396D9B3D4B4A40BD13C83CBC173258BD5FFE60BD1E4C3BBDBCD46ABD1E5DE5BD6E53783DB72476BCB42E98BD90E9F5BBC373E2BBFB85593D9BE07ABB12BCE13D0DBA9DBD8CF1F9BC9A72D93D310E163DFBC622BC901D9DBB1286843CAECC233A7BA6C23D88A90B3E3A64DEBDB0E00BBD",
      torch_tensor_32_torch.float32_4: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.float32_5: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_6: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_7: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_4_32_1_1_torch.float32: "0x04000000EE03D33F1AEFA73F0A7711BFA3A3ADBE884C823E41E3FDBEE5B4FE3EBDFB5CBE349253BFDE4CB13E2D8A283F8904CABEEF58683FC71F063F91ED8F3E3E7F3FBEEBF3A1BF6E9C4BBFF687013FE9CEC3BED73F623FC4F6E0BE7DABF0BE781249BC08319EBF88E82CBF68DE0FBF72BCAB3F104EA03F39BAC3BFFF6DCEBEB6F0873F5AFE80BFD5CADD3EE10FD43FFBE5443E3368FA3E879184BF14A1FFBE0CDF0BBE933E553F2CEE22BF3BA6003FD279843EB9BD9F3ED69DF7BE4A9B933DD8254E3F531F773DAFFE98BF6D48D73ED66BBDBE23D885BEBBABF03C0D3818BF424B3D3F64A8BDBEE0AC81BD706F8DBD9182763EE12433BFB1377F3DFED07E3E0B4406BF1424B43EF6F1453F2B0B48BEB7C804BF6A11293EC4FC783FBBB8CCBFB81C423F42F7A53F671785BCE4ABFF3E2BD1BD3EE8808B3E456E26BFFF0B6DBF6971543CE10EA53EB80B183FAEA5493ECB55F53F6C0F49BF398ACA3E60B5E43D5E8738BFD85AEC3FFEC990BFBBDE863F0EDB9DBF907D0F3FB227C1BE49F8173F974C72BF1D3B81BDED42B33E0FFD3CBF26CFCABD837F85BE1E52D5BEDCDF85BFA8A9F03ED9FBB13FBB056A3FD94926BE8EFFE93E96EEFBBE6C86803F2EDB943F44F428BE00BD9CBD7A653BBE6E32693F96489B3E394522BF2C601E3A097B8FBE91124CBE535E07BFDA8C443E6923DE3DB0EF483E26CE073E9910A9BE5E208C3E064E5DBF",
      torch_tensor_4_torch.float32_1: "0x0400000050F5F83DA1C668BC0AC5873DDDB3C7BD",
      torch_tensor_32_4_1_1_torch.float32: "0x04000000668A293E8E4FF23E97D63F3DEF7C5C3DBE6938BE8A0506BE419218BEA29BAEBE4AC5973E0B0FB4BE2E1FCBBEDD6AA63ED44F26BD0E6E77BE815C09BF69D02A3E663685BC9460933EEB3685BE6B1F393EFD94B43E4D198EBE8A5E48BE112392BD7324933EBEAAAF3E2137133E95B1973DBDDAB93EAE78D2BEEEE6933DF8BC013D2E86F93C96BF363AF49868BE017D053DA3C680BE6C720C3DF898F73C822DE2BD460CA7BE48DABABEB9B9E1BEACCD87BE9DEF033E6579663DB6F718BD9CCCC93D1E1D9EBC7DD3A83D5D49DDBE8504C0BD43AAB93DB42FD33E2CE52D3ED9D4B6BEFF83833EC4A30D3EA62553BED6E801BFE65E2F3E87CACEBE91B9DCBE420E9EBC232E04BAEECCEEBD3E64B83E7DD4A73DD81302BEB4C08DBDD799133E50DB053FFF3BDBBBA1DFF1BCE7EEA9BE8EBB9B3E056B683EBE4710BED397093E9F074ABEBF75EB3EE082A0BE9FE2123DCB0EC6BE07185B3E49ABB43D00B436BDD56056BE0BA698BD1B53D83D161EE53D1682A93EC5FC3E3D25C77BBE90460EBFE59C09BE1C34B0BD7CC7173E357ED8BE07BEB0BE0CA795BDFA90C2BE28434EBE874282BE78CDCCBCD455ACBE5324E7BDA4CDEB3E76EC45BEBC4CA6BDA9FCB43E7FB7AB3D230257BD52835FBE3965743E1748EBBE075A223F1388D53E7B9CBF3E583A863DCED6E03EF223463F83F0A2BC460C80BE5F2FA53EDDB81C3E1EAA343E69B39C3D",
      torch_tensor_32_torch.float32_8: "0x0400000068004D3E5C9E143E20251DBEE8DE8D3D80479DBD904AB13DA678A9BE40A8173CEC21C33E0673843E8C039FBECC96D53EE4BE43BE72D0E43E60CBD0BDE0F2F63EB08B963EE04B29BDFC7BAC3E7870D93EEC3BC8BE9811B83DC43EAF3E801254BD000AA23E8CB0C73EE609CBBECC958B3ECE37EBBEB648A03EA28D8DBEEC5A1FBE",
      torch_tensor_32_32_1_1_torch.float32: "0x040000001FE4F0BCCA7ECF3D0BA0FD3EC4B054BE73B9F73E55481CBE61049CBD9B3B573DA364273E22521B3E1EA3D93D520BBBBC55C4D13E3495463E0B26A93D88CC583E1E78913E546233BC0B364CBE9DB9F8BEACD7B43E1FBC953EE10B8D3EB85518BF461312BD9538F93DA569DDBDEE35B23E12C6083F8EBBDCBD8F6656BEB412A6BDBB903DBEEF41183ED44A42BE10E6C93E6FA9B33E61E6193EFA3D1EBECC6B173FD80005BFBE9DA43EC98DDCBEEE67EDBA83E855BEA4CEB0BE2836C63EC540B9BCE5CDCBBD4FCAF5BD311F17BEC064C03EBF5788BD9DA32EBEEE82AFBE464A72BEB876A33EA10A0B3EAE5B7BBE70DFA73E45F1E4BC8D8536BE91AEBFBE7716773C3CC272BE288E8DBEE9EDC8BE56965CBE70CEE3BD3CA0643EC6F8F0BE3AB9593D71B8AD3E1CB0613D61F3B03E5DB3D63ECAFDBDBDE877F6BD62066CBEB44389BEC9D404BF6008DC3D30A40DBE2771853E5CA4F8BCAFBA853EA197AC3D8E12EE3DA78A43BD847CE4BDF4819ABC874C20BD298EB83EBB4683BD9EBC353E8956B3BD159A72BEE42B903EC5926A3E2FB4343EA05F86BE138972BE9EDB783E0B303C3E0E24593E0D28503F117824BF74160CBE6CAAC1BDB713BA3C5ACD783E72EA573DA47AB9BD2C484D3D892BD33DDBA3BD3ECC7B003E46D0CF3E497223BECA81D23DB3CFAABDD3B3F9BDAF8FFE3C45042DBE4F2EC5BB24A870BD99D5E33EB7C08CBE36C5543EFB598FBE8FA108BF26ED5CBE3779C13E6F6A8F3DCF46303DA1CFF8BEBA91863D768A2FBE03532B3E49F6863EB62EE13CCB086A3E1DED423E0DF57EBE34996E3D9E05463D1F6C45BD4231733BD696933E5543FAB8B6C35DBCCF385F3E9FFEC23EBFD771BD9DEF55BE30875DBDBBA2C4BEA46F933DB53388BEA46B19BEE2BD6A3ED290AEBDB29CB13DFB5EF3BCB922A3BD2A9E88BEAE65073E7B5CA23E7E18BA3D4405873EC6E99ABE1BF780BCF82C85BE17C614BDB431F03C999AC63EA573913D328F183E171B19BE54075ABEA291003E30D08D3C184912BC7F191BBE8F95593E237C1FBC55327BBDA402A2BDD016173F6BB6053F0A55ADBE935F2B3D73C9453EA4ECBF3A7BBDF1BD47FB693DCF36FFBC0E98203F325D8A3E8CF3B73DD7C344BE2BD443BE6CE46E3DA7E214BE4000CEBAE2D24B3D344C3BBE48D09F3E417F023E34EA7BBEB39C683E7D53ABBE057DD73BAA8B723BD383F9BCC5DE91BDD7ADDCBB6E7A443C9F7B87BE56B5D1BE1BABC6BC2086823D8A7A17BE9DD71EBE1A5332BDE0999EBDE6A10D3EFDC605BE52224E3EE1C30ABEC9A2C43D0E2BC13DBAD8BDBECE39D33DB8D832BE1DAA0DBF7DBF153EC3AA90BB0CFFDFBC29626FBE8400613E983205BECE4A89BE3CB6CC3EDDCCB43C1B8E86BD979ADBBEEADA8E3E9BA8453B2E5794BCE23E6A3EE228BDBD0B4480BE4CE093BD5C1A123FA6B99A3E5E21B9BE4420BFBE86C98DBEF800533EBA567C3E2DFDD0BD10A3DCBD99ADB8BA9E0D583D0929E1BD5568E6BD8F210EBF926BBABE2CA78CBCF9D5853E97334E3EDA0FD1BEC0A9A83EFCC0FEBE3756BB3DF412593D87DCF23D7B82B7BE650F06BF1066D83DC6B03D3EF8298BBE7231303DB0DBE8BDA7ECF13D793034BE680B96BC157FDB3D5E5ABCBD2FA274BE75B6993E2BFA5A3ED49517BE385A2A3FDA6A83BE987ECE3EB7F5E33DF523A53E6E17B0BB50E974BEED8606BB07769DBDD6F7983B110D543EA3AB64BE8F1C8BBE61B8E1BC3077B53EFC2C853ED3FFE33C47B5CCBE2E8C79BE4A647EBE51FC30BD0B8BFE3D770393BD7E0FC93D266CC53E4BD429BE389FB6BEA943B1BEC4C74FBC28BD563E0EDC44BD2AA1C6BE42F3C93D4B11A83E5DBD4FBE3D6A8C3E4FEBAEBD94A69EBE5387BEBDE3CF99BE0AFDCEBB502F6CBD9308CBBCA332D6BE4CAC10BED115A03DD2796B3E69E3913BA3733ABE75C0D0BDDFBD123EABB2E4BEC83412BFE2AA91BE75D8943EBA51573E36B9E33D8FE7A0BE52D0553EF6FE223D9B7C6D3E6F89BDBE4C07AD3C654A143ED013A23EEB5D00BEA67EDB3C4B1844BE52A2A3BDCA212B3DB5D29ABE91C046BEE47E1BBE8297FEBC8F0E873EFB3C4DBDF0F2003E99DF6EBE654C93BE155EB3BE15C1613E49DD883C713C9DBD4546F6BB6E0F803E97BA04BD6B956D3CF6D918BF32A55BBD048AE13DF30528BE597D503E0E38D43EAB9D123F97500CBECA0887BBBE49613EBC5485BD8A27473D41CD45BED12F01BE97AC2BBF833F9D3D8D54473E74ED31BEFAB3AD3D9BEB0C3E397800BFC02B31BCA732983D7B82E93D763681BE9437883E6D0A7F3E208C893E2121CABE50108E3E838600BF820905BE0A46213E09DD4BBF8F2521BEA91EF3BE099FD93ED47BA2BC04CDC33D88AA78BE52C1BABE7101ECBDDF3705BFD097CFBDFA160A3E52537E3D1B75523D933FF53E684AE43DA8D1013D19847A3E4E429A3BF7DB8B3D94B2F83E1F8ED7BC7E6E91BED03F393E106B0EBE002EA03CC9F38B3E4E690A3FFC04883C087E8A3D18BB4A3EB6A03F3DABD25ABE1FFF583E0D37AA3DA7D4C23E7F2F983EB253243EFE2AEB3D20D5F2BE539B543E9023E73D1DCF603EC8DB9FBDB9CB233F4D2BC1BE100C83BD717B19BE21A235BE891BB9BEF958DFBD787CA1BE0EFB73BECB396C3D0FEA05BDC9FCD43EE8E4803CDEFDB83CEFE1743EAB7282BD24AF383EF01A823E692EA23DCF52083EE0C54E3D4588C1BE9F99C53D910F513D22596FBE463D2D3E2A55263E97BE883E26FD88BE5C35723E352F0B3F1526C23CAFD0A23D963B87BEC42F90BD88364FBE9DD837BD63556CBEBA27553EEC9B8EBE00E280BE5BC5BBBC986B5D3E63D6023F5157383E11EFA8BB1D89B9BC2E07D4BE929E57BE7AFCFF3D6C5188BDD830A3BE564EFB3D386DD8BC1880053F89A5BDBDB5B5343E342890BC12B7D53E2E2A453E818CD0BE7E484F3EB63FB5BE50F0B03DAF66A0BEEFF151BEABF2843E85CEE13EA13FD83D42B3023EE5E260BD816AC23E56E81BBFDF334EBD5A0A493D0F0C9FBAA8A39C3EE743C93D820970BE5C984C3E18DCC0BD43D68B3EB655753E7A2003BEFA4E483E36E09E3ECEF69E3E1D80E43D657D803E1A453FBEEE6A15BEBD27833E0CC4023EB1473A3DE2CCCABE3DB1D93D791FCF3E1B43E83D2B0778BC094FEBBD93E2D0BD5146B33ED0B3A8BE7B65E1BE4BD0DB3D86D4833ED14C333F5F06D83D81F88DBEBEA26B3EA5F5A9BE723DF5BCDE0D82BD123CC0BEABE1DBBD7231633E4F2502BFE9F422BF9CFB333DD22C81BE4ADCED3D23C60BBEF5A0D3BE3529CCBD23AD7ABD0A360D3F320918BEBB555CBEF2DF0CBEB74A55BCFF0E263FE99D4C3D232427BDFB959D3D2D00F33C6D722DBED1ED0F3E1D0E95BD1A37C8BDFD4A723DB83C35BD35C893BE6B91913D313E0F3E8D91923E8C78EEBEBFDB2D3E000DA83D0DC48ABD3ADE103DCE49D3BE9E70953E4A24883EB01DA83EA13B1B3D1A4FC5BED9E182BE227675BE154A49BEFFA5BBBD6C3E93BEE75030BE5663303EA3BCBE3E60425CBED79DDF3D8C9E073E55AF39BB4FAA2BBEEBBFB83D5355A53E40524BBEB54AABBC4578953D36465FBE37D3023F6CBD8E3D241635BE128C2B3D1C7A053C7448313ECBC3B53D1A1F9E3E33F4B33ECDDEB03E11400C3FD9CCB0BDC2B78F3E876CD23D5EE30B3EC69EB63D3C13C33DDE59A03E701A41BF77BCB7BE884299BD72621BBE0C0945BEFF61993D05677D3E98DB8F3E42667FBDB44BE7BD9D1109BFB9A73CBEBAA164BE7DD3A93EF485AC3E24C4803E07E0C83D7415F9BC6B3349BD75C6D6BEEBECB7BD4737B43E58456ABEC79D913E228308BED1FD0D3B70E7ACBD08A40D3E6DEF6C3EFED9573BE329E93E270F46BE12DF7C3E1B00D43EC17BBA3ED4FBBDBE1DFF68BD5449AA3CCFE08EBDFDC1B43E072251BE0A7B723EE3605D3DA8C645BEA437063E9E84513D984F583EB404CC3EF2958DBEB0DDCABEE8D5D53D5DB9CEBE03970C3E2187AB3EE5862E3E1A3E123CA7FF52BD16D4B3BD16BFC03E9B2560BE49B23A3EE1568BBE8C9B5EBE1E149E3EF2A1D8BD5BC4BC3E25B78C3DBC30F83C8F7FBD3D33C205BEF2594D3EE9DCDDBCA5685DBEF0FA83BD6665CB3DF8E8853D89DD9A3D1229153E0808463E6CFA1EBEDF7DC53E4F2F653EBC1E8BBD0743A63EB093AEBE86C797BE12FF2CBD8165AF3D238B06BF7FB0AA3D36FF11BDA832EFBC06090EBE123F1A3C1B957BBE98E60BBE8C5AFABE13C89BBED499A53E3645E5BD7E0EF1BEBDDBC6BEFE412EBE541D22BEFA6BA5BEC7A55E3D1EFA61BE27D28B3E8CBEC83E24D51C3E472917BE526CCF3E64FEFABE4CA63CBEF55623BECFD4CCBC62F811BEE66CB4BDEF29EBBD7760C43D6BED153BEEF9C0BE38A94E3EACBA753E1339453EBE21DEBD3B80B2BD53C0823DA2B8803EE3FA463EB0FB4EBD52F1273DAC59343DFCCBC93E74B8953EC0C089BE93C6313D04F3DF3C6ED295BE4E4C0B3F44A7AB3E4B87CFBA61E863BE152B783DA4EFDC3D12B4413E4815C53E63CCB53E3ADA03BC7D2B573E3C0452BDD672D53D081B90BDDDBDA7BDA92779BE27CA493D0D8446BC615D5C3EC19B9D3B166C213ECC1A5DBED1629BBD9F84653D1D6817BE8E9176BEE53684BB5DEE24BE65D95A3EC82808BD2096923E4A5155BEA2EE8DBE38E57ABC60A3903E5DA780BEEE1EA53E61E7B7BDF222363EA2816DBEF6AFA8BD38DE733E8EF724BEB0903B3E8F8918BE0D8BF73CF8B7053E9409DF3EFE6C94BE9130E93EAE97EA3DF1771A3E6D93043E5F2471BE3535563E1711A3BE1E86AD3DEDD7C1BEBA7F293E8AC653BD5D9025BE5DCAA03E3625FA3DD6DFDC3E328D0CBFADD6373ECFBA33BE24E890BDA62A383D1E69453C2F2A813D96A0CD3E8C9CD83DA5312ABE09D6AABE69491EBEE8A083BD7D919C3EE5FAA1BDC583193EEB00733E4A7DE2BDAB65E6BDF99A563E0BEEE53ED03184BE2F3BFABD5C579EBEA5554ABE675BBFBED3F94F3DB9678A3E7419223EBA0E573E7BC996BE13AB423E195B5F3C7B8843BF832AD4BDE6BD2FBE5BE4D6BEB177DA3D73DDD9BEE58441BD2D38823DD113E5BE30094ABEB288ACBD1426A0BEEF67723E8886CFBD317A82BD46E83EBDF4081FBDEF2798BE0B3243BC90BE3CBD0FEC973E78AB8A3E582CAC3D3B47D53EE91FC93DE365523E15E7CDBE439F6D3DA4801B3D5126AF3E545A153FCA8612BA96AC8E3E49C17ABE06BF12BF8FE34CBEF624AE3D3EB0C93DD23D30BE962604BDFF9B053F6E639F39E3156B3E13FCEE3E7FC1EFBE39779C3EAFA634BED5CDBBBEE946A6BEBA86113E1F3A8A3E27062EBD8613B7BE8480CD3D8652D03EDA2AF2BD238741BE092428BDAF500EBF1441FABC79A6CE3E58A14B3EC05F88BD98DEBDBE36CE20BE1C36FC3DDCAE423E33F4813DA307B6BDA877163D9356FD3D4D44183EF1EB3F3E672B2ABD5F4FA5BE6B1FF6BD721CBCBE014B7EBEC8498CBD2147B83D63F8813ED947223E2603543C4EFB8BBE28C68E3E3AF98B3E7E85F3BE220EDEBDB962FE3EBBC9743EE3B4F0BE93A4BA3D8162AF3EA06282BE4C2928BF4E99EABDD3E20DBE6659BD3ECC3C143DB74BC33EB58908BEF0E1AF3EF9FD1ABEE6C6EDBEABE688BEC409C5BD9A12E93C7481A83E5FB0713D61E1273E3E6412BDA22D94BDA972AA3D80E44DBD813C1D3E6FA02BBD6816F5BDB066B2BEAF31B4BE0C964DBE79C3A93D06ED113F19E3203E798429BE7EEA033F214CAE3DC44014BD27568EBE959E24BEDBAEC03ED27B49BE1A8AD13E7B71BBBE66C5A63E225206BE6E79743DAA2B703D",
      torch_tensor_32_torch.float32_9: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.float32_10: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_11: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_12: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_16_1_1_torch.float32_1: "0x04000000028437BC3F1D693D3D53E33D07C5D6BEF999433E32B6EF3C45AB04BFEB8C153D9AEE28BD7E4E77BBFDB645BE9E554DBE9ECC8EBE6674063E1BBF643E8A050C3F88E1833E8629F03DB673EE3E1196463E2D6CBA3EBA791CBFCA1C053EEC7415BE38F8B3BB181F7F3B493CE1BDB361B03DB15824BC70AB1FBEAF47B23EE682893ECADA38BEE5A2113E535ABABE6C9BE5BEA4B97E3E34B156BEBD45833D42A47D3E0B7442BD65BAD9BE1376E4BE3D5221BD2D96DEBEF85F2D3F009F733D3C899C3EB17DE03EE06985BE25B4243DEC5FA93E896189BE71AECB3D9D5A343EF796D83EED966ABE95D1153EF974D33DF118323E9F5AD3BDF6670B3EA11410BFA3F7023EA780073E8AC18EBEE50F9DBEA04588BE4ED6313EE04C283E0DE5DFBD417602BEBAA1343DF5ED2C3E4B302A3EE76D96BC1C9139BE875EBB3D242E54BE01B197BE8C73273D975E873D0963D43ED7EA0FBE0D773D3E66B278BE0E567BBE74C6C43C2577B5BEDDBE66BE77231C3E4A9C5EBACFB6CD3DCAC71F3EBCF0C4BD899D2ABC610B6ABE733EBABC4E76023E84598ABD24060DBE7BF9D03E0440223E5DF96D3C7CFCDC3E263BD7BEF5EF97BE429E9B3CDE3F39BE3F9FE3BED7A689BEF4F77CBE2461EC3EE8D3A83E626297BD06D9FF3CEEAB87BD20403CBE98D329BE6D67703E1DB2053EBF1C3EBE2742B23E9F5AA33B297E7A3E099111BEDC579A3E4302603AB863B93ECB21BABE0E5D153F1982C8BC2FD3883CDB5052BE1ABA273CE12FAD3DDA05A0BD96BCFD3D6C0B91BEFB563ABC8835823E1F2B833D5E7C63BE57D092BE195C483E2A425CBE2364AE3DE5AFC4BD8C7B4D3E18F5E2BEA4D15D3EE354D93EE15FE53D35F624BE4305703D80D2003E09C605BE96646FBD9E9B5F3E4E39A63C231AFFBDF075153E116857BD3481483DE09906BE1B09843E4D98023F51986C3D90E947BE74961EBE7A7B2DBD4033DBBECA48893E99F8433D8CD4DABD5A7AAF3AEAD6553E97BEE03E31D3B93DF16036BEE9443F3E607A8DBDE985E33D61D3D53DD61586BCE414DF3E78EF2FBE2638383E4043013B321CAABEE9E6413E8988BBBEC340973CA9D7053E9BB6B1BDF8EC57BEB821C63C7881C33EC5BC57BED81D33BD8AC483BE5A0AD23D30ADEABC9AD2893E3D1829BD772E4E3E98E5A33EA865B63D9BDD513CFE742BBECA51F5BC8F95563E5212BC3DE5512ABE057BACBE9616743CDE488DBECF5889BE1EF6213E9DF77C3E4A6694BEB059B3BD12B2ABBD8C9100BF74C720BECBD8C7BB5DE3A43DC4E90EBD17A34EBEBFAF533EA53B29BEBD789ABD14BEF73D2795A53CB160F93D035959BD78A5D13EA297CD3EB216E2BD65AB713E8F7496BEC0B3673E2416AD3E10DD58BE1F448E3DB9B3453EBA293A3FA1879B3E1AD32A3EE4B733BE7C7714BE63DBD6BEA4C45F3DEEEFE6BC015A643EE3AAE23BE8679EBE3594223E94DDC73C13EBE6BE8C66FC3C5878093E3EC3BFBE9E0EABBEC52CDB3D20562FBE43CE7DBD836388BEC665A33E5B2AFA3D8AA68A3CB80FBE3EDF6D6DBD2EB4A83C4B90213DBBAB0C3E39D54C3E3F11CCBDA081D23C014A44BE82B9603D10A776BDD77A1DBEB8A687BE5064BEBA4DC8B3BC069E833E0D95853D3DA5283EB73A613E18B17EBEFD7824BE538210BB7F311BBE2A4515BE5D74073DB6F8913E999438BC756FF23E55E9C8BE6E230B3E79418DBEC3CA8E3E1501BA3E42E5A43DBACFA73E3681EDBD6B1E243E9829D1BDD25387BE5BD373BD996F7F3EB8808BBC145D3B3EDCFC9ABED08FA73E3F2A16BE084B5D3E596C4DBE7DB1823EFDCFEC3E470C7BBE793D14BD94148B3D57F082BEFCD266BC4797A23E3B02433EA85F203E8DFEB8BE548C103EFB27FD3DC669B1BEA192F2BDCAA45FBE162F59BC4DC457BE41A74E3E5CE0A3BDA1C800BF8388F8BD33F461BD5B93853E9A08AABE6C189EBE21EFF33DF6C37BBE00EAC53D5420A3BBACE0FB3E26939EBEDAD9443E560014BD3EEFC2BD5A47B63ED4F016BDF5A8B0BEAAEE62BE5881413E6BC4303DA975963E73E4A43CBB42C13E83E5733D590D983EDD8AA93EE3FB88BEFB0F43BC3D2F233EDA4F8EBEF575E13DDFFEABBAAF62ACBD02EE13BECC7A993BD5F9E2BE39C0FABDBF10A23E372D933E1852003FAE430CBD75C0FEBD3E52813E51BF0ABFBA70A6BD2C56FD3E9E4CA7BCF9D0203E48593EBE466D8BBEDA13CBBE2FEA3DBF2DE5833EDACEE2BD0A485BBE5C2BA2BD08498ABE6C8B0D3E93D33ABEB9737BBD40F3E0BD386633BE3DB77ABE594D0B3E3D92ABBE02F1A0BEF71D35BEDF78D3BD4226973DF4EE103EE51AE73EE4239E3E0B24E93DF99EC13C93EB953E1B2FCC3D1D4262BE4E5C6E3E61EDE8BD9245C33EA562A5BD0D97263E9E219FBD87E77CBEFE08873D2A00F23DD35C99BCDAB8C73EA71927BEFAB5C7BE3108283DF90411BE1FA54B3C1392A3BE11D0733D01B62ABF7B808BBE96DCAA3EF801CEBEBE65903D50A6413ED2B84EBEE222D9394F1A14BF42A9983DDDCB863D748ACC3E6CE6A13D08989F3E1E73A53EE29B253F20CF7BBDBE081DBEB095A93D379DBCBEE7224BBE9D4F3F3D6BB7C53E08E95E3E84C9983CB60FB0BE221ABC3D5E669C3DA874C43E344C21BE902595BD67F462BCD5503D3EFB52E03D057E373D41561CBC0B92663EDC64193F1070093B400F353E04ED67BE429A513D4F94043F7D2C923D33F8003DA783D1BA5B00AA3E2CBBE9BD3AF7823E29705ABE6661933E247FAC3E2BD05DBA3C86B83CB4B133BE13B527BF08E06F3DBE824DBCB0CD8C3E0BB5943ED11AA63D66DA1ABE2974E33D7D9383BEED9E4F3D0F8EED3DFE92103F86F62F3ED410833CCF76523FA413073E6290D0BE3C0B6D3D2868823E811C7DBEDA9636BE5887633E",
      torch_tensor_32_torch.float32_13: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.float32_14: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_15: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_32_torch.float32_16: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_3_32_torch.float32: "0x04000000DFC188BCD65A223E5C6AFBBCF428D53D1D12103DC38F0CBE295F893D053D22BE7A1D1ABEC54E0A3EB67BDFBD05C6ECBD3A033DBD4323153E84AB323EE06990BD9B0BC9BDFA9DDABD9DBCAABDCBBA2CBE9A16A5BDCE1D253DD9D558BDAA702EBEADD0B7BCA16D253EA80A1F3D663C733D98130BBED09D0BBEF33AEFBD816E53BD1391A7BC53339BBD3BA4773DA317E73D6F0836BD96A326BEB92193BDD9741C3E146913BED3DE81BDCF6D9A3DAA6327BDFC932A3E373B5CBD4E6E013E8551C33D60A424BE434D2E3ED118E3BD8CEDDC3D215CE4BDE5C285BD0B8C933DE3EC01BD7385F3BD2A4DFA3DA1E0543D620E533B3C88153EB2C38C3DCB0D253E873F5338E1571ABE9DD3D23D1E3510BEFDDF823D7CCF2ABB9D4127BC5E0EA1BD6B5CD5BDF7C41CBE046C273DF774EBBC6353D8BD6C481F3E4C57F83D1C331C3DF516423D88C5BCBC988F053ED8B62EBEFD0ADCBD2823003E2C65003E1D7CF5BB6F0656BD7559A73D4331FD3DE55986BDBF26B53D6092AE3D71D3A13C362EDABDF457FF3C",
      torch_tensor_3_torch.float32: "0x04000000AC43E5BC89D2473DB1A403BE"
    }
  }
#-}
