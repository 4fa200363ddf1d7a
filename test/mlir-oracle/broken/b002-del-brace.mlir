module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,2],f32> {
    %float2.000000e00 = torch.constant.float 2.000000e+00
    %none = torch.constant.none
    %0 = torch.operator "torch.aten._cdist_forward"(%arg0, %arg0, %float2.000000e00, %none) : (!torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],f32>, !torch.float, !torch.none) -> !torch.vtensor<[2,2],f32> 
    return %0 : !torch.vtensor<[2,2],f32>
  
}
