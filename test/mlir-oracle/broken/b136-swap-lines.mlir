#loc1 = loc("<site-packages>/torch/nn/modules/conv.py":385:0)
#loc2 = loc("scripts/corpus/cases.py":741:0)
#loc3 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[1,4,6],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[1,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_3_torch.float32> : tensor<4x4x3xf32>) : !torch.vtensor<[4,4,3],f32> loc(#loc3)
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc3)
    %int1 = torch.constant.int 1 loc(#loc3)
    %2 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int> loc(#loc3)
    %int1_0 = torch.constant.int 1 loc(#loc3)
    %3 = torch.prim.ListConstruct %int1_0 : (!torch.int) -> !torch.list<int> loc(#loc3)
    %int1_1 = torch.constant.int 1 loc(#loc3)
    %4 = torch.prim.ListConstruct %int1_1 : (!torch.int) -> !torch.list<int> loc(#loc3)
    %false = torch.constant.bool false loc(#loc3)
    %int0 = torch.constant.int 0 loc(#loc3)
    %5 = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int> loc(#loc3)
    %int1_2 = torch.constant.int 1 loc(#loc3)
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %false, %5, %int1_2 : !torch.vtensor<[1,4,6],f32>, !torch.vtensor<[4,4,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,6],f32> loc(#loc3)
    %str = torch.constant.str "none" loc(#loc2)
    %7 = torch.aten.gelu %6, %str : !torch.vtensor<[1,4,6],f32>, !torch.str -> !torch.vtensor<[1,4,6],f32> loc(#loc2)
    %int-1 = torch.constant.int -1 loc(#loc2)
    %8 = torch.prim.ListConstruct %int-1 : (!torch.int) -> !torch.list<int> loc(#loc2)
    %false_3 = torch.constant.bool false loc(#loc2)
    %9 = torch.aten.amax %7, %8, %false_3 : !torch.vtensor<[1,4,6],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,4],f32> loc(#loc2)
    return %9 : !torch.vtensor<[1,4],f32> loc(#loc2)
  } loc(#loc3)
} loc(#loc)
#loc = loc(unknown)

{-#
    builtin: {
  dialect_resources: {
      torch_tensor_4_4_3_torch.float32: "0x04000000E8A30DBB13931E3E7E4B73BEC98B59BEB1B4E3BD53899E3D406BBBBB7A616A3E42DDD1BCD2709C3D9EABB2BDEA6B68BDBD338DBED6C543BE84B5F3BD08342F3C8DB9E93D665E313ED26648BE69B900BE83BCD63D2777753E435773BD15345D3EDA953EBD653BFA3CB5D4853E791C89BEF0173ABE48AC95BDCC73E6BDCA667F3EA49A3FBE701308BE3C854EBEDF6C8ABE3E8E2CBE9D197E3E55E7033E54450F3E67BD783C0B8D17BED50B483D6B008ABECE9755BE736418BEE2813A3E8A512D3E",
      torch_tensor_4_torch.float32: "0x040000003F1903BE3DA82ABC680E3D3E3DEF923E"
    }
  }
#-}
