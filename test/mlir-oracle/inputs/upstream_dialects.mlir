#map = affine_map<(d0, d1) -> (d0, d1)>
func.func @kernels(%a: tensor<4x8xf32>, %b: tensor<8x4xf32>) -> tensor<4x4xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %e = tensor.empty() : tensor<4x4xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<4x4xf32>) -> tensor<4x4xf32>
  %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x4xf32>) outs(%f : tensor<4x4xf32>) -> tensor<4x4xf32>
  %g = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%m : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %x = arith.addf %in, %in : f32
    linalg.yield %x : f32
  } -> tensor<4x4xf32>
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %g) -> (tensor<4x4xf32>) {
    %s = tensor.extract_slice %acc[%i, 0] [1, 4] [1, 1] : tensor<4x4xf32> to tensor<1x4xf32>
    %ins = tensor.insert_slice %s into %acc[0, 0] [1, 4] [1, 1] : tensor<1x4xf32> into tensor<4x4xf32>
    scf.yield %ins : tensor<4x4xf32>
  }
  %cond = arith.cmpi slt, %c0, %c4 : index
  %sel = scf.if %cond -> (tensor<4x4xf32>) {
    scf.yield %r : tensor<4x4xf32>
  } else {
    scf.yield %g : tensor<4x4xf32>
  }
  %dim = tensor.dim %sel, %c0 : tensor<4x4xf32>
  %cast = tensor.cast %sel : tensor<4x4xf32> to tensor<?x4xf32>
  %back = tensor.cast %cast : tensor<?x4xf32> to tensor<4x4xf32>
  return %back : tensor<4x4xf32>
}
