module {
  func.func @main(%arg0: !torch.vtensor<[4,4],f32>, %arg1: !torch.vtensor<[4,4],si64>) -> !torch.vtensor<[4,4],f32> {
    %none = torch.constant.none
    %0 = torch.aten.clone %arg0, %none : !torch.vtensor<[4,4],f32>, !torch.none -> !torch.vtensor<[4,4],f32>
    %int1 = torch.constant.int 1
    %1 = torch.aten.eq.Scalar %arg1, %int1 : !torch.vtensor<[4,4],si64>, !torch.int -> !torch.vtensor<[4,4],i1>
    %2 = torch.vtensor.literal(dense<2.000000e+00> : tensor<f32>) : !torch.vtensor<[],f32>
    %none_0 = torch.constant.none
    %3 = torch.aten.clone %2, %none_0 : !torch.vtensor<[],f32>, !torch.none -> !torch.vtensor<[],f32>
    %4 = torch.prim.ListConstruct %1 : (!torch.vtensor<[4,4],i1>) -> !torch.list<optional<vtensor>>
    %false = torch.constant.bool false
    %5 = torch.aten.index_put %0, %4, %3, %false : !torch.vtensor<[4,4],f32>, !torch.list<optional<vtensor>>, !torch.vtensor<[],f32>, !torch.bool -> !torch.vtensor<[4,4],f32>
    return %5 : !torch.vtensor<[4,4],f32>
  }

