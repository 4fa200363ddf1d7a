# F.max_pool2d(x, 2) as a torch.compile backend receives it (Dynamo-level graph, PyTorch 2.13),
# and the seed's literal repro F.max_pool2d(8, x), whose arguments are swapped.
class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[1, 2, 4, 4]"):
        l_x_ = L_x_

        # File: /home/user/pool.py:12 in forward, code: y = F.max_pool2d(x, 2)
        max_pool2d: "f32[1, 2, 2, 2]" = torch.nn.functional.max_pool2d(l_x_, 2)

        # File: /home/user/pool.py:13 in forward, code: return F.max_pool2d(8, x)
        max_pool2d_1 = torch.nn.functional.max_pool2d(8, l_x_);  l_x_ = None
        return (max_pool2d, max_pool2d_1)
