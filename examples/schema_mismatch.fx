# Calls whose arguments do not bind: a float in an int list, a tensor where a bool goes, an
# unknown keyword, and too many arguments.
graph():
    %x : [num_users=4] = placeholder[target=x]
    %view : [num_users=1] = call_function[target=torch.ops.aten.view.default](args = (%x, [2.0, 8]), kwargs = {})
    %r : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})
    %mean : [num_users=1] = call_function[target=torch.ops.aten.mean.dim](args = (%x, [1], %r), kwargs = {})
    %softmax : [num_users=1] = call_function[target=torch.ops.aten._softmax.default](args = (%x, -1, False), kwargs = {dims: 1})
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x, 1), kwargs = {})
    return (view, mean, softmax, relu)
