module {
  func.func @main(%arg0: !torch.vtensor<[1,3,8],f32>) -> !torch.vtensor<[1,3,8],f32> {
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int1, %int0, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.permute %arg0, %0 : !torch.vtensor<[1,3,8],f32>, !torch.list<int> -> !torch.vtensor<[3,1,8],f32>
    %int3 = torch.constant.int 3
    %int8 = torch.constant.int 8
    %2 = torch.prim.ListConstruct %int3, %int8 : (!torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.view %1, %2 : !torch.vtensor<[3,1,8],f32>, !torch.list<int> -> !torch.vtensor<[3,8],f32>
    %4 = torch.vtensor.literal(dense_resource<torch_tensor_24_8_torch.float32> : tensor<24x8xf32>) : !torch.vtensor<[24,8],f32>
    %int1_0 = torch.constant.int 1
    %int0_1 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int1_0, %int0_1 : (!torch.int, !torch.int) -> !torch.list<int>
    %6 = torch.aten.permute %4, %5 : !torch.vtensor<[24,8],f32>, !torch.list<int> -> !torch.vtensor<[8,24],f32>
    %7 = torch.aten.mm %3, %6 : !torch.vtensor<[3,8],f32>, !torch.vtensor<[8,24],f32> -> !torch.vtensor<[3,24],f32>
    %int1_2 = torch.constant.int 1
    %8 = torch.aten.mul.Scalar %7, %int1_2 : !torch.vtensor<[3,24],f32>, !torch.int -> !torch.vtensor<[3,24],f32>
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_24_torch.float32> : tensor<24xf32>) : !torch.vtensor<[24],f32>
    %int1_3 = torch.constant.int 1
    %10 = torch.aten.mul.Scalar %9, %int1_3 : !torch.vtensor<[24],f32>, !torch.int -> !torch.vtensor<[24],f32>
    %int1_4 = torch.constant.int 1
    %11 = torch.aten.add.Tensor %8, %10, %int1_4 : !torch.vtensor<[3,24],f32>, !torch.vtensor<[24],f32>, !torch.int -> !torch.vtensor<[3,24],f32>
    %int3_5 = torch.constant.int 3
    %int1_6 = torch.constant.int 1
    %int24 = torch.constant.int 24
    %12 = torch.prim.ListConstruct %int3_5, %int1_6, %int24 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %13 = torch.aten.view %11, %12 : !torch.vtensor<[3,24],f32>, !torch.list<int> -> !torch.vtensor<[3,1,24],f32>
    %int3_7 = torch.constant.int 3
    %int1_8 = torch.constant.int 1
    %int3_9 = torch.constant.int 3
    %int8_10 = torch.constant.int 8
    %14 = torch.prim.ListConstruct %int3_7, %int1_8, %int3_9, %int8_10 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %15 = torch.aten.view %13, %14 : !torch.vtensor<[3,1,24],f32>, !torch.list<int> -> !torch.vtensor<[3,1,3,8],f32>
    %int0_11 = torch.constant.int 0
    %16 = torch.aten.unsqueeze %15, %int0_11 : !torch.vtensor<[3,1,3,8],f32>, !torch.int -> !torch.vtensor<[1,3,1,3,8],f32>
    %int3_12 = torch.constant.int 3
    %int1_13 = torch.constant.int 1
    %int2_14 = torch.constant.int 2
    %int0_15 = torch.constant.int 0
    %int4 = torch.constant.int 4
    %17 = torch.prim.ListConstruct %int3_12, %int1_13, %int2_14, %int0_15, %int4 : (!torch.int, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %18 = torch.aten.permute %16, %17 : !torch.vtensor<[1,3,1,3,8],f32>, !torch.list<int> -> !torch.vtensor<[3,3,1,1,8],f32>
    %int3_16 = torch.constant.int 3
    %19 = torch.prim.ListConstruct %int3_16 : (!torch.int) -> !torch.list<int>
    %20 = torch.prims.squeeze %18, %19 : !torch.vtensor<[3,3,1,1,8],f32>, !torch.list<int> -> !torch.vtensor<[3,3,1,8],f32>
    %int0_17 = torch.constant.int 0
    %21 = torch.aten.clone %20, %int0_17 : !torch.vtensor<[3,3,1,8],f32>, !torch.int -> !torch.vtensor<[3,3,1,8],f32>
    %int0_18 = torch.constant.int 0
    %int0_19 = torch.constant.int 0
    %22 = torch.aten.select.int %21, %int0_18, %int0_19 : !torch.vtensor<[3,3,1,8],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,1,8],f32>
    %int0_20 = torch.constant.int 0
    %int1_21 = torch.constant.int 1
    %23 = torch.aten.select.int %21, %int0_20, %int1_21 : !torch.vtensor<[3,3,1,8],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,1,8],f32>
    %int0_22 = torch.constant.int 0
    %int2_23 = torch.constant.int 2
    %24 = torch.aten.select.int %21, %int0_22, %int2_23 : !torch.vtensor<[3,3,1,8],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,1,8],f32>
    %int3_24 = torch.constant.int 3
    %int2_25 = torch.constant.int 2
    %int4_26 = torch.constant.int 4
    %25 = torch.prim.ListConstruct %int3_24, %int2_25, %int4_26 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %26 = torch.aten.view %22, %25 : !torch.vtensor<[3,1,8],f32>, !torch.list<int> -> !torch.vtensor<[3,2,4],f32>
    %int1_27 = torch.constant.int 1
    %int0_28 = torch.constant.int 0
    %int2_29 = torch.constant.int 2
    %27 = torch.prim.ListConstruct %int1_27, %int0_28, %int2_29 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %28 = torch.aten.permute %26, %27 : !torch.vtensor<[3,2,4],f32>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
    %int3_30 = torch.constant.int 3
    %int2_31 = torch.constant.int 2
    %int4_32 = torch.constant.int 4
    %29 = torch.prim.ListConstruct %int3_30, %int2_31, %int4_32 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %30 = torch.aten.view %23, %29 : !torch.vtensor<[3,1,8],f32>, !torch.list<int> -> !torch.vtensor<[3,2,4],f32>
    %int1_33 = torch.constant.int 1
    %int0_34 = torch.constant.int 0
    %int2_35 = torch.constant.int 2
    %31 = torch.prim.ListConstruct %int1_33, %int0_34, %int2_35 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %32 = torch.aten.permute %30, %31 : !torch.vtensor<[3,2,4],f32>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
    %int3_36 = torch.constant.int 3
    %int2_37 = torch.constant.int 2
    %int4_38 = torch.constant.int 4
    %33 = torch.prim.ListConstruct %int3_36, %int2_37, %int4_38 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %34 = torch.aten.view %24, %33 : !torch.vtensor<[3,1,8],f32>, !torch.list<int> -> !torch.vtensor<[3,2,4],f32>
    %int1_39 = torch.constant.int 1
    %int0_40 = torch.constant.int 0
    %int2_41 = torch.constant.int 2
    %35 = torch.prim.ListConstruct %int1_39, %int0_40, %int2_41 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %36 = torch.aten.permute %34, %35 : !torch.vtensor<[3,2,4],f32>, !torch.list<int> -> !torch.vtensor<[2,3,4],f32>
    %float5.000000e-01 = torch.constant.float 5.000000e-01
    %37 = torch.aten.mul.Scalar %28, %float5.000000e-01 : !torch.vtensor<[2,3,4],f32>, !torch.float -> !torch.vtensor<[2,3,4],f32>
    %int0_42 = torch.constant.int 0
    %int2_43 = torch.constant.int 2
    %int1_44 = torch.constant.int 1
    %38 = torch.prim.ListConstruct %int0_42, %int2_43, %int1_44 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %39 = torch.aten.permute %32, %38 : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[2,4,3],f32>
    %40 = torch.aten.bmm %37, %39 : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,4,3],f32> -> !torch.vtensor<[2,3,3],f32>
    %int-1 = torch.constant.int -1
    %false = torch.constant.bool false
    %41 = torch.aten._softmax %40, %int-1, %false : !torch.vtensor<[2,3,3],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,3,3],f32>
    %42 = torch.aten.bmm %41, %36 : !torch.vtensor<[2,3,3],f32>, !torch.vtensor<[2,3,4],f32> -> !torch.vtensor<[2,3,4],f32>
    %int1_45 = torch.constant.int 1
    %int0_46 = torch.constant.int 0
    %int2_47 = torch.constant.int 2
    %43 = torch.prim.ListConstruct %int1_45, %int0_46, %int2_47 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %44 = torch.aten.permute %42, %43 : !torch.vtensor<[2,3,4],f32>, !torch.list<int> -> !torch.vtensor<[3,2,4],f32>
    %int0_48 = torch.constant.int 0
    %45 = torch.aten.clone %44, %int0_48 : !torch.vtensor<[3,2,4],f32>, !torch.int -> !torch.vtensor<[3,2,4],f32>
    %int3_49 = torch.constant.int 3
    %int8_50 = torch.constant.int 8
    %46 = torch.prim.ListConstruct %int3_49, %int8_50 : (!torch.int, !torch.int) -> !torch.list<int>
    %47 = torch.aten.view %45, %46 : !torch.vtensor<[3,2,4],f32>, !torch.list<int> -> !torch.vtensor<[3,8],f32>
    %48 = torch.vtensor.literal(dense_resource<torch_tensor_8_8_torch.float32> : tensor<8x8xf32>) : !torch.vtensor<[8,8],f32>
    %int1_51 = torch.constant.int 1
    %int0_52 = torch.constant.int 0
    %49 = torch.prim.ListConstruct %int1_51, %int0_52 : (!torch.int, !torch.int) -> !torch.list<int>
    %50 = torch.aten.permute %48, %49 : !torch.vtensor<[8,8],f32>, !torch.list<int> -> !torch.vtensor<[8,8],f32>
    %51 = torch.aten.mm %47, %50 : !torch.vtensor<[3,8],f32>, !torch.vtensor<[8,8],f32> -> !torch.vtensor<[3,8],f32>
    %int1_53 = torch.constant.int 1
    %52 = torch.aten.mul.Scalar %51, %int1_53 : !torch.vtensor<[3,8],f32>, !torch.int -> !torch.vtensor<[3,8],f32>
    %53 = torch.vtensor.literal(dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>) : !torch.vtensor<[8],f32>
    %int1_54 = torch.constant.int 1
    %54 = torch.aten.mul.Scalar %53, %int1_54 : !torch.vtensor<[8],f32>, !torch.int -> !torch.vtensor<[8],f32>
    %int1_55 = torch.constant.int 1
    %55 = torch.aten.add.Tensor %52, %54, %int1_55 : !torch.vtensor<[3,8],f32>, !torch.vtensor<[8],f32>, !torch.int -> !torch.vtensor<[3,8],f32>
    %int3_56 = torch.constant.int 3
    %int1_57 = torch.constant.int 1
    %int8_58 = torch.constant.int 8
    %56 = torch.prim.ListConstruct %int3_56, %int1_57, %int8_58 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %57 = torch.aten.view %55, %56 : !torch.vtensor<[3,8],f32>, !torch.list<int> -> !torch.vtensor<[3,1,8],f32>
    %int1_59 = torch.constant.int 1
    %int0_60 = torch.constant.int 0
    %int2_61 = torch.constant.int 2
    %58 = torch.prim.ListConstruct %int1_59, %int0_60, %int2_61 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %59 = torch.aten.permute %57, %58 : !torch.vtensor<[3,1,8],f32>, !torch.list<int> -> !torch.vtensor<[1,3,8],f32>
    return %59 : !torch.vtensor<[1,3,8],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_24_8_torch.float32: "0x0400000037432E3E04B1B73E59EDC03EE69EC33EF37CB03DE5C9C0BEE428233DC2B28ABED79DCEBE23FBC43EDB92A83E8927DDBE6EFCA53D5C6495BD3AEF91BDC1F84ABE9E832A3EAF5083BE668C223EC73B603EE4B59E3E48CB253E416DDBBE56D18FBE16665D3E4C9CB93D53F2ACBE3D527FBE0491D03E1963953EF25541BE5332DFBD8131D3BECA08FFBB7EF4A6BEFF02ABBE9773C3BC6F26853D789635BEA58D833E26EA86BE8D2AC93EC5EE973E3BF5BABE8EB6DCBD8F0FA03CF462813D1A54D23D31012E3EF27AD43C9D5958BE7AD0513EFAAAD4BE916783BEB9FEDDBD0EFD57BE2C1E1BBE51B6B5BE4FA3BCBDB58FBD3D7D6E90BEC60AB6BCB7B49E3E1E5436BDDB2B453C1D0219BD4D79B33D9AF78C3EC101D23E22CB8C3EC37CD23E694500BDFE28C7BE4D3552BE59F5963E98F537BB91645CBEABE4A9BE127BCFBE651EBBBEAEE0B3BD7D2A733E13B96F3E24D1D5BE464B8A3EFB7BADBE137BBBBDE1C933BE2AD0AABD611EAEBDDAF1C6BE256DBFBE7FC48ABD847EB73B826D49BEC307273E928BC7BEB864EFBC30F8C23E81DC34BEB332C83EAF94203EEE13C8BE45458C3E7BAA4CBD64F045BEFF48B13E1F28B3BE74513E3D96ABB9BD10529E3E548CF73DF80E553EAA971C3E6041D5BD4080BABD6FB3B6BEA341703EE506B03EC1B1973E56629CBEDE349E3C21499CBE621674BEF12F81BE0D88173E8D1D84BE20C81ABCCA39953C1FEA8E3EE196A7BE943398BEEFBB80BE4F2D9B3E7A631FBEE900BB3EAE56203E2096603DF53E53BB544EAFBD95875E3D937FCABD456547BB344D623DB56AADBE0A6768BEEE05B33E03ECB3BEBBB6FEBC1351DB3EA02C203EC6DD483C2D21C0BE2DA75B3E18EA9DBED1BBFBBD06C514BE4C5383BDF2339B3BA5DCB63EA96A5D3DCC93C63E419E873ED5298CBE74DE463E7BB89CBE1BED3BBE5C6A023EA968123ED353A63E36BD0EBE6BB7353A7D46643E2168D6BE5F49A03EAD54B7BE328FC33BC7C596BD888769BED36B6A3D7754B73EAE9D01BE9B9F83BE07FD23BE75BDDBBE7D26483E8AF354BE75F393BE3D727FBE3AF07E3ECCD06A3E5929AA3E",
      torch_tensor_24_torch.float32: "0x04000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_8_8_torch.float32: "0x0400000022792DBB9C36423EB1FC94BE1D3885BED6700BBEAB2AC23D578AE5BB40878F3EDE8300BD9799BF3D5DD3DABD1B548EBDC2EFACBE90C56FBE9F3D15BE4C94563C6B200F3E403B593EDE7075BE86A71DBEA77F033EF750963EE70395BD7A75873E1E6B69BD353C193DA1E8A33E20EDA7BEC5EA63BEAC4FB7BD661F0DBE9E669C3E85AA6ABE86A826BE53EF7CBE2089A9BE2D5653BE979A9B3E5E8C213E5F782F3E4952983C7B9C39BE6E01753D4D04A9BE68CC82BE4CA43ABE876C643E5D45543EF68F20BEF20251BCB38B673E12F5B33ECBAF0F3EA6A2433DF2BD723E522B55BE70ED863D65588CBE8AEC7ABEF2053BBE10D0233EFD98113E5B7456BEB8BFDA3D",
      torch_tensor_8_torch.float32: "0x040000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
