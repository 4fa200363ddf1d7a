module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[2,6],f32> {
    %int0 = torch.constant.int 0
    %0 = torch.aten.unsqueeze %arg0, %int0 : !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[1,3],f32>
     = torch.constant.int 2
    %int3 = torch.constant.int 3
    %1 = torch.prim.ListConstruct %int2, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %2 = torch.aten.expand %0, %1, %false : !torch.vtensor<[1,3],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[2,3],f32>
    %int1 = torch.constant.int 1
    %int2_0 = torch.constant.int 2
    %3 = torch.prim.ListConstruct %int1, %int2_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %4 = torch.aten.repeat %2, %3 : !torch.vtensor<[2,3],f32>, !torch.list<int> -> !torch.vtensor<[2,6],f32>
    return %4 : !torch.vtensor<[2,6],f32>
  }
}
