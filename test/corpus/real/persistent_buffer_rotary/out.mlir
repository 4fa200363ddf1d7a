module {
  func.func @main(%arg0: !torch.vtensor<[2,3,8],f32>) -> !torch.vtensor<[2,3,8],f32> {
    %int0 = torch.constant.int 0
    %int3 = torch.constant.int 3
    %int1 = torch.constant.int 1
    %int6 = torch.constant.int 6
    %int0_0 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %false = torch.constant.bool false
    %0 = torch.aten.arange.start_step %int0, %int3, %int1, %int6, %int0_0, %cpu, %false : !torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[3],f32>
    %int3_1 = torch.constant.int 3
    %int1_2 = torch.constant.int 1
    %1 = torch.prim.ListConstruct %int3_1, %int1_2 : (!torch.int, !torch.int) -> !torch.list<int>
    %2 = torch.aten.view %0, %1 : !torch.vtensor<[3],f32>, !torch.list<int> -> !torch.vtensor<[3,1],f32>
    %3 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %4 = torch.aten.mul.Tensor %2, %3 : !torch.vtensor<[3,1],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[3,4],f32>
    %5 = torch.prim.ListConstruct %4, %4 : (!torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>) -> !torch.list<vtensor>
    %int-1 = torch.constant.int -1
    %6 = torch.aten.cat %5, %int-1 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[3,8],f32>
    %7 = torch.aten.cos %6 : !torch.vtensor<[3,8],f32> -> !torch.vtensor<[3,8],f32>
    %8 = torch.aten.mul.Tensor %arg0, %7 : !torch.vtensor<[2,3,8],f32>, !torch.vtensor<[3,8],f32> -> !torch.vtensor<[2,3,8],f32>
    %9 = torch.aten.sin %6 : !torch.vtensor<[3,8],f32> -> !torch.vtensor<[3,8],f32>
    %10 = torch.aten.mul.Tensor %arg0, %9 : !torch.vtensor<[2,3,8],f32>, !torch.vtensor<[3,8],f32> -> !torch.vtensor<[2,3,8],f32>
    %int1_3 = torch.constant.int 1
    %11 = torch.aten.add.Tensor %8, %10, %int1_3 : !torch.vtensor<[2,3,8],f32>, !torch.vtensor<[2,3,8],f32>, !torch.int -> !torch.vtensor<[2,3,8],f32>
    %int6_4 = torch.constant.int 6
    %int8 = torch.constant.int 8
    %12 = torch.prim.ListConstruct %int6_4, %int8 : (!torch.int, !torch.int) -> !torch.list<int>
    %13 = torch.aten.view %11, %12 : !torch.vtensor<[2,3,8],f32>, !torch.list<int> -> !torch.vtensor<[6,8],f32>
    %14 = torch.vtensor.literal(dense_resource<torch_tensor_8_8_torch.float32> : tensor<8x8xf32>) : !torch.vtensor<[8,8],f32>
    %int1_5 = torch.constant.int 1
    %int0_6 = torch.constant.int 0
    %15 = torch.prim.ListConstruct %int1_5, %int0_6 : (!torch.int, !torch.int) -> !torch.list<int>
    %16 = torch.aten.permute %14, %15 : !torch.vtensor<[8,8],f32>, !torch.list<int> -> !torch.vtensor<[8,8],f32>
    %17 = torch.aten.mm %13, %16 : !torch.vtensor<[6,8],f32>, !torch.vtensor<[8,8],f32> -> !torch.vtensor<[6,8],f32>
    %int1_7 = torch.constant.int 1
    %18 = torch.aten.mul.Scalar %17, %int1_7 : !torch.vtensor<[6,8],f32>, !torch.int -> !torch.vtensor<[6,8],f32>
    %19 = torch.vtensor.literal(dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>) : !torch.vtensor<[8],f32>
    %int1_8 = torch.constant.int 1
    %20 = torch.aten.mul.Scalar %19, %int1_8 : !torch.vtensor<[8],f32>, !torch.int -> !torch.vtensor<[8],f32>
    %int1_9 = torch.constant.int 1
    %21 = torch.aten.add.Tensor %18, %20, %int1_9 : !torch.vtensor<[6,8],f32>, !torch.vtensor<[8],f32>, !torch.int -> !torch.vtensor<[6,8],f32>
    %int2 = torch.constant.int 2
    %int3_10 = torch.constant.int 3
    %int8_11 = torch.constant.int 8
    %22 = torch.prim.ListConstruct %int2, %int3_10, %int8_11 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %23 = torch.aten.view %21, %22 : !torch.vtensor<[6,8],f32>, !torch.list<int> -> !torch.vtensor<[2,3,8],f32>
    return %23 : !torch.vtensor<[2,3,8],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A",
      torch_tensor_8_8_torch.float32: "0x0400000022792DBB9C36423EB1FC94BE1D3885BED6700BBEAB2AC23D578AE5BB40878F3EDE8300BD9799BF3D5DD3DABD1B548EBDC2EFACBE90C56FBE9F3D15BE4C94563C6B200F3E403B593EDE7075BE86A71DBEA77F033EF750963EE70395BD7A75873E1E6B69BD353C193DA1E8A33E20EDA7BEC5EA63BEAC4FB7BD661F0DBE9E669C3E85AA6ABE86A826BE53EF7CBE2089A9BE2D5653BE979A9B3E5E8C213E5F782F3E4952983C7B9C39BE6E01753D4D04A9BE68CC82BE4CA43ABE876C643E5D45543EF68F20BEF20251BCB38B673E12F5B33ECBAF0F3EA6A2433DF2BD723E522B55BE70ED863D65588CBE8AEC7ABEF2053BBE10D0233EFD98113E5B7456BEB8BFDA3D",
      torch_tensor_8_torch.float32: "0x04000000C5BF463E43C836BDCF2B5D3CAAC5A73DAE99603E4ED0AD3E6D7F8BBE1CAD04BE"
    }
  }
#-}
