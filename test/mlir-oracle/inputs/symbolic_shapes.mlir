module {
  func.func @sym(%arg0: !torch.vtensor<[?,3],f32>, %arg1: !torch.vtensor<[?,?],f32>) -> !torch.vtensor<[?,3],f32> {
    %0 = torch.symbolic_int "s0" {min_val = 2, max_val = 100} : !torch.int
    %1 = torch.symbolic_int "s1" {min_val = 0, max_val = 9223372036854775807} : !torch.int
    torch.bind_symbolic_shape %arg0, [%0], affine_map<()[s0] -> (s0, 3)> : !torch.vtensor<[?,3],f32>
    torch.bind_symbolic_shape %arg1, [%0, %1], affine_map<()[s0, s1] -> (s0 * 2, s1 + 1)> : !torch.vtensor<[?,?],f32>
    %2 = torch.aten.relu %arg0 : !torch.vtensor<[?,3],f32> -> !torch.vtensor<[?,3],f32>
    torch.bind_symbolic_shape %2, [%0], affine_map<()[s0] -> (s0, 3)> : !torch.vtensor<[?,3],f32>
    return %2 : !torch.vtensor<[?,3],f32>
  }
}
