#loc1 = loc("scripts/corpus/cases.py":918:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc("scripts/corpus/cases.py":918:0)) -> !torch.vtensor<[2,4],f32> {
    %int2 = torch.constant.int 2 loc(#loc1)
    %0 = torch.aten.pow.Tensor_Scalar %arg0, %int2 : !torch.vtensor<[2,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32> loc(#loc1)
    %int-1 = torch.constant.int -1 loc(#loc1)
    %1 = torch.prim.ListConstruct %int-1 : (!torch.int) -> !torch.list<int> loc(#loc1)
    %true = torch.constant.bool true loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %2 = torch.aten.mean.dim %0, %1, %true, %none : !torch.vtensor<[2,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,1],f32> loc(#loc1)
    %float9.999990e-07 = torch.constant.float 9.9999999999999995E-7 loc(#loc1)
    %int1 = torch.constant.int 1 loc(#loc1)
    %3 = torch.aten.add.Scalar %2, %float9.999990e-07, %int1 : !torch.vtensor<[2,1],f32>, !torch.float, !torch.int -> !torch.vtensor<[2,1],f32> loc(#loc1)
    %4 = torch.aten.rsqrt %3 : !torch.vtensor<[2,1],f32> -> !torch.vtensor<[2,1],f32> loc(#loc1)
    %5 = torch.aten.mul.Tensor %arg0, %4 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,1],f32> -> !torch.vtensor<[2,4],f32> loc(#loc1)
    %6 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32> loc(#loc1)
    %7 = torch.aten.mul.Tensor %5, %6 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[2,4],f32> loc(#loc1)
    return %7 : !torch.vtensor<[2,4],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803F0000803F0000803F0000803F"
    }
  }
#-}
