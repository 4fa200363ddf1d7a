#loc = loc(unknown)
"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[1,1,4,4],f32>) -> !torch.vtensor<[1,1,2,2],f32>, sym_name = "main"}> ({
  ^bb0(%arg0: !torch.vtensor<[1,1,4,4],f32> loc(unknown)):
    %0 = "torch.constant.int"() <{value = 2 : i64}> : () -> !torch.int loc(#loc)
    %1 = "torch.prim.ListConstruct"() : () -> !torch.list<int> loc(#loc)
    %2 = "torch.constant.int"() <{value = 0 : i64}> : () -> !torch.int loc(#loc)
    %3 = "torch.constant.int"() <{value = 0 : i64}> : () -> !torch.int loc(#loc)
    %4 = "torch.prim.ListConstruct"(%2, %3) : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc)
    %5 = "torch.constant.int"() <{value = 1 : i64}> : () -> !torch.int loc(#loc)
    %6 = "torch.constant.int"() <{value = 1 : i64}> : () -> !torch.int loc(#loc)
    %7 = "torch.prim.ListConstruct"(%5, %6) : (!torch.int, !torch.int) -> !torch.list<int> loc(#loc)
    %8 = "torch.constant.bool"() <{value = false}> : () -> !torch.bool loc(#loc)
    %9 = "torch.aten.max_pool2d"(%arg0, %0, %1, %4, %7, %8) : (!torch.vtensor<[1,1,4,4],f32>, !torch.int, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool) -> !torch.vtensor<[1,1,2,2],f32> loc(#loc)
    "func.return"(%9) : (!torch.vtensor<[1,1,2,2],f32>) -> () loc(#loc)
  }) : () -> () loc(#loc)
}) : () -> () loc(#loc)
