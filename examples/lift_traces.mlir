// Traces of the seed's lift cases in torch-dialect MLIR: aten.lift_fresh_copy surviving import
// (today's FX importer rewrites it to aten.clone) and a direct aten.lift call, which torch-mlir
// does not register, so the importer wrote it as torch.operator.
module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32> {
    %0 = torch.aten.lift_fresh_copy %arg0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %1 = torch.operator "torch.aten.lift"(%0) : (!torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32>
    return %1 : !torch.vtensor<[3],f32>
  }
}
