"builtin.module"() ({
  "func.func"() <{function_type = (!torch.vtensor<[1,1,4,4],f32>) -> !torch.vtensor<[1,1,2,2],f32>, sym_name = "main"}> ({
  ^bb0(%arg0: !torch.vtensor<[1,1,4,4],f32>):
    %0 = "torch.constant.int"() <{value = 2 : i64}> : () -> !torch.int
    %1 = "torch.prim.ListConstruct"() : () -> !torch.list<int>
    %2 = "torch.constant.int"() <{value = 0 : i64}> : () -> !torch.int
    %3 = "torch.constant.int"() <{value = 0 : i64}> : () -> !torch.int
    %4 = "torch.prim.ListConstruct"(%2, %3) : (!torch.int, !torch.int) -> !torch.list<int>
    %5 = "torch.constant.int"() <{value = 1 : i64}> : () -> !torch.int
    %6 = "torch.constant.int"() <{value = 1 : i64}> : () -> !torch.int
    %7 = "torch.prim.ListConstruct"(%5, %6) : (!torch.int, !torch.int) -> !torch.list<int>
    %8 = "torch.constant.bool"() <{value = false}> : () -> !torch.bool
    %9 = "torch.aten.max_pool2d"(%arg0, %0, %1, %4, %7, %8) : (!torch.vtensor<[1,1,4,4],f32>, !torch.int, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool) -> !torch.vtensor<[1,1,2,2],f32>
    "func.return"(%9) : (!torch.vtensor<[1,1,2,2],f32>) -> ()
  }) : () -> ()
}) : () -> ()
