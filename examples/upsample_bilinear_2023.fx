# torch-mlir-diagnostics: importer=turbine-2023
# The seed's first case: nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True), as the
# 2023 SHARK-Turbine backend saw it after decomposing upsample_bilinear2d (AOT forward graph).
class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "f32[4, 4, 4, 4]"):
        # File: /home/user/upsample.py:9 in forward, code: return self.up(x)
        arange: "f32[8]" = torch.ops.aten.arange.start_step(0, 8, 1, dtype = torch.float32, layout = torch.strided, device = device(type='cpu'), pin_memory = False)
        mul: "f32[8]" = torch.ops.aten.mul.Tensor(arange, 0.42857142857142855);  arange = None
        _to_copy: "i64[8]" = torch.ops.aten._to_copy.default(mul, dtype = torch.int64)
        view: "i64[8, 1]" = torch.ops.aten.view.default(_to_copy, [8, 1])
        index: "f32[4, 4, 8, 8]" = torch.ops.aten.index.Tensor(arg0_1, [None, None, view, _to_copy]);  arg0_1 = view = _to_copy = None
        return (index,)
