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


@case("hop_flex_attention", "flex_attention higher-order op: imported (a handled HOP); its block mask sorts with aten.sort.stable, which does not lower",
      group="failure")
def _():
    from torch.nn.attention.flex_attention import flex_attention
    return Fn(lambda q, k, v: flex_attention(q, k, v)), (r(1, 2, 8, 4), r(1, 2, 8, 4), r(1, 2, 8, 4))


@torch.library.custom_op("corpus_importer::add_one_", mutates_args=("t",))
def _add_one_(t: torch.Tensor) -> None:
    t.add_(1)


@_add_one_.register_fake
def _(t):
    return None


@case("hop_auto_functionalized_v2",
      "a custom op that mutates its argument: decomposition functionalizes it into auto_functionalized_v2",
      group="failure")
def _():
    def f(x):
        y = x.clone()
        torch.ops.corpus_importer.add_one_(y)
        return y * 2
    return Fn(f), (r(2, 4),)


@case("hop_with_effects_print", "aten._print in forward: an effectful op, wrapped in with_effects by decomposition",
      group="failure")
def _():
    def f(x):
        torch.ops.aten._print("corpus")
        return x + 1
    return Fn(f), (r(2, 4),)


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


@case("symint_input_placeholder",
      "control: a Python int input made dynamic (Dim.DYNAMIC): a SymInt placeholder (torch-mlir #3118) imports today",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("batch", min=2, max=64)}, torch.export.Dim.DYNAMIC))
def _():
    return Fn(lambda x, n: x * n + x.shape[0]), (r(4, 3), 3)


@case("symint_mul_view", "control: view(x, [s0 * s1]) with two dynamic dims (operator.mul is mapped)",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("a", min=2, max=64), 1: torch.export.Dim("b", min=2, max=64)},))
def _():
    return Fn(lambda x: x.view(x.shape[0] * x.shape[1])), (r(4, 5),)


@case("symint_floordiv", "control: x.shape[0] // 2 with a dynamic even batch (operator.floordiv is mapped)",
      dynamic_shapes=lambda inputs: ({0: 2 * torch.export.Dim("half", min=1, max=32)},))
def _():
    return Fn(lambda x: x.reshape(x.shape[0] // 2, 2, x.shape[1])), (r(4, 3),)


# --- as_strided -------------------------------------------------------------------------------

@case("as_strided_dynamic_base", "as_strided of an input with a dynamic batch: the importer's rewrite needs a static base",
      group="failure", dynamic_shapes=DYN_BATCH)
def _():
    return Fn(lambda x: torch.as_strided(x, (2, 2), (4, 1), 1) * 2), (r(4, 4),)


@case("as_strided_symbolic_size", "as_strided with a size taken from a dynamic dimension", group="failure",
      dynamic_shapes=DYN_BATCH)
def _():
    return Fn(lambda x: torch.as_strided(x, (x.shape[0], 2), (4, 1)) * 2), (r(4, 4),)


# --- quantized and float8 ---------------------------------------------------------------------

@case("quantize_per_tensor_qint8",
      "torch.quantize_per_tensor(x, ..., torch.qint8).dequantize(): the qint8 dtype literal has no code in the importer",
      group="failure")
def _():
    return Fn(lambda x: torch.quantize_per_tensor(x, 0.1, 0, torch.qint8).dequantize()), (r(2, 4),)


@case("quantized_decomposed_per_channel",
      "control: quantized_decomposed quantize/dequantize_per_channel import as torch ops and lower")
def _():
    import torch.ao.quantization.fx._decomposed  # noqa: F401  (registers quantized_decomposed)
    qd = torch.ops.quantized_decomposed

    def f(x, s, z):
        q = qd.quantize_per_channel(x, s, z, 1, -128, 127, torch.int8)
        return qd.dequantize_per_channel(q, s, z, 1, -128, 127, torch.int8)
    return Fn(f), (r(2, 4), torch.full((4,), 0.1), torch.zeros(4, dtype=torch.int64))


@case("float8_e4m3fn_roundtrip", "control: a float8_e4m3fn cast and back (_assert_tensor_metadata on f8) imports and lowers")
def _():
    return Fn(lambda x: x.to(torch.float8_e4m3fn).to(torch.float32) + 1), (r(2, 4),)
