module {
  func.func @main(%arg0: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {
    %none = torch.constant.none
    %none_0 = torch.constant.none
    %int6 = torch.constant.int 6
    %cpu = torch.constant.device "cpu"
    %int0 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %arg0, %none, %none_0, %int6, %cpu, %int0 : !torch.vtensor<[4],f32>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int10 = torch.constant.int 10
    %0 = torch.prims.convert_element_type %arg0, %int10 : !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],complex<f32>>
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_4_torch.complex64> : tensor<4xcomplex<f32>>) : !torch.vtensor<[4],complex<f32>>
    %2 = torch.aten.mul.Tensor %0, %1 : !torch.vtensor<[4],complex<f32>>, !torch.vtensor<[4],complex<f32>> -> !torch.vtensor<[4],complex<f32>>
    %3 = torch.aten.view_as_real %2 : !torch.vtensor<[4],complex<f32>> -> !torch.vtensor<[4,2],f32>
    %int1 = torch.constant.int 1
    %int0_1 = torch.constant.int 0
    %4 = torch.aten.select.int %3, %int1, %int0_1 : !torch.vtensor<[4,2],f32>, !torch.int, !torch.int -> !torch.vtensor<[4],f32>
    return %4 : !torch.vtensor<[4],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.complex64: "0x080000000000803F0000004000004040000080BF000000000000003F0000004000000000"
    }
  
#-}
