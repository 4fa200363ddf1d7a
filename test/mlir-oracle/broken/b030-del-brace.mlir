module {
  func.func @main(%arg0: !torch.vtensor<[8,4],f32>, %arg1: !torch.vtensor<[8],f32>, %arg2: !torch.vtensor<[2,4],f32>, %arg3: !torch.vtensor<[2,8],f32>, %arg4: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2,2],f32> {
    %0 = torch.aten.t %arg0 : !torch.vtensor<[8,4],f32> -> !torch.vtensor<[4,8],f32>
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %1 = torch.aten.addmm %arg1, %arg2, %0, %int1, %int1_0 : !torch.vtensor<[8],f32>, !torch.vtensor<[2,4],f32>, !torch.vtensor<[4,8],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,8],f32>
    %2 = torch.aten.relu %1 : !torch.vtensor<[2,8],f32> -> !torch.vtensor<[2,8],f32>
    %3 = torch.aten.t %arg3 : !torch.vtensor<[2,8],f32> -> !torch.vtensor<[8,2],f32>
    %int1_1 = torch.constant.int 1
    %int1_2 = torch.constant.int 1
    %4 = torch.aten.addmm %arg4, %2, %3, %int1_1, %int1_2 : !torch.vtensor<[2],f32>, !torch.vtensor<[2,8],f32>, !torch.vtensor<[8,2],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,2],f32>
    return %4 : !torch.vtensor<[2,2],f32>
  }

