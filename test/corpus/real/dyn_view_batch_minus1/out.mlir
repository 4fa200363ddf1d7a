module {
  func.func @main(%arg0: !torch.vtensor<[?,2,2],f32>) -> !torch.vtensor<[?,4],f32> {
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,2,2],f32>, !torch.int -> !torch.int
    %int-1 = torch.constant.int -1
    %1 = torch.prim.ListConstruct %0, %int-1 : (!torch.int, !torch.int) -> !torch.list<int>
    %2 = torch.aten.view %arg0, %1 : !torch.vtensor<[?,2,2],f32>, !torch.list<int> -> !torch.vtensor<[?,4],f32>
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %3 = torch.aten.add.Scalar %2, %int1, %int1_0 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,4],f32>
    return %3 : !torch.vtensor<[?,4],f32>
  }
}
