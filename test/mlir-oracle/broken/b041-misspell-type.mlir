module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
    %int3 = torch.constant.int 3
    %0 = torch.prim.ListConstruct %int3 : (!torch.int) -> !torch.ist<int>
    %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[3],f32>, !torch.list<int> -> !torch.vtensor<[3],f32>
    return %1 : !torch.vtensor<[3],f32>
  }
}
