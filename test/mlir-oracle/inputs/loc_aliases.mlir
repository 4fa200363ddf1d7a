#loc = loc(unknown)
#loc1 = loc("/home/user/model.py":12:0)
#loc2 = loc("/home/user/lib.py":40:8)
#loc3 = loc(callsite(#loc2 at #loc1))
#loc4 = loc(fused[#loc1, #loc2])
#loc5 = loc("relu"(#loc3))
module {
  func.func @main(%arg0: !torch.vtensor<[3],f32> loc("/home/user/model.py":10:0), %arg1: !torch.int loc(unknown)) -> !torch.vtensor<[3],f32> {
    %0 = torch.aten.relu %arg0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32> loc(#loc5)
    %1 = torch.aten.neg %0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32> loc(#loc4)
    %2 = torch.aten.abs %1 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32> loc(callsite("inner"("/home/user/lib.py":3:1) at fused<"meta">[#loc1, "x"]))
    return %2 : !torch.vtensor<[3],f32> loc(#loc1)
  } loc(#loc1)
} loc(#loc)
