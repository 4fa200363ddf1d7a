module {
  func.func @main(%arg0: !torch.vtensor<[2,3,4],f32>) -> !torch.vtensor<[2,3,4],f32> {
    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int2 : (!torch.int) -> !torch.list<int>
    %int0 = torch.constant.int 0
    %true = torch.constant.bool true
    %result0, %result1 = torch.aten.var_mean.correction %arg0, %0, %int0, %true : !torch.vtensor<[2,3,4],f32>, !torch.list<int>, !torch.int, !torch.bool -> !torch.vtensor<[2,3,1],f32>, !torch.vtensor<[2,3,1],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %int1 = torch.constant.int 1
    %1 = torch.aten.add.Scalar %result0, %float1.000000e-05, %int1 : !torch.vtensor<[2,3,1],f32>, !torch.float, !torch.int -> !torch.vtensor<[2,3,1],f32>
    %2 = torch.aten.rsqrt %1 : !torch.vtensor<[2,3,1],f32> -> !torch.vtensor<[2,3,1],f32>
    %int1_0 = torch.constant.int 1
    %3 = torch.aten.sub.Tensor %arg0, %result1, %int1_0 : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,3,1],f32>, !torch.int -> !torch.vtensor<[2,3,4],f32>
    %4 = torch.aten.mul.Tensor %3, %2 : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[2,3,1],f32> -> !torch.vtensor<[2,3,4],f32>
    %5 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %6 = torch.aten.mul.Tensor %4, %5 : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[2,3,4],f32>
    %7 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.float32_1> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1_1 = torch.constant.int 1
    %8 = torch.aten.add.Tensor %6, %7, %int1_1 : !torch.vtensor<[2,3,4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[2,3,4],f32>
    return %8 : !torch.vtensor<[2,3,4],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803F0000803F0000803F0000803F",
    }
      torch_tensor_4_torch.float32_1: "0x0400000000000000000000000000000000000000"
  }
#-}
