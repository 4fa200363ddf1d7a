#!/usr/bin/env python3
"""Builds test/mlir-oracle/oracle.json: what the real torch-mlir-opt says about our MLIR inputs.

For every input (real importer output, fixtures, examples, test/mlir-oracle/inputs/) and for
seeded broken variants of some of them (written to test/mlir-oracle/broken/), torch-mlir-opt is
run twice:

  A: --allow-unregistered-dialect                       (the real verdict: accepted or not)
  B: A + --mlir-very-unsafe-disable-verifier-on-parsing  (parsing only)

An error B reports is a parse error; an error only A reports is a verifier error. Parse errors are
further split by message into 'syntax' (the text is not MLIR: our parser must flag it at the same
place) and 'semantic' (name resolution and op registry knowledge: undeclared values, unknown custom
ops, result counts, unregistered dialects; other checkers own those).

Usage: /work/venv/bin/python scripts/gen_mlir_oracle.py [--seed N] [--max-broken N]
Environment: TORCH_MLIR_OPT overrides the torch-mlir-opt binary.
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORACLE_DIR = os.path.join(ROOT, "test", "mlir-oracle")
BROKEN_DIR = os.path.join(ORACLE_DIR, "broken")
DEFAULT_OPT = "/work/venv/bin/torch-mlir-opt"
BASE_FLAGS = ["--allow-unregistered-dialect", "--mlir-print-op-generic", "-o", os.devnull]
NO_VERIFY = "--mlir-very-unsafe-disable-verifier-on-parsing"
SPLIT_RE = re.compile(r"^[ \t]*// -----", re.M)
ERROR_RE = re.compile(r"^(.*?):(\d+):(\d+): error: (.*)$")
ERROR_NOLOC_RE = re.compile(r"^(.*?):(\d+): error: (.*)$")

# Parse errors that come from name resolution or registry knowledge, not from the text's shape.
SEMANTIC_PATTERNS = [
    r"^custom op '.*' is unknown",
    r"^use of undeclared SSA value",
    r"^operation defines \d+ results but was provided \d+ to bind",
    r"^use of value '.*' expects different type than prior uses",
    r"^redefinition of SSA value",
    r"^reference to an undefined block",
    r"^redefinition of block",
    r"^undefined symbol alias id",
    r"^redefinition of (type|attribute) alias id",
    r"^operation being parsed with an unregistered dialect",
    r"type created with unregistered dialect",
    r"^attribute created with unregistered dialect",
    r"^use of undefined value",
    r"^block with no terminator",
    r"^successor .* does not",
    r"^unknown key '.*' when parsing properties dictionary",
    r"^found an unknown or unsupported",
    r"location alias was never defined",
    r"^Dialect `.*' not found for custom op",
    r"^region entry argument .* is already in use",
    r"^integer constant out of range",
    r"^child of NameLoc cannot be another NameLoc",
]
SEMANTIC_RES = [re.compile(p) for p in SEMANTIC_PATTERNS]

MAX_SOURCE_BYTES = 4000
KINDS = ["del-char", "del-token", "truncate", "del-brace", "swap-lines", "misspell-type"]
TOKEN_RE = re.compile(
    r'%[\w$.#-]+|\^[\w$.-]+|@[\w$.-]+|#[\w$.-]+|![\w$.-]+|"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w$.]*|\d[\w.]*|->|\S'
)
TYPE_RE = re.compile(r"!torch\.[A-Za-z]+|\b(?:f16|f32|f64|bf16|i1|i32|i64|si64|si32|ui8|index)\b")


def rel(path: str) -> str:
    return os.path.relpath(path, ROOT).replace(os.sep, "/")


def opt_binary() -> str:
    return os.environ.get("TORCH_MLIR_OPT", DEFAULT_OPT)


def run_opt(opt: str, path: str, split: bool, verify: bool) -> list[dict]:
    """The errors torch-mlir-opt prints (first of each chunk), in file order."""
    cmd = [opt, *BASE_FLAGS]
    if split:
        cmd.append("--split-input-file")
    if not verify:
        cmd.append(NO_VERIFY)
    cmd.append(path)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    errors = []
    for line in p.stderr.splitlines():
        m = ERROR_RE.match(line)
        if m:
            errors.append({"line": int(m.group(2)), "col": int(m.group(3)), "message": m.group(4).strip()})
            continue
        m = ERROR_NOLOC_RE.match(line)
        if m:  # `<unknown>:0: error:` (verifier errors of ops whose loc is not a file location)
            errors.append({"line": 0, "col": 0, "message": m.group(3).strip()})
    if p.returncode != 0 and not errors:
        errors.append({"line": 0, "col": 0, "message": f"torch-mlir-opt exited with {p.returncode}: {p.stderr.strip()[:200]}"})
    return errors


def classify(message: str) -> str:
    return "semantic" if any(r.search(message) for r in SEMANTIC_RES) else "syntax"


def judge(opt: str, path: str, text: str) -> dict:
    split = bool(SPLIT_RE.search(text))
    parse_errors = run_opt(opt, path, split, verify=False)
    all_errors = run_opt(opt, path, split, verify=True) if not parse_errors else parse_errors
    entry: dict = {"split": split, "accepted": not all_errors}
    if parse_errors:
        entry["errors"] = [{**e, "kind": "parse", "parseKind": classify(e["message"])} for e in parse_errors]
    elif all_errors:
        entry["errors"] = [{**e, "kind": "verifier"} for e in all_errors[:1]]
    return entry


def input_files() -> list[str]:
    pats = [
        "test/corpus/real/*/out.mlir",
        "test/corpus/real/*/out.debug.mlir",
        "test/fixtures/mlir/*.mlir",
        "examples/*.mlir",
        "test/mlir-oracle/inputs/*.mlir",
    ]
    out: list[str] = []
    for p in pats:
        out.extend(sorted(glob.glob(os.path.join(ROOT, p))))
    return out


# --- mutations ----------------------------------------------------------------------------------


def code_lines(lines: list[str]) -> list[int]:
    return [i for i, l in enumerate(lines) if l.strip() and not l.strip().startswith("//")]


def mutate(kind: str, text: str, rng: random.Random) -> tuple[str, str] | None:
    """Returns (mutated text, description) or None when the mutation does not apply."""
    lines = text.split("\n")
    idx = code_lines(lines)
    if not idx:
        return None
    if kind == "del-char":
        i = rng.choice(idx)
        l = lines[i]
        cols = [c for c, ch in enumerate(l) if not ch.isspace()]
        c = rng.choice(cols)
        lines[i] = l[:c] + l[c + 1 :]
        return "\n".join(lines), f"line {i + 1}: deleted {l[c]!r} at column {c + 1}"
    if kind == "del-token":
        i = rng.choice(idx)
        l = lines[i]
        toks = list(TOKEN_RE.finditer(l))
        if not toks:
            return None
        t = rng.choice(toks)
        lines[i] = l[: t.start()] + l[t.end() :]
        return "\n".join(lines), f"line {i + 1}: deleted token {t.group()[:30]!r} at column {t.start() + 1}"
    if kind == "truncate":
        ops = [i for i in idx if re.search(r"=\s*[\w\"]|^\s*[a-z_]+\.[\w.]+\s", lines[i])]
        if not ops:
            return None
        i = rng.choice(ops)
        l = lines[i]
        first = len(l) - len(l.lstrip())
        if len(l) - first < 3:
            return None
        c = rng.randrange(first + 1, len(l) - 1)
        return "\n".join(lines[:i] + [l[:c]]), f"line {i + 1}: truncated at column {c + 1}"
    if kind == "del-brace":
        cand = [(i, c) for i in idx for c, ch in enumerate(lines[i]) if ch == "}"]
        if not cand:
            return None
        i, c = rng.choice(cand)
        lines[i] = lines[i][:c] + lines[i][c + 1 :]
        return "\n".join(lines), f"line {i + 1}: deleted '}}' at column {c + 1}"
    if kind == "swap-lines":
        pairs = [i for i in idx if i + 1 < len(lines) and lines[i + 1].strip() and lines[i].strip() != lines[i + 1].strip()]
        if not pairs:
            return None
        i = rng.choice(pairs)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
        return "\n".join(lines), f"swapped lines {i + 1} and {i + 2}"
    if kind == "misspell-type":
        cand = [(i, m) for i in idx for m in TYPE_RE.finditer(lines[i])]
        if not cand:
            return None
        i, m = rng.choice(cand)
        word = m.group()
        base = 7 if word.startswith("!torch.") else 0
        name = word[base:]
        if len(name) < 2:
            return None
        how = rng.randrange(3)
        if how == 0:  # drop a letter
            k = rng.randrange(len(name))
            new = name[:k] + name[k + 1 :]
        elif how == 1:  # swap two adjacent letters
            k = rng.randrange(len(name) - 1)
            new = name[:k] + name[k + 1] + name[k] + name[k + 2 :]
        else:  # double a letter
            k = rng.randrange(len(name))
            new = name[: k + 1] + name[k] + name[k + 1 :]
        if new == name or not new:
            return None
        l = lines[i]
        lines[i] = l[: m.start() + base] + new + l[m.end() :]
        return "\n".join(lines), f"line {i + 1}: type {word!r} misspelt as {word[:base] + new!r}"
    raise ValueError(kind)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261001)
    ap.add_argument("--max-broken", type=int, default=150)
    ap.add_argument("--max-attempts", type=int, default=4000)
    ap.add_argument("--out", default=os.path.join(ORACLE_DIR, "oracle.json"))
    args = ap.parse_args()

    opt = opt_binary()
    if not os.path.exists(opt):
        print(f"gen_mlir_oracle: {opt} not found (set TORCH_MLIR_OPT)", file=sys.stderr)
        return 2
    llvm = subprocess.run([opt, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"LLVM version (\S+)", llvm)
    try:
        from importlib.metadata import version

        torch_mlir_version = version("torch-mlir")
    except Exception:  # noqa: BLE001 - the binary alone is enough
        torch_mlir_version = "unknown"

    inputs = []
    for path in input_files():
        text = open(path, encoding="utf-8").read()
        inputs.append({"path": rel(path), **judge(opt, path, text)})
    print(f"inputs: {len(inputs)}, accepted {sum(e['accepted'] for e in inputs)}")

    # Broken variants: seeded mutations of small accepted inputs, kept when parsing fails with a
    # syntax error.
    for old in glob.glob(os.path.join(BROKEN_DIR, "*.mlir")):
        os.remove(old)
    os.makedirs(BROKEN_DIR, exist_ok=True)
    sources = [e["path"] for e in inputs if e["accepted"] and os.path.getsize(os.path.join(ROOT, e["path"])) <= MAX_SOURCE_BYTES]
    per_kind = -(-args.max_broken // len(KINDS))
    counts = {k: 0 for k in KINDS}
    seen: set[str] = set()
    broken = []
    skipped = {"no-error": 0, "semantic": 0, "verifier": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for attempt in range(args.max_attempts):
            if len(broken) >= args.max_broken:
                break
            kind = KINDS[attempt % len(KINDS)]
            if counts[kind] >= per_kind:
                continue
            seed = args.seed * 10000 + attempt
            rng = random.Random(seed)
            src = rng.choice(sources)
            text = open(os.path.join(ROOT, src), encoding="utf-8").read()
            r = mutate(kind, text, rng)
            if not r:
                continue
            mutated, what = r
            h = hashlib.sha1(mutated.encode()).hexdigest()
            if h in seen or mutated == text:
                continue
            seen.add(h)
            tmp_path = os.path.join(tmp, "variant.mlir")
            with open(tmp_path, "w", encoding="utf-8") as f:
                f.write(mutated)
            verdict = judge(opt, tmp_path, mutated)
            errs = verdict.get("errors", [])
            if not errs:
                skipped["no-error"] += 1
                continue
            if errs[0]["kind"] != "parse":
                skipped["verifier"] += 1
                continue
            if errs[0]["parseKind"] != "syntax":
                skipped["semantic"] += 1
                continue
            counts[kind] += 1
            name = f"b{len(broken):03d}-{kind}.mlir"
            with open(os.path.join(BROKEN_DIR, name), "w", encoding="utf-8") as f:
                f.write(mutated)
            broken.append(
                {
                    "path": rel(os.path.join(BROKEN_DIR, name)),
                    "source": src,
                    "mutation": kind,
                    "seed": seed,
                    "description": what,
                    **verdict,
                }
            )
    print(f"broken: {len(broken)} {counts}; discarded {skipped}")

    oracle = {
        "tool": {
            "torchMlir": torch_mlir_version,
            "llvm": m.group(1) if m else "unknown",
            "flags": BASE_FLAGS[:1],
            "parseOnlyFlag": NO_VERIFY,
        },
        "generator": "scripts/gen_mlir_oracle.py",
        "seed": args.seed,
        "inputs": inputs,
        "broken": broken,
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(oracle, f, indent=1)
        f.write("\n")
    print(f"wrote {rel(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
