// Three independent chunks; each one is parsed on its own.
func.func @first(%arg0: !torch.int) -> !torch.int {
  %0 = torch.aten.neg.int %arg0 : !torch.int -> !torch.int
  return %0 : !torch.int
}

// -----

#loc1 = loc("a.py":1:2)
func.func @second(%arg0: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {
  %0 = torch.aten.relu %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32> loc(#loc1)
  return %0 : !torch.vtensor<[2],f32>
}

// -----

!vt = !torch.vtensor<[2],f32>
func.func @third(%arg0: !vt) -> !vt {
  return %arg0 : !vt
}
