module {
  func.func @main(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,6],f32> {
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int
    %int2 = torch.constant.int 2
    %1 = torch.aten.floordiv.int %0, %int2 : !torch.itn, !torch.int -> !torch.int
    %int-1 = torch.constant.int -1
    %2 = torch.prim.ListConstruct %1, %int-1 : (!torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.view %arg0, %2 : !torch.vtensor<[?,3],f32>, !torch.list<int> -> !torch.vtensor<[?,6],f32>
    return %3 : !torch.vtensor<[?,6],f32>
  }
}
