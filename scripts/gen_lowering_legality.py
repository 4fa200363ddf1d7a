#!/usr/bin/env python3
"""Generate server/data/lowering_legality.json by probing every op with PyTorch's own OpInfo samples.

Each OpInfo sample input becomes a small module that runs, in a forked child, through
    torch.export -> torch-mlir's default decompositions -> FX import (empty decomposition table)
    -> torchdynamo-export-to-torch-backend-pipeline -> torch-backend-to-linalg-on-tensors-backend-pipeline
once per dtype class and once with static shapes / once with a dynamic dim 0.

A probe can kill the process inside the lowering (SIGSEGV/SIGABRT), so at most two children run at a time,
each handling one OpInfo; the child announces every probe and stage before it starts them, so when it dies
the parent records the in-flight probe as a crash and forks a new child for the rest. Results are cached
per probe (keyed by the package versions) so a run resumes where it stopped.

Usage: /work/venv/bin/python scripts/gen_lowering_legality.py [--out PATH] [--cache DIR] [--samples N]
       [--jobs N] [--only SUBSTR] [--aggregate-only]
"""
from __future__ import annotations

import os

# One intra-op thread: the machine is shared, and the parent forks after importing torch, which is only safe
# while no OpenMP pool exists.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import collections
import datetime
import importlib.metadata
import json
import re
import signal
import sys
import time
import traceback
import warnings

GENERATOR = "scripts/gen_lowering_legality.py"
# Bump when the probe procedure or the row format changes: it invalidates the cache.
PROBE_FORMAT = 1

# In probing order: a run cut short covers the first ones.
# float32 is what most models run in; complex64 and the integers are where lowerings reject dtypes.
DTYPE_CLASSES = ["float32", "complex64", "int64", "bfloat16", "bool", "float16", "int32"]
PROBE_TIMEOUT_S = 120.0
MAX_RESTARTS_PER_BATCH = 40

BACKEND_PIPELINE = (
    "builtin.module(func.func(torch-match-quantized-custom-ops), "
    "torchdynamo-export-to-torch-backend-pipeline{ extra-library=})"
)
LINALG_PIPELINE = "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline{allow-non-finites=True})"

# Element types of !torch.vtensor and the dtype class a rule reads from an FX annotation.
MLIR_ELEMENT_CLASS = {
    "f32": "float32", "f16": "float16", "bf16": "bfloat16", "f64": "float64",
    "si64": "int64", "si32": "int32", "si16": "int16", "si8": "int8", "ui8": "uint8", "i1": "bool",
    "complex<f32>": "complex64", "complex<f64>": "complex128", "complex<f16>": "complex32",
}

# Ops that carry no computation of their own: a graph made of one real op plus these is "one op".
TRIVIAL_MLIR_OPS = {
    "func.return", "torch.prim.ListConstruct", "torch.prim.TupleConstruct", "torch.prim.ListUnpack",
    "torch.prim.TupleUnpack", "torch.vtensor.literal", "torch.symbolic_int", "torch.bind_symbolic_shape",
    "torch.aten.size.int", "torch.derefine", "torch.constant.int", "torch.constant.float",
    "torch.constant.bool", "torch.constant.none", "torch.constant.str", "torch.constant.device",
    "torch.constant.number",
}
STAGES = ["sample", "export", "decompose", "import", "backend", "linalg"]


def versions() -> dict:
    import torch

    return {"torch": torch.__version__, "torch_mlir": importlib.metadata.version("torch-mlir")}


# ---------------------------------------------------------------------------------------------- child side

VTENSOR_RE = re.compile(r"!torch\.vtensor<\[([^\]]*)\],((?:complex<[a-z0-9]+>)|[a-z0-9]+)>")
TORCH_OP_IN_TEXT_RE = re.compile(r"""['"](torch\.(?:aten|prims|prim|quantized)\.[A-Za-z0-9_.]+)['"]""")


def parse_vtensor(type_text: str):
    m = VTENSOR_RE.fullmatch(type_text.strip())
    if not m:
        return None
    dims = [d.strip() for d in m.group(1).split(",") if d.strip()]
    return MLIR_ELEMENT_CLASS.get(m.group(2), m.group(2)), any(d == "?" for d in dims)


def op_instances(module) -> list:
    """[name, dtype class, dynamic] for every torch op with tensor operands or results in the imported module."""
    found = []

    def walk(op):
        name = op.operation.name
        if name.startswith("torch.") and name not in TRIVIAL_MLIR_OPS and not name.startswith("torch.constant."):
            operand_types = [parse_vtensor(str(v.type)) for v in op.operands]
            result_types = [parse_vtensor(str(r.type)) for r in op.results]
            tensors_in = [t for t in operand_types if t]
            tensors_out = [t for t in result_types if t]
            if name == "torch.operator":
                name = "torch.operator:" + str(op.attributes["name"]).strip('"')
            if tensors_in or tensors_out:
                dtype = (tensors_in or tensors_out)[0][0]
                dynamic = any(t[1] for t in tensors_in + tensors_out)
                found.append([name, dtype, dynamic])
            else:
                found.append([name, None, None])
        for region in op.regions:
            for block in region.blocks:
                for inner in block.operations:
                    walk(inner)

    for op in module.body.operations:
        walk(op)
    unique = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


FX_DTYPE_CLASS = {}


def fx_op_instances(graph_module) -> list:
    """Same as op_instances, from the post-decomposition FX graph (used when the import itself fails)."""
    import torch

    if not FX_DTYPE_CLASS:
        FX_DTYPE_CLASS.update({
            torch.float32: "float32", torch.float16: "float16", torch.bfloat16: "bfloat16",
            torch.float64: "float64", torch.int64: "int64", torch.int32: "int32", torch.int16: "int16",
            torch.int8: "int8", torch.uint8: "uint8", torch.bool: "bool", torch.complex64: "complex64",
            torch.complex128: "complex128", torch.complex32: "complex32",
        })

    def metas(value):
        out = []
        for leaf in torch.utils._pytree.tree_leaves(value):
            if isinstance(leaf, torch.fx.Node):
                leaf = leaf.meta.get("val")
            if isinstance(leaf, torch.Tensor):
                dynamic = any(not isinstance(s, int) for s in leaf.shape)
                out.append((FX_DTYPE_CLASS.get(leaf.dtype, str(leaf.dtype)), dynamic))
        return out

    found = []
    for node in graph_module.graph.nodes:
        if node.op != "call_function" or not isinstance(node.target, torch._ops.OpOverload):
            continue
        schema = node.target._schema
        namespace, _, opname = schema.name.partition("::")
        name = f"torch.{namespace}.{opname}" + (f".{schema.overload_name}" if schema.overload_name else "")
        if name in TRIVIAL_MLIR_OPS or name == "torch.aten.sym_size.int":
            continue
        ins = metas((node.args, node.kwargs))
        outs = metas(node.meta.get("val"))
        if ins or outs:
            item = [name, (ins or outs)[0][0], any(d for _, d in ins + outs)]
        else:
            item = [name, None, None]
        if item not in found:
            found.append(item)
    return found


SCRUBS = [
    (re.compile(r"loc\([^()]*(\([^()]*\))*[^()]*\)"), ""),
    (re.compile(r'"[^"\n]*\.py":\d+:\d+:?\s*'), ""),
    (re.compile(r"(/[\w.+-]+)+/([\w.+-]+)"), r"\2"),
    (re.compile(r"%[A-Za-z_]*\d+(#\d+)?"), "%N"),
    (re.compile(r"0x[0-9a-fA-F]+"), "0x?"),
    (re.compile(r"[ \t]+"), " "),
]


def scrub(text: str) -> str:
    for pattern, replacement in SCRUBS:
        text = pattern.sub(replacement, text)
    return text.strip()


def first_error(text: str) -> tuple[str, list[str]]:
    """The first error diagnostic (scrubbed, IR dump of the op cut off) and every torch op it or its notes name."""
    lines = text.splitlines()
    errors = [i for i, line in enumerate(lines) if re.match(r"\s*error:", line)]
    named = TORCH_OP_IN_TEXT_RE.findall(text)
    if not errors:
        message = next((line for line in lines if line.strip()), text)
    else:
        message = re.sub(r"^\s*error:\s*", "", lines[errors[0]])
        legalize = next((lines[i] for i in errors if "failed to legalize operation" in lines[i]), None)
        if legalize and legalize != lines[errors[0]]:
            message += " — " + re.sub(r"^\s*error:\s*", "", legalize)
    message = re.sub(r"(that was explicitly marked illegal|failed to legalize operation '[^']+'):.*", r"\1", message)
    message = re.sub(r": %\S+ = .*$", "", message)
    return scrub(message)[:400], sorted(set(named))


class Announcer:
    def __init__(self, path: str):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def line(self, kind: str, payload) -> None:
        os.write(self.fd, (kind + " " + json.dumps(payload, sort_keys=True) + "\n").encode())


def build_module(op, sample):
    import torch
    from torch.utils import _pytree as pytree

    leaves, spec = pytree.tree_flatten((sample.input, sample.args, sample.kwargs))
    tensor_positions = [i for i, leaf in enumerate(leaves) if isinstance(leaf, torch.Tensor)]
    constants = [None if isinstance(leaf, torch.Tensor) else leaf for leaf in leaves]
    tensors = tuple(leaves[i] for i in tensor_positions)

    class Probe(torch.nn.Module):
        def forward(self, *inputs):
            rebuilt = list(constants)
            for position, value in zip(tensor_positions, inputs):
                rebuilt[position] = value
            inp, args, kwargs = pytree.tree_unflatten(rebuilt, spec)
            out = op.op(inp, *args, **kwargs)
            return tuple(x for x in pytree.tree_leaves(out) if isinstance(x, torch.Tensor))

    return Probe(), tensors


def dynamic_spec(tensors):
    """Dim 0 dynamic on the reference tensor and on tensors of the same rank and dim-0 size, when dim 0 >= 2."""
    import torch

    if not tensors:
        return None
    reference = tensors[0]
    if reference.dim() < 1 or reference.shape[0] < 2:
        return None
    spec = []
    for t in tensors:
        if t.dim() == reference.dim() and t.shape[0] == reference.shape[0]:
            spec.append({0: torch.export.Dim.AUTO})
        else:
            spec.append(None)
    return (tuple(spec),)  # forward(*inputs): one positional parameter holding every tensor


def run_probe(announce: Announcer, module, tensors, dynamic_shapes) -> dict:
    import torch
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table
    from torch_mlir.fx import export_and_import
    from torch_mlir.passmanager import PassManager

    def stage(name):
        announce.line("T", name)
        return name

    current = stage("export")
    try:
        ep = torch.export.export(module, tensors, dynamic_shapes=dynamic_shapes, strict=False)
        current = stage("decompose")
        ep = ep.run_decompositions(get_decomposition_table())
        fx_ops = fx_op_instances(ep.graph_module)
        announce.line("F", fx_ops)
        if not any(True for n in ep.graph_module.graph.nodes if n.op == "output"):
            return {"status": "skip", "stage": current, "msg": "no output"}
        current = stage("import")
        mlir_module = export_and_import(ep, decomposition_table={}, output_type="raw")
        graph_ops = op_instances(mlir_module)
        announce.line("O", graph_ops)
        for current, pipeline in (("backend", BACKEND_PIPELINE), ("linalg", LINALG_PIPELINE)):
            stage(current)
            with mlir_module.context:
                PassManager.parse(pipeline).run(mlir_module.operation)
        return {"status": "lowers", "ops": graph_ops}
    except Exception as error:  # noqa: BLE001 - every failure of the real tools is a result to record
        text = f"{type(error).__name__}: {error}"
        message, named = first_error(str(error) if current in ("backend", "linalg") else text)
        row = {"status": "fail", "stage": current, "msg": message, "named": named}
        if current in ("import", "backend", "linalg"):
            row["fx_ops"] = fx_ops
        if current in ("backend", "linalg"):
            row["ops"] = graph_ops
        return row


def child_main(batch: dict, done_ids: set, log_path: str) -> None:
    """Probes one dtype, sample index and mode for a run of OpInfos, announcing each probe before it starts."""
    import torch

    warnings.filterwarnings("ignore")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    announce = Announcer(log_path)
    dtype_name, sample_index, mode = batch["dtype"], batch["sample"], batch["mode"]
    dtype = getattr(torch, dtype_name)
    for opinfo in batch["opinfos"]:
        group = {"opinfo": opinfo, "dtype": dtype_name, "sample": sample_index, "mode": mode}
        probe_id = f"{opinfo}|{dtype_name}|{sample_index}|{mode}"
        if probe_id in done_ids:
            announce.line("G", {**group, "available": True})
            continue
        op = OPS_BY_KEY[opinfo]
        announce.line("T", "sample")
        torch.manual_seed(0)
        try:
            sample = None
            for index, candidate in enumerate(op.sample_inputs("cpu", dtype, requires_grad=False)):
                if index == sample_index:
                    sample = candidate
                    break
        except Exception as error:  # noqa: BLE001
            announce.line("G", {**group, "error": scrub(f"{type(error).__name__}: {error}")[:300]})
            continue
        if sample is None:
            announce.line("G", {**group, "available": False})
            continue
        try:
            module, tensors = build_module(op, sample)
            dynamic_shapes = dynamic_spec(tensors) if mode == "dynamic" else None
        except Exception as error:  # noqa: BLE001
            announce.line("R", {"id": probe_id, "status": "skip", "stage": "sample", "msg": scrub(str(error))[:300]})
            announce.line("G", {**group, "available": True})
            continue
        if mode == "dynamic" and dynamic_shapes is None:
            announce.line("G", {**group, "available": False})  # no tensor with a dim 0 >= 2 to make dynamic
            continue
        announce.line("S", probe_id)
        started = time.monotonic()
        row = run_probe(announce, module, tensors, dynamic_shapes)
        row["id"] = probe_id
        row["seconds"] = round(time.monotonic() - started, 3)
        row["ranks"] = [t.dim() for t in tensors]
        announce.line("R", row)
        announce.line("G", {**group, "available": True})
    announce.line("D", batch["label"])


# --------------------------------------------------------------------------------------------- parent side

OPS_BY_KEY: dict = {}


def opinfo_key(op) -> str:
    return op.name + ("." + op.variant_test_name if op.variant_test_name else "")


def load_opinfos(only: str | None) -> list[dict]:
    import torch
    from torch.testing._internal.common_methods_invocations import op_db

    batches = []
    for op in op_db:
        key = opinfo_key(op)
        if only and only not in key:
            continue
        if key.startswith("jiterator_"):  # CUDA-only, no CPU samples
            continue
        supported = op.supported_dtypes("cpu")
        dtypes = [name for name in DTYPE_CLASSES if getattr(torch, name) in supported]
        if not dtypes or key in OPS_BY_KEY:
            continue
        OPS_BY_KEY[key] = op
        batches.append({"opinfo": key, "dtypes": dtypes})
    batches.sort(key=lambda b: b["opinfo"])
    return batches


def group_key(group: dict) -> str:
    return f"{group['opinfo']}|{group['dtype']}|{group['sample']}|{group['mode']}"


def pass_batches(opinfos: list[dict], dtype: str, sample_index: int, mode: str, size: int = 8) -> list[dict]:
    """Runs of `size` OpInfos (that support the dtype) for one child each."""
    keys = [o["opinfo"] for o in opinfos if dtype in o["dtypes"]]
    return [
        {"opinfos": keys[i:i + size], "dtype": dtype, "sample": sample_index, "mode": mode,
         "label": f"{dtype}/{mode}/sample{sample_index} {i // size + 1}/{(len(keys) + size - 1) // size}"}
        for i in range(0, len(keys), size)
    ]


class Slot:
    def __init__(self, index: int, work_dir: str):
        self.index = index
        self.log_path = os.path.join(work_dir, f"child{index}.log")
        self.pid = None
        self.batch = None
        self.offset = 0
        self.in_flight = None
        self.stage = None
        self.fx_ops = None
        self.ops = None
        self.since = 0.0
        self.restarts = 0
        self.finished = False


class Runner:
    def __init__(self, cache_dir: str, jobs: int):
        self.cache_dir = cache_dir
        self.rows_path = os.path.join(cache_dir, "rows.jsonl")
        self.groups_path = os.path.join(cache_dir, "groups.jsonl")
        self.jobs = jobs
        self.rows = {}
        self.groups = {}
        for path, store, key in ((self.rows_path, self.rows, "id"), (self.groups_path, self.groups, None)):
            if os.path.exists(path):
                with open(path) as f:
                    for line in f:
                        try:
                            item = json.loads(line)
                        except json.JSONDecodeError:
                            continue  # a line cut short by a kill
                        store[item["id"] if key else group_key(item)] = item
        self.rows_file = open(self.rows_path, "a")
        self.groups_file = open(self.groups_path, "a")
        self.started = time.monotonic()
        self.probes_this_run = 0

    def record_row(self, row: dict) -> None:
        self.rows[row["id"]] = row
        self.rows_file.write(json.dumps(row, sort_keys=True) + "\n")
        self.rows_file.flush()
        self.probes_this_run += 1

    def record_group(self, group: dict) -> None:
        self.groups[group_key(group)] = group
        self.groups_file.write(json.dumps(group, sort_keys=True) + "\n")
        self.groups_file.flush()

    def batch_done(self, batch: dict) -> bool:
        return all(group_key({"opinfo": o, "dtype": batch["dtype"], "sample": batch["sample"], "mode": batch["mode"]}) in self.groups
                   for o in batch["opinfos"])

    def start(self, slot: Slot, batch: dict) -> None:
        slot.batch = batch
        slot.in_flight = None
        slot.stage = None
        slot.since = time.monotonic()
        slot.finished = False
        open(slot.log_path, "w").close()
        slot.offset = 0
        done_ids = {f"{o}|{batch['dtype']}|{batch['sample']}|{batch['mode']}" for o in batch["opinfos"]} & self.rows.keys()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                child_main(batch, done_ids, slot.log_path)
            except BaseException:  # noqa: BLE001
                traceback.print_exc()
                code = 3
            os._exit(code)
        slot.pid = pid

    def drain(self, slot: Slot) -> None:
        with open(slot.log_path) as f:
            f.seek(slot.offset)
            while True:
                line = f.readline()
                if not line or not line.endswith("\n"):
                    break
                slot.offset = f.tell()
                kind, _, payload = line.partition(" ")
                value = json.loads(payload)
                slot.since = time.monotonic()
                if kind == "S":
                    slot.in_flight, slot.stage, slot.fx_ops, slot.ops = value, None, None, None
                elif kind == "F":
                    slot.fx_ops = value
                elif kind == "O":
                    slot.ops = value
                elif kind == "T":
                    slot.stage = value
                elif kind == "R":
                    self.record_row(value)
                    slot.in_flight = None
                elif kind == "G":
                    self.record_group(value)
                elif kind == "D":
                    slot.finished = True

    @staticmethod
    def dead_row(slot: Slot, status: str, message: str) -> dict:
        row = {"id": slot.in_flight, "status": status, "stage": slot.stage or "export", "msg": message}
        if slot.fx_ops is not None:
            row["fx_ops"] = slot.fx_ops
        if slot.ops is not None:
            row["ops"] = slot.ops
        return row

    def handle_exit(self, slot: Slot, status: int) -> bool:
        """Returns True when the slot's batch is complete."""
        self.drain(slot)
        if slot.finished:
            return True
        reason = f"signal {signal.Signals(os.WTERMSIG(status)).name}" if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}"
        if slot.in_flight:
            self.record_row(self.dead_row(slot, "crash", f"process died ({reason}) during {slot.stage}"))
            slot.in_flight = None
        else:
            slot.restarts = MAX_RESTARTS_PER_BATCH  # died outside a probe: retrying would do the same
        slot.restarts += 1
        if slot.restarts >= MAX_RESTARTS_PER_BATCH:
            for opinfo in slot.batch["opinfos"]:
                group = {"opinfo": opinfo, "dtype": slot.batch["dtype"], "sample": slot.batch["sample"], "mode": slot.batch["mode"]}
                if group_key(group) not in self.groups:
                    self.record_group({**group, "error": f"child died ({reason}) outside a probe"})
            return True
        self.start(slot, slot.batch)
        return False

    def run(self, batches: list[dict]) -> None:
        pending = [b for b in batches if not self.batch_done(b)]
        total = len(pending)
        label = batches[0]["label"].rsplit(" ", 1)[0] if batches else ""
        print(f"[legality] pass {label}: {total} of {len(batches)} runs of OpInfos to probe, {len(self.rows)} probes cached", flush=True)
        slots = [Slot(i, self.cache_dir) for i in range(self.jobs)]
        queue = list(pending)
        done = 0
        while queue or any(s.pid for s in slots):
            for slot in slots:
                if slot.pid is None and queue:
                    slot.restarts = 0
                    self.start(slot, queue.pop(0))
                if slot.pid is None:
                    continue
                pid, status = os.waitpid(slot.pid, os.WNOHANG)
                if pid == 0:
                    self.drain(slot)
                    if slot.in_flight and time.monotonic() - slot.since > PROBE_TIMEOUT_S:
                        os.kill(slot.pid, signal.SIGKILL)
                        os.waitpid(slot.pid, 0)
                        self.drain(slot)
                        if slot.in_flight:
                            self.record_row(self.dead_row(slot, "timeout", f"no result after {PROBE_TIMEOUT_S:.0f} s in {slot.stage}"))
                            slot.in_flight = None
                        slot.restarts += 1
                        self.start(slot, slot.batch)
                    continue
                slot.pid = None
                if self.handle_exit(slot, status):
                    done += 1
                    elapsed = time.monotonic() - self.started
                    print(f"[legality] {done}/{total} {slot.batch['label']} — {self.probes_this_run} probes in {elapsed:.0f} s", flush=True)
                else:
                    pass  # restarted on the same batch
            time.sleep(0.05)


# ------------------------------------------------------------------------------------------------ aggregate

def attribute(row: dict):
    """(op, dtype, dynamic) that a failing row is evidence against, or None when it is not attributable."""
    ops = row.get("ops") if row["stage"] in ("backend", "linalg") else row.get("fx_ops")
    if not ops:
        return None
    real = [o for o in ops if not o[0].startswith("torch.operator")]
    if len(real) != len(ops):
        return None  # a fallback op is in the graph: its failure is torch-operator-fallback's to report
    names = sorted({o[0] for o in real})
    named = [n for n in row.get("named", []) if n in names]
    if len(set(named)) == 1:
        target = named[0]
    elif len(names) == 1:
        target = names[0]
    else:
        return None
    keys = {(o[1], o[2]) for o in real if o[0] == target}
    if len(keys) != 1:
        return None
    dtype, dynamic = keys.pop()
    if dtype is None:
        return None
    return target, dtype, dynamic


def pass_order(dtypes: list[str], samples: int, modes: list[str]) -> list[tuple]:
    """Sample by sample, mode by mode (static first), dtype class by dtype class."""
    return [(d, i, m) for i in range(samples) for m in modes for d in dtypes]


def complete_passes(runner: Runner, opinfos: list[dict], dtypes: list[str], samples: int, modes: list[str]) -> list[tuple]:
    """The (dtype, sample, mode) passes whose every OpInfo has a recorded outcome: the table's scope."""
    done = []
    for dtype, sample_index, mode in pass_order(dtypes, samples, modes):
        batches = pass_batches(opinfos, dtype, sample_index, mode)
        if batches and all(runner.batch_done(b) for b in batches):
            done.append((dtype, sample_index, mode))
    return done


def input_ranks(runner: Runner, rows: list[dict]) -> dict:
    """Ranks of each probe's tensor inputs. Rows written before the child recorded them (and crash rows)
    get them by building the same sample again; the answers are cached next to the rows."""
    import torch

    path = os.path.join(runner.cache_dir, "ranks.jsonl")
    ranks = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                item = json.loads(line)
                ranks[item["id"]] = item["ranks"]
    missing = collections.defaultdict(list)
    for row in rows:
        if "ranks" in row:
            ranks[row["id"]] = row["ranks"]
        elif row["id"] not in ranks:
            opinfo, dtype, sample_index, _ = row["id"].split("|")
            missing[(opinfo, dtype)].append((int(sample_index), row["id"]))
    with open(path, "a") as out:
        for (opinfo, dtype), wanted in sorted(missing.items()):
            torch.manual_seed(0)
            samples = []
            try:
                for sample in OPS_BY_KEY[opinfo].sample_inputs("cpu", getattr(torch, dtype), requires_grad=False):
                    samples.append(sample)
                    if len(samples) > max(i for i, _ in wanted):
                        break
                for index, row_id in wanted:
                    _, tensors = build_module(OPS_BY_KEY[opinfo], samples[index])
                    ranks[row_id] = [t.dim() for t in tensors]
                    out.write(json.dumps({"id": row_id, "ranks": ranks[row_id]}) + "\n")
            except Exception:  # noqa: BLE001 - no ranks: the row keeps its static/dynamic key
                continue
    return ranks


def table_message(message: str) -> str:
    message = re.sub(r"^process died \((?:signal )?(.*)\) during .*$", r"the process crashed (\1)", message)
    return re.sub(r"^unknown:\s*", "", message)


def shape_kind(dynamic: bool, probe_ranks) -> str:
    """'0d' for every op of a probe whose tensor inputs are all 0-d: some lowerings fail only there."""
    if probe_ranks and all(r == 0 for r in probe_ranks):
        return "0d"
    return "dynamic" if dynamic else "static"


def aggregate(runner: Runner, opinfos: list[dict], passes: list[tuple]) -> tuple[dict, dict]:
    wanted = {o["opinfo"] for o in opinfos}
    in_scope = set(passes)
    evidence = collections.defaultdict(lambda: {"lowers": 0, "fails": []})
    stage_counts = collections.Counter()
    status_counts = collections.Counter()
    unattributed = 0
    def scope(row_id: str) -> bool:
        opinfo, dtype, sample_index, mode = row_id.split("|")
        return opinfo in wanted and (dtype, int(sample_index), mode) in in_scope

    rows = [r for r in runner.rows.values() if scope(r["id"])]
    rows.sort(key=lambda r: r["id"])
    ranks = input_ranks(runner, rows)
    for row in rows:
        status_counts[row["status"]] += 1
        if row["status"] == "lowers":
            for name, dtype, dynamic in row["ops"]:
                if dtype is not None and not name.startswith("torch.operator"):
                    evidence[(name, dtype, shape_kind(dynamic, ranks.get(row["id"])))]["lowers"] += 1
        elif row["status"] in ("fail", "crash", "timeout"):
            stage_counts[row["stage"] if row["status"] == "fail" else row["status"]] += 1
            # Export and import failures are the importer's preconditions (other rules' business), not lowering.
            if row["stage"] not in ("backend", "linalg"):
                continue
            target = attribute(row)
            if target is None:
                unattributed += 1
                continue
            name, dtype, dynamic = target
            evidence[(name, dtype, shape_kind(dynamic, ranks.get(row["id"])))]["fails"].append(row)

    ops: dict = {}
    verdicts = collections.Counter()
    fail_stages = collections.Counter()
    for (name, dtype, kind) in sorted(evidence):
        item = evidence[(name, dtype, kind)]
        key = f"{dtype}/{kind}"
        if not item["fails"]:
            entry = "lowers"
            verdicts["lowers"] += 1
        else:
            first = item["fails"][0]
            stages = collections.Counter(r["stage"] for r in item["fails"])
            entry = {
                "v": "fails" if item["lowers"] == 0 else "partial",
                "stage": first["stage"],
                "msg": table_message(first["msg"]),
                "n": [item["lowers"], len(item["fails"])],
                "from": first["id"].rsplit("|", 2)[0],
            }
            verdicts[entry["v"]] += 1
            if entry["v"] == "fails":
                fail_stages[first["stage"]] += 1
            if len(stages) > 1:
                entry["stages"] = dict(sorted(stages.items()))
        ops.setdefault(name, {})[key] = entry

    coverage = {
        "opinfos": len(opinfos),
        "probes": len(rows),
        "probe_outcomes": dict(sorted(status_counts.items())),
        "probe_failures_by_stage": dict(sorted(stage_counts.items())),
        "unattributed_failures": unattributed,
        "ops_with_verdict": len(ops),
        "keys": dict(sorted(verdicts.items())),
        "failing_keys_by_stage": dict(sorted(fail_stages.items())),
    }
    return ops, coverage


def warm_up() -> None:
    """Load the importer, the decomposition table and the pass pipelines once, before forking children."""
    import torch

    class Add(torch.nn.Module):
        def forward(self, x):
            return x + 1

    x = torch.ones(2, 3)
    announce = Announcer(os.devnull)
    for dynamic in (None, ({0: torch.export.Dim.AUTO},)):
        run_probe(announce, Add(), (x,), dynamic)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "server", "data", "lowering_legality.json"))
    parser.add_argument("--cache", default="/work/cache/legality")
    parser.add_argument("--samples", type=int, default=2, help="samples per (OpInfo, dtype)")
    parser.add_argument("--modes", default="static,dynamic", help="static, dynamic or both (comma-separated)")
    parser.add_argument("--dtypes", default=",".join(DTYPE_CLASSES), help="dtype classes, in probing order")
    parser.add_argument("--jobs", type=int, default=2, help="children at a time (at most 2 on a shared machine)")
    parser.add_argument("--only", help="probe only OpInfos whose name contains this")
    parser.add_argument("--aggregate-only", action="store_true", help="write the table from cached probes")
    options = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    warnings.filterwarnings("ignore")
    vers = versions()
    cache_dir = os.path.join(options.cache, f"torch-{vers['torch']}_torch-mlir-{vers['torch_mlir']}_p{PROBE_FORMAT}")
    os.makedirs(cache_dir, exist_ok=True)
    opinfos = load_opinfos(options.only)
    dtypes = options.dtypes.split(",")
    modes = options.modes.split(",")
    runner = Runner(cache_dir, max(1, min(options.jobs, 2)))
    started = time.monotonic()
    if not options.aggregate_only:
        warm_up()
        # One pass per (sample index, mode, dtype class), in that order, so that a run cut short has covered
        # every OpInfo for the passes it finished (--samples / --modes / --dtypes then name that scope).
        for dtype, sample_index, mode in pass_order(dtypes, options.samples, modes):
            runner.run(pass_batches(opinfos, dtype, sample_index, mode))
    passes = complete_passes(runner, opinfos, dtypes, options.samples, modes)
    ops, coverage = aggregate(runner, opinfos, passes)
    table = {
        "source": {
            "generator": GENERATOR,
            "torch": vers["torch"],
            "torch_mlir": vers["torch_mlir"],
            "generated": datetime.date.today().isoformat(),
            "passes": [f"{d}/{m}/sample{i}" for d, i, m in passes],
            "pipeline": ["torch.export (strict=False)", "run_decompositions(torch-mlir default table)",
                         "export_and_import(decomposition_table={})", BACKEND_PIPELINE, LINALG_PIPELINE],
            "coverage": coverage,
        },
        "policy": (
            "Key: torch-dialect op as imported + '<dtype class of the first tensor operand (else result)>/"
            "<static|dynamic|0d>' (dynamic: some tensor operand or result has a '?' dim; 0d: every tensor input "
            "of the probe was 0-d). 'lowers': every probe "
            "whose imported graph held the op for this key lowered to linalg. A failure counts against an op "
            "only when the error names it or it is the graph's only non-trivial op. 'fails': every attributable "
            "probe failed; 'partial': some lowered, some failed (n = [lowered, failed]). Only failures in the two "
            "lowering pipelines (or a crash there) count; export and import failures give no verdict. Absent = unknown."
        ),
        "ops": ops,
    }
    with open(options.out, "w") as f:
        json.dump(table, f, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")
    elapsed = time.monotonic() - started
    print(f"[legality] probes: {coverage['probes']} ({coverage['probe_outcomes']}), this run {runner.probes_this_run}")
    print(f"[legality] failures by stage: {coverage['probe_failures_by_stage']}; unattributed {coverage['unattributed_failures']}")
    print(f"[legality] ops with a verdict: {coverage['ops_with_verdict']}; keys {coverage['keys']}; failing keys by stage {coverage['failing_keys_by_stage']}")
    print(f"[legality] wrote {options.out} in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
