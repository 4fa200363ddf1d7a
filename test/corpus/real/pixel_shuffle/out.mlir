module {
  func.func @main(%arg0: !torch.vtensor<[1,1,2,2],f32>) -> !torch.vtensor<[1,1,4,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_1_1_1_torch.float32> : tensor<4x1x1x1xf32>) : !torch.vtensor<[4,1,1,1],f32>
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
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
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %false, %5, %int1_6 : !torch.vtensor<[1,1,2,2],f32>, !torch.vtensor<[4,1,1,1],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,2,2],f32>
    %int1_7 = torch.constant.int 1
    %int1_8 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int2_9 = torch.constant.int 2
    %int2_10 = torch.constant.int 2
    %int2_11 = torch.constant.int 2
    %7 = torch.prim.ListConstruct %int1_7, %int1_8, %int2, %int2_9, %int2_10, %int2_11 : (!torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %8 = torch.aten.view %6, %7 : !torch.vtensor<[1,4,2,2],f32>, !torch.list<int> -> !torch.vtensor<[1,1,2,2,2,2],f32>
    %int0_12 = torch.constant.int 0
    %int1_13 = torch.constant.int 1
    %int4 = torch.constant.int 4
    %int2_14 = torch.constant.int 2
    %int5 = torch.constant.int 5
    %int3 = torch.constant.int 3
    %9 = torch.prim.ListConstruct %int0_12, %int1_13, %int4, %int2_14, %int5, %int3 : (!torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %10 = torch.aten.permute %8, %9 : !torch.vtensor<[1,1,2,2,2,2],f32>, !torch.list<int> -> !torch.vtensor<[1,1,2,2,2,2],f32>
    %int0_15 = torch.constant.int 0
    %11 = torch.aten.clone %10, %int0_15 : !torch.vtensor<[1,1,2,2,2,2],f32>, !torch.int -> !torch.vtensor<[1,1,2,2,2,2],f32>
    %int1_16 = torch.constant.int 1
    %int1_17 = torch.constant.int 1
    %int4_18 = torch.constant.int 4
    %int4_19 = torch.constant.int 4
    %12 = torch.prim.ListConstruct %int1_16, %int1_17, %int4_18, %int4_19 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %13 = torch.aten.view %11, %12 : !torch.vtensor<[1,1,2,2,2,2],f32>, !torch.list<int> -> !torch.vtensor<[1,1,4,4],f32>
    %int0_20 = torch.constant.int 0
    %14 = torch.aten.clone %13, %int0_20 : !torch.vtensor<[1,1,4,4],f32>, !torch.int -> !torch.vtensor<[1,1,4,4],f32>
    return %14 : !torch.vtensor<[1,1,4,4],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_1_1_1_torch.float32: "0x040000000054F5BB5E54093F16B352BF80663CBF",
      torch_tensor_4_torch.float32: "0x04000000F432C5BEEC4B893E404FA2BCCEFA4A3F"
    }
  }
#-}
