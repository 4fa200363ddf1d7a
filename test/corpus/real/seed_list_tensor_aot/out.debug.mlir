#loc1 = loc("scripts/corpus/cases.py":191:0)
#loc2 = loc("scripts/corpus/cases.py":60:0)
#loc4 = loc(callsite(#loc1 at #loc2))
module {
  func.func @main(%arg0: !torch.vtensor<[2,2],f32> loc(callsite(#loc1 at #loc2))) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_2_2_torch.float32> : tensor<2x2xf32>) : !torch.vtensor<[2,2],f32> loc(#loc4)
    %none = torch.constant.none loc(#loc4)
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[2,2],f32>, !torch.none -> !torch.vtensor<[2,2],f32> loc(#loc4)
    %int0 = torch.constant.int 0 loc(#loc5)
    %int0_0 = torch.constant.int 0 loc(#loc5)
    %2 = torch.aten.select.int %1, %int0, %int0_0 : !torch.vtensor<[2,2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2],f32> loc(#loc5)
    %int0_1 = torch.constant.int 0 loc(#loc5)
    %int1 = torch.constant.int 1 loc(#loc5)
    %3 = torch.aten.select.int %1, %int0_1, %int1 : !torch.vtensor<[2,2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2],f32> loc(#loc5)
    %4 = torch.prim.ListConstruct %2, %3 : (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) -> !torch.list<vtensor> loc(#loc5)
    %int0_2 = torch.constant.int 0 loc(#loc5)
    %5 = torch.aten.stack %4, %int0_2 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2,2],f32> loc(#loc5)
    %int1_3 = torch.constant.int 1 loc(#loc5)
    %6 = torch.aten.add.Tensor %arg0, %5, %int1_3 : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32> loc(#loc5)
    return %6 : !torch.vtensor<[2,2],f32> loc(#loc5)
  } loc(#loc4)
} loc(#loc)
#loc = loc(unknown)
#loc3 = loc("scripts/corpus/cases.py":192:0)
#loc5 = loc(callsite(#loc3 at #loc2))

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_2_torch.float32: "0x040000000000803F000000400000404000008040"
    }
  }
#-}
