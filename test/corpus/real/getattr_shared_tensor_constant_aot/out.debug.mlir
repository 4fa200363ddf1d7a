#loc1 = loc("scripts/corpus/cases.py":323:0)
#loc2 = loc("scripts/corpus/cases.py":60:0)
#loc4 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[2,4],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc4)
    %none = torch.constant.none loc(#loc4)
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[4],f32>, !torch.none -> !torch.vtensor<[4],f32> loc(#loc4)
    %int1 = torch.constant.int 1 loc(#loc5)
    %2 = torch.aten.add.Tensor %arg0, %1, %int1 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc5)
    %3 = torch.aten.mul.Tensor %2, %1 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc5)
    return %3 : !torch.vtensor<[2,4],f32> loc(#loc5)
  } loc(#loc4)
} loc(#loc)
#loc = loc(unknown)
#loc3 = loc("scripts/corpus/cases.py":324:0)
#loc5 = loc(callsite(#loc3 at #loc2))

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
