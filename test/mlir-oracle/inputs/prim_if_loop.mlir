func.func @control(%arg0: !torch.bool, %arg1: !torch.int) -> !torch.int {
  %int0 = torch.constant.int 0
  %true = torch.constant.bool true
  %0 = torch.prim.If %arg0 -> (!torch.int) {
    %5 = torch.aten.add.int %arg1, %arg1 : !torch.int, !torch.int -> !torch.int
    torch.prim.If.yield %5 : !torch.int
  } else {
    torch.prim.If.yield %int0 : !torch.int
  }
  torch.prim.If %arg0 -> () {
    torch.prim.If.yield
  } else {
    torch.prim.If.yield
  }
  %1 = torch.prim.Loop %arg1, %true, init(%0) {
  ^bb0(%i: !torch.int, %acc: !torch.int):
    %2 = torch.aten.add.int %acc, %i : !torch.int, !torch.int -> !torch.int
    torch.prim.Loop.condition %true, iter(%2 : !torch.int)
  } : (!torch.int, !torch.bool, !torch.int) -> !torch.int
  %3:2 = torch.prim.Loop %arg1, %true, init(%0, %1) {
  ^bb0(%i: !torch.int, %a: !torch.int, %b: !torch.int):
    torch.prim.Loop.condition %true, iter(%b, %a : !torch.int, !torch.int)
  } : (!torch.int, !torch.bool, !torch.int, !torch.int) -> (!torch.int, !torch.int)
  return %3#1 : !torch.int
}
