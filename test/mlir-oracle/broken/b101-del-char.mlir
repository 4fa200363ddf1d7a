module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32> {
    %int1 = torch.constant.int 1
    %0:2 = torch.operator "torch.aten.cummax"(%arg0, %int1) : (torch.vtensor<[2,4],f32>, !torch.int) -> (!torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],si64>) 
    return %0#0 : !torch.vtensor<[2,4],f32>
  }
}
