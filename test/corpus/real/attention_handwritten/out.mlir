module {
  func.func @main(%arg0: !torch.vtensor<[1,3,4],f32>) -> !torch.vtensor<[1,3,4],f32> {
    %int3 = torch.constant.int 3
    %int4 = torch.constant.int 4
    %0 = torch.prim.ListConstruct %int3, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[1,3,4],f32>, !torch.list<int> -> !torch.vtensor<[3,4],f32>
    %2 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_torch.float32> : tensor<4x4xf32>) : !torch.vtensor<[4,4],f32>
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int1, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %4 = torch.aten.permute %2, %3 : !torch.vtensor<[4,4],f32>, !torch.list<int> -> !torch.vtensor<[4,4],f32>
    %5 = torch.aten.mm %1, %4 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[3,4],f32>
    %int1_0 = torch.constant.int 1
    %6 = torch.aten.mul.Scalar %5, %int1_0 : !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[3,4],f32>
    %7 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1_1 = torch.constant.int 1
    %8 = torch.aten.mul.Scalar %7, %int1_1 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>
    %int1_2 = torch.constant.int 1
    %9 = torch.aten.add.Tensor %6, %8, %int1_2 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[3,4],f32>
    %int1_3 = torch.constant.int 1
    %int3_4 = torch.constant.int 3
    %int4_5 = torch.constant.int 4
    %10 = torch.prim.ListConstruct %int1_3, %int3_4, %int4_5 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %11 = torch.aten.view %9, %10 : !torch.vtensor<[3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,3,4],f32>
    %int3_6 = torch.constant.int 3
    %int4_7 = torch.constant.int 4
    %12 = torch.prim.ListConstruct %int3_6, %int4_7 : (!torch.int, !torch.int) -> !torch.list<int>
    %13 = torch.aten.view %arg0, %12 : !torch.vtensor<[1,3,4],f32>, !torch.list<int> -> !torch.vtensor<[3,4],f32>
    %14 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_torch.float32_1> : tensor<4x4xf32>) : !torch.vtensor<[4,4],f32>
    %int1_8 = torch.constant.int 1
    %int0_9 = torch.constant.int 0
    %15 = torch.prim.ListConstruct %int1_8, %int0_9 : (!torch.int, !torch.int) -> !torch.list<int>
    %16 = torch.aten.permute %14, %15 : !torch.vtensor<[4,4],f32>, !torch.list<int> -> !torch.vtensor<[4,4],f32>
    %17 = torch.aten.mm %13, %16 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[3,4],f32>
    %int1_10 = torch.constant.int 1
    %18 = torch.aten.mul.Scalar %17, %int1_10 : !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[3,4],f32>
    %19 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1_11 = torch.constant.int 1
    %20 = torch.aten.mul.Scalar %19, %int1_11 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>
    %int1_12 = torch.constant.int 1
    %21 = torch.aten.add.Tensor %18, %20, %int1_12 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[3,4],f32>
    %int1_13 = torch.constant.int 1
    %int3_14 = torch.constant.int 3
    %int4_15 = torch.constant.int 4
    %22 = torch.prim.ListConstruct %int1_13, %int3_14, %int4_15 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %23 = torch.aten.view %21, %22 : !torch.vtensor<[3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,3,4],f32>
    %int3_16 = torch.constant.int 3
    %int4_17 = torch.constant.int 4
    %24 = torch.prim.ListConstruct %int3_16, %int4_17 : (!torch.int, !torch.int) -> !torch.list<int>
    %25 = torch.aten.view %arg0, %24 : !torch.vtensor<[1,3,4],f32>, !torch.list<int> -> !torch.vtensor<[3,4],f32>
    %26 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_torch.float32_2> : tensor<4x4xf32>) : !torch.vtensor<[4,4],f32>
    %int1_18 = torch.constant.int 1
    %int0_19 = torch.constant.int 0
    %27 = torch.prim.ListConstruct %int1_18, %int0_19 : (!torch.int, !torch.int) -> !torch.list<int>
    %28 = torch.aten.permute %26, %27 : !torch.vtensor<[4,4],f32>, !torch.list<int> -> !torch.vtensor<[4,4],f32>
    %29 = torch.aten.mm %25, %28 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[3,4],f32>
    %int1_20 = torch.constant.int 1
    %30 = torch.aten.mul.Scalar %29, %int1_20 : !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[3,4],f32>
    %31 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_2> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1_21 = torch.constant.int 1
    %32 = torch.aten.mul.Scalar %31, %int1_21 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>
    %int1_22 = torch.constant.int 1
    %33 = torch.aten.add.Tensor %30, %32, %int1_22 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[3,4],f32>
    %int1_23 = torch.constant.int 1
    %int3_24 = torch.constant.int 3
    %int4_25 = torch.constant.int 4
    %34 = torch.prim.ListConstruct %int1_23, %int3_24, %int4_25 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %35 = torch.aten.view %33, %34 : !torch.vtensor<[3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,3,4],f32>
    %int0_26 = torch.constant.int 0
    %int2 = torch.constant.int 2
    %int1_27 = torch.constant.int 1
    %36 = torch.prim.ListConstruct %int0_26, %int2, %int1_27 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %37 = torch.aten.permute %23, %36 : !torch.vtensor<[1,3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,4,3],f32>
    %int1_28 = torch.constant.int 1
    %int3_29 = torch.constant.int 3
    %int4_30 = torch.constant.int 4
    %38 = torch.prim.ListConstruct %int1_28, %int3_29, %int4_30 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %39 = torch.aten.expand %11, %38, %false : !torch.vtensor<[1,3,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4],f32>
    %int1_31 = torch.constant.int 1
    %int3_32 = torch.constant.int 3
    %int4_33 = torch.constant.int 4
    %40 = torch.prim.ListConstruct %int1_31, %int3_32, %int4_33 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %41 = torch.aten.view %39, %40 : !torch.vtensor<[1,3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,3,4],f32>
    %int1_34 = torch.constant.int 1
    %int4_35 = torch.constant.int 4
    %int3_36 = torch.constant.int 3
    %42 = torch.prim.ListConstruct %int1_34, %int4_35, %int3_36 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_37 = torch.constant.bool false
    %43 = torch.aten.expand %37, %42, %false_37 : !torch.vtensor<[1,4,3],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,4,3],f32>
    %int1_38 = torch.constant.int 1
    %int4_39 = torch.constant.int 4
    %int3_40 = torch.constant.int 3
    %44 = torch.prim.ListConstruct %int1_38, %int4_39, %int3_40 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %45 = torch.aten.view %43, %44 : !torch.vtensor<[1,4,3],f32>, !torch.list<int> -> !torch.vtensor<[1,4,3],f32>
    %46 = torch.aten.bmm %41, %45 : !torch.vtensor<[1,3,4],f32>, !torch.vtensor<[1,4,3],f32> -> !torch.vtensor<[1,3,3],f32>
    %int1_41 = torch.constant.int 1
    %int3_42 = torch.constant.int 3
    %int3_43 = torch.constant.int 3
    %47 = torch.prim.ListConstruct %int1_41, %int3_42, %int3_43 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %48 = torch.aten.view %46, %47 : !torch.vtensor<[1,3,3],f32>, !torch.list<int> -> !torch.vtensor<[1,3,3],f32>
    %float2.000000e00 = torch.constant.float 2.000000e+00
    %49 = torch.aten.div.Scalar %48, %float2.000000e00 : !torch.vtensor<[1,3,3],f32>, !torch.float -> !torch.vtensor<[1,3,3],f32>
    %int-1 = torch.constant.int -1
    %false_44 = torch.constant.bool false
    %50 = torch.aten._softmax %49, %int-1, %false_44 : !torch.vtensor<[1,3,3],f32>, !torch.int, !torch.bool -> !torch.vtensor<[1,3,3],f32>
    %int1_45 = torch.constant.int 1
    %int3_46 = torch.constant.int 3
    %int3_47 = torch.constant.int 3
    %51 = torch.prim.ListConstruct %int1_45, %int3_46, %int3_47 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_48 = torch.constant.bool false
    %52 = torch.aten.expand %50, %51, %false_48 : !torch.vtensor<[1,3,3],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,3],f32>
    %int1_49 = torch.constant.int 1
    %int3_50 = torch.constant.int 3
    %int3_51 = torch.constant.int 3
    %53 = torch.prim.ListConstruct %int1_49, %int3_50, %int3_51 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %54 = torch.aten.view %52, %53 : !torch.vtensor<[1,3,3],f32>, !torch.list<int> -> !torch.vtensor<[1,3,3],f32>
    %int1_52 = torch.constant.int 1
    %int3_53 = torch.constant.int 3
    %int4_54 = torch.constant.int 4
    %55 = torch.prim.ListConstruct %int1_52, %int3_53, %int4_54 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_55 = torch.constant.bool false
    %56 = torch.aten.expand %35, %55, %false_55 : !torch.vtensor<[1,3,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4],f32>
    %int1_56 = torch.constant.int 1
    %int3_57 = torch.constant.int 3
    %int4_58 = torch.constant.int 4
    %57 = torch.prim.ListConstruct %int1_56, %int3_57, %int4_58 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %58 = torch.aten.view %56, %57 : !torch.vtensor<[1,3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,3,4],f32>
    %59 = torch.aten.bmm %54, %58 : !torch.vtensor<[1,3,3],f32>, !torch.vtensor<[1,3,4],f32> -> !torch.vtensor<[1,3,4],f32>
    %int1_59 = torch.constant.int 1
    %int3_60 = torch.constant.int 3
    %int4_61 = torch.constant.int 4
    %60 = torch.prim.ListConstruct %int1_59, %int3_60, %int4_61 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %61 = torch.aten.view %59, %60 : !torch.vtensor<[1,3,4],f32>, !torch.list<int> -> !torch.vtensor<[1,3,4],f32>
    return %61 : !torch.vtensor<[1,3,4],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_4_torch.float32: "0x04000000005475BB5E54893E16B3D2BE8066BCBEF43245BEEC4B093E404F22BCCEFACA3E70BF35BD4C7B073EACBB1ABE7048C9BDB891F4BE528BA9BEE80E53BE00BB973C",
      torch_tensor_4_torch.float32: "0x0400000060694A3E189B993E8C8DADBEFCF45EBE",
      torch_tensor_4_4_torch.float32_1: "0x0400000098F7393E4E94D43E48BDD2BD5C91BF3E400DA5BD10B5583D4ACDE73ECE7BEDBE6629A1BEE09E01BEDC9347BE282FDD3E1AEFA5BEC0B06BBE1ADAB2BE76C2EFBE",
      torch_tensor_4_torch.float32_1: "0x04000000047095BE9E0EDC3EBC76643E0027783E",
      torch_tensor_4_4_torch.float32_2: "0x04000000406AD73C3A3F83BEC03EAD3D9E06EFBE1AFAB8BEC6F983BE2685A13E2619963EC81163BE20CB93BC40BAA33E827FFE3E24344B3EC8558A3DFEA4AB3EC0BB96BE",
      torch_tensor_4_torch.float32_2: "0x04000000F8D0BE3D6C7AC6BE186EB1BED23E84BE"
    }
  }
#-}
