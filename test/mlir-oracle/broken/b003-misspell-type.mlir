#loc1 = loc("<site-packages>/torch/nn/modules/pooling.py":1512:0)
module {
  func.func @main(%arg0: !torch.vtensor<[1,2,4,4],f2> loc("<site-packages>/torch/nn/modules/pooling.py":1512:0)) -> !torch.vtensor<[1,2,1,1],f32> {
    %int-1 = torch.constant.int -1 loc(#loc1)
    %int-2 = torch.constant.int -2 loc(#loc1)
    %0 = torch.prim.ListConstruct %int-1, %int-2 : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc1)
    %true = torch.constant.bool true loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %1 = torch.aten.mean.dim %arg0, %0, %true, %none : !torch.vtensor<[1,2,4,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[1,2,1,1],f32> loc(#loc1)
    return %1 : !torch.vtensor<[1,2,1,1],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
