# The seed's fourth case: calling aten.lift_fresh_copy directly. Dynamo keeps the call in its
# graph (PyTorch 2.13, TORCH_LOGS=graph_code). PyTorch 2.13 functionalizes it (a note today);
# the PyTorch of the SHARK-Turbine era failed on it (see lift_direct.fx, pinned to turbine-2023).
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code] TRACED GRAPH
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]  ===== __compiled_fn_1 =====
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]  /usr/lib/python3/site-packages/torch/fx/_lazy_graph_module.py class GraphModule(torch.nn.Module):
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]     def forward(self, L_x_: "f32[3][1]cpu"):
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]         l_x_ = L_x_
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]         
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]          # File: /home/user/lift.py:4 in foo, code: return torch.ops.aten.lift_fresh_copy.default(x) + 1
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]         lift_fresh_copy_default: "f32[3][1]cpu" = torch.ops.aten.lift_fresh_copy.default(l_x_);  l_x_ = None
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]         add: "f32[3][1]cpu" = lift_fresh_copy_default + 1;  lift_fresh_copy_default = None
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]         return (add,)
V1126 09:51:02.125000 31337 torch/_dynamo/output_graph.py:1781] [0/0] [__graph_code]         
