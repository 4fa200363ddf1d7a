module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[1],si64> {
    %0 = torch.vtensor.literal(dense<1> : tensor<1xsi64>) : !torch.vtnesor<[1],si64>
    %none = torch.constant.none
    %1 = torch.aten.clone %0, %none : !torch.vtensor<[1],si64>, !torch.none -> !torch.vtensor<[1],si64>
    %none_0 = torch.constant.none
    %2 = torch.aten.clone %1, %none_0 : !torch.vtensor<[1],si64>, !torch.none -> !torch.vtensor<[1],si64>
    return %2 : !torch.vtensor<[1],si64>
  }
}
