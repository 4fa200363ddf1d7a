#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[3],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<1> : tensor<1xsi64>) : !torch.vtensor<[1],si64> loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[1],si64>, !torch.none -> !torch.vtensor<[1],si64> loc(#loc1)
    %none_0 = torch.constant.none loc(#loc1)
    %2 = torch.aten.clone %1, %none_0 : !torch.vtensor<[1],si64>, !torch.none -> !torch.vtensor<[1],si64> loc(#loc1)
    return %2 : !torch.vtensor<[1],si64> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
#loc = loc(unknown)
