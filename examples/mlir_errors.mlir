// Hand-edited importer output with the mistakes the MLIR checks catch: a misspelt op, an op with a
// missing operand, a none where a tensor goes, a use typed differently from its definition, an
// undefined value and a redefinition.
module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
    %none = torch.constant.none
    %0 = torch.aten.reluu %arg0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %1 = torch.aten.add.Tensor %0, %arg0 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %2 = torch.aten.relu %none : !torch.none -> !torch.vtensor<[3],f32>
    %3 = torch.aten.relu %1 : !torch.vtensor<[3],f16> -> !torch.vtensor<[3],f32>
    %3 = torch.aten.relu %7 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    return %3 : !torch.vtensor<[3],f32>
  }
}
