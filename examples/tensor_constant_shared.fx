# A tensor constant used by two nodes, in gm.code form (make_fx): torch-mlir imports a get_attr at
# each direct use and the second import trips "Node already has a value" (torch-mlir PR #4770).
def forward(self, x_1):
    _tensor_constant0 = self._tensor_constant0
    add = torch.ops.aten.add.Tensor(x_1, _tensor_constant0);  x_1 = None
    mul = torch.ops.aten.mul.Tensor(add, _tensor_constant0);  add = _tensor_constant0 = None
    return mul
