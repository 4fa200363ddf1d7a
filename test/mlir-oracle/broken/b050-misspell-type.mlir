#loc = loc(unknown)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc(unknown)) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc)
    %int1 = torch.constant.int 1 loc(#loc)
    %1 = torch.aten.add.Tensor %arg0, %0, %int1 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f3>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc)
    %2 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc)
    %3 = torch.aten.mul.Tensor %1, %2 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc)
    return %3 : !torch.vtensor<[2,4],f32> loc(#loc)
  } loc(#loc)
} loc(#loc)

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
