#loc1 = loc("<site-packages>/torch/nn/modules/sparse.py":189:0)
#loc2 = loc("scripts/corpus/cases.py":715:0)
#loc4 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[2,3],si64> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_10_4_torch.float32> : tensor<10x4xf32>) : !torch.vtensor<[10,4],f32> loc(#loc4)
    %int-1 = torch.constant.int -1 loc(#loc4)
    %false = torch.constant.bool false loc(#loc4)
    %false_0 = torch.constant.bool false loc(#loc4)
    %1 = torch.aten.embedding %0, %arg0, %int-1, %false, %false_0 : !torch.vtensor<[10,4],f32>, !torch.vtensor<[2,3],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,3,4],f32> loc(#loc4)
    %int1 = torch.constant.int 1 loc(#loc2)
    %2 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int> loc(#loc2)
    %false_1 = torch.constant.bool false loc(#loc2)
    %none = torch.constant.none loc(#loc2)
    %3 = torch.aten.mean.dim %1, %2, %false_1, %none : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,4],f32> loc(#loc2)
    %4 = torch.vtensor.literal(dense_resource<torch_tensor_2_4_torch.float32> : tensor<2x4xf32>) : !torch.vtensor<[2,4],f32> loc(#loc5)
    %int1_2 = torch.constant.int 1 loc(#loc5)
    %int0 = torch.constant.int 0 loc(#loc5)
    %5 = torch.prim.ListConstruct %int1_2, %int0 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc5)
    %6 = torch.aten.permute %4, %5 : !torch.vtensor<[2,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2],f32> loc(#loc5)
    %7 = torch.aten.mm %3, %6 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4,2],f32> -> !torch.vtensor<[2,2],f32> loc(#loc5)
    %int1_3 = torch.constant.int 1 loc(#loc5)
    %8 = torch.aten.mul.Scalar %7, %int1_3 : !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32> loc(#loc5)
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32> loc(#loc5)
    %int1_4 = torch.constant.int 1 loc(#loc5)
    %10 = torch.aten.mul.Scalar %9, %int1_4 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32> loc(#loc5)
    %int1_5 = torch.constant.int 1 loc(#loc5)
    %11 = torch.aten.add.Tensor %8, %10, %int1_5 : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,2],f32> loc(#loc5)
    return %11 : !torch.vtensor<[2,2],f32> loc(#loc5)
  } loc(#loc4)
} loc(#loc)
#loc = loc(unknown)
#loc3 = loc("<site-packages>/torch/nn/modules/linear.py":134:0)
#loc5 = loc(callsite(#loc3 at #loc2))

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_10_4_torch.float32: "0x04000000851B90BF8A8093BFD64B80BE5D25DEBE1545593F8327313F6DCCA1BEC15F07C03801A53EF4B4A1BFFF30B33EBBC39D3E776FF53D936B9E3F8EF28E3F7C367DBEC223ADBF4614D9BF0410113F5D234B3F8B4D193F5B0DC7BFCAC6AEBE4E2FED3F420B5DBEA3173EBF820E103FE2ED843ED52232BE50C22DBFDB31703F254DFA3E3C039A3F8720AD3D2B9E99BFAED19CBB8DA004BF55089DBE025ECABF4A73DA3F",
      torch_tensor_2_4_torch.float32: "0x04000000F8D0BE3D6C7AC6BE186EB1BED23E84BE8CAA673EF8E74D3E6AA497BEC8AD1A3E",
      torch_tensor_2_torch.float32: "0x040000006E898C3E203F81BD"
    }
  
#-}
