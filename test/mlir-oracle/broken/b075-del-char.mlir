#loc1 = loc("<site-packages>/torch/nn/modules/conv.py":1198:0)
module {
  func.func @main(%arg0: !torch.vtensor<[1,2,3,3],f32> loc("<site-packages>/torch/nn/modules/conv.py":1198:0)) -> !torch.vtensor<[1,2,6,6],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_2_2_2_2_torch.float32> : tensor<2x2x2x2xf32>) : !torch.vtensor<[2,2,2,2],f32> loc(#loc1)
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32> loc(#loc1)
    %int2 = torch.constant.int 2 loc(#loc1)
    %int2_0 = torch.constant.int 2 loc(#loc1)
    %2 = torch.prim.ListConstruct %int2, %int2_0 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %int0 = torch.constant.int 0 loc(#loc1)
    %int0_1 = torch.constant.int 0 loc(#loc1)
    %3 = torch.prim.ListConstruct %int0, %int0_1 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %int1 = torch.constant.int 1 loc(#loc1)
    %int1_2 = torch.constant.int 1 loc(loc1)
    %4 = torch.prim.ListConstruct %int1, %int1_2 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %true = torch.constant.bool true loc(#loc1)
    %int0_3 = torch.constant.int 0 loc(#loc1)
    %int0_4 = torch.constant.int 0 loc(#loc1)
    %5 = torch.prim.ListConstruct %int0_3, %int0_4 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %int1_5 = torch.constant.int 1 loc(#loc1)
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %true, %5, %int1_5 : !torch.vtensor<[1,2,3,3],f32>, !torch.vtensor<[2,2,2,2],f32>, !torch.vtensor<[2],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,2,6,6],f32> loc(#loc1)
    return %6 : !torch.vtensor<[1,2,6,6],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_2_2_2_torch.float32: "0x0400000022792DBB9C36423EB1FC94BE1D3885BED6700BBEAB2AC23D578AE5BB40878F3EDE8300BD9799BF3D5DD3DABD1B548EBDC2EFACBE90C56FBE9F3D15BE4C94563C",
      torch_tensor_2_torch.float32: "0x040000006B200F3E403B593E"
    }
  }
#-}
