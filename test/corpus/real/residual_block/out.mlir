module {
  func.func @main(%arg0: !torch.vtensor<[1,2,4,4],f32>) -> !torch.vtensor<[1,2,4,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_2_2_3_3_torch.float32> : tensor<2x2x3x3xf32>) : !torch.vtensor<[2,2,3,3],f32>
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %2 = torch.prim.ListConstruct %int1, %int1_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_1 = torch.constant.int 1
    %int1_2 = torch.constant.int 1
    %3 = torch.prim.ListConstruct %int1_1, %int1_2 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_3 = torch.constant.int 1
    %int1_4 = torch.constant.int 1
    %4 = torch.prim.ListConstruct %int1_3, %int1_4 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %int0 = torch.constant.int 0
    %int0_5 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int0, %int0_5 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_6 = torch.constant.int 1
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %false, %5, %int1_6 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[2,2,3,3],f32>, !torch.vtensor<[2],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,2,4,4],f32>
    %7 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_1> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int6 = torch.constant.int 6
    %8 = torch.prims.convert_element_type %7, %int6 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_2> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int6_7 = torch.constant.int 6
    %10 = torch.prims.convert_element_type %9, %int6_7 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %int1_8 = torch.constant.int 1
    %11 = torch.aten.add.Scalar %10, %float1.000000e-05, %int1_8 : !torch.vtensor<[2],f32>, !torch.float, !torch.int -> !torch.vtensor<[2],f32>
    %12 = torch.aten.sqrt %11 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    %13 = torch.aten.reciprocal %12 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    %int1_9 = torch.constant.int 1
    %14 = torch.aten.mul.Scalar %13, %int1_9 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %int-1 = torch.constant.int -1
    %15 = torch.aten.unsqueeze %8, %int-1 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,1],f32>
    %int-1_10 = torch.constant.int -1
    %16 = torch.aten.unsqueeze %15, %int-1_10 : !torch.vtensor<[2,1],f32>, !torch.int -> !torch.vtensor<[2,1,1],f32>
    %int-1_11 = torch.constant.int -1
    %17 = torch.aten.unsqueeze %14, %int-1_11 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,1],f32>
    %int-1_12 = torch.constant.int -1
    %18 = torch.aten.unsqueeze %17, %int-1_12 : !torch.vtensor<[2,1],f32>, !torch.int -> !torch.vtensor<[2,1,1],f32>
    %int1_13 = torch.constant.int 1
    %19 = torch.aten.sub.Tensor %6, %16, %int1_13 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[2,1,1],f32>, !torch.int -> !torch.vtensor<[1,2,4,4],f32>
    %20 = torch.aten.mul.Tensor %19, %18 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[2,1,1],f32> -> !torch.vtensor<[1,2,4,4],f32>
    %21 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_3> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int-1_14 = torch.constant.int -1
    %22 = torch.aten.unsqueeze %21, %int-1_14 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,1],f32>
    %int-1_15 = torch.constant.int -1
    %23 = torch.aten.unsqueeze %22, %int-1_15 : !torch.vtensor<[2,1],f32>, !torch.int -> !torch.vtensor<[2,1,1],f32>
    %24 = torch.aten.mul.Tensor %20, %23 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[2,1,1],f32> -> !torch.vtensor<[1,2,4,4],f32>
    %25 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_4> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int-1_16 = torch.constant.int -1
    %26 = torch.aten.unsqueeze %25, %int-1_16 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,1],f32>
    %int-1_17 = torch.constant.int -1
    %27 = torch.aten.unsqueeze %26, %int-1_17 : !torch.vtensor<[2,1],f32>, !torch.int -> !torch.vtensor<[2,1,1],f32>
    %int1_18 = torch.constant.int 1
    %28 = torch.aten.add.Tensor %24, %27, %int1_18 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[2,1,1],f32>, !torch.int -> !torch.vtensor<[1,2,4,4],f32>
    %29 = torch.aten.relu %28 : !torch.vtensor<[1,2,4,4],f32> -> !torch.vtensor<[1,2,4,4],f32>
    %30 = torch.vtensor.literal(dense_resource<torch_tensor_2_2_3_3_torch.float32_1> : tensor<2x2x3x3xf32>) : !torch.vtensor<[2,2,3,3],f32>
    %31 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32_5> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int1_19 = torch.constant.int 1
    %int1_20 = torch.constant.int 1
    %32 = torch.prim.ListConstruct %int1_19, %int1_20 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_21 = torch.constant.int 1
    %int1_22 = torch.constant.int 1
    %33 = torch.prim.ListConstruct %int1_21, %int1_22 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_23 = torch.constant.int 1
    %int1_24 = torch.constant.int 1
    %34 = torch.prim.ListConstruct %int1_23, %int1_24 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_25 = torch.constant.bool false
    %int0_26 = torch.constant.int 0
    %int0_27 = torch.constant.int 0
    %35 = torch.prim.ListConstruct %int0_26, %int0_27 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_28 = torch.constant.int 1
    %36 = torch.aten.convolution %29, %30, %31, %32, %33, %34, %false_25, %35, %int1_28 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[2,2,3,3],f32>, !torch.vtensor<[2],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,2,4,4],f32>
    %int1_29 = torch.constant.int 1
    %37 = torch.aten.add.Tensor %arg0, %36, %int1_29 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[1,2,4,4],f32>, !torch.int -> !torch.vtensor<[1,2,4,4],f32>
    %38 = torch.aten.relu %37 : !torch.vtensor<[1,2,4,4],f32> -> !torch.vtensor<[1,2,4,4],f32>
    return %38 : !torch.vtensor<[1,2,4,4],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_2_3_3_torch.float32: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE",
      torch_tensor_2_torch.float32: "0x040000001EE40CBEC9784F3E",
      torch_tensor_2_torch.float32_1: "0x040000000000000000000000",
      torch_tensor_2_torch.float32_2: "0x040000000000803F0000803F",
      torch_tensor_2_torch.float32_3: "0x040000000000803F0000803F",
      torch_tensor_2_torch.float32_4: "0x040000000000000000000000",
      torch_tensor_2_2_3_3_torch.float32_1: "0x04000000D265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023DF7D3213EE11C0EBE40E7333D86203BBE5C4827BE435DF9BDC06ADA3D5221C23D3DF80EBE25D5913DD97F043EAEB5F3BC8A72133C39B25F3DCABB153E69C0673E3DFF39BED1E6B0BD8AB6BD3D5BFA473E",
      torch_tensor_2_torch.float32_5: "0x040000005008523E00F7543E"
    }
  }
#-}
