// Generic-form ops, as the ONNX importer prints them.
module {
  func.func @test_constant_of_shape(%arg0: !torch.vtensor<[3],si64>) -> !torch.vtensor<[2, 3],si64> attributes {torch.onnx_meta.ir_version = 8 : si64, torch.onnx_meta.opset_version = 17 : si64, torch.onnx_meta.producer_name = "backend-test", torch.onnx_meta.producer_version = ""} {
    %cst = "torch.operator"(%arg0) <{name = "onnx.ConstantOfShape"}> {torch.onnx.value = dense<3> : tensor<1xsi64>} : (!torch.vtensor<[3],si64>) -> !torch.vtensor<[2], si64>
    %0 = torch.operator "onnx.Add"(%cst, %arg0) {torch.onnx.name = "add\22quoted\22"} : (!torch.vtensor<[2], si64>, !torch.vtensor<[3],si64>) -> !torch.vtensor<[2, 3],si64>
    %1 = "arith.constant"() <{value = dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>}> : () -> tensor<2x2xi64>
    %2 = "test.with_region"(%1) ({
    ^bb0(%a: i64):
      "test.yield"(%a) : (i64) -> ()
    }, {
      "test.yield"(%1) : (tensor<2x2xi64>) -> ()
    }) {array_attr = array<i64: 1, 2>, map = affine_map<(d0, d1) -> (d1, d0)>, s = "a}b{c>"} : (tensor<2x2xi64>) -> i1
    "cf.cond_br"(%2)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
  ^bb1:
    return %0 : !torch.vtensor<[2, 3],si64>
  ^bb2:
    return %0 : !torch.vtensor<[2, 3],si64>
  }

