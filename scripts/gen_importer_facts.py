#!/usr/bin/env python3
"""Facts about torch-mlir's FX importer that the rules use, read from the installed packages and
proved by running tiny real programs through the importer. Writes server/data/importer_facts.json.

* ``higher_order_ops``: every higher-order op PyTorch registers, whether the importer has an
  ``_import_hop_<name>`` handler for it (introspected on ``GraphNodeImporter``), and for the ones
  users meet, a probe: a tiny program exported with ``torch.export``, decomposed with torch-mlir's
  default table and imported with ``import_frozen_program`` (the ``export_and_import`` path). The
  probe records whether the op is still in the graph after decomposition and the importer's real
  message.
* ``symbolic_builtins``: the importer's Python-builtin -> torch op table for SymInt arithmetic
  (``PY_BUILTIN_TO_TORCH_OP``), and ``symbolic_torch_ops`` (``sym_size.int`` -> ``aten.size.int``).
* ``node_canonicalizations``: the ops the importer rewrites or drops before emitting them.
* ``dtypes``: which torch dtypes have an MLIR element type, a dtype-literal code and a numpy type
  for literal tensors in the importer's tables.
* ``nonpersistent_buffer_import``: a module with a ``persistent=False`` buffer imported by both
  entry points of ``export_and_import`` (frozen, and ``experimental_support_mutation=True``).
* ``nonpersistent_buffer_names``: buffer names that ``transformers`` registers with
  ``persistent=False`` far more often than with ``persistent=True`` (read from its modeling source
  with ``ast``), so a graph-only dump can say which ``b_*`` placeholders are probably such buffers.

Usage: /work/venv/bin/python scripts/gen_importer_facts.py [--out PATH] [--date YYYY-MM-DD]
"""
# No `from __future__ import annotations`: torch.library.custom_op reads the probe's annotations.
import argparse
import ast
import collections
import datetime
import importlib.metadata
import inspect
import json
import os
import sys
import traceback
import warnings

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "server", "data", "importer_facts.json")
GENERATOR = "scripts/gen_importer_facts.py"

# The higher-order ops users report (issue 11 §3); each gets a real probe below.
PROBED_HOPS = [
    "cond", "while_loop", "map", "scan", "associative_scan", "with_effects", "auto_functionalized",
    "auto_functionalized_v2", "invoke_subgraph", "wrap_with_set_grad_enabled", "wrap_with_autocast",
    "flex_attention",
]

# A name counts as "usually non-persistent" when transformers registers it so in at least this many
# places and with persistent=True in at most this share of its registrations.
MIN_NONPERSISTENT = 5
MAX_PERSISTENT_SHARE = 0.1


def _programs():
    """name -> (module, args) building a tiny program whose export contains that HOP."""
    import torch
    import torch.nn as nn

    class F(nn.Module):
        def __init__(self, fn):
            super().__init__()
            self.fn = fn

        def forward(self, *args):
            return self.fn(*args)

    x = torch.randn(3, 4)
    progs = {}

    progs["cond"] = lambda: (F(lambda x: torch.cond(x.sum() > 0, lambda t: t.sin(), lambda t: t.cos(), (x,))), (x,))

    def while_loop():
        from torch._higher_order_ops.while_loop import while_loop as wl
        return F(lambda i, x: wl(lambda i, x: i < 3, lambda i, x: (i + 1, x * 2), (i, x))), (torch.tensor(0), x)
    progs["while_loop"] = while_loop

    def map_():
        from torch._higher_order_ops.map import map as hop_map
        return F(lambda xs, y: hop_map(lambda a, b: a * b, xs, y)), (x, torch.randn(4))
    progs["map"] = map_

    def scan():
        from torch._higher_order_ops.scan import scan as hop_scan

        def step(c, v):
            n = c + v
            return n, n.clone()
        return F(lambda init, xs: hop_scan(step, init, xs)), (torch.zeros(4), x)
    progs["scan"] = scan

    def associative_scan():
        from torch._higher_order_ops.associative_scan import associative_scan as ascan
        return F(lambda xs: ascan(lambda a, b: a + b, xs, 0, combine_mode="generic")), (x,)
    progs["associative_scan"] = associative_scan

    def with_effects():
        return F(lambda x: (torch.ops.aten._print("probe"), x + 1)[1]), (x,)
    progs["with_effects"] = with_effects

    def mutating_custom_op():
        @torch.library.custom_op("importer_facts::add_one_", mutates_args=("t",))
        def add_one_(t: torch.Tensor) -> None:
            t.add_(1)

        @add_one_.register_fake
        def _(t):
            return None

        def f(x):
            y = x.clone()
            torch.ops.importer_facts.add_one_(y)
            return y
        return F(f), (x,)
    progs["auto_functionalized"] = mutating_custom_op
    progs["auto_functionalized_v2"] = mutating_custom_op

    def invoke_subgraph():
        @torch.compiler.nested_compile_region
        def block(t):
            return t.sin() * 2

        return F(lambda x: block(x) + block(x + 1)), (x,)
    progs["invoke_subgraph"] = invoke_subgraph

    def set_grad():
        class M(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 4)

            def forward(self, x):
                with torch.no_grad():
                    y = self.fc(x)
                return y + x
        return M().train(), (x,)
    progs["wrap_with_set_grad_enabled"] = set_grad

    def autocast():
        def f(x):
            with torch.autocast("cpu", dtype=torch.bfloat16):
                y = x @ x.t()
            return y.float()
        return F(f), (x,)
    progs["wrap_with_autocast"] = autocast

    def flex():
        from torch.nn.attention.flex_attention import flex_attention
        q = torch.randn(1, 2, 8, 4)
        return F(lambda q, k, v: flex_attention(q, k, v)), (q, q.clone(), q.clone())
    progs["flex_attention"] = flex
    return progs


def _hops_in(gm) -> "set[str]":
    from torch._ops import HigherOrderOperator
    out = set()
    for mod in gm.modules():
        g = getattr(mod, "graph", None)
        if g is None:
            continue
        for n in g.nodes:
            if n.op == "call_function" and isinstance(n.target, HigherOrderOperator):
                out.add(n.target.name())
    return out


def _first_line(e: BaseException) -> str:
    return (str(e).split("\n")[0])[:300]


def probe_hop(name: str, build) -> dict:
    import torch
    from torch_mlir import ir
    from torch_mlir.dialects import torch as torch_d
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table
    from torch_mlir.extras.fx_importer import FxImporter

    torch.manual_seed(0)
    out: dict = {}
    try:
        mod, args = build()
        ep = torch.export.export(mod, args)
    except Exception as e:  # the program does not export in this torch: say so
        return {"exported": False, "export_error": f"{type(e).__name__}: {_first_line(e)}"}
    out["in_export"] = name in _hops_in(ep.graph_module)
    out["hops_in_export"] = sorted(_hops_in(ep.graph_module))
    try:
        dec = ep.run_decompositions(get_decomposition_table())
    except Exception as e:
        out["decompose_error"] = f"{type(e).__name__}: {_first_line(e)}"
        return out
    out["after_decomposition"] = name in _hops_in(dec.graph_module)
    out["hops_after_decomposition"] = sorted(_hops_in(dec.graph_module))
    ctx = ir.Context()
    torch_d.register_dialect(ctx)
    try:
        FxImporter(context=ctx).import_frozen_program(dec)
        out["import"] = "ok"
    except Exception as e:
        out["import"] = f"{type(e).__name__}: {_first_line(e)}"
    return out


def hop_facts() -> dict:
    import torch
    from torch._ops import _higher_order_ops
    from torch_mlir.extras.fx_importer import GraphNodeImporter

    handlers = sorted(n[len("_import_hop_"):] for n, _ in inspect.getmembers(GraphNodeImporter) if n.startswith("_import_hop_"))
    registered = sorted(_higher_order_ops.keys())
    progs = _programs()
    probes = {}
    for name in PROBED_HOPS:
        probes[name] = probe_hop(name, progs[name])
        print(f"  {name}: {probes[name]}", file=sys.stderr)
    hops = {}
    for name in sorted(set(registered) | set(PROBED_HOPS)):
        entry = {"handled": name in handlers, "registered_in_torch": name in _higher_order_ops}
        if name in probes:
            entry["probe"] = probes[name]
        hops[name] = entry
    return {"handlers": handlers, "ops": hops}


def nonpersistent_buffer_probe() -> dict:
    """A module with a persistent=False buffer through both entry points of export_and_import."""
    import torch
    import torch.nn as nn
    from torch_mlir import fx

    class M(nn.Module):
        def __init__(self):
            super().__init__()
            self.register_buffer("inv_freq", torch.arange(4.0), persistent=False)

        def forward(self, x):
            return x * self.inv_freq

    out = {}
    for label, mutable in (("export_and_import (import_frozen_program)", False), ("export_and_import(experimental_support_mutation=True) (import_program)", True)):
        try:
            fx.export_and_import(M(), torch.randn(2, 4), output_type="raw", experimental_support_mutation=mutable)
            out[label] = "ok"
        except Exception as e:
            out[label] = f"{type(e).__name__}: {_first_line(e)}"
    return out


def _target_name(t) -> str:
    """torch.ops.aten.size.int -> aten.size.int; an OpOverloadPacket -> aten.div."""
    import torch
    if isinstance(t, torch._ops.OpOverload):
        return f"{t.namespace}.{t._opname}.{t._overloadname}"
    if isinstance(t, torch._ops.OpOverloadPacket):
        return f"{t._qualified_op_name.replace('::', '.')}"
    return str(t)


def symbolic_facts() -> dict:
    from torch_mlir.extras import fx_importer as fi
    builtins = {k: _target_name(v) for k, v in sorted(fi.PY_BUILTIN_TO_TORCH_OP.items())}
    sym_ops = {}
    for k, v in fi.SYMBOLIC_OP_TO_TORCH_OP.items():
        key = _target_name(k[0]) + f"/{k[1]}" if isinstance(k, tuple) else _target_name(k)
        sym_ops[key] = _target_name(v)
    return {"py_builtin_to_torch_op": builtins, "symbolic_torch_ops": dict(sorted(sym_ops.items()))}


def canonicalization_facts() -> dict:
    import torch
    from torch_mlir.extras import fx_importer as fi
    out = {}
    for op, fn in fi.NODE_CANONICALIZE.items():
        # Run the canonicalizer on a bare node to see what it becomes (None = dropped).
        g = torch.fx.Graph()
        ph = g.placeholder("x")
        n = g.call_function(op, (ph,) + (() if op != torch.ops.aten._assert_async.msg else ("msg",)))
        n.meta["val"] = None
        try:
            res = fn(n)
            if res is None:
                became = None
            elif res is n or res.target == op:
                became = f"(kept for a bare node; depends on its users: {fn.__name__})"
            else:
                became = _target_name(res.target)
        except Exception as e:  # needs more context than a bare node: record the function only
            became = f"(depends on the node: {fn.__name__})"
        out[_target_name(op)] = became
    return dict(sorted(out.items()))


def dtype_facts() -> dict:
    import torch
    from torch_mlir.extras import fx_importer as fi
    names = sorted({str(d) for d in vars(torch).values() if isinstance(d, torch.dtype)})
    out = {}
    for name in names:
        d = getattr(torch, name.split(".")[1])
        aliases = sorted(f"torch.{a}" for a, v in vars(torch).items() if v is d and f"torch.{a}" != name)
        out[name] = {
            "aliases": aliases,
            "mlir_type": fi.TORCH_DTYPE_TO_MLIR_TYPE_ASM.get(d) or fi.OPTIONAL_TORCH_DTYPE_TO_MLIR_TYPE_ASM.get(d),
            "literal_code": fi.TORCH_DTYPE_TO_INT.get(d, fi.OPTIONAL_TORCH_DTYPE_TO_INT.get(d)),
            "numpy_literal": d in fi.TORCH_DTYPE_TO_NPY_TYPE,
        }
    return out


def nonpersistent_buffer_names() -> dict:
    try:
        import transformers
    except ImportError:
        return {"source": None, "names": {}}
    root = os.path.join(os.path.dirname(transformers.__file__), "models")
    nonpersistent = collections.Counter()
    persistent = collections.Counter()

    def persistent_kw(call: ast.Call):
        for k in call.keywords:
            if k.arg == "persistent" and isinstance(k.value, ast.Constant):
                return k.value.value
        return True

    for d, _, files in os.walk(root):
        for f in sorted(files):
            if not (f.startswith("modeling_") and f.endswith(".py")):
                continue
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                tree = ast.parse(fh.read())
            for n in ast.walk(tree):
                name = call = None
                if isinstance(n, ast.Call) and getattr(n.func, "attr", None) == "register_buffer" and n.args and isinstance(n.args[0], ast.Constant):
                    name, call = n.args[0].value, n
                elif (isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and isinstance(n.targets[0], ast.Attribute)
                      and getattr(n.value.func, "attr", getattr(n.value.func, "id", None)) == "Buffer"):
                    name, call = n.targets[0].attr, n.value
                if name is None:
                    continue
                (nonpersistent if persistent_kw(call) is False else persistent)[name] += 1
    names = {}
    for name, count in sorted(nonpersistent.items()):
        p = persistent.get(name, 0)
        if count >= MIN_NONPERSISTENT and p <= MAX_PERSISTENT_SHARE * (count + p):
            names[name] = {"nonpersistent": count, "persistent": p}
    return {"source": f"transformers {transformers.__version__} models/*/modeling_*.py", "names": names}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    a = ap.parse_args()
    warnings.filterwarnings("ignore")
    import torch
    facts = {
        "source": {
            "generator": GENERATOR,
            "generated": a.date,
            "torch": torch.__version__,
            "torch-mlir": importlib.metadata.version("torch-mlir"),
            "importer": "torch_mlir/extras/fx_importer.py (introspected, and probed with import_frozen_program)",
        },
        "higher_order_ops": hop_facts(),
        "symbolic": symbolic_facts(),
        "node_canonicalizations": canonicalization_facts(),
        "dtypes": dtype_facts(),
        "nonpersistent_buffer_names": nonpersistent_buffer_names(),
        "nonpersistent_buffer_import": nonpersistent_buffer_probe(),
    }
    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump(facts, fh, indent=1, sort_keys=True)
        fh.write("\n")
    hops = facts["higher_order_ops"]
    print(f"wrote {a.out}: {len(hops['ops'])} HOPs ({len(hops['handlers'])} handled: {', '.join(hops['handlers'])}), "
          f"{len(facts['symbolic']['py_builtin_to_torch_op'])} SymInt builtins, {len(facts['dtypes'])} dtypes, "
          f"{len(facts['nonpersistent_buffer_names']['names'])} non-persistent buffer names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
