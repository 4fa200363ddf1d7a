module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,4],f32> {
    %int-2 = torch.constant.int -2
    %int2 = torch.constant.int 2
    %0 = torch.aten.clamp %arg0, %int-2, %int2 : !torch.vtensor<[2,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
    %float-1.000000e00 = torch.constant.float -1.000000e+00
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %1 = torch.aten.hardtanh %0, %float-1.000000e00, %float1.000000e00 : !torch.vtensor<[2,4],f32>, !torch.float, !torch.float -> !torch.vtensor<[2,4],f32>
    %float1.000000e-01 = torch.constant.float 1.000000e-01
    %2 = torch.aten.leaky_relu %1, %float1.000000e-01 : !torch.vtensor<[2,4],f32>, !torch.float -> !torch.vtensor<[2,4],f32>
    %float1.000000e00_0 = torch.constant.float 1.000000e+00
    %int1 = torch.constant.int 1
    %int1_1 = torch.constant.int 1
    %3 = torch.aten.elu %2, %float1.000000e00_0, %int1, %int1_1 : !torch.vtensor<[2,4],f32>, !torch.float, !torch.int, !torch.int -> !torch.vtensor<[2,4],f32>
    return %3 : !torch.vtensor<[2,4],f32>
  
}
