#!/usr/bin/env python3
"""Generate the real-importer ground-truth corpus under test/corpus/real/.

Usage:
  python3 scripts/corpus/generate.py                 # all cases
  python3 scripts/corpus/generate.py mlp hop_cond    # only these cases (index.json is rebuilt from disk)
  PYTHON=/work/venv/bin/python python3 scripts/corpus/generate.py

The driver (any python3) runs each case in a worker subprocess using $PYTHON
(default: /work/venv/bin/python if it exists, else the running interpreter),
with a per-case timeout, TORCH_LOGS="graph_code,aot_graphs" and warnings off.
Requirements of the worker interpreter: scripts/corpus/requirements.txt.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT_ROOT = os.path.join(REPO, "test", "corpus", "real")
TIMEOUT = int(os.environ.get("CORPUS_TIMEOUT", "180"))
MAX_LOG_LINES = 400
MAX_MSG = 4000

# --------------------------------------------------------------------------
# scrubbing (stable, machine-independent text)
# --------------------------------------------------------------------------
_SCRUB_PATHS = []


def _init_scrub():
    import site
    import sysconfig
    paths = []
    try:
        import torch
        paths.append((os.path.dirname(os.path.dirname(torch.__file__)), "<site-packages>"))
    except Exception:
        pass
    for p in site.getsitepackages() if hasattr(site, "getsitepackages") else []:
        paths.append((p, "<site-packages>"))
    paths.append((sysconfig.get_paths()["stdlib"], "<python-stdlib>"))
    paths.append((REPO + os.sep, ""))
    paths.append((REPO, "."))
    home = os.path.expanduser("~")
    if home and home != "/":
        paths.append((home, "~"))
    import tempfile
    paths.append((tempfile.gettempdir() + os.sep, "<tmp>/"))
    # longest first so nested prefixes win
    _SCRUB_PATHS[:] = sorted(set(paths), key=lambda kv: -len(kv[0]))


_LOG_PREFIX = re.compile(r"^([VIWEC])\d{4} \d{2}:\d{2}:\d{2}\.\d{6} +\d+ ", re.M)
_ADDR = re.compile(r"\b0x[0-9a-fA-F]{8,16}\b")
_UUID = re.compile(r"[0-9a-f]{8}([_-])[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{12}")


def scrub(text, addresses=True):
    for p, rep in _SCRUB_PATHS:
        text = text.replace(p, rep)
    text = _LOG_PREFIX.sub(lambda m: m.group(1) + "0000 00:00:00.000000 0 ", text)
    text = _UUID.sub(lambda m: m.group(1).join(["00000000", "0000", "0000", "0000", "000000000000"]), text)
    if addresses:
        text = _ADDR.sub("0x0", text)
    return text


# --------------------------------------------------------------------------
# worker
# --------------------------------------------------------------------------
def _write(outdir, files, name, text, addresses=True):
    if text is None:
        return
    text = scrub(text, addresses=addresses)
    if not text.endswith("\n"):
        text += "\n"
    with open(os.path.join(outdir, name), "w") as f:
        f.write(text)
    files.append(name)


def _err(e, tb=None):
    msg = f"{e}"
    tb = tb if tb is not None else traceback.format_exception(type(e), e, e.__traceback__)
    lines = "".join(tb).rstrip("\n").split("\n")
    return {
        "ok": False,
        "error_type": type(e).__name__,
        "message": scrub(msg)[:MAX_MSG],
        "traceback_tail": scrub("\n".join(lines[-15:]))[:MAX_MSG],
    }


_NODE_PATTERNS = [
    r"Node already has a value: (\S+)",
    r"FX Node (\S+) has not been bound",
    r"Attempting to retrieve attribute '([^']+)'",
    r"\bnode[= ]+['\"]?%?([A-Za-z_][\w.]*)",
]


def _node_from_exception(e, msg):
    for pat in _NODE_PATTERNS:
        m = re.search(pat, msg)
        if m:
            return m.group(1), "message"
    # innermost frame of the importer that holds an fx Node in `node`
    try:
        import torch.fx
        found = None
        tb = e.__traceback__
        while tb is not None:
            fr = tb.tb_frame
            if "fx_importer" in fr.f_code.co_filename:
                n = fr.f_locals.get("node")
                if isinstance(n, torch.fx.Node):
                    found = n.name
            tb = tb.tb_next
        if found:
            return found, "traceback"
    except Exception:
        pass
    return None, None


def _node_from_pre_import_rewrite(e):
    """The node a rewrite that runs before import failed on (fx_as_strided: the as_strided node)."""
    try:
        import torch.fx
        found = None
        tb = e.__traceback__
        while tb is not None:
            fr = tb.tb_frame
            if "fx_as_strided" in fr.f_code.co_filename and isinstance(fr.f_locals.get("node"), torch.fx.Node):
                found = fr.f_locals["node"].name
            tb = tb.tb_next
        return (found, "traceback:rewrite") if found else None
    except Exception:
        return None


def _lowering_op(text):
    for pat in [r"failed to legalize operation '([^']+)'",
                r"unsupported by backend contract[^\n]*?'([\w.]+)'",
                r"'([\w.]+)' op ",
                r"torch\.operator \"([^\"]+)\"",
                r"\b(torch\.[a-z_]+\.[\w.]+)\b"]:
        m = re.search(pat, text)
        if m:
            return m.group(1)
    return None


def _run_pipeline(module, pipeline, diags):
    """Run an MLIR pass pipeline, collecting diagnostics (with notes) into `diags`."""
    from torch_mlir.passmanager import PassManager

    def handler(d):
        text = f"{d.location}: {str(d.severity).split('.')[-1].lower()}: {d.message}"
        for n in d.notes:
            text += f"\n  {n.location}: note: {n.message}"
        diags.append(text)
        return True
    with module.context as ctx:
        h = ctx.attach_diagnostic_handler(handler)
        try:
            PassManager.parse(pipeline).run(module.operation)
        finally:
            h.detach()


def _capture_torch_logs():
    """Redirect the stream of every handler TORCH_LOGS installed to a buffer."""
    import io
    import logging
    buf = io.StringIO()
    swapped = []
    loggers = [logging.getLogger()] + [lg for nm, lg in logging.Logger.manager.loggerDict.items()
                                       if nm.startswith("torch") and isinstance(lg, logging.Logger)]
    for lg in loggers:
        for h in lg.handlers:
            if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler):
                swapped.append((h, h.setStream(buf)))
    return buf, swapped


def _restore(swapped):
    for h, old in swapped:
        h.setStream(old)


def run_case(name, outdir):
    import contextlib
    import io
    import random
    import warnings
    warnings.filterwarnings("ignore")
    import numpy as np
    import torch
    import torch_mlir
    from torch_mlir import fx
    from torch_mlir.compiler_utils import OutputType, run_pipeline_with_repro_report, lower_mlir_module
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table
    sys.path.insert(0, HERE)
    import cases as cases_mod
    _init_scrub()

    c = cases_mod.CASES[name]
    files = []
    try:
        from importlib.metadata import version
        importer_version = "torch-mlir " + version("torch-mlir")
    except Exception:
        importer_version = "torch-mlir ?"
    outcome = {
        "case": name,
        "purpose": c.purpose,
        "group": c.group,
        "path": c.path.split(":")[0],
        "graph_source": {"export_and_import": "torch.export", "stateless_fx_import": None}.get(c.path.split(":")[0]),
        "torch": torch.__version__,
        "importer": importer_version,
        "skipped_formats": {},
    }
    kind = c.path.split(":")[1] if ":" in c.path else None
    outcome["graph_source"] = {
        None: "torch.export.export + run_decompositions(torch-mlir default table)",
        "mutable": "torch.export.export + run_decompositions(torch-mlir default table)",
        "fx_trace": "torch.fx.symbolic_trace + ShapeProp",
        "fx_trace_nometa": "torch.fx.symbolic_trace (no ShapeProp)",
        "aot": "aot_autograd forward graph (torch.compile backend)",
        "make_fx": "make_fx",
        "custom": "graph built by the case's graph_fn (make_fx, then edited)",
    }[kind]

    def seed():
        torch.manual_seed(0)
        random.seed(0)
        np.random.seed(0)

    def fresh():
        seed()
        m, inp = c.build()
        if isinstance(m, torch.nn.Module):
            m = m  # keep mode chosen by the case
        return m, inp

    def skip(fmt, e):
        outcome["skipped_formats"][fmt] = f"{type(e).__name__}: {scrub(str(e)).splitlines()[0] if str(e) else ''}"[:500]

    # ---------------- torch.export ----------------
    ep = None
    ep_raw = None
    model, inputs = fresh()
    ds = c.dynamic_shapes(inputs) if c.dynamic_shapes else None
    try:
        ep_raw = torch.export.export(model, inputs, dynamic_shapes=ds, strict=False)
        outcome["export"] = {"ok": True}
    except Exception as e:
        outcome["export"] = _err(e)
    if ep_raw is not None:
        try:
            ep = ep_raw.run_decompositions(get_decomposition_table())
            outcome["export"]["decompositions"] = "ok"
        except Exception as e:
            outcome["export"]["decompositions"] = _err(e)
    if ep is not None:
        _write(outdir, files, "export.graph.txt", str(ep.graph))
        raw_s = str(ep_raw.graph)
        if raw_s != str(ep.graph):
            _write(outdir, files, "export.raw.graph.txt", raw_s)
        for fmt, fn in [
            ("export.readable.txt", lambda: ep.graph_module.print_readable(print_output=False)),
            ("export.readable.strides.txt", lambda: ep.graph_module.print_readable(
                print_output=False, include_stride=True, include_device=True)),
            ("export.code.txt", lambda: ep.graph_module.code),
            ("exported_program.txt", lambda: str(ep)),
        ]:
            try:
                _write(outdir, files, fmt, fn())
            except Exception as e:
                skip(fmt, e)
        try:
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                ep.graph_module.graph.print_tabular()
            _write(outdir, files, "export.tabular.txt", buf.getvalue())
        except Exception as e:
            skip("export.tabular.txt", e)
    else:
        for fmt in ["export.graph.txt", "export.readable.txt", "export.readable.strides.txt",
                    "export.code.txt", "export.tabular.txt", "exported_program.txt"]:
            outcome["skipped_formats"][fmt] = "torch.export failed (see export)"

    # ---------------- symbolic_trace ----------------
    fx_gm = None
    model, inputs = fresh()
    try:
        fx_gm = torch.fx.symbolic_trace(model)
        _write(outdir, files, "fx_trace.graph.txt", str(fx_gm.graph))
    except Exception as e:
        skip("fx_trace.graph.txt", e)

    # ---------------- torch.compile: dynamo + aot, with TORCH_LOGS ----------------
    from torch._dynamo.backends.common import aot_autograd
    dynamo_gms, aot_gms = [], []

    def fw_compiler(gm, example_inputs):
        aot_gms.append(gm)
        return gm.forward

    def backend(gm, example_inputs):
        dynamo_gms.append(gm)
        return aot_autograd(fw_compiler=fw_compiler)(gm, example_inputs)

    model, inputs = fresh()
    torch._dynamo.reset()
    logbuf, swapped = _capture_torch_logs()
    compile_err = None
    try:
        with torch.no_grad():
            cm = torch.compile(model, backend=backend, fullgraph=False)
            cm(*[i.clone() if isinstance(i, torch.Tensor) else i for i in inputs])
    except Exception as e:
        compile_err = e
    finally:
        _restore(swapped)
    if compile_err is not None:
        outcome["compile"] = _err(compile_err)
    else:
        outcome["compile"] = {"ok": True, "dynamo_graphs": len(dynamo_gms), "aot_graphs": len(aot_gms)}

    def join_gms(gms):
        if len(gms) == 1:
            return gms[0].print_readable(print_output=False)
        return "\n".join(f"# ---- graph {i} of {len(gms)} ----\n" + g.print_readable(print_output=False)
                         for i, g in enumerate(gms))
    if dynamo_gms:
        _write(outdir, files, "dynamo.readable.txt", join_gms(dynamo_gms))
    else:
        outcome["skipped_formats"]["dynamo.readable.txt"] = (
            "no graph captured" + (f" ({type(compile_err).__name__})" if compile_err else ""))
    if aot_gms:
        _write(outdir, files, "aot.forward.txt", join_gms(aot_gms))
    else:
        outcome["skipped_formats"]["aot.forward.txt"] = (
            "no graph captured" + (f" ({type(compile_err).__name__})" if compile_err else ""))
    log = logbuf.getvalue()
    if os.environ.get("TORCH_LOGS") and log.strip():
        lines = log.split("\n")
        if len(lines) > MAX_LOG_LINES:
            lines = lines[:MAX_LOG_LINES] + [f"... [{len(lines) - MAX_LOG_LINES} more lines truncated by generate.py]"]
        _write(outdir, files, "torch_logs.txt", "\n".join(lines))
    else:
        outcome["skipped_formats"]["torch_logs.txt"] = "no log output" if os.environ.get("TORCH_LOGS") else "TORCH_LOGS not set"

    # ---------------- import ----------------
    module = None
    imp = None
    try:
        if c.path.startswith("export_and_import"):
            if ep_raw is None:
                imp = {"ok": False, "error_type": None, "message": "not attempted: torch.export failed",
                       "node": None, "traceback_tail": None, "attempted": False}
            else:
                module = fx.export_and_import(ep_raw, output_type="raw",
                                              experimental_support_mutation=(kind == "mutable"))
        else:
            model, inputs = fresh()
            if kind == "fx_trace":
                from torch.fx.passes.shape_prop import ShapeProp
                gm = torch.fx.symbolic_trace(model)
                ShapeProp(gm).propagate(*inputs)
            elif kind == "fx_trace_nometa":
                gm = torch.fx.symbolic_trace(model)
            elif kind == "aot":
                if not aot_gms:
                    raise RuntimeError("no aot_autograd forward graph was captured")
                gm = aot_gms[0]
            elif kind == "make_fx":
                from torch.fx.experimental.proxy_tensor import make_fx
                gm = make_fx(model)(*inputs)
            elif kind == "custom":
                gm = c.graph_fn(model, inputs)
            else:
                raise ValueError(c.path)
            if kind in ("make_fx", "custom", "fx_trace", "fx_trace_nometa"):
                _write(outdir, files, "import_input.graph.txt", str(gm.graph))
            module = fx.stateless_fx_import(gm, output_type="raw")
    except Exception as e:
        imp = _err(e)
        imp["node"], imp["node_source"] = _node_from_pre_import_rewrite(e) or _node_from_exception(e, str(e))
    if module is not None:
        imp = {"ok": True}
        # import can "succeed" yet produce IR the verifier rejects (printed in generic form)
        try:
            with module.context:
                module.operation.verify()
            imp["verifies"] = True
        except Exception as e:
            imp["verifies"] = False
            imp["verify_error"] = scrub(str(e))[:MAX_MSG]
        _write(outdir, files, "out.mlir", str(module), addresses=False)
        try:
            _write(outdir, files, "out.debug.mlir", module.operation.get_asm(enable_debug_info=True), addresses=False)
        except Exception as e:
            skip("out.debug.mlir", e)
    outcome["import"] = imp

    # ---------------- lowering to linalg-on-tensors ----------------
    if module is not None:
        diags = []
        try:
            _run_pipeline(module, "builtin.module(func.func(torch-match-quantized-custom-ops), "
                          "torchdynamo-export-to-torch-backend-pipeline{ extra-library=})", diags)
            _run_pipeline(module, "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline"
                          "{allow-non-finites=True})", diags)
            outcome["lowering"] = {"ok": True, "pipeline": "torchdynamo-export-to-torch-backend-pipeline, "
                                   "torch-backend-to-linalg-on-tensors-backend-pipeline"}
        except Exception as e:
            full = "\n".join(diags + [str(e)])
            errs = [ln.strip()[:1000] for ln in full.split("\n") if ln.strip().startswith("error:")
                    or ": error: " in ln]
            text = "\n".join(errs) if errs else full
            outcome["lowering"] = {"ok": False, "error_type": type(e).__name__,
                                   "error": scrub(text)[:MAX_MSG],
                                   "op": _lowering_op(text)}
    else:
        outcome["lowering"] = {"ok": None, "error": "not attempted: import failed or not attempted", "op": None}

    outcome["files"] = sorted(files + ["outcome.json"])
    with open(os.path.join(outdir, "outcome.json"), "w") as f:
        json.dump(outcome, f, indent=2, sort_keys=True)
        f.write("\n")


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
def _python():
    p = os.environ.get("PYTHON")
    if p:
        return p
    if os.path.exists("/work/venv/bin/python"):
        return "/work/venv/bin/python"
    return sys.executable


def _list_cases(py):
    out = subprocess.run([py, os.path.abspath(__file__), "--list"], capture_output=True, text=True, check=True)
    return [l.split("\t") for l in out.stdout.strip().split("\n") if l]


def _worker_env():
    env = dict(os.environ)
    env.update({"TORCH_LOGS": "graph_code,aot_graphs", "PYTHONWARNINGS": "ignore",
                "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "TORCHINDUCTOR_CACHE_DIR": os.path.join(
                    os.environ.get("TMPDIR", "/tmp"), "corpus-inductor-cache")})
    return env


def _drive_one(py, name, purpose):
    outdir = os.path.join(OUT_ROOT, name)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    env = _worker_env()
    try:
        p = subprocess.run([py, os.path.abspath(__file__), "--worker", name, outdir], env=env,
                           capture_output=True, text=True, timeout=TIMEOUT, cwd=REPO)
        status = "ok" if p.returncode == 0 else f"worker exit {p.returncode}"
        tail = p.stderr[-3000:]
    except subprocess.TimeoutExpired:
        status, tail = f"timeout after {TIMEOUT}s", ""
    if not os.path.exists(os.path.join(outdir, "outcome.json")):
        files = sorted(os.listdir(outdir)) + ["outcome.json"]
        _init_scrub()
        with open(os.path.join(outdir, "outcome.json"), "w") as f:
            json.dump({"case": name, "purpose": purpose, "worker_error": status,
                       "worker_stderr_tail": scrub(tail)[-2000:], "files": files,
                       "export": {"ok": None}, "import": {"ok": None}, "lowering": {"ok": None}},
                      f, indent=2, sort_keys=True)
            f.write("\n")
    return name, status


def write_index(names_order):
    entries = []
    for name in names_order:
        path = os.path.join(OUT_ROOT, name, "outcome.json")
        if not os.path.exists(path):
            continue
        with open(path) as f:
            o = json.load(f)
        imp = o.get("import") or {}
        low = o.get("lowering") or {}
        exp = o.get("export") or {}
        entries.append({
            "case": name,
            "purpose": o.get("purpose"),
            "group": o.get("group"),
            "path": o.get("path"),
            "export_ok": exp.get("ok"),
            "export_error_type": exp.get("error_type"),
            "import_ok": imp.get("ok"),
            "import_error_type": imp.get("error_type"),
            "import_verifies": imp.get("verifies"),
            "node": imp.get("node"),
            "lowering_ok": low.get("ok"),
            "lowering_op": low.get("op"),
        })
    summary = {
        "cases": len(entries),
        "export_failed": sum(1 for e in entries if e["export_ok"] is False),
        "import_failed": sum(1 for e in entries if e["import_ok"] is False),
        "lowering_failed": sum(1 for e in entries if e["lowering_ok"] is False),
        "clean": sum(1 for e in entries if e["import_ok"] and e["lowering_ok"]),
    }
    first = json.load(open(os.path.join(OUT_ROOT, entries[0]["case"], "outcome.json"))) if entries else {}
    with open(os.path.join(OUT_ROOT, "index.json"), "w") as f:
        json.dump({"torch": first.get("torch"), "importer": first.get("importer"),
                   "summary": summary, "cases": entries}, f, indent=2, sort_keys=True)
        f.write("\n")
    return summary


def _warmup():
    """Run one case into a scratch directory so lazy imports and first-time initialisation
    happen before the per-case children fork. Both the fork server and the single-case
    fallback worker do this, so dynamo/aot counters seen by every case are identical."""
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        try:
            run_case("mlp", td)
        except Exception:
            pass


def serve(out_root, names):
    """Import torch/torch-mlir once, warm up, then fork one child per case (fast and isolated).

    Every child starts from the same warmed-up parent state, so outputs do not depend on which
    other cases run in the same server. A child that exceeds TIMEOUT is killed."""
    import time
    _warmup()
    for name in names:
        outdir = os.path.join(out_root, name)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run_case(name, outdir)
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        t0 = time.monotonic()
        deadline = t0 + TIMEOUT
        status = None
        while True:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = "ok" if os.WIFEXITED(st) and os.WEXITSTATUS(st) == 0 else f"worker status {st}"
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                status = f"timeout after {TIMEOUT}s"
                break
            time.sleep(0.05)
        print(f"@@ {name}\t{status}\t{time.monotonic() - t0:.1f}s", flush=True)
    return 0


def main(argv):
    if argv[:1] == ["--worker"]:
        _warmup()
        run_case(argv[1], argv[2])
        return 0
    if argv[:1] == ["--serve"]:
        return serve(argv[1], argv[2:])
    if argv[:1] == ["--list"]:
        sys.path.insert(0, HERE)
        import warnings
        warnings.filterwarnings("ignore")
        import cases as cases_mod
        for c in cases_mod.CASES.values():
            print(f"{c.name}\t{c.purpose}")
        return 0
    py = _python()
    all_cases = _list_cases(py)
    wanted = set(argv)
    todo = [(n, p) for n, p in all_cases if not wanted or n in wanted]
    os.makedirs(OUT_ROOT, exist_ok=True)
    if not wanted:  # full run: drop directories of cases that no longer exist
        known = {n for n, _ in all_cases}
        for d in os.listdir(OUT_ROOT):
            if os.path.isdir(os.path.join(OUT_ROOT, d)) and d not in known:
                shutil.rmtree(os.path.join(OUT_ROOT, d))
    jobs = int(os.environ.get("CORPUS_JOBS", str(max(1, os.cpu_count() or 1))))
    purposes = dict(todo)
    for name, _ in todo:
        outdir = os.path.join(OUT_ROOT, name)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)

    def run_server(chunk):
        env = _worker_env()
        try:
            p = subprocess.run([py, os.path.abspath(__file__), "--serve", OUT_ROOT] + chunk, env=env,
                               capture_output=True, text=True, timeout=TIMEOUT * (len(chunk) + 1), cwd=REPO)
            return [ln[3:].split("\t", 1) for ln in p.stdout.split("\n") if ln.startswith("@@ ")]
        except subprocess.TimeoutExpired:
            return []

    chunks = [[n for n, _ in todo][i::jobs] for i in range(jobs)]
    results = {}
    with ThreadPoolExecutor(max_workers=jobs) as ex:
        for res in ex.map(run_server, [c for c in chunks if c]):
            results.update(dict(res))
    # anything the servers did not finish: one fresh process per case
    missing = [n for n, _ in todo if not os.path.exists(os.path.join(OUT_ROOT, n, "outcome.json"))]
    with ThreadPoolExecutor(max_workers=jobs) as ex:
        for name, status in ex.map(lambda n: _drive_one(py, n, purposes[n]), missing):
            results[name] = status
    for name, _ in todo:
        print(f"{name}: {results.get(name)}", flush=True)
    summary = write_index([n for n, _ in all_cases])
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
