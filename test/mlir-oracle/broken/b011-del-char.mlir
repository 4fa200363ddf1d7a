module {
  func.func @main(%arg0: !torch.vtensor<[2,5],f32>) -> (!torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],si64>) {
    %int2 = torch.constant.int 2
    %int-1 = torch.constant.int -1
    %true = torch.constant.bool true
    %true_0 = torch.constant.bool true
    %values, %indices = torch.aten.topk %arg0, %int2, %int-1, %true, %true_0 : !torch.vtensor<[2,5],f32>, !torch.int, torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],si64>
    return %values, %indices : !torch.vtensor<[2,2],f32>, !torch.vtensor<[2,2],si64>
  }
}
