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
    %1 = torch.aten.abs %0 : !torch.vtensor<[4],complex<f32>> -> !torch.vtensor<[4],f32>
    return %1 : !torch.vtensor<[4],f32>
  }

