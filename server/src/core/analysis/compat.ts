import type { JitType } from '../registry/schema';
import { describeKind, ValueKind } from './kinds';

// Whether a value of a given kind may be passed for a schema type, following what the importer
// (and PyTorch's own argument parsing) accepts: a Python number where a Tensor goes is wrapped
// (prim.NumToTensor), a SymInt node is a legal int, a single int broadcasts into int[N].

export type Compat = { ok: true } | { ok: false; reason: string };

const OK: Compat = { ok: true };

function no(reason: string): Compat {
  return { ok: false, reason };
}

const INTLIKE = new Set(['int', 'symint', 'bool', 'symbool']);
const NUMBER = new Set(['int', 'symint', 'float', 'symfloat', 'bool', 'symbool']);

export function accepts(type: JitType, kind: ValueKind): Compat {
  if (kind.k === 'unknown') return OK;
  if (type.kind === 'optional') {
    if (kind.k === 'none') return OK;
    return accepts(type.elem, kind);
  }
  if (kind.k === 'none') return no('None is not allowed: the parameter is not optional');
  switch (type.kind) {
    case 'base':
      return acceptsBase(type.name, kind);
    case 'list': {
      if (kind.k === 'tensor-list') {
        return isTensorLike(type.elem) ? OK : no(`${describeKind(kind)} is not a list of ${baseName(type.elem)}`);
      }
      if (kind.k === 'list' || kind.k === 'tuple') {
        // `int[1]` marks dimension lists of any length; only N >= 2 fixes the length.
        if (type.size !== undefined && type.size >= 2 && kind.items.length !== type.size && kind.items.length > 1) {
          return no(`a list of ${kind.items.length} element${kind.items.length === 1 ? '' : 's'} where ${type.size} (or 1, broadcast) are expected`);
        }
        for (let i = 0; i < kind.items.length; i++) {
          const r = accepts(type.elem, kind.items[i]);
          if (!r.ok) return no(`element ${i} is ${describeKind(kind.items[i])}: ${r.reason}`);
        }
        return OK;
      }
      // A bare int for `int[N]` is broadcast by PyTorch's argument parser.
      if (type.size !== undefined && INTLIKE.has(kind.k) && type.elem.kind === 'base' && /^(int|SymInt)$/.test(type.elem.name)) return OK;
      return no(`${describeKind(kind)} where a list of ${baseName(type.elem)} is expected`);
    }
    default:
      return OK;
  }
}

function isTensorLike(t: JitType): boolean {
  if (t.kind === 'optional') return isTensorLike(t.elem);
  return t.kind === 'base' && t.name === 'Tensor';
}

function baseName(t: JitType): string {
  if (t.kind === 'base') return t.name;
  if (t.kind === 'optional') return `${baseName(t.elem)}?`;
  return 'values';
}

function acceptsBase(name: string, kind: ValueKind): Compat {
  const k = kind.k;
  switch (name) {
    case 'Tensor':
      if (k === 'tensor' || NUMBER.has(k)) return OK;
      return no(`${describeKind(kind)} where a Tensor is expected`);
    case 'int':
    case 'SymInt':
      if (INTLIKE.has(k)) return OK;
      if (k === 'dtype' || k === 'layout' || k === 'memory_format') return OK;
      return no(`${describeKind(kind)} where an int is expected`);
    case 'float':
    case 'SymFloat':
      if (NUMBER.has(k)) return OK;
      return no(`${describeKind(kind)} where a float is expected`);
    case 'bool':
    case 'SymBool':
      if (k === 'bool' || k === 'symbool' || k === 'int' || k === 'symint') return OK;
      return no(`${describeKind(kind)} where a bool is expected`);
    case 'Scalar':
      if (NUMBER.has(k)) return OK;
      return no(`${describeKind(kind)} where a Scalar (number) is expected`);
    case 'str':
      if (k === 'string' || k === 'device') return OK;
      return no(`${describeKind(kind)} where a string is expected`);
    case 'ScalarType':
      if (k === 'dtype' || k === 'int') return OK;
      return no(`${describeKind(kind)} where a dtype is expected`);
    case 'Layout':
      if (k === 'layout' || k === 'int') return OK;
      return no(`${describeKind(kind)} where a layout is expected`);
    case 'MemoryFormat':
      if (k === 'memory_format' || k === 'int') return OK;
      return no(`${describeKind(kind)} where a memory format is expected`);
    case 'Device':
      if (k === 'device' || k === 'string' || k === 'int') return OK;
      return no(`${describeKind(kind)} where a device is expected`);
    default:
      // `t`, `Any`, `Generator`, `Dimname`, `Storage`, custom classes: we do not judge.
      return OK;
  }
}
