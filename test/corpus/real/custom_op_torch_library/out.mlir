module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32> {
    %float2.000000e00 = torch.constant.float 2.000000e+00
    %0 = torch.operator "torch.corpus.scaled_tanh"(%arg0, %float2.000000e00) : (!torch.vtensor<[2,4],f32>, !torch.float) -> !torch.vtensor<[2,4],f32> 
    return %0 : !torch.vtensor<[2,4],f32>
  }
}
