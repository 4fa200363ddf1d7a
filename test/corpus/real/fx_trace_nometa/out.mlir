"builtin.module"() ({
  "func.func"() <{function_type = (!torch.none) -> !torch.none, sym_name = "main"}> ({
  ^bb0(%arg0: !torch.none):
    %0 = "torch.aten.relu"(%arg0) : (!torch.none) -> !torch.none
    "func.return"(%0) : (!torch.none) -> ()
  }) : () -> ()
}) : () -> ()
