#loc1 = loc("scripts/corpus/cases.py":70:0)
module {
  func.func @main(%arg0: !torch.vtensor<[2,3,4],f32> loc("scripts/corpus/cases.py":70:0), %arg1: !torch.vtensor<[4,4],f32> loc("scripts/corpus/cases.py":70:0), %arg2: !torch.vtensor<[2,4,2],f32> loc("scripts