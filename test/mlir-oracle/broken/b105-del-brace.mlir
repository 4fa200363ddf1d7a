module attributes {torch.debug_module_name = "Attrs"} {
  func.func private @decl(i32 {test.arg = 1 : i64, !torch.int) -> (i32 {test.res})
  func.func @attrs(%arg0: !torch.vtensor<[2],f32> {torch.type_bound = !torch.vtensor<[2],f32>}, %arg1: !torch.int) -> (!torch.vtensor<[2],f32> {test.name = "out"}, !torch.int) attributes {torch.assume_strict_symbolic_shapes, test.n = 3 : i64} {
    return %arg0, %arg1 : !torch.vtensor<[2],f32>, !torch.int
  }
  func.func @call_it(%arg0: i32) -> i32 {
    %int = torch.constant.int 3
    %0 = func.call @decl(%arg0, %int) : (i32, !torch.int) -> i32
    return %0 : i32
  }
}
