# A hand-edited dump with a misspelt op and a removed overload.
graph():
    %x : [num_users=2] = placeholder[target=x]
    %relu : [num_users=1] = call_function[target=torch.ops.aten.reluu.default](args = (%x,), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensorr](args = (%relu, %x), kwargs = {})
    return (add,)
