#!/usr/bin/env bash
# Installs the Python environment the verification tests need (the real torch-mlir-opt and a
# Python with torch and torch_mlir), idempotently, OUTSIDE the repo:
#   ${TORCH_MLIR_VENV:-$HOME/.cache/torch-mlir-diagnostics-venv}
# with the exact versions of scripts/corpus/requirements.txt (torch==2.13.0, which pip resolves to
# the CPU build here, and torch-mlir==20261001). Never installs an unpinned torch.
# Re-running skips the install when the venv already has those versions, then verifies.
# Usage: bash scripts/setup-venv.sh     (prints the interpreter's path last)
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${TORCH_MLIR_VENV:-$HOME/.cache/torch-mlir-diagnostics-venv}"
REQ=scripts/corpus/requirements.txt
PY="$VENV/bin/python"
log() { printf '[setup-venv] %s\n' "$*" >&2; }

want() { sed -n "s/^$1==\\([^ ]*\\).*/\\1/p" "$REQ"; }
TORCH="$(want torch)"
TORCH_MLIR="$(want torch-mlir)"
[ -n "$TORCH" ] && [ -n "$TORCH_MLIR" ] || { log "cannot read the torch / torch-mlir pins from $REQ"; exit 1; }

satisfied() {
  [ -x "$PY" ] && [ -x "$VENV/bin/torch-mlir-opt" ] && "$PY" - "$TORCH" "$TORCH_MLIR" <<'PYEOF' 2>/dev/null
import sys
from importlib import metadata
torch, torch_mlir = sys.argv[1], sys.argv[2]
have = metadata.version("torch")
assert have == torch or have.startswith(torch + "+"), have
assert metadata.version("torch-mlir") == torch_mlir
import torch_mlir.fx  # noqa: F401  the importer loads
PYEOF
}

if satisfied; then
  log "$VENV already has torch $TORCH and torch-mlir $TORCH_MLIR"
else
  if [ ! -x "$PY" ]; then
    log "python3 -m venv $VENV"
    python3 -m venv "$VENV"
  fi
  log "pip install -r $REQ (torch==$TORCH, torch-mlir==$TORCH_MLIR)"
  PIP_NO_INPUT=1 "$PY" -m pip install --quiet -r "$REQ"
  satisfied || { log "the venv still lacks torch $TORCH / torch-mlir $TORCH_MLIR / torch-mlir-opt"; exit 1; }
fi
"$PY" - >&2 <<'PYEOF'
import sys
from importlib import metadata
import torch
print(f"[setup-venv] Python {sys.version.split()[0]}, torch {torch.__version__}, torch-mlir {metadata.version('torch-mlir')}")
PYEOF
"$VENV/bin/torch-mlir-opt" --version | sed -n 's/^ *\(LLVM version.*\)/[setup-venv] torch-mlir-opt: \1/p' >&2
echo "$PY"
