"""A tiny model compiled with torch.compile under TORCH_TRACE, for scripts/tlparse/generate.sh.

The print() forces a graph break, so tlparse writes two compile folders (-_0_0_0, -_1_0_0), each
with the Dynamo graph, the AOT forward graph, Inductor's post-grad graph and fx_graph_runnable.
"""
import torch


class Tiny(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = torch.nn.Linear(8, 4)
        self.pool = torch.nn.MaxPool2d(2)

    def forward(self, x, img):
        y = torch.relu(self.linear(x))
        print("graph break")
        return y.sum(), self.pool(img)


torch.manual_seed(0)
model = torch.compile(Tiny())
with torch.no_grad():
    model(torch.randn(2, 8), torch.randn(1, 3, 8, 8))
