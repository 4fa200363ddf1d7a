# nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True) exported with PyTorch 2.13 and
# decomposed: _unsafe_index.Tensor takes `Tensor?[] indices`, so torch-mlir imports the None/tensor
# mix as !torch.list<optional<vtensor>>. Under the turbine-2023 profile the same lines are errors.
graph():
    %x : [num_users=4] = placeholder[target=x]
    %arange : [num_users=1] = call_function[target=torch.ops.aten.arange.default](args = (8,), kwargs = {device: cpu, pin_memory: False})
    %_to_copy : [num_users=1] = call_function[target=torch.ops.aten._to_copy.default](args = (%arange,), kwargs = {dtype: torch.float32})
    %mul : [num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%_to_copy, 0.42857142857142855), kwargs = {})
    %view : [num_users=1] = call_function[target=torch.ops.aten.view.default](args = (%mul, [8, 1]), kwargs = {})
    %_to_copy_1 : [num_users=1] = call_function[target=torch.ops.aten._to_copy.default](args = (%view,), kwargs = {dtype: torch.int64})
    %_to_copy_3 : [num_users=1] = call_function[target=torch.ops.aten._to_copy.default](args = (%mul,), kwargs = {dtype: torch.int64})
    %_unsafe_index : [num_users=1] = call_function[target=torch.ops.aten._unsafe_index.Tensor](args = (%x, [None, None, %_to_copy_1, %_to_copy_3]), kwargs = {})
    return (_unsafe_index,)
