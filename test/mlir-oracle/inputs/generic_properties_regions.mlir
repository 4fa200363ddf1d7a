// Generic form: properties, attribute dictionaries, regions, block arguments and successors.
"builtin.module"() ({
  "func.func"() <{function_type = (i32, i1) -> i32, sym_name = "generic", sym_visibility = "private"}> ({
  ^bb0(%arg0: i32, %arg1: i1):
    %0 = "arith.addi"(%arg0, %arg0) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "cf.cond_br"(%arg1, %0, %arg0)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
  ^bb1(%1: i32):
    "func.return"(%1) : (i32) -> ()
  ^bb2(%2: i32):
    %3 = "arith.constant"() <{value = 7 : i32}> {note = "attr-dict after properties"} : () -> i32
    "cf.br"(%3)[^bb1] : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>, sym_name = "torch_generic"}> ({
  ^bb0(%arg0: !torch.vtensor<[2],f32>):
    %0 = "torch.aten.relu"(%arg0) : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
    %1 = "torch.operator"(%0) <{name = "foo.bar"}> : (!torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32>
    "func.return"(%1) : (!torch.vtensor<[2],f32>) -> ()
  }) : () -> ()
}) {torch.debug_module_name = "Generic"} : () -> ()
