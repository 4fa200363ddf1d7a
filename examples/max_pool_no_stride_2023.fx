# torch-mlir-diagnostics: importer=turbine-2023
# The same pooling in the AOT forward graph the 2023 SHARK-Turbine backend imported: the empty
# stride list made its list import read arg[0] and fail with IndexError.
class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "f32[1, 3, 16, 16]"):
        # File: /home/user/pool.py:5 in forward, code: return F.max_pool2d(x, 8)
        max_pool2d_with_indices = torch.ops.aten.max_pool2d_with_indices.default(arg0_1, [8, 8], []);  arg0_1 = None
        getitem: "f32[1, 3, 2, 2]" = max_pool2d_with_indices[0];  max_pool2d_with_indices = None
        return (getitem,)
