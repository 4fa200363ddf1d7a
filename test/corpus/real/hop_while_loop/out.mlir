module {
  func.func private @while_loop_cond_graph_0(%arg0: !torch.vtensor<[],si64>, %arg1: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[],i1> {
    %int3 = torch.constant.int 3
    %0 = torch.aten.lt.Scalar %arg0, %int3 : !torch.vtensor<[],si64>, !torch.int -> !torch.vtensor<[],i1>
    return %0 : !torch.vtensor<[],i1>
  }
  func.func private @while_loop_body_graph_0(%arg0: !torch.vtensor<[],si64>, %arg1: !torch.vtensor<[2,4],f32>) -> (!torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>) {
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %0 = torch.aten.add.Scalar %arg0, %int1, %int1_0 : !torch.vtensor<[],si64>, !torch.int, !torch.int -> !torch.vtensor<[],si64>
    %int2 = torch.constant.int 2
    %1 = torch.aten.mul.Scalar %arg1, %int2 : !torch.vtensor<[2,4],f32>, !torch.int -> !torch.vtensor<[2,4],f32>
    return %0, %1 : !torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>
  }
  func.func @main(%arg0: !torch.vtensor<[],si64>, %arg1: !torch.vtensor<[2,4],f32>) -> (!torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>) {
    %0 = call @while_loop_cond_graph_0(%arg0, %arg1) : (!torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[],i1>
    %1 = torch.aten.Bool.Tensor %0 : !torch.vtensor<[],i1> -> !torch.bool
    %int9223372036854775807 = torch.constant.int 9223372036854775807
    %2:2 = torch.prim.Loop %int9223372036854775807, %1, init(%arg0, %arg1) {
    ^bb0(%arg2: !torch.int, %arg3: !torch.vtensor<[],si64>, %arg4: !torch.vtensor<[2,4],f32>):
      %3:2 = func.call @while_loop_body_graph_0(%arg3, %arg4) : (!torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>) -> (!torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>)
      %4 = func.call @while_loop_cond_graph_0(%3#0, %3#1) : (!torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[],i1>
      %5 = torch.aten.Bool.Tensor %4 : !torch.vtensor<[],i1> -> !torch.bool
      torch.prim.Loop.condition %5, iter(%3#0, %3#1 : !torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>)
    } : (!torch.int, !torch.bool, !torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>) -> (!torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>)
    return %2#0, %2#1 : !torch.vtensor<[],si64>, !torch.vtensor<[2,4],f32>
  }
}
