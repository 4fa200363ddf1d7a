module {
  func.func @main(%arg0: !torch.vtensor<[1,1,4,4],f32>) -> !torch.vtensor<[1,3],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_1_3_3_torch.float32> : tensor<4x1x3x3xf32>) : !torch.vtensor<[4,1,3,3],f32>
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
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
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %false, %5, %int1_6 : !torch.vtensor<[1,1,4,4],f32>, !torch.vtensor<[4,1,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,4,4],f32>
    %7 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int6 = torch.constant.int 6
    %8 = torch.prims.convert_element_type %7, %int6 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_2> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int6_7 = torch.constant.int 6
    %10 = torch.prims.convert_element_type %9, %int6_7 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %int1_8 = torch.constant.int 1
    %11 = torch.aten.add.Scalar %10, %float1.000000e-05, %int1_8 : !torch.vtensor<[4],f32>, !torch.float, !torch.int -> !torch.vtensor<[4],f32>
    %12 = torch.aten.sqrt %11 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
    %13 = torch.aten.reciprocal %12 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
    %int1_9 = torch.constant.int 1
    %14 = torch.aten.mul.Scalar %13, %int1_9 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>
    %int-1 = torch.constant.int -1
    %15 = torch.aten.unsqueeze %8, %int-1 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4,1],f32>
    %int-1_10 = torch.constant.int -1
    %16 = torch.aten.unsqueeze %15, %int-1_10 : !torch.vtensor<[4,1],f32>, !torch.int -> !torch.vtensor<[4,1,1],f32>
    %int-1_11 = torch.constant.int -1
    %17 = torch.aten.unsqueeze %14, %int-1_11 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4,1],f32>
    %int-1_12 = torch.constant.int -1
    %18 = torch.aten.unsqueeze %17, %int-1_12 : !torch.vtensor<[4,1],f32>, !torch.int -> !torch.vtensor<[4,1,1],f32>
    %int1_13 = torch.constant.int 1
    %19 = torch.aten.sub.Tensor %6, %16, %int1_13 : !torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[4,1,1],f32>, !torch.int -> !torch.vtensor<[1,4,4,4],f32>
    %20 = torch.aten.mul.Tensor %19, %18 : !torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[4,1,1],f32> -> !torch.vtensor<[1,4,4,4],f32>
    %21 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_3> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int-1_14 = torch.constant.int -1
    %22 = torch.aten.unsqueeze %21, %int-1_14 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4,1],f32>
    %int-1_15 = torch.constant.int -1
    %23 = torch.aten.unsqueeze %22, %int-1_15 : !torch.vtensor<[4,1],f32>, !torch.int -> !torch.vtensor<[4,1,1],f32>
    %24 = torch.aten.mul.Tensor %20, %23 : !torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[4,1,1],f32> -> !torch.vtensor<[1,4,4,4],f32>
    %25 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_4> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int-1_16 = torch.constant.int -1
    %26 = torch.aten.unsqueeze %25, %int-1_16 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4,1],f32>
    %int-1_17 = torch.constant.int -1
    %27 = torch.aten.unsqueeze %26, %int-1_17 : !torch.vtensor<[4,1],f32>, !torch.int -> !torch.vtensor<[4,1,1],f32>
    %int1_18 = torch.constant.int 1
    %28 = torch.aten.add.Tensor %24, %27, %int1_18 : !torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[4,1,1],f32>, !torch.int -> !torch.vtensor<[1,4,4,4],f32>
    %29 = torch.aten.relu %28 : !torch.vtensor<[1,4,4,4],f32> -> !torch.vtensor<[1,4,4,4],f32>
    %int2 = torch.constant.int 2
    %int2_19 = torch.constant.int 2
    %30 = torch.prim.ListConstruct %int2, %int2_19 : (!torch.int, !torch.int) -> !torch.list<int>
    %int2_20 = torch.constant.int 2
    %int2_21 = torch.constant.int 2
    %31 = torch.prim.ListConstruct %int2_20, %int2_21 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_22 = torch.constant.int 0
    %int0_23 = torch.constant.int 0
    %32 = torch.prim.ListConstruct %int0_22, %int0_23 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_24 = torch.constant.int 1
    %int1_25 = torch.constant.int 1
    %33 = torch.prim.ListConstruct %int1_24, %int1_25 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_26 = torch.constant.bool false
    %result0, %result1 = torch.aten.max_pool2d_with_indices %29, %30, %31, %32, %33, %false_26 : !torch.vtensor<[1,4,4,4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,4,2,2],f32>, !torch.vtensor<[1,4,2,2],si64>
    %int1_27 = torch.constant.int 1
    %int16 = torch.constant.int 16
    %34 = torch.prim.ListConstruct %int1_27, %int16 : (!torch.int, !torch.int) -> !torch.list<int>
    %35 = torch.aten.view %result0, %34 : !torch.vtensor<[1,4,2,2],f32>, !torch.list<int> -> !torch.vtensor<[1,16],f32>
    %36 = torch.vtensor.literal(dense_resource<torch_tensor_3_16_torch.float32> : tensor<3x16xf32>) : !torch.vtensor<[3,16],f32>
    %int1_28 = torch.constant.int 1
    %int0_29 = torch.constant.int 0
    %37 = torch.prim.ListConstruct %int1_28, %int0_29 : (!torch.int, !torch.int) -> !torch.list<int>
    %38 = torch.aten.permute %36, %37 : !torch.vtensor<[3,16],f32>, !torch.list<int> -> !torch.vtensor<[16,3],f32>
    %39 = torch.aten.mm %35, %38 : !torch.vtensor<[1,16],f32>, !torch.vtensor<[16,3],f32> -> !torch.vtensor<[1,3],f32>
    %int1_30 = torch.constant.int 1
    %40 = torch.aten.mul.Scalar %39, %int1_30 : !torch.vtensor<[1,3],f32>, !torch.int -> !torch.vtensor<[1,3],f32>
    %41 = torch.vtensor.literal(dense_resource<torch_tensor_3_torch.float32> : tensor<3xf32>) : !torch.vtensor<[3],f32>
    %int1_31 = torch.constant.int 1
    %42 = torch.aten.mul.Scalar %41, %int1_31 : !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[3],f32>
    %int1_32 = torch.constant.int 1
    %43 = torch.aten.add.Tensor %40, %42, %int1_32 : !torch.vtensor<[1,3],f32>, !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[1,3],f32>
    return %43 : !torch.vtensor<[1,3],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_1_3_3_torch.float32: "0x04000000568D23BB281B373E64778CBE56337BBE4E7703BEE60FB73DAB69D8BBDF51873E9654F2BC66A4B43D904FCEBD4B3086BDD00BA3BE180F62BE9BB40CBEAB4E4A3CEBF0063ECBCE4C3E666767BE53A314BECBF4F73D34B88D3E307E8CBD7B6C7F3EAB115CBDB678103DDC889A3E8A529EBEDEE156BED6D3ACBD3E0D05BEC674933ECE3E5DBE80201DBE23786EBEFAD69FBE",
      torch_tensor_4_torch.float32: "0x04000000064047BE6AB4923E284F183E566F253E",
      torch_tensor_4_torch.float32_1: "0x0400000000000000000000000000000000000000",
      torch_tensor_4_torch.float32_2: "0x040000000000803F0000803F0000803F0000803F",
      torch_tensor_4_torch.float32_3: "0x040000000000803F0000803F0000803F0000803F",
      torch_tensor_4_torch.float32_4: "0x0400000000000000000000000000000000000000",
      torch_tensor_3_16_torch.float32: "0x04000000406A573C3A3F03BEC03E2D3D9E066FBE1AFA38BEC6F903BE2685213E2619163EC811E3BD20CB13BC40BA233E827F7E3E2434CB3DC8550A3DFEA42B3EC0BB16BEF8D03E3D6C7A46BE186E31BED23E04BE8CAAE73DF8E7CD3D6AA417BEC8AD9A3D6E890C3E203F01BD40641C3C00446D3D00D11E3E48CF753E964745BEECA1BBBD9838C93DD01B543EE8C55E3E22E2613E78CA4B3DF89C5EBE9066BC3CAC2720BE8C946EBE3E74633EF0A6423EFE5D7FBE08AA3F3DC8802CBDB88228BD1C5FEABD",
      torch_tensor_3_torch.float32: "0x040000008CE4C43D34A117BEDCB1BB3D"
    }
  }
#-}
