// x.to(torch.complex64) imported by torch-mlir 20261001: the dtype code is 10 (complex128 in c10)
// for a complex<f32> result.
module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],complex<f32>> {
    %int10 = torch.constant.int 10
    %0 = torch.prims.convert_element_type %arg0, %int10 : !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[3],complex<f32>>
    return %0 : !torch.vtensor<[3],complex<f32>>
  }

