module {
  func.func @main(%arg0: !torch.vtensor<[4],complex<f64>>) -> !torch.vtensor<[4],f64> {
    %0 = torch.aten.mul.Tensor %arg0, %arg0 : !torch.vtensor<[4],complex<f64>>, !torch.vtensor<[4],complex<f64>> -> !torch.vtensor<[4],complex<f64>>
    %1 = torch.aten.view_as_real %0 : !torch.vtensor<[4],complex<f64>> -> !torch.vtensor<[4,2],f64>
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %2 = torch.aten.select.int %1, %int1, %int0 : !torch.vtensor<[4,2],f64>, !torch.int, !torch.int -> !torch.vtensor<[4],f64>
    return %2 : !torch.vtensor<[4],f64>
  }
}
