module {
  func.func @main(%arg0: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[12],f32> {
    %int-1 = torch.constant.int -1
    %0 = torch.prim.ListConstruct %int-1 : (!torch.int) -> !torch.list<int>
    %1 = torch.aten.view %arg0, %0 : !torch.vtensor<[3,4],f32>, !torch.list<int> -> !torch.vtensor<[12],f32>
    %int2 = torch.constant.int 2
    %2 = torch.aten.mul.Scalar %1, %int2 : !torch.vtensor<[12],f32>, !torch.int -> !torch.vtensor<[12],f32>
    return %2 : !torch.vtensor<[12],f32>
  
}
