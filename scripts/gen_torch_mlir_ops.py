#!/usr/bin/env python3
"""Dump the ops registered by the torch-mlir `torch` dialect to
server/data/torch_mlir_ops.json.

Sources, all from the installed packages (pinned in scripts/requirements-data.txt):

* The op list, operand / result / attribute names, variadic and optional
  markers and region counts come from the generated Python bindings of the
  torch-mlir wheel (``torch_mlir/dialects/_torch_ops_gen.py``), read with
  ``ast`` (the file is not modified or copied).
* Every op is confirmed with ``Context.is_registered_operation`` in a context
  where ``torch_mlir.dialects.torch.register_dialect`` was called.
* The wheel does not ship the ODS summaries ("Generated op for `<key>`") nor the
  ODS type-constraint names.  For ops generated from a PyTorch schema, the key
  is rebuilt from the matching schema of the installed ``torch`` (JIT "fake"
  types, ``arg.type.str()``, exactly as torch_ods_gen.py does), and the ODS
  types are derived from those JIT types with TORCH_TYPE_TO_ODS below (the
  documented mapping of torch_ods_gen.py).  Every derived op is then checked
  against the real verifier: it is instantiated in generic form with one sample
  MLIR type per ODS constraint and must verify.
* Hand-written ops (constants, prim.If/Loop, vtensor.literal, operator, ...)
  carry ``"handwritten": true``; their operand/result types are probed from the
  verifier's own "must be <summary>" messages and mapped back to ODS names with
  ODS_SUMMARY below where the summary is unambiguous.

Usage: /work/venv/bin/python scripts/gen_torch_mlir_ops.py [--out PATH]
"""

from __future__ import annotations

import argparse
import ast
import datetime
import importlib.metadata
import keyword
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO_ROOT, "server", "data", "torch_mlir_ops.json")
GENERATOR = "scripts/gen_torch_mlir_ops.py"

# JIT "fake" type string (arg.type.str()) -> ODS type constraint.
# Mapping from torch-mlir's torch_ods_gen.py (importer-behavior.md C.4).
TORCH_TYPE_TO_ODS = {
    "Tensor": "AnyTorchTensorType",
    "Tensor?": "AnyTorchOptionalTensorType",
    "Tensor?[]": "AnyTorchListOfOptionalTensorType",
    "Tensor[]": "AnyTorchListOfTensorType",
    "Scalar": "AnyTorchScalarType",
    "Scalar?": "AnyTorchOptionalScalarType",
    "int": "Torch_IntType",
    "int[]": "AnyTorchListOfTorchIntType",
    "int?": "AnyTorchOptionalIntType",
    "int[]?": "AnyTorchOptionalListOfTorchIntType",
    "bool": "Torch_BoolType",
    "bool[]": "AnyTorchListOfTorchBoolType",
    "bool?": "AnyTorchOptionalBoolType",
    "float": "Torch_FloatType",
    "float?": "AnyTorchOptionalFloatType",
    "float[]": "AnyTorchListOfTorchFloatType",
    "float[]?": "AnyTorchOptionalListOfTorchFloatType",
    "t[]": "AnyTorchListType",
    "t": "AnyTorchType",
    "t1": "AnyTorchType",
    "t2": "AnyTorchType",
    "Any": "AnyTorchType",
    "Device": "Torch_DeviceType",
    "Device?": "AnyTorchOptionalDeviceType",
    "Generator": "Torch_GeneratorType",
    "Generator?": "AnyTorchOptionalGeneratorType",
    "str": "Torch_StringType",
    "str?": "AnyTorchOptionalStringType",
    "str[]": "AnyTorchListOfTorchStringType",
    "Dict": "Torch_DictType",
    "__torch__.torch.classes.quantized.LinearPackedParamsBase": "Torch_LinearParamsType",
}

# One MLIR type accepted by each ODS constraint (used to instantiate ops for
# the verifier check).
ODS_SAMPLE_TYPE = {
    "AnyTorchTensorType": "!torch.vtensor",
    "AnyTorchOptionalTensorType": "!torch.vtensor",
    "AnyTorchListOfOptionalTensorType": "!torch.list<optional<vtensor>>",
    "AnyTorchListOfTensorType": "!torch.list<vtensor>",
    "AnyTorchScalarType": "!torch.number",
    "AnyTorchOptionalScalarType": "!torch.none",
    "Torch_IntType": "!torch.int",
    "AnyTorchListOfTorchIntType": "!torch.list<int>",
    "AnyTorchOptionalIntType": "!torch.none",
    "AnyTorchOptionalListOfTorchIntType": "!torch.none",
    "Torch_BoolType": "!torch.bool",
    "AnyTorchListOfTorchBoolType": "!torch.list<bool>",
    "AnyTorchOptionalBoolType": "!torch.none",
    "Torch_FloatType": "!torch.float",
    "AnyTorchOptionalFloatType": "!torch.none",
    "AnyTorchListOfTorchFloatType": "!torch.list<float>",
    "AnyTorchOptionalListOfTorchFloatType": "!torch.none",
    "AnyTorchListType": "!torch.list<int>",
    "AnyTorchType": "!torch.int",
    "Torch_DeviceType": "!torch.Device",
    "AnyTorchOptionalDeviceType": "!torch.none",
    "Torch_GeneratorType": "!torch.Generator",
    "AnyTorchOptionalGeneratorType": "!torch.none",
    "Torch_StringType": "!torch.str",
    "AnyTorchOptionalStringType": "!torch.none",
    "AnyTorchListOfTorchStringType": "!torch.list<str>",
    "Torch_DictType": "!torch.dict<str, int>",
    "Torch_LinearParamsType": "!torch.LinearParams",
    "Torch_NonValueTensorType": "!torch.tensor",
    "AnyTorchOptionalNonValueTensorType": "!torch.tensor",
    "AnyTorchListOfOptionalNonValueTensorType": "!torch.list<optional<tensor>>",
    "AnyTorchListOfNonValueTensorType": "!torch.list<tensor>",
}

# Verifier summary text ("must be <summary>, but got") -> ODS constraint name,
# for summaries that identify one constraint (TorchTypes.td / TorchOps.td).
ODS_SUMMARY = {
    "Any Torch tensor type": "AnyTorchTensorType",
    "Optional torch tensor type": "AnyTorchOptionalTensorType",
    "Optional torch non value tensor type": "AnyTorchOptionalNonValueTensorType",
    "Torch IntType": "Torch_IntType",
    "Torch FloatType": "Torch_FloatType",
    "Torch BoolType": "Torch_BoolType",
    "Torch StringType": "Torch_StringType",
    "Torch NoneType": "Torch_NoneType",
    "Torch number type": "Torch_NumberType",
    "Torch device": "Torch_DeviceType",
    "Torch packed linear params type": "Torch_LinearParamsType",
    "torch.nn.Module": "Torch_NnModuleType",
    "Any type that is legal to pass to a Torch kernel": "AnyTorchType",
    "Any Torch list Type of any non-token type values": "AnyTorchListType",
    "Int list type (int[]) of Torch IntType values": "AnyTorchListOfTorchIntType",
    "Bool list type (bool[]) of Torch BoolType values": "AnyTorchListOfTorchBoolType",
    "Str list type (str[]) of Torch StringType values": "AnyTorchListOfTorchStringType",
    "Optional torch int type": "AnyTorchOptionalIntType",
    "Optional torch float type": "AnyTorchOptionalFloatType",
    "Optional torch bool type": "AnyTorchOptionalBoolType",
    "Optional torch Str type": "AnyTorchOptionalStringType",
    "Optional torch scalar type": "AnyTorchOptionalScalarType",
    "Optional torch device type": "AnyTorchOptionalDeviceType",
    "Optional torch Generator type": "AnyTorchOptionalGeneratorType",
    "Optional torch int list type (int[]?)": "AnyTorchOptionalListOfTorchIntType",
    "Optional torch float list type (float[]?)": "AnyTorchOptionalListOfTorchFloatType",
    "List of optional ints type (int?[]) of Optional torch int type values": "AnyTorchListOfOptionalIntType",
    "Any optional tensor list type (Tensor?[]) of Optional torch tensor type values": "AnyTorchListOfOptionalTensorType",
    "Any int list type (Tensor[]) of Any Torch tensor type values": "AnyTorchListOfTensorType",
    "Any int list type (Tensor[]) of Multi-dimensional array modeling Torch's Tensor type values": "AnyTorchListOfNonValueTensorType",
    "Any optional tensor list type (Tensor?[]) of Optional torch non value tensor type values": "AnyTorchListOfOptionalNonValueTensorType",
    "Float list type (float[]) of Torch FloatType values": "AnyTorchListOfTorchFloatType",
    "Any Python numeric type compatible with being the scalar type of a tensor": "AnyTorchScalarType",
    "Torch Generator for producing valsem-random numbers": "Torch_GeneratorType",
    "Torch any type": "Torch_AnyType",
    "Allowed dict key types": "AnyTorchDictKeyType",
    "!torch.optional<T>": "Torch_OptionalType",
    "!torch.list<T>": "Torch_ListType",
    "!torch.union<T1, T2, T3>": "Torch_UnionType",
    "!torch.tuple<T1, T2, T3>": "Torch_TupleType",
    "!torch.dict[KT, VT] ": "Torch_DictType",
    "!torch.dict[KT, VT]": "Torch_DictType",
}

BINDING_RESERVED = {"self", "results", "operands", "attributes", "regions", "loc", "ip",
                    "successors", "context", "type"}


def ods_name(py_name: str) -> str:
    """Undo the Python bindings' renaming of reserved names (self -> self_)."""
    if py_name.endswith("_"):
        base = py_name[:-1]
        if keyword.iskeyword(base) or base in BINDING_RESERVED:
            return base
    return py_name


# ---------------------------------------------------------------------------
# Reading the generated bindings
# ---------------------------------------------------------------------------

def _returns(fn: ast.FunctionDef):
    for node in ast.walk(fn):
        if isinstance(node, ast.Return) and node.value is not None:
            return node.value
    return None


def read_bindings(path: str) -> dict[str, dict]:
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    ops = {}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        if not any(isinstance(b, ast.Attribute) and b.attr == "OpView" for b in cls.bases):
            continue
        info = {"class": cls.name, "operands": [], "results": [], "attributes": [],
                "regions": None, "doc": ast.get_docstring(cls)}
        op_name = None
        attr_builders = {}
        for item in cls.body:
            if isinstance(item, ast.Assign) and len(item.targets) == 1 and isinstance(item.targets[0], ast.Name):
                tname = item.targets[0].id
                if tname == "OPERATION_NAME":
                    op_name = ast.literal_eval(item.value)
                elif tname == "_ODS_REGIONS":
                    n, exact = ast.literal_eval(item.value)
                    info["regions"] = {"count": n, "variadic": not exact}
            elif isinstance(item, ast.FunctionDef) and item.name == "__init__":
                for node in ast.walk(item):
                    # attributes["value"] = ... AttrBuilder.get('I64Attr') ...
                    if (isinstance(node, ast.Assign) and len(node.targets) == 1
                            and isinstance(node.targets[0], ast.Subscript)
                            and isinstance(node.targets[0].value, ast.Name)
                            and node.targets[0].value.id == "attributes"):
                        key = ast.literal_eval(node.targets[0].slice)
                        for sub in ast.walk(node.value):
                            if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
                                    and sub.func.attr == "get" and sub.args
                                    and isinstance(sub.args[0], ast.Constant)):
                                attr_builders[key] = sub.args[0].value
                                break
            elif isinstance(item, ast.FunctionDef) and any(
                    isinstance(d, ast.Attribute) and d.attr == "property" for d in item.decorator_list):
                ret = _returns(item)
                src = ast.unparse(ret) if ret is not None else ""
                body_src = ast.unparse(item)
                ann = ast.unparse(item.returns) if item.returns is not None else ""
                if "operation.operands" in body_src:
                    kind = "operands"
                elif "operation.results" in body_src:
                    kind = "results"
                elif "operation.attributes" in body_src:
                    m = re.search(r'attributes\[(["\'])(.+?)\1\]', body_src)
                    name = m.group(2) if m else item.name
                    info["attributes"].append({"name": name, "optional": "_Optional" in ann or "None" in body_src})
                    continue
                elif "operation.regions" in body_src:
                    continue
                else:
                    continue
                entry = {"name": ods_name(item.name)}
                if "List" in ann or "_ods_variadic_group_length" in body_src or "segmented_accessor" in src:
                    entry["variadic"] = True
                elif "_Optional" in ann:
                    entry["optional"] = True
                info[kind].append(entry)
        if op_name is None:
            continue
        for a in info["attributes"]:
            if a["name"] in attr_builders:
                a["type"] = attr_builders[a["name"]]
        ops[op_name] = info
    return ops


# ---------------------------------------------------------------------------
# PyTorch schemas -> unique keys and ODS types
# ---------------------------------------------------------------------------

def load_torch_schemas() -> tuple[dict, str]:
    import warnings
    import torch
    for mod in ("torch._refs", "torch._prims", "torch.ao.quantization.fx._decomposed"):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                __import__(mod)
        except Exception as e:
            print(f"warning: could not import {mod}: {e}", file=sys.stderr)
    schemas = {}
    for s in torch._C._jit_get_all_schemas():
        schemas.setdefault((s.name, s.overload_name), s)
    return schemas, torch.__version__


def jit_type_str(t) -> str:
    s = t.str()
    if s.startswith("Dict("):
        return "Dict"
    return s


def schema_var_flags(schema) -> tuple[bool, bool]:
    """(is_vararg, is_varret); FunctionSchema does not expose them to Python."""
    text = str(schema)
    args_part, _, ret_part = text.rpartition(" -> ")
    args_part = args_part.rstrip(")")
    vararg = args_part.endswith("...") and args_part[-4:-3] in ("(", " ")
    return vararg, ret_part.strip() in ("...", "(...)")


def unique_key(schema) -> str:
    """torch_ods_gen's JitOperator.create_unique_key, rebuilt from the torch schema."""
    vararg, varret = schema_var_flags(schema)
    name = schema.name + (("." + schema.overload_name) if schema.overload_name else "")
    args = "..." if vararg else ", ".join(jit_type_str(a.type) for a in schema.arguments)
    rets = "..." if varret else ", ".join(jit_type_str(r.type) for r in schema.returns)
    return f"{name} : ({args}) -> ({rets})"


def split_op_name(op: str) -> tuple[str, str, str] | None:
    parts = op.split(".")
    if parts[0] != "torch" or len(parts) < 3 or len(parts) > 4:
        return None
    return parts[1], parts[2], parts[3] if len(parts) == 4 else ""


NON_VALUE = {
    "AnyTorchTensorType": "Torch_NonValueTensorType",
    "AnyTorchOptionalTensorType": "AnyTorchOptionalNonValueTensorType",
    "AnyTorchListOfOptionalTensorType": "AnyTorchListOfOptionalNonValueTensorType",
    "AnyTorchListOfTensorType": "AnyTorchListOfNonValueTensorType",
}


def ods_type(jit: str, non_value: bool, is_result: bool = False) -> str | None:
    if is_result and jit == "Tensor":  # torch_ods_gen upgrades Tensor results to Tensor?
        jit = "Tensor?"
    t = TORCH_TYPE_TO_ODS.get(jit)
    return NON_VALUE.get(t, t) if non_value else t


def find_schema(op: str, b: dict, schemas: dict):
    """The torch schema an op was generated from.

    Returns (schema, vararg, varret) when the op name and the operand/result
    structure of the bindings agree with the schema, ("mismatch", schema) when
    a schema exists but disagrees, None when there is none.
    """
    sp = split_op_name(op)
    if sp is None:
        return None
    ns, name, overload = sp
    schema = schemas.get((f"{ns}::{name}", overload))
    if schema is None:
        return None
    vararg, varret = schema_var_flags(schema)
    if vararg:
        ok = [(o["name"], bool(o.get("variadic"))) for o in b["operands"]] == [("operands", True)]
    else:
        ok = ([o["name"] for o in b["operands"]] == [a.name for a in schema.arguments]
              and not any(o.get("variadic") or o.get("optional") for o in b["operands"]))
    if varret:
        ok = ok and [(r["name"], bool(r.get("variadic"))) for r in b["results"]] == [("results", True)]
    else:
        ok = ok and len(schema.returns) == len(b["results"]) and not any(
            r.get("variadic") or r.get("optional") for r in b["results"])
    return (schema, vararg, varret) if ok else ("mismatch", schema)


def derive_types(b: dict, schema, vararg: bool, varret: bool, non_value: bool):
    if vararg:
        operands = [{"name": "operands", "type": "AnyTorchType", "variadic": True}]
    else:
        operands = [{"name": o["name"], "type": ods_type(jit_type_str(a.type), non_value)}
                    for o, a in zip(b["operands"], schema.arguments)]
    if varret:
        results = [{"name": "results", "type": "AnyTorchType", "variadic": True}]
    else:
        results = [{"name": r["name"], "type": ods_type(jit_type_str(x.type), non_value, True)}
                   for r, x in zip(b["results"], schema.returns)]
    return operands, results


# ---------------------------------------------------------------------------
# Verifier checks / probes
# ---------------------------------------------------------------------------

_MUST_BE = re.compile(r"(operand|result) #(\d+) must be (.*?), but got")


class Verifier:
    def __init__(self):
        from torch_mlir import ir
        import torch_mlir.dialects.torch as torch_d
        self.ir = ir
        self.ctx = ir.Context()
        torch_d.register_dialect(self.ctx)
        self.ctx.allow_unregistered_dialects = False

    def registered(self, op: str) -> bool:
        return self.ctx.is_registered_operation(op)

    def check(self, op: str, operand_types: list[str], result_types: list[str],
              attrs: str = "", regions: int = 0) -> str | None:
        """Instantiate `op` generically; return None if it verifies, else the error."""
        args = ", ".join(f"%a{i}: {t}" for i, t in enumerate(operand_types))
        uses = ", ".join(f"%a{i}" for i in range(len(operand_types)))
        res = ", ".join(result_types)
        lhs = ""
        if result_types:
            lhs = "%r = " if len(result_types) == 1 else f"%r:{len(result_types)} = "
        region_txt = ""
        if regions:
            region_txt = " (" + ", ".join(["{\n}"] * regions) + ")"
        text = (f"func.func @f({args}) {{\n"
                f"  {lhs}\"{op}\"({uses}){region_txt} {attrs}: ({', '.join(operand_types)}) -> ({res})\n"
                f"  return\n}}\n")
        try:
            with self.ctx:
                m = self.ir.Module.parse(text)
                m.operation.verify()
            return None
        except Exception as e:
            msg = str(e)
            diags = getattr(e, "error_diagnostics", None)
            if diags:
                msg = "; ".join(d.message for d in diags)
            return msg

    def probe(self, op: str, n_operands: int, n_results: int, attrs: str = "",
              regions: int = 0) -> tuple[list, list]:
        """Find the verifier's constraint for each operand/result position.

        Positions are filled left to right: everything not yet known gets a
        builtin type (i1) that no torch constraint accepts, so the verifier
        reports the first unknown position with its "must be <summary>"
        message; then a type accepted by that summary is put there.
        Returns lists of (summary, ods name or None).
        """
        poison = "i1"
        found = {"operand": [None] * n_operands, "result": [None] * n_results}
        types = {"operand": [poison] * n_operands, "result": [poison] * n_results}
        for _ in range(n_operands + n_results + 1):
            err = self.check(op, types["operand"], types["result"], attrs, regions)
            m = _MUST_BE.search(err or "")
            if not m:
                break
            kind, idx, summ = m.group(1), int(m.group(2)), m.group(3)
            if idx >= len(found[kind]) or found[kind][idx] is not None:
                break
            core = summ[len("variadic of "):] if summ.startswith("variadic of ") else summ
            ods = ODS_SUMMARY.get(core)
            if ods is not None:
                candidates = [(ods, ODS_SAMPLE_TYPE.get(ods) or EXTRA_SAMPLE.get(ods, "!torch.int"))]
            else:
                candidates = AMBIGUOUS_SUMMARY.get(core, [(None, "!torch.int")])
            chosen = candidates[-1]
            for ods_c, sample in candidates:
                types[kind][idx] = sample
                err2 = self.check(op, types["operand"], types["result"], attrs, regions)
                m2 = _MUST_BE.search(err2 or "")
                if not (m2 and m2.group(1) == kind and int(m2.group(2)) == idx):
                    chosen = (ods_c, sample)
                    break
            types[kind][idx] = chosen[1]
            found[kind][idx] = (summ, chosen[0])
        return found["operand"], found["result"]


# Summaries shared by several constraints: candidates tried in order.
AMBIGUOUS_SUMMARY = {
    "Multi-dimensional array modeling Torch's Tensor type": [
        ("Torch_ValueTensorType", "!torch.vtensor"), ("Torch_NonValueTensorType", "!torch.tensor")],
}
EXTRA_SAMPLE = {
    "Torch_NoneType": "!torch.none", "Torch_NumberType": "!torch.number",
    "Torch_NnModuleType": '!torch.nn.Module<"m">', "Torch_TupleType": "!torch.tuple<int>",
    "Torch_AnyType": "!torch.any", "Torch_OptionalType": "!torch.optional<int>",
    "Torch_ListType": "!torch.list<int>", "Torch_UnionType": "!torch.union<int, float>",
    "AnyTorchListOfOptionalIntType": "!torch.list<optional<int>>",
    "AnyTorchDictKeyType": "!torch.str",
}


def summary_to_type(found) -> dict:
    if found is None:
        return {}
    summ, ods = found
    out = {"type": ods} if ods else {}
    out["type_summary"] = summ
    return out


ATTR_SAMPLES = {
    "I64Attr": "0 : i64",
    "F64Attr": "0.0 : f64",
    "StrAttr": '"x"',
    "BoolAttr": "true",
    "FlatSymbolRefAttr": "@f",
    "SymbolNameAttr": '"x"',
    "ElementsAttr": "dense<0.0> : tensor<f32>",
    "AnyAttr": "0 : i64",
    "TypeAttr": "i64",
    "Builtin_AffineMapAttr": "affine_map<()[s0] -> (s0)>",
    "AffineMapAttr": "affine_map<()[s0] -> (s0)>",
}


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def dumps_compact(v) -> str:
    import json
    return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))


def write_json(path: str, doc: dict) -> None:
    import json
    lines = ["{", f'  "source": {dumps_compact(doc["source"])},', '  "ops": {']
    items = list(doc["ops"].items())
    for j, (k, v) in enumerate(items):
        lines.append(f"    {json.dumps(k)}: {dumps_compact(v)}" + ("," if j < len(items) - 1 else ""))
    lines.append("  }")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    import torch_mlir.dialects._torch_ops_gen as gen_mod
    bindings_path = gen_mod.__file__
    bindings = read_bindings(bindings_path)
    schemas, torch_version = load_torch_schemas()
    verifier = Verifier()

    out_ops = {}
    unregistered, generated, handwritten, verify_fail, untyped, mismatched = [], 0, 0, [], [], []
    non_value_ops = 0
    for op in sorted(bindings):
        b = bindings[op]
        if not verifier.registered(op):
            unregistered.append(op)
            continue
        regions = b["regions"] or {"count": 0, "variadic": False}
        simple = (not b["doc"] and not b["attributes"] and not regions["count"]
                  and not regions["variadic"])
        found = find_schema(op, b, schemas) if simple else None
        entry: dict = {}
        if found is not None and not isinstance(found[0], str):
            schema, vararg, varret = found
            entry["key"] = unique_key(schema)
            chosen, last_err = None, None
            # Value-semantics types first; in-place `foo_` variants generated
            # by emit_with_mutating_variants use the non-value tensor types.
            for non_value in (False, True):
                operands, results = derive_types(b, schema, vararg, varret, non_value)
                types = [o["type"] for o in operands + results]
                if None in types:
                    break
                tensor = "!torch.tensor" if non_value else "!torch.vtensor"
                def sample(t):
                    return ODS_SAMPLE_TYPE[t].replace("vtensor", "tensor") if non_value else ODS_SAMPLE_TYPE[t]
                n_ops = 0 if vararg else len(operands)
                n_res = 0 if varret else len(results)
                err = verifier.check(op, [sample(o["type"]) for o in operands[:n_ops]],
                                     [sample(r["type"]) for r in results[:n_res]])
                if err is None or not _MUST_BE.search(err):
                    chosen = (operands, results, non_value)
                    break
                last_err = err
            if chosen is None:
                operands, results = derive_types(b, schema, vararg, varret, False)
                if None in [o["type"] for o in operands + results]:
                    untyped.append((op, entry["key"]))
                else:
                    verify_fail.append((op, last_err))
                entry["type_unverified"] = True
            else:
                operands, results, non_value = chosen
                non_value_ops += non_value
            entry["operands"] = operands
            entry["results"] = results
            generated += 1
        else:
            if found is not None:
                mismatched.append((op, str(found[1])))
            attrs = ""
            if b["attributes"]:
                parts = [f'{a["name"]} = {ATTR_SAMPLES.get(a.get("type", ""), "0 : i64")}'
                         for a in b["attributes"] if not a.get("optional")]
                attrs = "{" + ", ".join(parts) + "} " if parts else ""
            osum, rsum = verifier.probe(op, len(b["operands"]), len(b["results"]), attrs,
                                        regions["count"])
            entry["operands"] = [dict(o, **summary_to_type(s)) for o, s in zip(b["operands"], osum)]
            entry["results"] = [dict(r, **summary_to_type(s)) for r, s in zip(b["results"], rsum)]
            if simple and found is None and op.startswith("torch.torchvision."):
                # Looks generated, but torch has no such schema (e.g. torchvision::*,
                # which needs the torchvision package).
                entry["schema_missing"] = True
                generated += 1
            else:
                entry["handwritten"] = True
                handwritten += 1
        if b["attributes"]:
            entry["attributes"] = b["attributes"]
        if regions["count"] or regions["variadic"]:
            entry["regions"] = regions
        out_ops[op] = entry

    doc = {
        "source": {
            "package": "torch-mlir",
            "version": importlib.metadata.version("torch-mlir"),
            "generator": GENERATOR,
            "generated": datetime.date.today().isoformat(),
            "bindings": "torch_mlir/dialects/_torch_ops_gen.py",
            "type_source": "derived from key",
            "type_source_detail": ("generated ops: ODS types derived from the key's JIT types "
                                   "(torch_ods_gen mapping) and checked with the dialect verifier; "
                                   "hand-written ops: probed from verifier messages (type_summary)"),
            "key_source": f"torch {torch_version} schemas",
        },
        "ops": out_ops,
    }
    write_json(args.out, doc)

    print(f"binding classes: {len(bindings)}; registered: {len(out_ops)}; not registered: {len(unregistered)} {unregistered[:10]}")
    print(f"generated (schema-derived): {generated} ({non_value_ops} with non-value tensor types); hand-written: {handwritten}")
    if untyped:
        print(f"ops with an unmapped JIT type: {untyped}")
    if mismatched:
        print(f"{len(mismatched)} ops whose torch schema disagrees with the bindings (probed instead):")
        for op, sch in mismatched:
            print(f"  {op}: torch has {sch}")
    if verify_fail:
        print(f"{len(verify_fail)} derived ops failed the verifier check:")
        for op, err in verify_fail[:40]:
            print(f"  {op}: {err.splitlines()[0][:200]}")
    idx = out_ops.get("torch.aten.index.Tensor")
    if idx:
        t = {o["name"]: o.get("type") for o in idx["operands"]}
        assert t.get("indices") == "AnyTorchListOfOptionalTensorType", t
    print(f"wrote {os.path.relpath(args.out, REPO_ROOT)} ({os.path.getsize(args.out)} bytes)")


if __name__ == "__main__":
    main()
