#!/usr/bin/env python3
"""Generates server/data/decompositions.json: which graph the torch-mlir importer really sees.

From the real packages (torch 2.13.0, torch-mlir 20261001), never by hand:

* `removed`: op overloads that `torch_mlir.fx.export_and_import` takes out of a raw
  `torch.export` graph before the importer runs (`ep.run_decompositions(get_decomposition_table())`):
  the keys of torch-mlir's table, CompositeImplicitAutograd ops that export does not preserve under
  that table, and in-place ops that functionalization replaces. Each entry says how (`how`), whether
  a real run confirmed it (`verified`), what it became there (`into`, when a run showed it) and what
  the AOT / torch.compile path (aot_autograd graphs handed to stateless_fx_import) does with it
  (`aot`: `removed`, `kept`, or absent when not determined).
* `preserved_composite`: composite ops export keeps under torch-mlir's table (they reach the importer).
* `hops_removed`: higher-order ops that run_decompositions inlines (checked on small real models that
  then import).
* `emitted_names`: targets the importer emits under another torch-dialect name than
  `torch.<ns>.<name>[.<overload>]`, read from the MLIR of real imports (each FX node is tagged with a
  location naming it).

The OpInfo sweep runs in a worker subprocess that appends to a resumable cache; a probe that
crashes the worker is recorded as crashed and the worker restarts after it.
"""
import argparse
import datetime
import json
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROBE_TIMEOUT_S = 30


def versions():
    from importlib.metadata import version
    import torch
    return {"torch": torch.__version__, "torch_mlir": version("torch-mlir")}


def key_of(op):
    """`aten::fliplr.default` for an OpOverload."""
    ns, _, rest = op.name().partition("::")
    name, _, overload = rest.partition(".")
    return f"{ns}::{name}.{overload or 'default'}"


def target_key(target):
    import torch
    if isinstance(target, torch._ops.OpOverload):
        return key_of(target)
    if isinstance(target, torch._ops.HigherOrderOperator):
        return f"higher_order::{target.name()}"
    # Other callables as FX prints them (`operator.mul`, `torch._C._set_grad_enabled`).
    from torch.fx.node import _get_qualified_name
    try:
        name = _get_qualified_name(target)
    except Exception:  # noqa: BLE001
        name = str(target)
    return "operator." + name[len("_operator."):] if name.startswith("_operator.") else name


# ---------------------------------------------------------------------------------------------
# Importing with every FX node tagged, so each emitted op names the node it came from.

def tag_nodes(graph):
    for n in graph.nodes:
        n.meta["stack_trace"] = f'  File "fxnode:{n.name}", line 1, in probe\n'


AUXILIARY = ("torch.constant.", "torch.prim.ListConstruct", "torch.prim.TupleConstruct",
             "torch.vtensor.literal", "func.return", "torch.prim.Uninitialized")


def emitted_by_node(module):
    """node name -> the main op each tagged node emitted (the last non-auxiliary op at its location)."""
    import re
    out = {}

    def walk(op):
        for region in op.regions:
            for block in region.blocks:
                for inner in block.operations:
                    name = inner.operation.name
                    m = re.search(r'"fxnode:([^"]+)"', str(inner.location))
                    if m and not name.startswith(AUXILIARY):
                        if name == "torch.operator":
                            # The emitted name is the same; only its registration differs.
                            name = str(inner.attributes["name"]).strip('"')
                        out[m.group(1)] = name
                    walk(inner.operation)
    walk(getattr(module, "operation", module))
    return out


def import_tagged_program(ep):
    from torch_mlir import ir
    from torch_mlir.dialects import torch as torch_d
    from torch_mlir.extras.fx_importer import FxImporter
    ctx = ir.Context()
    torch_d.register_dialect(ctx)
    tag_nodes(ep.graph_module.graph)
    imp = FxImporter(context=ctx)
    imp.import_frozen_program(ep, func_name="main")
    return emitted_by_node(imp.module)


# ---------------------------------------------------------------------------------------------
# One probe: a module calling a function on fixed inputs, exported raw, decomposed with
# torch-mlir's table, imported, and run through aot_autograd.

class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def call_nodes(graph):
    return [n for n in graph.nodes if n.op == "call_function"]


def provenance_root(node, raw_names):
    """The raw-graph node a decomposed node came from (`from_node` chain), if recorded."""
    stack = list(node.meta.get("from_node") or [])
    while stack:
        src = stack.pop(0)
        if getattr(src, "name", None) in raw_names and getattr(src, "graph_id", None) is not None:
            return src.name
        stack.extend(getattr(src, "from_node", []) or [])
    return None


def probe(fn, tensors, dynamic=None, do_aot=True, do_import=True):
    import torch
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table

    class Probe(torch.nn.Module):
        def forward(self, *xs):
            return fn(*xs)

    res = {}
    ep_raw = torch.export.export(Probe(), tuple(tensors), dynamic_shapes=dynamic, strict=False)
    raw = {n.name: target_key(n.target) for n in call_nodes(ep_raw.graph)}
    res["raw"] = raw
    res["users"] = {n.name: sorted(u.name for u in n.users) for n in call_nodes(ep_raw.graph)}
    ep = ep_raw.run_decompositions(get_decomposition_table())
    dec = []
    for n in call_nodes(ep.graph):
        dec.append([n.name, target_key(n.target), provenance_root(n, raw)])
    res["decomposed"] = dec
    if do_import:
        try:
            got = import_tagged_program(ep)
            # A node with no op at its location was dropped by the importer (None).
            res["emitted"] = {d[0]: got.get(d[0]) for d in dec}
            res["emitted_targets"] = {d[0]: d[1] for d in dec}
        except Exception as e:  # noqa: BLE001 - an import failure is data, not a generator error
            res["import_error"] = f"{type(e).__name__}: {str(e)[:200]}"
    if do_aot:
        from functorch.compile import aot_function
        graphs = []

        def capture(gm, example_inputs):
            graphs.append(gm)
            return gm.forward
        try:
            with torch.no_grad():
                aot_function(fn, fw_compiler=capture)(*tensors)
            res["aot"] = sorted({target_key(n.target) for g in graphs for n in call_nodes(g.graph)})
            if do_import and graphs:
                # The AOT graph as stateless_fx_import receives it: the names it emits there.
                from torch_mlir import fx
                gm = graphs[0]
                tag_nodes(gm.graph)
                nodes = {n.name: target_key(n.target) for n in call_nodes(gm.graph)}
                try:
                    got = emitted_by_node(fx.stateless_fx_import(gm, output_type="raw").operation)
                    res["aot_emitted"] = {name: got.get(name) for name in nodes}
                    res["aot_emitted_targets"] = nodes
                except Exception as e:  # noqa: BLE001
                    res["aot_import_error"] = f"{type(e).__name__}: {str(e)[:200]}"
        except Exception as e:  # noqa: BLE001
            res["aot_error"] = f"{type(e).__name__}: {str(e)[:200]}"
    return res


# ---------------------------------------------------------------------------------------------
# The OpInfo sweep (worker process).

def opinfo_probes(max_samples):
    import torch
    from torch.testing._internal.common_methods_invocations import op_db
    from torch.utils._pytree import tree_flatten, tree_unflatten
    for info in op_db:
        pid = f"{info.name}.{info.variant_test_name}" if info.variant_test_name else info.name
        try:
            if torch.float32 not in info.supported_dtypes("cpu"):
                continue
        except Exception:  # noqa: BLE001
            continue
        for i in range(max_samples):
            yield f"{pid}#{i}", info, i


def make_call(info, sample):
    import torch
    from torch.utils._pytree import tree_flatten, tree_unflatten
    leaves, spec = tree_flatten((sample.input, sample.args, sample.kwargs))
    idx = [j for j, x in enumerate(leaves) if isinstance(x, torch.Tensor)]
    tensors = [leaves[j].detach().clone() for j in idx]

    def fn(*xs):
        ls = list(leaves)
        for j, x in zip(idx, xs):
            ls[j] = x
        inp, args, kwargs = tree_unflatten(ls, spec)
        return info.op(inp, *args, **kwargs)
    return fn, tensors


def worker(cache_path, max_samples, budget_s):
    import warnings
    warnings.filterwarnings("ignore")
    import torch
    torch.manual_seed(0)
    done = set()
    started = None
    if os.path.exists(cache_path):
        with open(cache_path) as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if rec.get("start"):
                    started = rec["id"]
                else:
                    done.add(rec["id"])
                    if rec["id"] == started:
                        started = None
    out = open(cache_path, "a")
    if started is not None and started not in done:
        # The previous worker died inside this probe (a crash, not an exception).
        out.write(json.dumps({"id": started, "crashed": True}) + "\n")
        out.flush()
        done.add(started)
    signal.signal(signal.SIGALRM, _alarm)
    t0 = time.time()
    samples_cache = {}
    for pid, info, i in opinfo_probes(max_samples):
        if pid in done:
            continue
        if time.time() - t0 > budget_s:
            break
        out.write(json.dumps({"id": pid, "start": True}) + "\n")
        out.flush()
        rec = {"id": pid}
        try:
            signal.alarm(PROBE_TIMEOUT_S)
            key = info.name + "." + info.variant_test_name
            if key not in samples_cache:
                torch.manual_seed(0)
                samples_cache = {key: list(info.sample_inputs("cpu", torch.float32, requires_grad=False))}
            samples = samples_cache[key]
            if i >= len(samples):
                rec["skip"] = "no such sample"
            else:
                fn, tensors = make_call(info, samples[i])
                rec.update(probe(fn, tensors))
        except Timeout:
            rec["error"] = "timeout"
        except Exception as e:  # noqa: BLE001 - a probe that PyTorch refuses is recorded and skipped
            rec["error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''}"
        finally:
            signal.alarm(0)
        out.write(json.dumps(rec) + "\n")
        out.flush()
    out.close()


# ---------------------------------------------------------------------------------------------
# Small real models: higher-order wrappers and symbolic-int builtins.

def model_probes():
    import torch
    Dim = torch.export.Dim

    def no_grad_block(x):
        with torch.no_grad():
            y = torch.sin(x)
        return y + 1

    def enable_grad_block(x):
        with torch.enable_grad():
            y = torch.cos(x)
        return y * 2

    def autocast_off(x):
        with torch.autocast("cpu", enabled=False):
            y = torch.tanh(x.float())
        return y - 1

    def autocast_bf16(x):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            y = x @ x.t()
        return y.float()

    def sym_ints(x):
        b = x.size(0)
        n = x.numel()
        s = x.stride(0)
        o = x.storage_offset()
        return (x.reshape(b * 2 // 2, -1) + b + (n - s) + o - (b % 3)).sum(0, keepdim=True) * (-b)

    def sym_floats(x):
        b = x.size(0)
        return x * (b / 2) + (b / 3 - 1.5) * (1.5 + b)

    def sym_compare(x):
        b = x.size(0)
        torch._check(b >= 2)
        return x * 2 + b

    def local_scalar(x):
        return x * x.sum().item() + x.to(torch.int64).sum().item()

    # Pre-dispatch idioms of real models that OpInfo samples do not produce.
    def tensor_constant(x):
        return x + torch.tensor([1.0, 2.0, 3.0])

    def direct_lift(x):
        return torch.ops.aten.lift.default(x) * 2

    def tolist_loop(x):
        return torch.stack([x[i] * v for i, v in enumerate(x[:, 0].tolist())])

    def promote(x):
        return x.to(torch.promote_types(x.dtype, torch.float64))

    def assert_async(x):
        torch._assert_async(x.sum() > -1e9)
        return x + 1

    def detach_contiguous(x):
        y = x.detach().contiguous().type_as(x)
        return y + y.new_zeros(3) + x.sum()

    def one_hot(x):
        return torch.nn.functional.one_hot(x.abs().long() % 3, 3).float() * 2

    def embedding_bag(x):
        idx = torch.tensor([0, 2, 1, 3])
        return torch.nn.functional.embedding_bag(idx, x, torch.tensor([0, 2])) + 1

    def dropout_eval(x):
        return torch.nn.functional.dropout(x, 0.1, training=False) + torch.nn.functional.gelu(x)

    dyn = (({0: Dim("b", min=2, max=64)},),)  # Probe.forward takes *xs
    x = torch.randn(4, 3)
    return [
        ("no_grad_block", no_grad_block, [x], None),
        ("enable_grad_block", enable_grad_block, [x], None),
        ("autocast_off", autocast_off, [x], None),
        ("autocast_bf16", autocast_bf16, [x], None),
        ("sym_ints", sym_ints, [x], dyn),
        ("sym_floats", sym_floats, [x], dyn),
        ("sym_compare", sym_compare, [x], dyn),
        ("local_scalar", local_scalar, [x], None),
        ("tensor_constant", tensor_constant, [x], None),
        ("direct_lift", direct_lift, [x], None),
        ("tolist_loop", tolist_loop, [x], None),
        ("promote", promote, [x], None),
        ("assert_async", assert_async, [x], None),
        ("detach_contiguous", detach_contiguous, [x], None),
        ("dropout_eval", dropout_eval, [x], None),
        ("one_hot", one_hot, [x], None),
        ("embedding_bag", embedding_bag, [x], None),
    ]


def symbolic_make_fx_probes():
    """make_fx(tracing_mode="symbolic") graphs handed to stateless_fx_import: sym_numel,
    sym_stride and SymInt builtins survive there, so their emitted names can be read."""
    import torch

    def sym_calls(x):
        n = x.numel()
        s = x.stride(0)
        return x.reshape(n) * s + x.size(0) + x.storage_offset() + (n // x.size(1)) - (s % 2)

    return [("make_fx_sym_calls", sym_calls, [torch.randn(4, 5)])]


def run_symbolic_make_fx():
    from torch.fx.experimental.proxy_tensor import make_fx
    from torch_mlir import fx
    results = {}
    for name, fn, tensors in symbolic_make_fx_probes():
        try:
            gm = make_fx(fn, tracing_mode="symbolic")(*tensors)
            tag_nodes(gm.graph)
            nodes = {n.name: target_key(n.target) for n in call_nodes(gm.graph)}
            got = emitted_by_node(fx.stateless_fx_import(gm, output_type="raw").operation)
            results[name] = {"aot_emitted": {k: got.get(k) for k in nodes}, "aot_emitted_targets": nodes}
        except Exception as e:  # noqa: BLE001
            results[name] = {"error": f"{type(e).__name__}: {str(e)[:200]}"}
    return results


def run_model_probes():
    results = dict(run_symbolic_make_fx())
    for name, fn, tensors, dyn in model_probes():
        try:
            results[name] = probe(fn, tensors, dynamic=dyn, do_aot=dyn is None)
        except Exception as e:  # noqa: BLE001
            results[name] = {"error": f"{type(e).__name__}: {str(e)[:200]}"}
    return results


# ---------------------------------------------------------------------------------------------
# Static facts from torch-mlir's table and PyTorch's export machinery.

def static_facts():
    import torch
    from torch.export.exported_program import (
        _special_op_to_preserve_cia,
        _split_decomp_table_to_cia_and_python_decomp,
    )
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table
    table = get_decomposition_table()
    cia_map, python_table = _split_decomp_table_to_cia_and_python_decomp(dict(table))
    preserved = {key_of(k) for k, v in cia_map.items() if v is _special_op_to_preserve_cia}
    removed = {}
    for op in table:
        k = key_of(op)
        if k in preserved:
            continue
        removed[k] = {"how": "table"}
    # Every registered overload: composite kernels export cannot keep, in-place ops with a
    # functional twin.
    all_keys = {}
    for s in torch._C._jit_get_all_schemas():
        ns, _, name = s.name.partition("::")
        if ns not in ("aten", "prims"):
            continue
        pkt = getattr(getattr(torch.ops, ns), name, None)
        if pkt is None:
            continue
        ov = getattr(pkt, s.overload_name or "default", None)
        if ov is None:
            continue
        all_keys[key_of(ov)] = (ov, s)
    cia_keys = set()
    for k, (ov, s) in all_keys.items():
        try:
            composite = ov.has_kernel_for_dispatch_key(torch._C.DispatchKey.CompositeImplicitAutograd)
        except RuntimeError:  # a JIT-only schema (aten::has_torch_function) has no dispatcher entry
            continue
        if composite:
            cia_keys.add(k)
            if k not in preserved and k not in removed:
                removed[k] = {"how": "composite"}
    for k, (ov, s) in all_keys.items():
        if k in removed or k in preserved or not s.is_mutable:
            continue
        ns, _, rest = k.partition("::")
        name, _, overload = rest.partition(".")
        if not name.endswith("_") or name.endswith("__"):
            continue
        twin = f"{ns}::{name[:-1]}.{overload}"
        if twin in all_keys:
            removed[k] = {"how": "functionalization", "into": [twin]}
    return removed, sorted(preserved), cia_keys, set(all_keys)


# ---------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "server", "data", "decompositions.json"))
    ap.add_argument("--cache", default=None, help="resumable OpInfo cache (jsonl)")
    ap.add_argument("--samples", type=int, default=2, help="OpInfo samples per op (float32)")
    ap.add_argument("--budget", type=float, default=1800, help="seconds for the OpInfo sweep")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    v = None
    if args.cache is None:
        import torch  # noqa: F401 - versions for the cache name
        v = versions()
        args.cache = os.path.join(os.path.expanduser("~"), ".cache", "torch-mlir-diagnostics",
                                  f"decompositions-torch{v['torch']}-torchmlir{v['torch_mlir']}.jsonl")
    if args.worker:
        worker(args.cache, args.samples, args.budget)
        return
    t0 = time.time()
    os.makedirs(os.path.dirname(args.cache), exist_ok=True)
    restarts = 0
    while args.budget > 0:
        left = max(0.0, args.budget - (time.time() - t0))
        rc = subprocess.call([sys.executable, os.path.abspath(__file__), "--worker", "--cache", args.cache,
                              "--samples", str(args.samples), "--budget", str(left)])
        if rc == 0 or time.time() - t0 > args.budget:
            break
        restarts += 1
        print(f"worker exited with {rc}; restarting after the probe it died in", file=sys.stderr)
    sweep_s = time.time() - t0

    import warnings
    warnings.filterwarnings("ignore")
    v = v or versions()
    removed, preserved, cia_keys, all_keys = static_facts()
    probes = {}
    with open(args.cache) as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if not rec.get("start"):
                probes[rec["id"]] = rec
    models = run_model_probes()

    # Observations from real runs: what each raw node became, what AOT kept, what got imported as what.
    seen_removed, seen_kept, into, aot_seen = {}, set(), {}, {}
    emitted = {}
    hops = {}

    def observe(rec, source):
        raw = rec.get("raw") or {}
        dec = rec.get("decomposed") or []
        dec_targets = {d[1] for d in dec}
        users = rec.get("users") or {}
        vanished = {name for name in raw if not any(d[2] == name for d in dec)}

        def collateral(name):
            # Dead code, not a decomposition: every user vanished with nothing in its place
            # (`x > 0` feeding a removed _assert_async).
            us = users.get(name)
            return bool(us) and all(u in vanished for u in us)
        for name, t in raw.items():
            kept = any(d[1] == t and d[2] in (name, None) for d in dec) or (t in dec_targets and not any(d[2] for d in dec))
            # A Python-level call (SymInt arithmetic) may be re-traced under another node's
            # provenance: it is removed only when no node calls it any more.
            kept = kept or ("::" not in t and t in dec_targets)
            if kept:
                seen_kept.add(t)
                continue
            if name in vanished and collateral(name):
                continue
            seen_removed.setdefault(t, set()).add(source)
            outs = {d[1] for d in dec if d[2] == name}
            into.setdefault(t, set()).update(outs)
        if "aot" in rec:
            aot_targets = set(rec["aot"])
            for t in set(raw.values()):
                aot_seen.setdefault(t, set()).add(t in aot_targets)
        for em, tg in (("emitted", "emitted_targets"), ("aot_emitted", "aot_emitted_targets")):
            tgt = rec.get(tg) or {}
            for node, op in (rec.get(em) or {}).items():
                t = tgt.get(node)
                if t:
                    # Caches from before emitted_by_node dropped the marker spelled fallbacks this way.
                    emitted.setdefault(t, set()).add(None if op is None else op.split("torch.operator:", 1)[-1])
    for pid, rec in sorted(probes.items()):
        observe(rec, pid)
    for name, rec in sorted(models.items()):
        observe(rec, "model:" + name)
        for t in (rec.get("raw") or {}).values():
            if t.startswith("higher_order::") and t in seen_removed:
                hops.setdefault(t.split("::", 1)[1], {"models": [], "imports": True})
                hops[t.split("::", 1)[1]]["models"].append(name)
                if "import_error" in rec:
                    hops[t.split("::", 1)[1]]["imports"] = False

    # Merge: a real run wins over the static classification.
    disagreements = []
    python_removed = {}
    for t, sources in seen_removed.items():
        if t.startswith("higher_order::"):
            continue
        if "::" not in t:
            # A Python-level call (not an OpOverload) that only a pre-dispatch graph holds.
            if t != "operator.getitem":
                python_removed[t] = {"into": sorted(x for x in into.get(t, ()) if x != t)}
            continue
        e = removed.get(t)
        if e is None:
            e = removed[t] = {"how": "composite" if t in cia_keys else "observed"}
        e["verified"] = True
        outs = sorted(x for x in into.get(t, ()) if x != t)
        if outs:
            e["into"] = outs
        else:
            e.pop("into", None)  # a real run replaced it with nothing (detach_, _assert_async)
    for t in seen_kept:
        # A run that kept the op outweighs a static guess, and an "observed" removal that another
        # run contradicts was something else (e.g. dead code).
        if t in removed and (not removed[t].get("verified") or removed[t]["how"] == "observed"):
            disagreements.append(t)
            del removed[t]
    for t, e in removed.items():
        e.setdefault("verified", False)
        obs = aot_seen.get(t)
        if obs:
            e["aot"] = "kept" if all(obs) else "removed" if not any(obs) else "varies"
        elif e["how"] in ("composite", "functionalization"):
            # AOT autograd traces below CompositeImplicitAutograd and functionalizes: the same
            # mechanism as export's, so the op never reaches an AOT graph either.
            e["aot"] = "removed"
    names = {}
    for t, ops in sorted(emitted.items()):
        if "::" in t:
            ns, _, rest = t.partition("::")
            name, _, ov = rest.partition(".")
            default = f"torch.{ns}.{name}" + ("" if ov == "default" else f".{ov}")
        else:
            default = None
        if t == "operator.getitem" or t.startswith("higher_order::"):
            continue
        dropped = None in ops
        real = sorted(x for x in ops if x is not None)
        if default is not None and real == [default] and not dropped:
            continue
        if dropped and real:
            continue  # dropped in some graphs only (dead code there): no fact about the name
        names[t] = {"emits": real}  # [] : the importer drops the node (`_assert_async.msg`)

    data = {
        "source": {
            "generator": "scripts/gen_decompositions.py",
            "torch": v["torch"],
            "torch_mlir": v["torch_mlir"],
            "generated": datetime.date.today().isoformat(),
            "table": "torch_mlir.extras.fx_decomp_util.get_decomposition_table() via ExportedProgram.run_decompositions",
        },
        "removed": dict(sorted(removed.items())),
        "preserved_composite": preserved,
        "hops_removed": dict(sorted(hops.items())),
        "python_removed": dict(sorted(python_removed.items())),
        "emitted_names": names,
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    n_probes = len(probes)
    n_err = sum(1 for r in probes.values() if "error" in r or r.get("crashed"))
    hows = {}
    for e in removed.values():
        hows[e["how"]] = hows.get(e["how"], 0) + 1
    print(f"wrote {args.out}")
    print(f"  removed before import: {len(removed)} overloads ({', '.join(f'{k} {n}' for k, n in sorted(hows.items()))}); "
          f"{sum(1 for e in removed.values() if e['verified'])} verified by a real run, "
          f"{sum(1 for e in removed.values() if 'into' in e)} with `into`")
    print(f"  AOT path: {sum(1 for e in removed.values() if e.get('aot') == 'kept')} of them kept, "
          f"{sum(1 for e in removed.values() if e.get('aot') == 'removed')} removed too")
    print(f"  preserved composite ops: {len(preserved)}; higher-order ops inlined: {', '.join(hops) or 'none'}")
    print(f"  emitted under another name: {len(names)}; Python-level calls removed: {len(python_removed)}")
    print(f"  static entries a real run kept (dropped): {len(disagreements)} {sorted(disagreements)[:10]}")
    print(f"  OpInfo probes: {n_probes} ({n_err} refused by PyTorch, crashed or timed out), worker restarts {restarts}")
    print(f"  run time: sweep {sweep_s:.0f} s, total {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
