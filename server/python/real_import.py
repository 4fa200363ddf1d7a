"""Runs a tlparse / after_aot `fx_graph_runnable.py` repro through torch-mlir's FX importer.

Shipped with the torch-mlir Diagnostics extension ("Run the real import"); run by the configured
Python as `python real_import.py REPRO.py`, in a trusted workspace only, with PYTHONNOUSERSITE=1.
The repro's own code runs (that is what a repro is); its `__main__` block does not. Prints one
line `TORCH_MLIR_DIAGNOSTICS_RESULT {json}` on stdout:
  {"ok": true, "mlir": "..."} or
  {"ok": false, "stage": "load|args|import", "error_type", "message", "node", "target", "line", "traceback"}
where node / target / line name the FX node the importer failed on (the innermost importer frame
holding a `node`), and line is the repro line its stack trace points at.
"""
import json
import os
import re
import sys
import threading
import traceback

MARK = "TORCH_MLIR_DIAGNOSTICS_RESULT "


def _die_with_editor():
    # The extension holds our stdin open; when it (the language server) goes away, so do we.
    try:
        while sys.stdin.buffer.read(65536):
            pass
    finally:
        os._exit(125)


def _emit(result):
    sys.stdout.write(MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


def _failed_node(exc):
    """The innermost fx_importer frame that holds an FX node in a local named `node`."""
    found = None
    tb = exc.__traceback__
    try:
        import torch.fx
        while tb is not None:
            frame = tb.tb_frame
            if "fx_importer" in frame.f_code.co_filename:
                node = frame.f_locals.get("node")
                if isinstance(node, torch.fx.Node):
                    found = node
            tb = tb.tb_next
    except Exception:
        return None
    return found


def _repro_line(node, repro):
    """The line of the repro the node's stack trace points at (export traced Repro.forward)."""
    trace = (node.meta or {}).get("stack_trace") or ""
    real = os.path.realpath(repro)
    line = None
    for m in re.finditer(r'File "([^"]+)", line (\d+)', trace):
        if os.path.realpath(m.group(1)) == real:
            line = int(m.group(2))
    return line


def main():
    threading.Thread(target=_die_with_editor, daemon=True).start()
    repro = os.path.abspath(sys.argv[1])
    stage = "load"
    try:
        import runpy
        import torch
        scope = runpy.run_path(repro, run_name="__torch_mlir_diagnostics_repro__")
        mod = scope.get("mod") or scope["Repro"]()
        stage = "args"
        from torch._dynamo.debug_utils import InputReader
        reader = InputReader()
        scope["load_args"](reader)
        args = reader.args
        stage = "import"
        from torch_mlir import fx
        with torch.no_grad():
            module = fx.export_and_import(mod, *args)
        _emit({"ok": True, "mlir": str(module)})
    except BaseException as e:  # noqa: BLE001 - every failure is the answer
        node = _failed_node(e) if stage == "import" else None
        tb = traceback.format_exc()
        _emit({
            "ok": False,
            "stage": stage,
            "error_type": type(e).__name__,
            "message": str(e)[:4000],
            "node": node.name if node is not None else None,
            "target": str(node.target) if node is not None else None,
            "line": _repro_line(node, repro) if node is not None else None,
            "traceback": tb[-8000:],
        })


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Not a normal shutdown: the stdin watcher thread is blocked in a read.
    os._exit(0)
