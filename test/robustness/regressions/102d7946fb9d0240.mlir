#map = affine_map<()[s0, s1] -> (s1, s0 * 2 + 3, 5)>
!vt = !torch.vtensor<[?,?,5],f32>
module {
  func.func @sym(%arg0: !torch.vtensor<[?,?,5],f32>, %arg1: !torch.tensor<[2],f32>) -> !vt {
    %0 = torch.symbolic_int "s0" {min_val = 5, max_val = 10} : !torch.int
    %1 = torch.symbolic_int "s1" {min_val = 2, max_val = 9223372036854775807} : !torch.int
    torch.bind_symbolic_shape %arg0, [%0, %1], affine_map<()[