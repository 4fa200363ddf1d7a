module {
  func.func @main(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.int) -> !torch.vtensor<[?,3],f32> {
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int
    %1 = torch.aten.mul.Scalar %arg0, %arg1 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.vtensor<[?,3],f32>
    %int1 = torch.constant.int 1
    %2 = torch.aten.add.Scalar %1, %0, %int1 : !torch.vtensor<[?,3],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,3],f32>
    return %2 : !torch.vtensor<[?,3],f32>
  }
}
