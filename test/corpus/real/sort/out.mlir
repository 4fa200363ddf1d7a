module {
  func.func @main(%arg0: !torch.vtensor<[2,5],f32>) -> (!torch.vtensor<[2,5],f32>, !torch.vtensor<[2,5],si64>) {
    %int-1 = torch.constant.int -1
    %true = torch.constant.bool true
    %values, %indices = torch.aten.sort %arg0, %int-1, %true : !torch.vtensor<[2,5],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,5],f32>, !torch.vtensor<[2,5],si64>
    return %values, %indices : !torch.vtensor<[2,5],f32>, !torch.vtensor<[2,5],si64>
  }
}
