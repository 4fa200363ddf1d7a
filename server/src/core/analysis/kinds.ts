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

const UNKNOWN: ValueKind = { k: 'unknown' };

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
          return { k: 'tensor' };
        case 'SymInt':
        case 'int':
          return { k: 'symint' };
        case 'float':
        case 'SymFloat':
          return { k: 'symfloat' };
        case 'bool':
        case 'SymBool':
          return { k: 'symbool' };
        default:
          return UNKNOWN;
      }
    case 'list':
      return t.elem.kind === 'base' && t.elem.name === 'Tensor' ? { k: 'tensor-list' } : UNKNOWN;
    case 'tuple':
      return { k: 'tuple', items: t.elems.map(kindOfJitType) };
    default:
      return UNKNOWN;
  }
}

export function kindOfAnnotation(node: FxNode): ValueKind | undefined {
  const t = node.type;
  if (!t) return undefined;
  if (t.kind === 'tensor') return { k: 'tensor' };
  if (t.kind === 'sym') {
    const e = t.symExpr ?? '';
    if (/[<>=!]=?|\b(Eq|Ne|And|Or|Not)\(/.test(e)) return { k: 'symbool' };
    if (/\d\.\d|\bfloat\b|ToFloat/.test(e)) return { k: 'symfloat' };
    return { k: 'symint' };
  }
  switch (t.text) {
    case 'torch.Tensor':
    case 'Tensor':
      return { k: 'tensor' };
    case 'int':
      return { k: 'int' };
    case 'float':
      return { k: 'float' };
    case 'bool':
      return { k: 'bool' };
  }
  return undefined;
}

/** Syntax-only kind of a literal value; `ref` values need the graph (see FxAnalysis.kindOf). */
export function literalKind(v: FxValue): ValueKind | undefined {
  switch (v.kind) {
    case 'int':
      return { k: 'int' };
    case 'float':
      return { k: 'float' };
    case 'bool':
      return { k: 'bool' };
    case 'none':
      return { k: 'none' };
    case 'string':
      return { k: 'string' };
    case 'name':
      if (/^torch\.(u?int\d+|float\d*|bfloat16|half|double|bool|complex\d+|cfloat|cdouble|q[u]?int\d+(x\d+)?|bits\w+|float8_\w+|float4_\w+|long|short)$/.test(v.text)) return { k: 'dtype' };
      if (LAYOUTS.has(v.text)) return { k: 'layout' };
      if (MEMORY_FORMATS.has(v.text)) return { k: 'memory_format' };
      if (/^(cpu|cuda|meta|mps|xpu|npu|hpu)(:\d+)?$/.test(v.text)) return { k: 'device' };
      return undefined;
    case 'call':
      if (v.callee === 'device' || v.callee === 'torch.device') return { k: 'device' };
      return undefined;
    default:
      return undefined;
  }
}
