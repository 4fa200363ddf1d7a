# The seed's second case: F.max_pool2d(x, 2) without a stride, as torch.export prints it
# (PyTorch 2.13). stride is omitted, so it defaults to [] ("same as kernel_size").
graph():
    %x : [num_users=1] = placeholder[target=x]
    %max_pool2d : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {})
    %avg_pool2d : [num_users=1] = call_function[target=torch.ops.aten.avg_pool2d.default](args = (%max_pool2d, [3, 3], []), kwargs = {})
    return (avg_pool2d,)
