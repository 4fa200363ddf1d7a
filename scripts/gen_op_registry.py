#!/usr/bin/env python3
"""Dump the PyTorch operator registry to server/data/torch_ops.json.

Everything in the output comes from the installed `torch` package (see
scripts/requirements-data.txt for the pinned version):

* ``ops``: every schema the dispatcher / JIT registry knows about
  (``torch._C._jit_get_all_schemas()``), after importing the Python modules that
  register extra namespaces (prims, quantized_decomposed, inductor, ...).  The
  argument list is parsed from ``str(schema)`` so types and defaults are spelled
  exactly as PyTorch prints them; the parse is cross-checked against the
  structured ``FunctionSchema`` fields (names, count, kwarg-only, defaults,
  alias info, return count).
* ``python``: torch-level callables that appear as FX ``call_function`` targets,
  keyed by ``torch.fx.node._get_qualified_name``.
* ``methods``: Tensor method name -> ``aten::<name>``.
* ``higher_order``: names of registered ``torch.ops.higher_order`` operators.

Usage: /work/venv/bin/python scripts/gen_op_registry.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import inspect
import json
import os
import re
import sys
import types
import warnings

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "server", "data", "torch_ops.json")
# The fields parsed from each schema's text (args, returns, ...) are read only by the tests that
# cross-check the TypeScript schema parser against PyTorch, so they live beside the tests and stay
# out of the extension package; the server parses `schema` itself.
PARSED_OUT = os.path.join(REPO_ROOT, "test", "data", "torch_ops_parsed.json")
GENERATOR = "scripts/gen_op_registry.py"
DOC_URL = "https://pytorch.org/docs/stable/generated/{}.html"

# Modules whose import registers additional operator namespaces / overloads.
# Failures are reported but not fatal (some are optional in some builds).
REGISTERING_MODULES = [
    "torch._refs",
    "torch._prims",
    "torch._prims.rng_prims",
    "torch._higher_order_ops",
    "torch.ao.quantization.fx._decomposed",
    "torch.distributed._functional_collectives",
    "torch._inductor.lowering",
    "torch._inductor.inductor_prims",
    "torch.export",
]


def import_registering_modules() -> list[str]:
    loaded = []
    for mod in REGISTERING_MODULES:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                importlib.import_module(mod)
            loaded.append(mod)
        except Exception as e:  # pragma: no cover - depends on build
            print(f"warning: could not import {mod}: {e}", file=sys.stderr)
    return loaded


# ---------------------------------------------------------------------------
# Schema text parsing
# ---------------------------------------------------------------------------

def scan(text: str, start: int = 0):
    """Yield (index, char, depth) for characters outside quoted strings.

    depth counts open () and [] before the character (a closing bracket is
    reported with the depth it closes to).  Backslash escapes inside quotes
    are honoured.
    """
    depth, quote, i = 0, None, start
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        else:
            if c in "([":
                depth += 1
                yield i, c, depth
            elif c in ")]":
                depth -= 1
                yield i, c, depth
            else:
                yield i, c, depth
        i += 1


def split_top_level(text: str, sep: str = ",") -> list[str]:
    """Split on `sep` outside (), [] and quoted strings."""
    parts, last = [], 0
    for i, c, depth in scan(text):
        if c == sep and depth == 0:
            parts.append(text[last:i].strip())
            last = i + 1
    tail = text[last:].strip()
    if tail or parts:
        parts.append(tail)
    return parts


def find_top_level(text: str, ch: str) -> int:
    for i, c, depth in scan(text):
        if c == ch and depth == 0:
            return i
    return -1


def matching_paren(text: str, start: int) -> int:
    for i, c, depth in scan(text, start):
        if c == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced parens in {text!r}")


# An alias annotation is a parenthesised group directly after a Tensor-like
# base type or a list suffix: Tensor(a!), Tensor(a -> *), t(a), t[](a!),
# Tensor(a!)[] ...  Groups after Dict/Future/Union/... are type arguments.
_ALIAS_RE = re.compile(r"(?<=[A-Za-z0-9_\])])\(([a-z*][a-z0-9_|!*]*(?:\s*->\s*[a-z0-9_|!*]+)?)\)")
# Parenthesised groups after these words are type arguments, not aliases.
_TYPE_CONSTRUCTORS = ("Future", "Await", "RRef", "Union", "Dict", "Tuple", "Optional", "List")


def strip_alias(type_text: str) -> tuple[str, str | None]:
    """Remove the alias annotation (Tensor(a!) -> Tensor, 'a!')."""
    for m in _ALIAS_RE.finditer(type_text):
        word = re.search(r"[A-Za-z0-9_]*$", type_text[: m.start()]).group(0)
        if word in _TYPE_CONSTRUCTORS:
            continue
        return type_text[: m.start()] + type_text[m.end():], m.group(1)
    return type_text, None


def parse_decl(text: str) -> dict:
    """Parse '<type> <name>[=<default>]' (or a bare return type)."""
    eq = find_top_level(text, "=")
    default = None
    if eq >= 0:
        default = text[eq + 1:].strip()
        text = text[:eq].strip()
    # The name is the last top-level whitespace-separated token, if it is an
    # identifier and there is something before it.
    m = re.match(r"^(.*\S)\s+([A-Za-z_][A-Za-z0-9_]*)$", text, re.S)
    if m and m.group(1).count("(") == m.group(1).count(")") and m.group(1).count("[") == m.group(1).count("]"):
        type_text, name = m.group(1).strip(), m.group(2)
    else:
        type_text, name = text.strip(), None
    type_text, alias = strip_alias(type_text)
    out = {}
    if name is not None:
        out["name"] = name
    out["type"] = type_text
    if default is not None:
        out["default"] = default
    if alias is not None:
        out["alias"] = alias
    return out


def parse_schema_text(text: str) -> dict:
    lp = text.index("(")
    rp = matching_paren(text, lp)
    full_name = text[:lp]
    args_text = text[lp + 1: rp]
    rest = text[rp + 1:].strip()
    assert rest.startswith("->"), text
    ret_text = rest[2:].strip()

    args, kwarg_only, vararg = [], False, False
    for part in split_top_level(args_text) if args_text.strip() else []:
        if part == "*":
            kwarg_only = True
            continue
        if part == "...":
            vararg = True
            continue
        a = parse_decl(part)
        if kwarg_only:
            a["kwarg_only"] = True
        args.append(a)

    varret = False
    returns = []
    if ret_text == "...":
        varret = True
    elif ret_text.startswith("(") and matching_paren(ret_text, 0) == len(ret_text) - 1:
        inner = ret_text[1:-1].strip()
        for part in split_top_level(inner) if inner else []:
            if part == "...":
                varret = True
                continue
            returns.append(parse_decl(part))
    else:
        returns.append(parse_decl(ret_text))
    return {"full_name": full_name, "args": args, "returns": returns,
            "vararg": vararg, "varret": varret}


def check_against_schema(schema, parsed: dict) -> list[str]:
    """Cross-check the text parse against the structured FunctionSchema."""
    errs = []
    if len(schema.arguments) != len(parsed["args"]):
        return [f"arg count {len(schema.arguments)} != {len(parsed['args'])}"]
    for sa, pa in zip(schema.arguments, parsed["args"]):
        if sa.name != pa.get("name"):
            errs.append(f"name {sa.name} != {pa.get('name')}")
        if bool(sa.kwarg_only) != bool(pa.get("kwarg_only")):
            errs.append(f"{sa.name}: kwarg_only mismatch")
        if bool(sa.has_default_value()) != ("default" in pa):
            errs.append(f"{sa.name}: default presence mismatch")
        if (sa.alias_info is not None) != ("alias" in pa):
            errs.append(f"{sa.name}: alias mismatch ({pa})")
        if sa.N is not None and f"[{sa.N}]" not in pa["type"]:
            errs.append(f"{sa.name}: N={sa.N} not in {pa['type']}")
    if len(schema.returns) != len(parsed["returns"]):
        errs.append(f"return count {len(schema.returns)} != {len(parsed['returns'])}")
    else:
        for sr, pr in zip(schema.returns, parsed["returns"]):
            if (sr.name or None) != pr.get("name"):
                errs.append(f"return name {sr.name!r} != {pr.get('name')!r}")
            if (sr.alias_info is not None) != ("alias" in pr):
                errs.append(f"return alias mismatch ({pr})")
    # (FunctionSchema has no Python binding for is_vararg/is_varret.)
    return errs


def collect_ops(torch) -> list[dict]:
    seen = {}
    problems = []
    for schema in torch._C._jit_get_all_schemas():
        text = str(schema)
        key = (schema.name, schema.overload_name)
        if key in seen:
            if seen[key]["schema"] != text:
                problems.append(f"duplicate {key} with different text")
            continue
        parsed = parse_schema_text(text)
        expect = schema.name + (("." + schema.overload_name) if schema.overload_name else "")
        if parsed["full_name"] != expect:
            problems.append(f"{text}: name parse {parsed['full_name']} != {expect}")
        errs = check_against_schema(schema, parsed)
        if errs:
            problems.append(f"{text}: {'; '.join(errs)}")
        entry = {"name": schema.name, "overload": schema.overload_name, "schema": text,
                 "args": parsed["args"], "returns": parsed["returns"]}
        if parsed["vararg"]:
            entry["vararg"] = True
        if parsed["varret"]:
            entry["varret"] = True
        seen[key] = entry
    if problems:
        print(f"{len(problems)} schema parse problems:", file=sys.stderr)
        for p in problems[:50]:
            print("  " + p, file=sys.stderr)
        raise SystemExit(1)
    return [seen[k] for k in sorted(seen)]


# ---------------------------------------------------------------------------
# Python callables
# ---------------------------------------------------------------------------

_KIND_NAMES = {
    inspect.Parameter.POSITIONAL_ONLY: "positional_only",
    inspect.Parameter.VAR_POSITIONAL: "var_positional",
    inspect.Parameter.KEYWORD_ONLY: "keyword_only",
    inspect.Parameter.VAR_KEYWORD: "var_keyword",
}


def format_default(v) -> str:
    if isinstance(v, float) and v == float("inf"):
        return "inf"
    return repr(v)


def signature_params(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    params = []
    for p in sig.parameters.values():
        d = {"name": p.name}
        if p.default is not inspect.Parameter.empty:
            d["default"] = format_default(p.default)
        kind = _KIND_NAMES.get(p.kind)
        if kind:
            d["kind"] = kind
        params.append(d)
    return params


def is_function_like(obj) -> bool:
    return isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                            types.BuiltinMethodType)) or (
        callable(obj) and type(obj).__name__ in ("builtin_function_or_method",))


def collect_python(torch, op_names: set[str]) -> dict:
    import torch.nn.functional as F
    from torch.fx.node import _get_qualified_name

    out: dict[str, dict] = {}

    try:
        from torch._jit_internal import boolean_dispatched
    except Exception:  # pragma: no cover
        boolean_dispatched = {}

    def doc_url(ns_label: str, attr: str, fn) -> str | None:
        if ns_label not in ("torch", "torch.nn.functional") or not (fn.__doc__ or "").strip():
            return None
        # torch.conv2d is the same object as F.conv2d; it is documented there.
        if ns_label == "torch" and getattr(F, attr, None) is fn:
            ns_label = "torch.nn.functional"
        return DOC_URL.format(f"{ns_label}.{attr}")

    def add(ns_label: str, attr: str, fn):
        try:
            key = _get_qualified_name(fn)
        except Exception:
            key = f"{ns_label}.{attr}"
        keys = [key]
        # F.linear is torch._C._nn.linear and F.conv2d is torch.conv2d: FX
        # prints the former spelling; keep the torch.nn.functional one as an
        # extra key so both lookups work.
        alias_key = f"{ns_label}.{attr}"
        if alias_key != key and ns_label == "torch.nn.functional":
            keys.append(alias_key)
        sig_fn = fn
        try:
            if fn in boolean_dispatched:  # F.max_pool2d & co: (*args, **kwargs) wrappers
                sig_fn = boolean_dispatched[fn]["if_false"]
        except TypeError:
            pass
        params = signature_params(sig_fn)
        url = doc_url(ns_label, attr, fn)
        for k in keys:
            if k in out:
                continue
            e: dict = {}
            if f"aten::{attr}" in op_names:
                e["op"] = f"aten::{attr}"
            if params is not None:
                e["params"] = params
            if url and not any(part.startswith("_") for part in k.split(".")):
                e["doc"] = url
            out[k] = e

    # torch.nn.functional: all public functions
    for attr in sorted(dir(F)):
        if attr.startswith("_"):
            continue
        fn = getattr(F, attr)
        if not is_function_like(fn) or isinstance(fn, type):
            continue
        if isinstance(fn, types.FunctionType) and not (fn.__module__ or "").startswith("torch"):
            continue  # re-exported helpers like typing.* / warnings
        add("torch.nn.functional", attr, fn)

    # torch.*: public builtins and Python functions
    for attr in sorted(dir(torch)):
        if attr.startswith("_"):
            continue
        fn = getattr(torch, attr)
        if isinstance(fn, type) or not is_function_like(fn):
            continue
        if isinstance(fn, types.FunctionType) and not (fn.__module__ or "").startswith("torch"):
            continue
        add("torch", attr, fn)

    # torch._C._nn.*
    for attr in sorted(dir(torch._C._nn)):
        if attr.startswith("__"):
            continue
        fn = getattr(torch._C._nn, attr)
        if isinstance(fn, type) or not is_function_like(fn):
            continue
        add("torch._C._nn", attr, fn)

    return dict(sorted(out.items()))


def collect_methods(torch, op_names: set[str]) -> dict:
    out = {}
    for attr in sorted(dir(torch.Tensor)):
        if f"aten::{attr}" in op_names and callable(getattr(torch.Tensor, attr, None)):
            out[attr] = f"aten::{attr}"
    return out


def collect_higher_order(torch) -> list[str]:
    names = set(getattr(torch._ops, "_higher_order_ops", {}).keys())
    return sorted(names)


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def dumps_compact(v) -> str:
    return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))


def write_json(path: str, doc: dict) -> None:
    lines = ["{"]
    keys = list(doc)
    for i, k in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        v = doc[k]
        if isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f"  {json.dumps(k)}: [")
            for j, item in enumerate(v):
                lines.append("    " + dumps_compact(item) + ("," if j < len(v) - 1 else ""))
            lines.append("  ]" + comma)
        elif isinstance(v, dict) and v and all(isinstance(x, dict) for x in v.values()):
            lines.append(f"  {json.dumps(k)}: {{")
            items = list(v.items())
            for j, (kk, item) in enumerate(items):
                lines.append(f"    {json.dumps(kk)}: " + dumps_compact(item) + ("," if j < len(items) - 1 else ""))
            lines.append("  }" + comma)
        elif isinstance(v, dict) and len(v) > 8:
            lines.append(f"  {json.dumps(k)}: {{")
            items = list(v.items())
            for j, (kk, item) in enumerate(items):
                lines.append(f"    {json.dumps(kk)}: " + dumps_compact(item) + ("," if j < len(items) - 1 else ""))
            lines.append("  }" + comma)
        else:
            lines.append(f"  {json.dumps(k)}: {dumps_compact(v)}{comma}")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # sanity
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--parsed-out", default=PARSED_OUT)
    args = ap.parse_args()

    import torch

    import_registering_modules()
    ops = collect_ops(torch)
    op_names = {o["name"] for o in ops}
    doc = {
        "source": {
            "package": "torch",
            "version": torch.__version__,
            "generator": GENERATOR,
            "generated": datetime.date.today().isoformat(),
        },
        "ops": ops,
        "python": collect_python(torch, op_names),
        "methods": collect_methods(torch, op_names),
        "higher_order": collect_higher_order(torch),
    }
    shipped = dict(doc, ops=[{"schema": o["schema"]} for o in ops])
    write_json(args.out, shipped)
    parsed = {
        "source": dict(doc["source"], note="ops[i] is PyTorch's parse of server/data/torch_ops.json ops[i].schema; read by tests only"),
        "ops": [{k: v for k, v in o.items() if k != "schema"} for o in ops],
    }
    write_json(args.parsed_out, parsed)
    ns = {}
    for o in ops:
        ns[o["name"].split("::")[0]] = ns.get(o["name"].split("::")[0], 0) + 1
    print(f"ops: {len(ops)} overloads, {len(op_names)} distinct names")
    print("namespaces: " + ", ".join(f"{k}={v}" for k, v in sorted(ns.items())))
    print(f"python: {len(doc['python'])}  methods: {len(doc['methods'])}  "
          f"higher_order: {len(doc['higher_order'])}")
    print(f"wrote {os.path.relpath(args.out, REPO_ROOT)} ({os.path.getsize(args.out)} bytes)")
    print(f"wrote {os.path.relpath(args.parsed_out, REPO_ROOT)} ({os.path.getsize(args.parsed_out)} bytes)")


if __name__ == "__main__":
    main()
