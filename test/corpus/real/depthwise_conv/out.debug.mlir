#loc1 = loc("<site-packages>/torch/nn/modules/conv.py":565:0)
#loc2 = loc("<site-packages>/torch/nn/modules/container.py":253:0)
#loc3 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[1,4,4,4],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[1,2,4,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_1_3_3_torch.float32> : tensor<4x1x3x3xf32>) : !torch.vtensor<[4,1,3,3],f32> loc(#loc3)
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc3)
    %int1 = torch.constant.int 1 loc(#loc3)
    %int1_0 = torch.constant.int 1 loc(#loc3)
    %2 = torch.prim.ListConstruct %int1, %int1_0 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %int1_1 = torch.constant.int 1 loc(#loc3)
    %int1_2 = torch.constant.int 1 loc(#loc3)
    %3 = torch.prim.ListConstruct %int1_1, %int1_2 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %int1_3 = torch.constant.int 1 loc(#loc3)
    %int1_4 = torch.constant.int 1 loc(#loc3)
    %4 = torch.prim.ListConstruct %int1_3, %int1_4 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %false = torch.constant.bool false loc(#loc3)
    %int0 = torch.constant.int 0 loc(#loc3)
    %int0_5 = torch.constant.int 0 loc(#loc3)
    %5 = torch.prim.ListConstruct %int0, %int0_5 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %int4 = torch.constant.int 4 loc(#loc3)
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %false, %5, %int4 : !torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[4,1,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,4,4],f32> loc(#loc3)
    %7 = torch.vtensor.literal(dense_resource<torch_tensor_2_4_1_1_torch.float32> : tensor<2x4x1x1xf32>) : !torch.vtensor<[2,4,1,1],f32> loc(#loc3)
    %8 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32> loc(#loc3)
    %int1_6 = torch.constant.int 1 loc(#loc3)
    %int1_7 = torch.constant.int 1 loc(#loc3)
    %9 = torch.prim.ListConstruct %int1_6, %int1_7 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %int0_8 = torch.constant.int 0 loc(#loc3)
    %int0_9 = torch.constant.int 0 loc(#loc3)
    %10 = torch.prim.ListConstruct %int0_8, %int0_9 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %int1_10 = torch.constant.int 1 loc(#loc3)
    %int1_11 = torch.constant.int 1 loc(#loc3)
    %11 = torch.prim.ListConstruct %int1_10, %int1_11 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %false_12 = torch.constant.bool false loc(#loc3)
    %int0_13 = torch.constant.int 0 loc(#loc3)
    %int0_14 = torch.constant.int 0 loc(#loc3)
    %12 = torch.prim.ListConstruct %int0_13, %int0_14 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc3)
    %int1_15 = torch.constant.int 1 loc(#loc3)
    %13 = torch.aten.convolution %6, %7, %8, %9, %10, %11, %false_12, %12, %int1_15 : !torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[2,4,1,1],f32>, !torch.vtensor<[2],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,2,4,4],f32> loc(#loc3)
    return %13 : !torch.vtensor<[1,2,4,4],f32> loc(#loc3)
  } loc(#loc3)
} loc(#loc)
#loc = loc(unknown)

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_1_3_3_torch.float32: "0x04000000568D23BB281B373E64778CBE56337BBE4E7703BEE60FB73DAB69D8BBDF51873E9654F2BC66A4B43D904FCEBD4B3086BDD00BA3BE180F62BE9BB40CBEAB4E4A3CEBF0063ECBCE4C3E666767BE53A314BECBF4F73D34B88D3E307E8CBD7B6C7F3EAB115CBDB678103DDC889A3E8A529EBEDEE156BED6D3ACBD3E0D05BEC674933ECE3E5DBE80201DBE23786EBEFAD69FBE",
      torch_tensor_4_torch.float32: "0x04000000064047BE6AB4923E284F183E566F253E",
      torch_tensor_2_4_1_1_torch.float32: "0x04000000406AD73C3A3F83BEC03EAD3D9E06EFBE1AFAB8BEC6F983BE2685A13E2619963E",
      torch_tensor_2_torch.float32: "0x04000000C81163BE20CB93BC"
    }
  }
#-}
