module {
  func.func @main(%arg0: !torch.vtensor<[?,4],f32>) -> (!torch.vtensor<[?,4],f32>, !torch.int) {
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, int0 : !torch.vtensor<[?,4],f32>, !torch.int -> !torch.int
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %1 = torch.aten.add.Scalar %arg0, %int1, %int1_0 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,4],f32>
    %int2 = torch.constant.int 2
    %2 = torch.aten.mul.int %0, %int2 : !torch.int, !torch.int -> !torch.int
    return %1, %2 : !torch.vtensor<[?,4],f32>, !torch.int
  }
}
