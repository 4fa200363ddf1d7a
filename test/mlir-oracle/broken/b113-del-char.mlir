module {
  func.func @main(%arg0: !torch.vtensor<[1,1,2,2]f32>) -> !torch.vtensor<[1,1,4,4],f32> {
    %none = torch.constant.none
    %float2.000000e00 = torch.constant.float 2.000000e+00
    %float2.000000e00_0 = torch.constant.float 2.000000e+00
    %0 = torch.prim.ListConstruct %float2.000000e00, %float2.000000e00_0 : (!torch.float, !torch.float) -> !torch.list<float>
    %1 = torch.aten.upsample_nearest2d.vec %arg0, %none, %0 : !torch.vtensor<[1,1,2,2],f32>, !torch.none, !torch.list<float> -> !torch.vtensor<[1,1,4,4],f32>
    return %1 : !torch.vtensor<[1,1,4,4],f32>
  }
}
