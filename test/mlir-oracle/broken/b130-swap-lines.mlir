#loc = loc(unknown)
module {
  func.func @main(%arg0: !torch.vtensor<[4,4],f32> loc(unknown)) -> !torch.vtensor<[4,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_4_torch.float32> : tensor<4x4xf32>) : !torch.vtensor<[4,4],f32> loc(#loc)
    %1 = torch.aten.mm %arg0, %0 : !torch.vtensor<[4,4],f32>, !torch.vtensor<[4,4],f32> -> !torch.vtensor<[4,4],f32> loc(#loc)
    return %1 : !torch.vtensor<[4,4],f32> loc(#loc)
  } loc(#loc)
} loc(#loc)

{-#
    builtin: {
  dialect_resources: {
      torch_tensor_4_4_torch.float32: "0x04000000851B90BF8A8093BFD64B80BE5D25DEBE1545593F8327313F6DCCA1BEC15F07C03801A53EF4B4A1BFFF30B33EBBC39D3E776FF53D936B9E3F8EF28E3F7C367DBE"
    }
  }
#-}
