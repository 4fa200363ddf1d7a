import type { FxNode, FxValue } from '../fx/model';
import type { JitType } from '../registry/schema';

// What kind of Python value an FX argument is, inferred from its syntax or, for node references,
// from the producing node (annotation, schema return type, getitem of a tuple). `unknown` keeps the
// checks silent: a rule only speaks when it knows.

export type ValueKind =
  | { k: 'tensor' }
  | { k: 'int' }
  | { k: 'symint' }
  | { k: 'float' }
  | { k: 'symfloat' }
  | { k: 'bool' }
  | { k: 'symbool' }
  | { k: 'none' }
  | { k: 'string' }
  | { k: 'dtype' }
  | { k: 'layout' }
  | { k: 'memory_format' }
  | { k: 'device' }
  | { k: 'list'; items: ValueKind[] }
  | { k: 'tuple'; items: ValueKind[] }
  | { k: 'tensor-list' }
  | { k: 'unknown' };

// Kinds without items are shared constants: the rules ask for the kind of every argument of
// 100k-node graphs, and a fresh object per answer was pure garbage. Never mutate a ValueKind.
const UNKNOWN: ValueKind = { k: 'unknown' };
const TENSOR: ValueKind = { k: 'tensor' };
const INT: ValueKind = { k: 'int' };
const SYMINT: ValueKind = { k: 'symint' };
const FLOAT: ValueKind = { k: 'float' };
const SYMFLOAT: ValueKind = { k: 'symfloat' };
const BOOL: ValueKind = { k: 'bool' };
const SYMBOOL: ValueKind = { k: 'symbool' };
const NONE: ValueKind = { k: 'none' };
const STRING: ValueKind = { k: 'string' };
const DTYPE: ValueKind = { k: 'dtype' };
const LAYOUT: ValueKind = { k: 'layout' };
const MEMORY_FORMAT: ValueKind = { k: 'memory_format' };
const DEVICE: ValueKind = { k: 'device' };
const TENSOR_LIST: ValueKind = { k: 'tensor-list' };

const LAYOUTS = new Set(['torch.strided', 'torch.sparse_coo', 'torch.sparse_csr', 'torch.sparse_csc', 'torch.sparse_bsr', 'torch.sparse_bsc', 'torch._mkldnn']);
const MEMORY_FORMATS = new Set(['torch.contiguous_format', 'torch.preserve_format', 'torch.channels_last', 'torch.channels_last_3d']);

export function describeKind(v: ValueKind): string {
  switch (v.k) {
    case 'list':
      return 'a list';
    case 'tuple':
      return 'a tuple';
    case 'tensor-list':
      return 'a list of tensors';
    case 'symint':
      return 'a SymInt';
    case 'symfloat':
      return 'a SymFloat';
    case 'symbool':
      return 'a SymBool';
    case 'none':
      return 'None';
    case 'memory_format':
      return 'a memory format';
    case 'int':
      return 'an int';
    default:
      return `a ${v.k}`;
  }
}

/** The kind of a value a schema type produces (for return types). */
export function kindOfJitType(t: JitType): ValueKind {
  switch (t.kind) {
    case 'base':
      switch (t.name) {
        case 'Tensor':
          return TENSOR;
        case 'SymInt':
        case 'int':
          return SYMINT;
        case 'float':
        case 'SymFloat':
          return SYMFLOAT;
        case 'bool':
        case 'SymBool':
          return SYMBOOL;
        default:
          return UNKNOWN;
      }
    case 'list':
      return t.elem.kind === 'base' && t.elem.name === 'Tensor' ? TENSOR_LIST : UNKNOWN;
    case 'tuple':
      return { k: 'tuple', items: t.elems.map(kindOfJitType) };
    default:
      return UNKNOWN;
  }
}

export function kindOfAnnotation(node: FxNode): ValueKind | undefined {
  const t = node.type;
  if (!t) return undefined;
  if (t.kind === 'tensor') return TENSOR;
  if (t.kind === 'sym') {
    const e = t.symExpr ?? '';
    if (/[<>=!]=?|\b(Eq|Ne|And|Or|Not)\(/.test(e)) return SYMBOOL;
    if (/\d\.\d|\bfloat\b|ToFloat/.test(e)) return SYMFLOAT;
    return SYMINT;
  }
  switch (t.text) {
    case 'torch.Tensor':
    case 'Tensor':
      return TENSOR;
    case 'int':
      return INT;
    case 'float':
      return FLOAT;
    case 'bool':
      return BOOL;
  }
  return undefined;
}

/** Syntax-only kind of a literal value; `ref` values need the graph (see FxAnalysis.kindOf). */
export function literalKind(v: FxValue): ValueKind | undefined {
  switch (v.kind) {
    case 'int':
      return INT;
    case 'float':
      return FLOAT;
    case 'bool':
      return BOOL;
    case 'none':
      return NONE;
    case 'string':
      return STRING;
    case 'name':
      if (/^torch\.(u?int\d+|float\d*|bfloat16|half|double|bool|complex\d+|cfloat|cdouble|q[u]?int\d+(x\d+)?|bits\w+|float8_\w+|float4_\w+|long|short)$/.test(v.text)) return DTYPE;
      if (LAYOUTS.has(v.text)) return LAYOUT;
      if (MEMORY_FORMATS.has(v.text)) return MEMORY_FORMAT;
      if (/^(cpu|cuda|meta|mps|xpu|npu|hpu)(:\d+)?$/.test(v.text)) return DEVICE;
      return undefined;
    case 'call':
      if (v.callee === 'device' || v.callee === 'torch.device') return DEVICE;
      return undefined;
    default:
      return undefined;
  }
}
