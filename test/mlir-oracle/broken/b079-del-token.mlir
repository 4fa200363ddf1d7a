module {
  func.func @main(%arg0: !torch.vtensor<[1,3,4],f32>) -> !torch.vtensor<[1,3,4],f32> {
    %int0 = torch.constant.int 0
    %int3 = torch.constant.int 3
    %int1 = torch.constant.int 1
     = torch.constant.none
    %int0_0 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %false = torch.constant.bool false
    %0 = torch.aten.arange.start_step %int0, %int3, %int1, %none, %int0_0, %cpu, %false : !torch.int, !torch.int, !torch.int, !torch.none, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[3],si64>
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_8_4_torch.float32> : tensor<8x4xf32>) : !torch.vtensor<[8,4],f32>
    %int-1 = torch.constant.int -1
    %false_1 = torch.constant.bool false
    %false_2 = torch.constant.bool false
    %2 = torch.aten.embedding %1, %0, %int-1, %false_1, %false_2 : !torch.vtensor<[8,4],f32>, !torch.vtensor<[3],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[3,4],f32>
    %int1_3 = torch.constant.int 1
    %3 = torch.aten.add.Tensor %arg0, %2, %int1_3 : !torch.vtensor<[1,3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[1,3,4],f32>
    return %3 : !torch.vtensor<[1,3,4],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_4_torch.float32: "0x04000000851B90BF8A8093BFD64B80BE5D25DEBE1545593F8327313F6DCCA1BEC15F07C03801A53EF4B4A1BFFF30B33EBBC39D3E776FF53D936B9E3F8EF28E3F7C367DBEC223ADBF4614D9BF0410113F5D234B3F8B4D193F5B0DC7BFCAC6AEBE4E2FED3F6B0C403F2BE315BFEB8E31BEA4E13B3EC0D6B13F000DCB3F9C40723F33FB57BF"
    }
  }
#-}
