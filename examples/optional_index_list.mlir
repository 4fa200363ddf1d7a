// A hand-edited import of x[:, idx]: the list holds None but is typed as a list of plain tensors.
// The importer itself writes !torch.list<optional<vtensor>> for the Tensor?[] indices.
module {
  func.func @main(%arg0: !torch.vtensor<[3,4],f32>, %arg1: !torch.vtensor<[2],si64>) -> !torch.vtensor<[3,2],f32> {
    %none = torch.constant.none
    %0 = torch.prim.ListConstruct %none, %arg1 : (!torch.none, !torch.vtensor<[2],si64>) -> !torch.list<vtensor>
    %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[3,4],f32>, !torch.list<vtensor> -> !torch.vtensor<[3,2],f32>
    return %1 : !torch.vtensor<[3,2],f32>
  }
}
