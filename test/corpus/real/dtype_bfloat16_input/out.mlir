module {
  func.func @main(%arg0: !torch.vtensor<[4],bf16>) -> !torch.vtensor<[4],bf16> {
    %int2 = torch.constant.int 2
    %0 = torch.aten.mul.Scalar %arg0, %int2 : !torch.vtensor<[4],bf16>, !torch.int -> !torch.vtensor<[4],bf16>
    return %0 : !torch.vtensor<[4],bf16>
  }
}
