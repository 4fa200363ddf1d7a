module {
  func.func @main(%arg0: !torch.vtensor<[2,3],si64>) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_10_4_torch.float32> : tensor<10x4xf32>) : !torch.vtensor<[10,4],f32>
    %int-1 = torch.constant.int -1
    %false = torch.constant.bool false
    %false_0 = torch.constant.bool false
    %1 = torch.aten.embedding %0, %arg0, %int-1, %false, %false_0 : !torch.vtensor<[10,4],f32>, !torch.vtensor<[2,3],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,3,4],f32>
    %int1 = torch.constant.int 1
    %2 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
    %false_1 = torch.constant.bool false
    %none = torch.constant.none
    %3 = torch.aten.mean.dim %1, %2, %false_1, %none : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,4],f32>
    %4 = torch.vtensor.literal(dense_resource<torch_tensor_2_4_torch.float32> : tensor<2x4xf32>) : !torch.vtensor<[2,4],f32>
    %int1_2 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int1_2, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %6 = torch.aten.permute %4, %5 : !torch.vtensor<[2,4],f32>, !torch.list<int> -> !torch.vtensor<[4,2],f32>
    %7 = torch.aten.mm %3, %6 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4,2],f32> -> !torch.vtensor<[2,2],f32>
    %int1_3 = torch.constant.int 1
    %8 = torch.aten.mul.Scalar %7, %int1_3 : !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32>
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>) : !torch.vtensor<[2],f32>
    %int1_4 = torch.constant.int 1
    %10 = torch.aten.mul.Scalar %9, %int1_4 : !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
    %int1_5 = torch.constant.int 1
    %11 = torch.aten.add.Tensor %8, %10, %int1_5 : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2,2],f32>
    return %11 : !torch.vtensor<[2,2],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_10_4_torch.float32: "0x04000000851B90BF8A8093BFD64B80BE5D25DEBE1545593F8327313F6DCCA1BEC15F07C03801A53EF4B4A1BFFF30B33EBBC39D3E776FF53D936B9E3F8EF28E3F7C367DBEC223ADBF4614D9BF0410113F5D234B3F8B4D193F5B0DC7BFCAC6AEBE4E2FED3F420B5DBEA3173EBF820E103FE2ED843ED52232BE50C22DBFDB31703F254DFA3E3C039A3F8720AD3D2B9E99BFAED19CBB8DA004BF55089DBE025ECABF4A73DA3F",
      torch_tensor_2_4_torch.float32: "0x04000000F8D0BE3D6C7AC6BE186EB1BED23E84BE8CAA673EF8E74D3E6AA497BEC8AD1A3E",
      torch_tensor_2_torch.float32: "0x040000006E898C3E203F81BD"
    }
  }
#-}
