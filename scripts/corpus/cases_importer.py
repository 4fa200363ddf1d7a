"""Cases for the importer's own preconditions (issue 11 §3): state it cannot map (non-persistent
buffers), higher-order ops, SymInt arithmetic, quantized / float8 dtypes, as_strided and asserts.

Imported by cases.py; uses its ``case`` decorator and helpers.
"""
import math

import torch
import torch.nn as nn

from cases import Fn, case, r

DYN_BATCH = lambda inputs: ({0: torch.export.Dim("batch", min=2, max=64)},)


# --- non-persistent buffers (torch-mlir issue 4744) -------------------------------------------

class _Rotary(nn.Module):
    """The rotary-embedding pattern of Hugging Face decoders: inv_freq is a buffer outside the state dict."""

    def __init__(self, dim=8, persistent=False):
        super().__init__()
        inv_freq = 1.0 / (10000 ** (torch.arange(0, dim, 2).float() / dim))
        self.register_buffer("inv_freq", inv_freq, persistent=persistent)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        pos = torch.arange(x.shape[1], dtype=torch.float32)
        freqs = torch.outer(pos, self.inv_freq)
        emb = torch.cat((freqs, freqs), dim=-1)
        return self.proj(x * emb.cos() + x * emb.sin())


@case("nonpersistent_buffer_rotary",
      "rotary inv_freq buffer registered with persistent=False: not in the state dict, frozen import fails",
      group="failure")
def _():
    return _Rotary(persistent=False), (r(2, 3, 8),)


@case("persistent_buffer_rotary", "control: the same rotary module with a persistent inv_freq buffer")
def _():
    return _Rotary(persistent=True), (r(2, 3, 8),)


class _PositionIds(nn.Module):
    """BERT-style embeddings: position_ids is an int64 buffer registered with persistent=False."""

    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(16, 8)
        self.pos = nn.Embedding(6, 8)
        self.register_buffer("position_ids", torch.arange(6).expand((1, -1)), persistent=False)

    def forward(self, ids):
        return self.word(ids) + self.pos(self.position_ids[:, : ids.shape[1]])


@case("nonpersistent_buffer_position_ids",
      "BERT-style position_ids buffer registered with persistent=False", group="failure")
def _():
    return _PositionIds(), (torch.tensor([[1, 2, 3, 4]]),)


@case("nonpersistent_buffer_llama_1layer",
      "transformers LlamaModel (1 layer, tiny config): LlamaRotaryEmbedding's inv_freq is non-persistent",
      group="failure")
def _():
    from transformers import LlamaConfig, LlamaModel
    cfg = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=1, max_position_embeddings=32)
    m = LlamaModel(cfg).eval()

    class Wrap(nn.Module):
        def __init__(self):
            super().__init__()
            self.m = m

        def forward(self, ids):
            return self.m(input_ids=ids, use_cache=False).last_hidden_state
    return Wrap(), (torch.tensor([[1, 5, 7, 2]]),)


# --- higher-order ops -------------------------------------------------------------------------

@case("hop_map", "torch map higher-order op over the leading dimension", group="failure")
def _():
    from torch._higher_order_ops.map import map as hop_map
    return Fn(lambda xs, y: hop_map(lambda x, y: x * y + 1, xs, y)), (r(3, 4), r(4))


@case("hop_scan", "torch scan higher-order op (cumulative sum as a scan)", group="failure")
def _():
    from torch._higher_order_ops.scan import scan

    def f(init, xs):
        def step(carry, x):
            nxt = carry + x
            return nxt, nxt.clone()
        return scan(step, init, xs)
    return Fn(f), (torch.zeros(4), r(3, 4))


@case("hop_wrap_with_set_grad_enabled",
      "torch.no_grad() block inside forward in a training-mode export (wrap_with_set_grad_enabled)")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(4, 4)

        def forward(self, x):
            with torch.no_grad():
                y = self.fc(x).relu()
            return y + x
    return M().train(), (r(2, 4),)


@case("hop_flex_attention", "flex_attention higher-order op: imported (a handled HOP); its block mask sorts with aten.sort.stable, which does not lower",
      group="failure")
def _():
    from torch.nn.attention.flex_attention import flex_attention
    return Fn(lambda q, k, v: flex_attention(q, k, v)), (r(1, 2, 8, 4), r(1, 2, 8, 4), r(1, 2, 8, 4))


# --- SymInt arithmetic --------------------------------------------------------------------------

@case("symint_pow", "x.shape[0] ** 2 with a dynamic batch: operator.pow on a SymInt", group="failure",
      dynamic_shapes=DYN_BATCH)
def _():
    return Fn(lambda x: x.new_zeros(x.shape[0] ** 2)), (r(4, 3),)


@case("symint_lshift", "x.shape[0] << 1 with a dynamic batch: operator.lshift on a SymInt", group="failure",
      dynamic_shapes=DYN_BATCH)
def _():
    return Fn(lambda x: x.new_zeros(x.shape[0] << 1)), (r(4, 3),)


@case("symint_sym_max", "max(x.shape[0], 5) via torch.sym_max with a dynamic batch", group="failure",
      dynamic_shapes=DYN_BATCH)
def _():
    return Fn(lambda x: x.new_zeros(torch.sym_max(x.shape[0], 5))), (r(4, 3),)


@case("symint_mul_view", "control: view(x, [s0 * s1]) with two dynamic dims (operator.mul is mapped)",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("a", min=2, max=64), 1: torch.export.Dim("b", min=2, max=64)},))
def _():
    return Fn(lambda x: x.view(x.shape[0] * x.shape[1])), (r(4, 5),)


@case("symint_floordiv", "control: x.shape[0] // 2 with a dynamic even batch (operator.floordiv is mapped)",
      dynamic_shapes=lambda inputs: ({0: 2 * torch.export.Dim("half", min=1, max=32)},))
def _():
    return Fn(lambda x: x.reshape(x.shape[0] // 2, 2, x.shape[1])), (r(4, 3),)
