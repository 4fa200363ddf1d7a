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
    %2 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.