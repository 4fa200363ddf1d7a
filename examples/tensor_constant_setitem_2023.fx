# torch-mlir-diagnostics: importer=turbine-2023
# The seed's third case, x[y == 1] = 2, traced with make_fx (PyTorch 2.13): the 2 becomes a
# lifted tensor constant read with get_attr and copied by aten.lift_fresh_copy.
graph():
    %x_1 : [num_users=1] = placeholder[target=x_1]
    %y_1 : [num_users=1] = placeholder[target=y_1]
    %eq : [num_users=1] = call_function[target=torch.ops.aten.eq.Scalar](args = (%y_1, 1), kwargs = {})
    %_tensor_constant0 : [num_users=1] = get_attr[target=_tensor_constant0]
    %lift_fresh_copy : [num_users=1] = call_function[target=torch.ops.aten.lift_fresh_copy.default](args = (%_tensor_constant0,), kwargs = {})
    %index_put_ : [num_users=1] = call_function[target=torch.ops.aten.index_put_.default](args = (%x_1, [%eq], %lift_fresh_copy), kwargs = {})
    return index_put_
