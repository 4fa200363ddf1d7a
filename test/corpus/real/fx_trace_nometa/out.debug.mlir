#loc = loc(unknown)
"builtin.module"() ({
  "func.func"() <{function_type = (!torch.none) -> !torch.none, sym_name = "main"}> ({
  ^bb0(%arg0: !torch.none loc(unknown)):
    %0 = "torch.aten.relu"(%arg0) : (!torch.none) -> !torch.none loc(#loc)
    "func.return"(%0) : (!torch.none) -> () loc(#loc)
  }) : () -> () loc(#loc)
}) : () -> () loc(#loc)
