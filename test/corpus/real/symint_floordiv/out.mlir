module {
  func.func @main(%arg0: !torch.vtensor<[?,3],f32>) -> !torch.vtensor<[?,2,3],f32> {
    %int0 = torch.constant.int 0
    %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,3],f32>, !torch.int -> !torch.int
    %int2 = torch.constant.int 2
    %1 = torch.aten.floordiv.int %0, %int2 : !torch.int, !torch.int -> !torch.int
    %int2_0 = torch.constant.int 2
    %int3 = torch.constant.int 3
    %2 = torch.prim.ListConstruct %1, %int2_0, %int3 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.view %arg0, %2 : !torch.vtensor<[?,3],f32>, !torch.list<int> -> !torch.vtensor<[?,2,3],f32>
    return %3 : !torch.vtensor<[?,2,3],f32>
  }
}
