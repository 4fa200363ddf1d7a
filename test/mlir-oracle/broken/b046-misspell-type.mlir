// torch.hypot(x, y) imported by torch-mlir 20261001: aten.hypot is not a torch-dialect op, so the
// importer emits the generic torch.operator and lowering fails to legalize it.
module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>, %arg1: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
    %0 = torch.operator "torch.aten.hypot"(%arg0, %arg1) : (!torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],ff32>
    return %0 : !torch.vtensor<[3],f32>
  }
}
