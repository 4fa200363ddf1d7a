#loc1 = loc("scripts/corpus/cases.py":65:0)
module {
  func.func @main(%arg0: !torch.vtensor<[4,4],f32> loc("scripts/corpus/cases.py":65:0), %arg1: !torch.vtensor<[4,4],si64> loc("scripts/corpus/cases.py":65:0)) -> (!torch.vtensor<[4,4],f32>, !torch.vtensor<[4,4],f32>) {
    %int1 = torch.constant.int 1 loc(#loc1)
    %0 = torch.aten.eq.Scalar %arg1, %int1 : !torch.vtensor<[4,4],si64>, !torch.int -> !torch.vtensor<[4,4],i1> loc(#loc1)
    %1 = torch.vtensor.literal(dense<2.000000e+00> : tensor<f32>) : !torch.vtensor<[],f32> loc(#loc1)
    %none = torch.constant.none loc(#loc1)
    %2 = torch.aten.clone %1, %none : !torch.vtensor<[],f32>, !torch.none -> !torch.vtensor<[],f32> loc(#loc1)
    %3 = torch.prim.ListConstruct %0 : (!torch.vtensor<[4,4],i1>) -> !torch.list<optional<vtensor>> loc(#loc1)
    %false = torch.constant.bool false loc(#loc1)
    %4 = torch.aten.index_put %arg0, %3, %2, %false : !torch.vtensor<[4,4],f3