module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>, %arg1: !torch.vtensor<[4],f32>, %arg2: !torch.vtensor<[4],si64>) -> !torch.vtensor<[2,4],f32> {
    %int1 = torch.constant.int 1
    %int-128 = torch.constant.int -128
    %int127 = torch.constant.int 127
    %int1_0 = torch.constant.int 1
    %0 = torch.quantized_decomposed.quantize_per_channel %arg0, %arg1, %arg2, %int1, %int-128, %int127, %int1_0 : !torch.vtensor<[2,4],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[2,4],si8>
    %int1_1 = torch.constant.int 1
    %int-128_2 = torch.constant.int -128
    %int127_3 = torch.constant.int 127
    %int1_4 = torch.constant.int 1
    %none = torch.constant.none
    %1 = torch.quantized_decomposed.dequantize_per_channel %0, %arg1, %arg2, %int1_1, %int-128_2, %int127_3, %int1_4, %none : !torch.vtensor<[2,4],si8>, !torch.vtensor<[4],f32>, !torch.vtensor<[4],si64>, !torch.int, !torch.int, !torch.int, !torch.int, !torch.none -> !torch.vtensor<[2,4],f32>
    return %1 : !torch.vtensor<[2,4],f32>
  }
}
