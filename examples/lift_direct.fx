# torch-mlir-diagnostics: importer=turbine-2023
# torch.ops.aten.lift called directly (pytorch#107961) in a Dynamo graph: functionalization failed
# on it with the PyTorch of the SHARK-Turbine era (2.0/2.1).
class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[4]"):
        l_x_ = L_x_
        lift: "f32[4]" = torch.ops.aten.lift.default(l_x_);  l_x_ = None
        return (lift,)
