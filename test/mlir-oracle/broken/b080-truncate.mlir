#loc1 = loc("scripts/corpus/cases.py":60:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32> loc("scripts/corpus/cases.py":60:0)) -> !torch.vtensor<[2,4],f32> {
    %int0 = torch.constant.int 0 loc(#loc1)
    %0 = torch.aten.gt.Scalar %arg0, %int0 : !torch.vtensor<[2,4],f32>, !torch.int -> !torch.vtensor<[2,4],i1> loc(#loc1)
    %float1.000000e-01 = torch.constant.float 1.000000e-01 loc(#loc1)
    %1 = torch.aten.mul.Scalar %arg0, %float1.000000e-01 : !torch.vtensor<[2,4],f32>, !torch.float -> !torch.vtensor<[2,4],f32> loc(#loc1)
    %2 = torch.aten.where.self %0, %arg0, %1 : !torch.vtensor<[2,4],i1