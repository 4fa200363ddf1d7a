"""Case definitions for the real-importer ground-truth corpus.

Each case builds a tiny model and example inputs. ``generate.py`` exports /
traces / compiles it with the real PyTorch and imports it with the real
torch-mlir FX importer, recording what happens.

Fields of a case (see ``case()``):
  name      directory name under test/corpus/real/
  purpose   one line: what the case checks
  build     () -> (module, inputs_tuple)
  path      how the importer is driven:
              "export_and_import"         torch_mlir.fx.export_and_import (frozen, default decomps)
              "export_and_import:mutable" same, experimental_support_mutation=True (import_program)
              "stateless_fx_import:fx_trace"        torch.fx.symbolic_trace + ShapeProp -> fx.stateless_fx_import
              "stateless_fx_import:fx_trace_nometa" torch.fx.symbolic_trace without ShapeProp
              "stateless_fx_import:aot"     aot_autograd forward graph (torch.compile backend) -> stateless_fx_import
              "stateless_fx_import:make_fx" torch.fx.experimental.proxy_tensor.make_fx -> stateless_fx_import
              "stateless_fx_import:custom"  graph built by ``graph_fn(model, inputs)``
  dynamic_shapes  optional (inputs) -> dynamic_shapes spec for torch.export
  graph_fn  optional (model, inputs) -> GraphModule, for the ":custom" path
"""
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class Case:
    name: str
    purpose: str
    build: Callable[[], Any]
    path: str = "export_and_import"
    dynamic_shapes: Optional[Callable[[tuple], Any]] = None
    graph_fn: Optional[Callable[[nn.Module, tuple], Any]] = None
    group: str = "clean"


CASES: "dict[str, Case]" = {}


def case(name, purpose, group="clean", **kw):
    def deco(fn):
        assert name not in CASES, name
        CASES[name] = Case(name=name, purpose=purpose, build=fn, group=group, **kw)
        return fn
    return deco


class _Fn1(nn.Module):
    """Wrap a plain function as a module with a fixed-arity forward (symbolic_trace needs named args)."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def forward(self, x):
        return self.fn(x)


class _Fn2(_Fn1):
    def forward(self, x, y):
        return self.fn(x, y)


class _Fn3(_Fn1):
    def forward(self, x, y, z):
        return self.fn(x, y, z)


def Fn(fn):
    import inspect
    n = len(inspect.signature(fn).parameters)
    return {1: _Fn1, 2: _Fn2, 3: _Fn3}[n](fn)


def r(*shape):
    return torch.randn(*shape)


# The importer-precondition cases (cases_importer.py) use case, Fn and r, all defined above.
import cases_importer  # noqa: E402,F401


# ---------------------------------------------------------------------------
# torch.library custom op (imports as torch.operator)
# ---------------------------------------------------------------------------
@torch.library.custom_op("corpus::scaled_tanh", mutates_args=())
def scaled_tanh(x: torch.Tensor, scale: float) -> torch.Tensor:
    return torch.tanh(x) * scale


@scaled_tanh.register_fake
def _(x, scale):
    return torch.empty_like(x)


# ===========================================================================
# 1. Cases named by the seed document (known-issues-in-shark-turbine.md)
# ===========================================================================
class UpsampleBilinear(nn.Module):
    def __init__(self):
        super().__init__()
        self.up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)

    def forward(self, x):
        return self.up(x)


@case("seed_upsample_bilinear_align_corners",
      "seed: nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True) (2023: Heterogeneous lists NoneType vs Node)",
      group="seed")
def _():
    return UpsampleBilinear(), (r(1, 1, 4, 4),)


@case("seed_upsample_bilinear_align_corners_aot",
      "seed: nn.Upsample bilinear align_corners=True via the aot_autograd graph + stateless_fx_import (the 2023 dynamo path)",
      group="seed", path="stateless_fx_import:aot")
def _():
    return UpsampleBilinear(), (r(1, 1, 4, 4),)


def _pool_case(name, fn, shape, purpose, path="export_and_import"):
    @case(name, purpose, group="seed", path=path)
    def _():
        return Fn(fn), (r(*shape),)


_pool_case("seed_max_pool2d_no_stride", lambda x: F.max_pool2d(x, 2), (1, 2, 4, 4),
           "seed: F.max_pool2d(x, 2) with stride omitted (stride=None -> [] in the graph)")
_pool_case("seed_avg_pool2d_no_stride", lambda x: F.avg_pool2d(x, 2), (1, 2, 4, 4),
           "seed: F.avg_pool2d(x, 2) with stride omitted")
_pool_case("seed_max_pool1d_no_stride", lambda x: F.max_pool1d(x, 2), (1, 2, 8),
           "seed: F.max_pool1d(x, 2) with stride omitted")
_pool_case("seed_avg_pool1d_no_stride", lambda x: F.avg_pool1d(x, 2), (1, 2, 8),
           "seed: F.avg_pool1d(x, 2) with stride omitted")
_pool_case("seed_max_pool3d_no_stride", lambda x: F.max_pool3d(x, 2), (1, 1, 4, 4, 4),
           "seed: F.max_pool3d(x, 2) with stride omitted")
_pool_case("seed_avg_pool3d_no_stride", lambda x: F.avg_pool3d(x, 2), (1, 1, 4, 4, 4),
           "seed: F.avg_pool3d(x, 2) with stride omitted")
_pool_case("seed_max_pool2d_with_indices", lambda x: F.max_pool2d(x, 2, return_indices=True), (1, 2, 4, 4),
           "seed: F.max_pool2d(x, 2, return_indices=True), stride omitted (max_pool2d_with_indices)")
_pool_case("seed_max_pool1d_with_indices", lambda x: F.max_pool1d(x, 2, return_indices=True), (1, 2, 8),
           "seed: F.max_pool1d(x, 2, return_indices=True), stride omitted")
_pool_case("seed_max_pool3d_with_indices", lambda x: F.max_pool3d(x, 2, return_indices=True), (1, 1, 4, 4, 4),
           "seed: F.max_pool3d(x, 2, return_indices=True), stride omitted")
_pool_case("seed_max_pool2d_no_stride_aot", lambda x: F.max_pool2d(x, 2), (1, 2, 4, 4),
           "seed: F.max_pool2d(x, 2) without stride via aot_autograd + stateless_fx_import (the 2023 path)",
           path="stateless_fx_import:aot")
_pool_case("seed_max_pool2d_literal_8_x", lambda x: F.max_pool2d(8, x), (1, 2, 4, 4),
           "seed as literally written: F.max_pool2d(8, x) (arguments swapped; what does PyTorch say?)")


def _bool_index_put_none(x, y):
    x[y == 1] = 2


def _bool_index_put_ret(x, y):
    x[y == 1] = 2
    return x


@case("seed_bool_index_put", "seed as written: x[y == 1] = 2 returning None (mutates an input)", group="seed")
def _():
    return Fn(_bool_index_put_none), (r(4, 4), torch.tensor([[1, 0, 1, 0]] * 4))


@case("seed_bool_index_put_return", "seed: x[y == 1] = 2; return x (index_put with a scalar tensor constant)", group="seed")
def _():
    return Fn(_bool_index_put_ret), (r(4, 4), torch.tensor([[1, 0, 1, 0]] * 4))


@case("seed_bool_index_put_aot",
      "seed: x[y == 1] = 2; return x via aot_autograd + stateless_fx_import (2023: KeyError (_tensor_constant0, 0))",
      group="seed", path="stateless_fx_import:aot")
def _():
    return Fn(lambda x, y: _bool_index_put_ret(x.clone(), y)), (r(4, 4), torch.tensor([[1, 0, 1, 0]] * 4))


@case("seed_list_tensor", "seed: list(t) of a constant tensor created in forward, restacked", group="seed")
def _():
    def f(x):
        t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
        return x + torch.stack(list(t))
    return Fn(f), (r(2, 2),)


@case("seed_list_tensor_aot", "seed: list(t) of a constant tensor via aot_autograd + stateless_fx_import",
      group="seed", path="stateless_fx_import:aot")
def _():
    def f(x):
        t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
        return x + torch.stack(list(t))
    return Fn(f), (r(2, 2),)


@case("seed_list_input", "seed: list(x) of the input tensor (unbind into a tuple output)", group="seed")
def _():
    return Fn(lambda x: list(x)), (r(3, 2),)


@case("seed_tolist_constant", "seed: t.tolist() of a constant tensor fed back into torch.tensor", group="seed")
def _():
    def f(x):
        t = torch.tensor([1.0, 2.0, 3.0])
        return x * torch.tensor(t.tolist())
    return Fn(f), (r(3),)


@case("seed_tolist_input", "seed: x.tolist() of the input tensor (data-dependent)", group="seed")
def _():
    def f(x):
        return torch.tensor(x.tolist()) + 1
    return Fn(f), (r(3),)


@case("seed_aten_lift", "seed: direct torch.ops.aten.lift(x) call", group="seed")
def _():
    return Fn(lambda x: torch.ops.aten.lift(x)), (r(3),)


@case("seed_aten_lift_aot", "seed: direct torch.ops.aten.lift(x) via aot_autograd + stateless_fx_import",
      group="seed", path="stateless_fx_import:aot")
def _():
    return Fn(lambda x: torch.ops.aten.lift(x)), (r(3),)


def _lift_fresh_copy(x):
    _tensor_constant0 = torch.tensor([1])
    lift_fresh_copy = torch.ops.aten.lift_fresh_copy.default(_tensor_constant0)
    return lift_fresh_copy


@case("seed_lift_fresh_copy_default", "seed: direct torch.ops.aten.lift_fresh_copy.default on torch.tensor([1])", group="seed")
def _():
    return Fn(_lift_fresh_copy), (r(3),)


@case("seed_lift_fresh_copy_default_aot",
      "seed: direct lift_fresh_copy.default via aot_autograd + stateless_fx_import (2023: RecursionError)",
      group="seed", path="stateless_fx_import:aot")
def _():
    return Fn(_lift_fresh_copy), (r(3),)


# ===========================================================================
# 2. Recurring failure classes (importer-behavior.md D.2 / E.1)
# ===========================================================================
class SharedWeight(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(r(4, 4))

    def forward(self, x):
        w = self.w
        a = torch.ops.aten.mm.default(x, w)
        return torch.ops.aten.add.Tensor(a, w)


class SingleWeight(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(r(4, 4))

    def forward(self, x):
        return torch.ops.aten.mm.default(x, self.w)


class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(r(4, 4))


class DottedWeight(nn.Module):
    def __init__(self):
        super().__init__()
        self.sub = Holder()

    def forward(self, x):
        return torch.ops.aten.mm.default(x, self.sub.w)


@case("getattr_shared_fx_trace",
      "get_attr 'w' used by two aten nodes (symbolic_trace + ShapeProp, stateless_fx_import): 'Node already has a value'?",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return SharedWeight(), (r(4, 4),)


@case("getattr_single_fx_trace",
      "control: get_attr 'w' used once (symbolic_trace + ShapeProp, stateless_fx_import)",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return SingleWeight(), (r(4, 4),)


@case("getattr_dotted_fx_trace",
      "dotted get_attr 'sub.w' (symbolic_trace + ShapeProp, stateless_fx_import): 'Attempting to retrieve attribute'?",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return DottedWeight(), (r(4, 4),)


@case("getattr_shared_make_fx",
      "make_fx graph: parameter becomes get_attr _param_constant0 used by two ops, stateless_fx_import",
      group="failure", path="stateless_fx_import:make_fx")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.w = nn.Parameter(r(4, 4))

        def forward(self, x):
            return torch.mm(x, self.w) + self.w
    return M(), (r(4, 4),)


@case("getattr_shared_tensor_constant_aot",
      "aot graph: a torch.tensor constant (_tensor_constant0) used by two ops, stateless_fx_import",
      group="failure", path="stateless_fx_import:aot")
def _():
    def f(x):
        c = torch.tensor([1.0, 2.0, 3.0, 4.0])
        return (x + c) * c
    return Fn(f), (r(2, 4),)


@case("getattr_shared_tensor_constant_make_fx",
      "make_fx graph: a captured constant tensor (_tensor_constant0) used by two ops, stateless_fx_import",
      group="failure", path="stateless_fx_import:make_fx")
def _():
    c = torch.tensor([1.0, 2.0, 3.0, 4.0])
    return Fn(lambda x: (x + c) * c), (r(2, 4),)


@case("export_constant_attr_shared",
      "torch.export: plain tensor attribute (lifted constant) used by two ops, frozen import",
      group="failure")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.c = r(4)

        def forward(self, x):
            return (x + self.c) * self.c
    return M(), (r(2, 4),)


@case("export_as_strided",
      "x.as_strided(...) in an exported graph: importer rewrites to index.Tensor with synthetic get_attr buffers",
      group="failure")
def _():
    return Fn(lambda x: x.as_strided((2, 2), (1, 2)) + 1), (r(4, 4),)


@case("fx_trace_nometa",
      "symbolic_trace graph with aten overloads but no ShapeProp meta: NameError 'sparsity' / Could not deduce type?",
      group="failure", path="stateless_fx_import:fx_trace_nometa")
def _():
    return Fn(lambda x: torch.ops.aten.relu.default(x)), (r(4),)


@case("fx_trace_call_module",
      "symbolic_trace graph with call_module nodes (nn.Linear, nn.ReLU) imported with stateless_fx_import",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return nn.Sequential(nn.Linear(4, 4), nn.ReLU()), (r(2, 4),)


@case("fx_trace_call_method",
      "symbolic_trace graph with call_method nodes (x.relu(), x.view) imported with stateless_fx_import",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return Fn(lambda x: x.relu().view(-1)), (r(2, 4),)


@case("fx_trace_call_function_torch",
      "symbolic_trace graph with torch.add / F.relu call_function targets (not OpOverloads)",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return Fn(lambda x: F.relu(torch.add(x, 1))), (r(2, 4),)


@case("custom_op_torch_library", "torch.library custom op corpus::scaled_tanh -> torch.operator fallback",
      group="failure")
def _():
    return Fn(lambda x: torch.ops.corpus.scaled_tanh(x, 2.0)), (r(2, 4),)


def _unreg(name, fn, shape, what):
    @case(name, f"op with no registered torch-mlir op after decomposition ({what}) -> torch.operator", group="failure")
    def _():
        return Fn(fn), (r(*shape),)


_unreg("unregistered_aten_lgamma", lambda x: torch.lgamma(x), (2, 4), "aten.lgamma")
_unreg("unregistered_aten_special_bessel_j0", lambda x: torch.special.bessel_j0(x), (2, 4), "aten.special_bessel_j0")
_unreg("unregistered_aten_hypot", lambda x: torch.hypot(x, x + 1), (2, 4), "aten.hypot")
_unreg("unregistered_aten_cummax", lambda x: torch.cummax(x, 1)[0], (2, 4), "aten.cummax, multi-result")
_unreg("unregistered_aten_median_dim", lambda x: x.median(1)[0], (2, 4), "aten.median.dim, multi-result")
_unreg("unregistered_aten_cdist", lambda x: torch.cdist(x, x), (2, 4), "aten._cdist_forward")


@case("fliplr_decomposes", "torch.fliplr: decomposes to aten.flip before import (registered op)", group="failure")
def _():
    return Fn(lambda x: torch.fliplr(x)), (r(2, 4),)


@case("hop_cond", "torch.cond higher-order op (unsupported HOP in the importer?)", group="failure")
def _():
    def f(x):
        return torch.cond(x.sum() > 0, lambda t: t.sin(), lambda t: t.cos(), (x,))
    return Fn(f), (r(2, 4),)


@case("hop_while_loop", "torch while_loop higher-order op (one of the supported HOPs)", group="failure")
def _():
    from torch._higher_order_ops.while_loop import while_loop

    def f(i, x):
        return while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, x * 2), (i, x))
    return Fn(f), (torch.tensor(0), r(2, 4))


def _dtype_case(name, purpose, fn, inputs):
    @case(name, purpose, group="failure")
    def _():
        return Fn(fn), inputs()


_dtype_case("dtype_uint16_input", "uint16 tensor input (dtype not in the importer's tables)",
            lambda x: x + x, lambda: (torch.arange(8).to(torch.uint16),))
_dtype_case("dtype_uint32_input", "uint32 tensor input (dtype not in the importer's tables)",
            lambda x: x + x, lambda: (torch.arange(8).to(torch.uint32),))
_dtype_case("dtype_uint16_literal", "dtype literal torch.uint16 in x.to(torch.uint16)",
            lambda x: x.to(torch.uint16), lambda: (torch.arange(8, dtype=torch.int32),))
_dtype_case("dtype_complex128_literal", "dtype literal torch.complex128 in x.to(torch.complex128)",
            lambda x: x.to(torch.complex128).abs(), lambda: (r(4),))
_dtype_case("dtype_complex64_literal", "dtype literal torch.complex64 (int code 9 vs importer table 10?)",
            lambda x: x.to(torch.complex64).abs(), lambda: (r(4),))
_dtype_case("dtype_complex128_input", "complex128 tensor input",
            lambda x: (x * x).real, lambda: (torch.randn(4, dtype=torch.complex128),))
_dtype_case("dtype_float64_input", "control: float64 input", lambda x: x * 2, lambda: (torch.randn(4, dtype=torch.float64),))
_dtype_case("dtype_bfloat16_input", "bfloat16 input (no constant, so no ml_dtypes needed)",
            lambda x: x * 2, lambda: (torch.randn(4, dtype=torch.bfloat16),))


@case("dtype_complex_constant", "complex64 constant tensor attribute (literal via numpy)", group="failure")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("c", torch.tensor([1 + 2j, 3 - 1j, 0.5j, 2.0], dtype=torch.complex64))

        def forward(self, x):
            return (x.to(torch.complex64) * self.c).real
    return M(), (r(4),)


@case("dtype_bfloat16_constant", "bfloat16 parameter (literal needs ml_dtypes, not installed)", group="failure")
def _():
    m = nn.Linear(4, 4, bias=False).to(torch.bfloat16)
    return m, (torch.randn(2, 4, dtype=torch.bfloat16),)


@case("dtype_uint16_constant", "uint16 constant buffer (literal of an unsupported dtype)", group="failure")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("c", torch.arange(4).to(torch.uint16))

        def forward(self, x):
            return x + self.c.to(torch.float32)
    return M(), (r(4),)


@case("dyn_batch_linear", "dynamic batch dim via torch.export.Dim on a Linear model", group="failure",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("batch", min=2, max=64)},))
def _():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)), (r(3, 4),)


@case("dyn_view_minus1", "x.view(-1) with a dynamic batch dim", group="failure",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("batch", min=2, max=64)},))
def _():
    return Fn(lambda x: x.view(-1) * 2), (r(3, 4),)


@case("dyn_view_batch_minus1", "x.view(x.shape[0], -1) with a dynamic batch dim (sym_size in the list)", group="failure",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("batch", min=2, max=64)},))
def _():
    return Fn(lambda x: x.view(x.shape[0], -1) + 1), (r(3, 2, 2),)


@case("view_minus1_static", "control: x.view(-1) with static shapes", group="failure")
def _():
    return Fn(lambda x: x.view(-1) * 2), (r(3, 4),)


@case("dyn_symint_output", "return x.shape[0] * 2 (a SymInt user output) with a dynamic batch dim", group="failure",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("batch", min=2, max=64)},))
def _():
    return Fn(lambda x: (x + 1, x.shape[0] * 2)), (r(3, 4),)


@case("dyn_floordiv_shape", "dynamic batch with x.shape[0] // 2 in a view (FloorDiv symbolic expression)", group="failure",
      dynamic_shapes=lambda inputs: ({0: torch.export.Dim("b", min=1, max=32) * 2},))
def _():
    return Fn(lambda x: x.reshape(x.shape[0] // 2, -1)), (r(4, 3),)


@case("param_in_list_cat", "parameter placed directly in a list argument: torch.cat([x, self.weight]), frozen import",
      group="failure")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.weight = nn.Parameter(r(2, 4))

        def forward(self, x):
            return torch.cat([x, self.weight])
    return M(), (r(3, 4),)


@case("buffers_in_list_stack", "two buffers directly in a list: torch.stack([self.a, self.b]) + x, frozen import",
      group="failure")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("a", r(4))
            self.register_buffer("b", r(4))

        def forward(self, x):
            return torch.stack([self.a, self.b]) + x
    return M(), (r(2, 4),)


@case("bool_in_int_list", "bool literal in an int[] argument: x.permute([True, False])", group="failure")
def _():
    return Fn(lambda x: x.permute([True, False]) + 0), (r(2, 3),)


@case("bool_in_int_list_fx_trace",
      "bool literal in an int[] argument of aten.sum.dim_IntList (symbolic_trace, stateless_fx_import)",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return Fn(lambda x: torch.ops.aten.sum.dim_IntList(x, [True])), (r(2, 3),)


@case("int_in_float_list", "int literals where float[] goes: aten.upsample_nearest2d.vec(x, None, [2, 2])",
      group="failure")
def _():
    return Fn(lambda x: torch.ops.aten.upsample_nearest2d.vec(x, None, [2, 2])), (r(1, 1, 2, 2),)


@case("int_in_float_list_fx_trace",
      "int literals where float[] goes: upsample_nearest2d.vec(x, None, [2, 2]) (symbolic_trace, stateless_fx_import)",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return Fn(lambda x: torch.ops.aten.upsample_nearest2d.vec(x, None, [2, 2])), (r(1, 1, 2, 2),)


@case("tuple_for_list_fx_trace",
      "python tuple where int[] goes: aten.sum.dim_IntList(x, (0, 1)) (symbolic_trace keeps the tuple)",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return Fn(lambda x: torch.ops.aten.sum.dim_IntList(x, (0, 1))), (r(2, 3),)


@case("tuple_for_list_export", "python tuple where int[] goes, through torch.export (normalised to a list?)",
      group="failure")
def _():
    return Fn(lambda x: torch.ops.aten.sum.dim_IntList(x, (0, 1))), (r(2, 3),)


@case("bare_int_for_int_list_fx_trace",
      "bare int where int[2] goes: aten.max_pool2d.default(x, 2) (symbolic_trace, stateless_fx_import)",
      group="failure", path="stateless_fx_import:fx_trace")
def _():
    return Fn(lambda x: torch.ops.aten.max_pool2d.default(x, 2)), (r(1, 1, 4, 4),)


@case("empty_stride_explicit", "explicit stride=[]: torch.ops.aten.max_pool2d(x, kernel_size=2, stride=[])",
      group="failure")
def _():
    return Fn(lambda x: torch.ops.aten.max_pool2d(x, kernel_size=[2, 2], stride=[])), (r(1, 1, 4, 4),)


def _multi_result_direct(model, inputs):
    from torch.fx.experimental.proxy_tensor import make_fx
    gm = make_fx(model)(*inputs)
    for n in list(gm.graph.nodes):
        if n.op == "call_function" and n.target is torch.ops.aten.max.dim:
            for u in list(n.users):
                if u.target.__name__ == "getitem" and u.args[1] == 0:
                    u.replace_all_uses_with(n)
                    gm.graph.erase_node(u)
    gm.recompile()
    return gm


@case("multi_result_used_directly",
      "make_fx graph edited so multi-result aten.max.dim is used directly (getitem removed) by relu: 'Attempt to de-reference a multi-result node'?",
      group="failure", path="stateless_fx_import:custom", graph_fn=_multi_result_direct)
def _():
    return Fn(lambda x: torch.ops.aten.relu.default(torch.ops.aten.max.dim(x, 1)[0])), (r(2, 4),)


@case("index_none_idx", "x[:, idx]: aten.index.Tensor with [None, idx] (Tensor?[] with None)", group="failure")
def _():
    return Fn(lambda x, i: x[:, i]), (r(3, 4), torch.tensor([0, 2]))


@case("mha_need_weights_false", "nn.MultiheadAttention(need_weights=False): None user output", group="failure")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.mha = nn.MultiheadAttention(8, 2, batch_first=True)

        def forward(self, x):
            return self.mha(x, x, x, need_weights=False)
    return M().eval(), (r(1, 3, 8),)


@case("batchnorm_train_mutation", "BatchNorm2d in train mode (buffer mutation) via experimental_support_mutation",
      group="failure", path="export_and_import:mutable")
def _():
    return nn.Sequential(nn.Conv2d(2, 2, 1), nn.BatchNorm2d(2)).train(), (r(2, 2, 3, 3),)


@case("batchnorm_train_frozen", "BatchNorm2d in train mode (buffer mutation) via the default frozen import",
      group="failure")
def _():
    return nn.Sequential(nn.Conv2d(2, 2, 1), nn.BatchNorm2d(2)).train(), (r(2, 2, 3, 3),)


@case("input_mutation_mutable", "in-place x.add_(1) on a user input via experimental_support_mutation",
      group="failure", path="export_and_import:mutable")
def _():
    def f(x):
        x.add_(1)
        return x * 2
    return Fn(f), (r(4),)


@case("split_chunks", "torch.split / chunk (list-returning op, as_strided concern)", group="failure")
def _():
    return Fn(lambda x: torch.cat([c * (i + 1) for i, c in enumerate(torch.split(x, 2, dim=1))], 1)), (r(2, 6),)


@case("sdpa", "F.scaled_dot_product_attention (decomposed by the default table)", group="failure")
def _():
    return Fn(lambda q, k, v: F.scaled_dot_product_attention(q, k, v)), (r(1, 2, 3, 4), r(1, 2, 3, 4), r(1, 2, 3, 4))


# ===========================================================================
# 3. Ordinary models that should import cleanly
# ===========================================================================
@case("mlp", "two-layer MLP with ReLU")
def _():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)), (r(2, 4),)


@case("cnn_bn_eval", "small CNN: conv + BatchNorm (eval) + ReLU + max_pool + linear head")
def _():
    m = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
                      nn.Flatten(), nn.Linear(4 * 2 * 2, 3))
    return m.eval(), (r(1, 1, 4, 4),)


@case("mha_module", "nn.MultiheadAttention self-attention (eval), need_weights default")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.mha = nn.MultiheadAttention(8, 2, batch_first=True)

        def forward(self, x):
            return self.mha(x, x, x)[0]
    return M().eval(), (r(1, 3, 8),)


@case("attention_handwritten", "hand-written single-head attention: q/k/v linears, softmax(QK^T/sqrt(d))V")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.q, self.k, self.v = nn.Linear(4, 4), nn.Linear(4, 4), nn.Linear(4, 4)

        def forward(self, x):
            q, k, v = self.q(x), self.k(x), self.v(x)
            a = torch.softmax(q @ k.transpose(-2, -1) / 2.0, dim=-1)
            return a @ v
    return M(), (r(1, 3, 4),)


@case("layernorm", "nn.LayerNorm over the last dim")
def _():
    return nn.LayerNorm(4), (r(2, 3, 4),)


@case("embedding_meanpool_classifier", "Embedding + mean-pool + Linear text classifier")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(10, 4)
            self.fc = nn.Linear(4, 2)

        def forward(self, ids):
            return self.fc(self.emb(ids).mean(1))
    return M(), (torch.tensor([[1, 2, 3], [4, 5, 6]]),)


@case("residual_block", "conv-BN-ReLU residual block with skip add (eval)")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.c1 = nn.Conv2d(2, 2, 3, padding=1)
            self.b1 = nn.BatchNorm2d(2)
            self.c2 = nn.Conv2d(2, 2, 3, padding=1)

        def forward(self, x):
            return F.relu(x + self.c2(F.relu(self.b1(self.c1(x)))))
    return M().eval(), (r(1, 2, 4, 4),)


@case("conv1d_sequence_model", "GRU-free sequence model: Conv1d + GELU + global max over time")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.c = nn.Conv1d(4, 4, 3, padding=1)

        def forward(self, x):
            return F.gelu(self.c(x)).amax(-1)
    return M(), (r(1, 4, 6),)


@case("depthwise_conv", "depthwise Conv2d (groups == channels) + pointwise conv")
def _():
    return nn.Sequential(nn.Conv2d(4, 4, 3, padding=1, groups=4), nn.Conv2d(4, 2, 1)), (r(1, 4, 4, 4),)


@case("conv_transpose2d", "ConvTranspose2d stride 2")
def _():
    return nn.ConvTranspose2d(2, 2, 2, stride=2), (r(1, 2, 3, 3),)


@case("gelu_block", "Linear + GELU(tanh) + Linear")
def _():
    return nn.Sequential(nn.Linear(4, 8), nn.GELU(approximate="tanh"), nn.Linear(8, 4)), (r(2, 4),)


@case("silu_block", "Linear + SiLU gated (SwiGLU-like) block")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.a, self.b = nn.Linear(4, 4), nn.Linear(4, 4)

        def forward(self, x):
            return F.silu(self.a(x)) * self.b(x)
    return M(), (r(2, 4),)


@case("softmax_logsumexp", "softmax, log_softmax and logsumexp")
def _():
    return Fn(lambda x: (torch.softmax(x, -1), F.log_softmax(x, 0), torch.logsumexp(x, 1))), (r(2, 4),)


@case("matmul_chain", "matmul chain x @ a @ b with bmm")
def _():
    return Fn(lambda x, a, b: torch.bmm(x @ a, b)), (r(2, 3, 4), r(4, 4), r(2, 4, 2))


@case("reductions", "sum/mean/amax/amin/var/std/prod/argmax reductions")
def _():
    return Fn(lambda x: (x.sum(1), x.mean(), x.amax(0), x.amin(1, keepdim=True), x.var(1), x.std(0),
                         x.prod(1), x.argmax(1))), (r(3, 4),)


@case("cat_stack_activations", "concatenation and stack of activations")
def _():
    return Fn(lambda x: torch.cat([x.relu(), x.sigmoid(), torch.stack([x.tanh(), x], 0).sum(0)], 1)), (r(2, 3),)


@case("interpolate_nearest", "F.interpolate(scale_factor=2, mode='nearest')")
def _():
    return Fn(lambda x: F.interpolate(x, scale_factor=2, mode="nearest")), (r(1, 1, 2, 2),)


@case("max_pool2d_explicit_stride", "F.max_pool2d with explicit stride and padding")
def _():
    return Fn(lambda x: F.max_pool2d(x, 3, stride=2, padding=1)), (r(1, 2, 4, 4),)


@case("avg_pool2d_explicit_stride", "F.avg_pool2d with explicit stride")
def _():
    return Fn(lambda x: F.avg_pool2d(x, 2, stride=1)), (r(1, 2, 4, 4),)


@case("maxpool2d_module", "nn.MaxPool2d(2) (module sets stride = kernel_size)")
def _():
    return nn.MaxPool2d(2), (r(1, 2, 4, 4),)


@case("adaptive_avg_pool", "nn.AdaptiveAvgPool2d((1, 1)) global pool")
def _():
    return nn.AdaptiveAvgPool2d((1, 1)), (r(1, 2, 4, 4),)


@case("dropout_eval", "Dropout in eval mode (removed)")
def _():
    return nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5)).eval(), (r(2, 4),)


@case("einsum", "einsum bilinear contraction")
def _():
    return Fn(lambda a, b: torch.einsum("bij,bjk->bik", a, b)), (r(2, 3, 4), r(2, 4, 2))


@case("gather", "torch.gather along dim 1")
def _():
    return Fn(lambda x, i: torch.gather(x, 1, i)), (r(2, 4), torch.tensor([[0, 1], [3, 2]]))


@case("index_select", "torch.index_select along dim 0")
def _():
    return Fn(lambda x, i: torch.index_select(x, 0, i)), (r(4, 3), torch.tensor([2, 0]))


@case("where", "torch.where with a comparison mask")
def _():
    return Fn(lambda x: torch.where(x > 0, x, x * 0.1)), (r(2, 4),)


@case("masked_fill", "masked_fill with a causal mask built from triu")
def _():
    def f(x):
        mask = torch.ones(3, 3, dtype=torch.bool).triu(1)
        return x.masked_fill(mask, float("-inf")).softmax(-1)
    return Fn(f), (r(1, 3, 3),)


@case("cumsum", "torch.cumsum along dim 1")
def _():
    return Fn(lambda x: torch.cumsum(x, 1)), (r(2, 4),)


@case("topk", "torch.topk k=2 (values and indices)")
def _():
    return Fn(lambda x: torch.topk(x, 2)), (r(2, 5),)


@case("sort", "torch.sort descending (values and indices)")
def _():
    return Fn(lambda x: torch.sort(x, descending=True)), (r(2, 5),)


@case("layer_with_buffers", "module with a registered buffer (running scale) used in forward")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(4, 4)
            self.register_buffer("scale", torch.full((4,), 0.5))

        def forward(self, x):
            return self.fc(x) * self.scale
    return M(), (r(2, 4),)


@case("groupnorm", "nn.GroupNorm(2, 4)")
def _():
    return nn.GroupNorm(2, 4), (r(1, 4, 2, 2),)


@case("pad_reflect_constant", "F.pad constant and reflect modes")
def _():
    return Fn(lambda x: (F.pad(x, (1, 1)), F.pad(x, (1, 1, 1, 1), mode="reflect"))), (r(1, 1, 3, 3),)


@case("permute_transpose_flatten", "permute / transpose / flatten / reshape / contiguous")
def _():
    return Fn(lambda x: x.permute(0, 2, 1).transpose(1, 2).contiguous().flatten(1).reshape(2, -1)), (r(2, 3, 4),)


@case("expand_repeat", "expand, repeat and unsqueeze broadcasting")
def _():
    return Fn(lambda x: x.unsqueeze(0).expand(2, 3).repeat(1, 2)), (r(3),)


@case("clamp_hardtanh_leaky", "clamp, hardtanh, leaky_relu, elu")
def _():
    return Fn(lambda x: F.elu(F.leaky_relu(F.hardtanh(x.clamp(-2, 2)), 0.1))), (r(2, 4),)


@case("transformer_encoder_layer", "nn.TransformerEncoderLayer (d_model=8, nhead=2, ff=8) in eval")
def _():
    layer = nn.TransformerEncoderLayer(8, 2, dim_feedforward=8, dropout=0.0, batch_first=True)
    return layer.eval(), (r(1, 3, 8),)


@case("rmsnorm_hand", "hand-written RMSNorm with rsqrt and a weight")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.w = nn.Parameter(torch.ones(4))

        def forward(self, x):
            return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * self.w
    return M(), (r(2, 4),)


@case("positional_arange", "arange-based positional embedding added to input")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.pos = nn.Embedding(8, 4)

        def forward(self, x):
            return x + self.pos(torch.arange(x.shape[1]))
    return M(), (r(1, 3, 4),)


@case("pixel_shuffle", "nn.PixelShuffle(2) after a conv")
def _():
    return nn.Sequential(nn.Conv2d(1, 4, 1), nn.PixelShuffle(2)), (r(1, 1, 2, 2),)


@case("one_hot_linear", "F.one_hot(num_classes=4).float() + Linear")
def _():
    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(4, 2)

        def forward(self, i):
            return self.fc(F.one_hot(i, 4).float())
    return M(), (torch.tensor([0, 3, 1]),)


@case("conv3d_small", "Conv3d with padding")
def _():
    return nn.Conv3d(1, 2, 3, padding=1), (r(1, 1, 2, 3, 3),)


@case("mlp_aot_stateless", "control: MLP via aot_autograd forward graph + stateless_fx_import",
      path="stateless_fx_import:aot")
def _():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)), (r(2, 4),)


@case("aten_ops_fx_trace", "control: symbolic_trace graph of explicit aten OpOverload calls + ShapeProp, stateless_fx_import",
      path="stateless_fx_import:fx_trace")
def _():
    return Fn(lambda x, y: torch.ops.aten.mul.Tensor(torch.ops.aten.relu.default(x), y)), (r(2, 4), r(2, 4))
