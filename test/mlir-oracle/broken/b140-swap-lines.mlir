#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,2],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_2_2_torch.float32> : tensor<2x2xf32>) : !torch.vtensor<[2,2],f32> loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[2,2],f32>, !torch.none -> !torch.vtensor<[2,2],f32> loc(#loc1)
    %int0 = torch.constant.int 0 loc(#loc1)
    %int0_0 = torch.constant.int 0 loc(#loc1)
    %int1 = torch.constant.int 1 loc(#loc1)
    %int1_1 = torch.constant.int 1 loc(#loc1)
    %2 = torch.aten.slice.Tensor %1, %int0, %int0_0, %int1, %int1_1 : !torch.vtensor<[2,2],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1,2],f32> loc(#loc1)
    %int0_2 = torch.constant.int 0 loc(#loc1)
    %int1_3 = torch.constant.int 1 loc(#loc1)
    %int2 = torch.constant.int 2 loc(#loc1)
    %int1_4 = torch.constant.int 1 loc(#loc1)
    %3 = torch.aten.slice.Tensor %1, %int0_2, %int1_3, %int2, %int1_4 : !torch.vtensor<[2,2],f32>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[1,2],f32> loc(#loc1)
    %int0_5 = torch.constant.int 0 loc(#loc1)
    %4 = torch.prim.ListConstruct %int0_5 : (!torch.int) -> !torch.list<int> loc(#loc1)
    %5 = torch.prims.squeeze %2, %4 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32> loc(#loc1)
    %int0_6 = torch.constant.int 0 loc(#loc1)
    %6 = torch.prim.ListConstruct %int0_6 : (!torch.int) -> !torch.list<int> loc(#loc1)
    %7 = torch.prims.squeeze %3, %6 : !torch.vtensor<[1,2],f32>, !torch.list<int> -> !torch.vtensor<[2],f32> loc(#loc1)
    %8 = torch.prim.ListConstruct %5, %7 : (!torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>) -> !torch.list<vtensor> loc(#loc1)
    %int0_7 = torch.constant.int 0 loc(#loc1)
    %9 = torch.aten.cat %8, %int0_7 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[4],f32> loc(#loc1)
    %int2_8 = torch.constant.int 2 loc(#loc1)
    %int2_9 = torch.constant.int 2 loc(#loc1)
    %10 = torch.prim.ListConstruct %int2_8, %int2_9 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %11 = torch.aten.view %9, %10 : !torch.vtensor<[4],f32>, !torch.list<int> -> !torch.vtensor<[2,2],f32> loc(#loc1)
    %int1_10 = torch.constant.int 1 loc(#loc1)
    %12 = torch.aten.add.Tensor %arg0, %11, %int1_10 : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],f32>, !torch.int -> !torch.vtensor<[2,2],f32> loc(#loc1)
    return %12 : !torch.vtensor<[2,2],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)

{-#
  dialect_resources: {
      torch_tensor_2_2_torch.float32: "0x040000000000803F000000400000404000008040"
    builtin: {
    }
  }
#-}
