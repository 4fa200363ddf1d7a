import type { Diagnostic } from '../diagnostics';
import type { Span } from '../text';

// The MLIR module model. Every piece keeps the exact span of the text it came from (UTF-16 offsets
// into MlirDocument.text), so rules can point at, and fixes can rewrite, the characters a user sees.
// Plain interfaces; parent pointers make the tree walkable upwards.

// ---------------------------------------------------------------------------------------------
// Types

/** Structured form of a type. Shared between all occurrences of the same text (immutable). */
export type MlirTypeDesc =
  /** `!torch.vtensor<[1,?,4],f32>`, `!torch.tensor<*,unk>`, `!torch.vtensor` (no body). */
  | {
      kind: 'torch-tensor';
      /** vtensor (value semantics) vs tensor. */
      value: boolean;
      /** Absent when the type has no `<...>` body. `'*'` for unranked. */
      sizes?: (number | '?')[] | '*';
      /** Dtype text as written without spaces: `f32`, `si64`, `unk`, `complex<f32>`, `!torch.qint8`. */
      dtype?: string;
      /** Sparsity encoding attribute text, e.g. `#sparse_tensor.encoding<{...}>` or `#CSR`. */
      sparsity?: string;
      canonical: string;
    }
  /** `!torch.int`, `!torch.float`, `!torch.bool`, `!torch.str`, `!torch.none`, `!torch.number`, `!torch.any`, `!torch.Device`, `!torch.Generator`, `!torch.qint8`, ... */
  | { kind: 'torch-scalar'; name: string; canonical: string }
  | { kind: 'torch-list' | 'torch-optional'; element: MlirTypeDesc; canonical: string }
  | { kind: 'torch-tuple' | 'torch-union'; elements: MlirTypeDesc[]; canonical: string }
  | { kind: 'torch-dict'; key: MlirTypeDesc; valueType: MlirTypeDesc; canonical: string }
  | { kind: 'torch-module'; className: string; canonical: string }
  /** `tensor<3x1xf32>`, `tensor<*xf32>`, `memref<...>` and `vector<...>` use `opaque`. */
  | { kind: 'builtin-tensor'; sizes: (number | '?')[] | '*'; element: MlirTypeDesc; encoding?: string; canonical: string }
  /** `i64`, `si8`, `ui1`, `f32`, `bf16`, `f8E4M3FN`, `index`, `none`, `complex<f32>`. */
  | { kind: 'builtin-scalar'; name: string; canonical: string }
  | { kind: 'function'; inputs: MlirTypeDesc[]; results: MlirTypeDesc[]; canonical: string }
  /** A `!name` type alias use; `MlirDocument.typeAliases` has its definition. */
  | { kind: 'alias'; name: string; canonical: string }
  /** Anything else (other dialects' types, memref, vector, unparsable text), kept verbatim. */
  | { kind: 'opaque'; canonical: string };

export interface MlirType {
  /** Exactly as written (may contain spaces). */
  text: string;
  span: Span;
  desc: MlirTypeDesc;
}

// ---------------------------------------------------------------------------------------------
// Locations

export interface MlirLocFrame {
  file: string;
  line: number;
  col: number;
  /** Where the frame is written (in the op's loc or in a `#locN` alias definition). */
  span: Span;
}

export type MlirLocNode =
  | { kind: 'file'; file: string; line: number; col: number; span: Span }
  | { kind: 'unknown'; span: Span }
  | { kind: 'callsite'; callee: MlirLocNode; caller: MlirLocNode; span: Span }
  | { kind: 'fused'; locs: MlirLocNode[]; metadata?: string; span: Span }
  | { kind: 'name'; name: string; child?: MlirLocNode; span: Span }
  | { kind: 'alias'; name: string; span: Span }
  | { kind: 'opaque'; text: string; span: Span };

export interface MlirLocation {
  /** The whole `loc(...)` text. */
  text: string;
  span: Span;
  /** The tree inside `loc(...)`. */
  node: MlirLocNode;
  /**
   * File frames after resolving `#locN` aliases, in written order (for callsites: callee first,
   * i.e. innermost frame first, then its callers). Empty for `loc(unknown)`.
   */
  frames: MlirLocFrame[];
}

export interface MlirLocAlias {
  /** `#loc3`. */
  name: string;
  nameSpan: Span;
  location: MlirLocation;
  chunk: number;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Attributes, aliases, resources

export interface MlirAttribute {
  name: string;
  nameSpan: Span;
  /** Value text as written (trimmed); undefined for unit attributes (`{foo}`). */
  value?: string;
  valueSpan?: Span;
  /** `name = value`. */
  span: Span;
}

/** `#map = affine_map<...>` (kind 'attribute') or `!t = !torch.vtensor<...>` (kind 'type'). */
export interface MlirAlias {
  kind: 'attribute' | 'type';
  /** With its sigil: `#map`, `!t`. */
  name: string;
  nameSpan: Span;
  value: string;
  valueSpan: Span;
  /** For type aliases, the aliased type. */
  type?: MlirType;
  chunk: number;
  span: Span;
}

/** A `{-# dialect_resources: { dialect: { name: "0x..." } } #-}` entry. */
export interface MlirResourceBlob {
  name: string;
  dialect: string;
  /** `dialect_resources` or `external_resources`. */
  section: string;
  nameSpan: Span;
  /** The value token, quotes included. */
  valueSpan: Span;
  /** Bytes encoded by the hex string (hex digits / 2), including the 4-byte alignment header. */
  byteLength: number;
  /** byteLength minus the 4-byte alignment header (0 if shorter). */
  dataByteLength: number;
  /** The alignment from the little-endian header, when the value is a hex blob of at least 4 bytes. */
  alignment?: number;
  /** Whether the value is a `"0x..."` hex string. */
  isHex: boolean;
  chunk: number;
}

/** A reference by name written somewhere in the text: `@f`, `#map`, `!t`, `#loc3`, `dense_resource<name>`. */
export interface MlirNameRef {
  name: string;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Operations

export interface MlirResult {
  /** `%0`, `%result0` (without `:N`). */
  name: string;
  span: Span;
  /** Number of values in the group: 3 for `%0:3`, else 1. */
  count: number;
}

export interface MlirOperandRef {
  /** The value name without the `#N` suffix: `%0`. */
  name: string;
  /** `#1` result index, when written. */
  resultIndex?: number;
  /** The whole use, `%0#1` included. */
  span: Span;
}

export interface MlirBlockRef {
  /** `^bb1`. */
  name: string;
  span: Span;
  /** `^bb1(%x : T)` successor operands. */
  operands: MlirOperandRef[];
}

export interface MlirBlockArg {
  name: string;
  span: Span;
  type?: MlirType;
  attributes: MlirAttribute[];
  location?: MlirLocation;
}

export interface MlirBlock {
  /** `^bb0`; undefined for an unlabeled entry block. */
  label?: string;
  labelSpan?: Span;
  args: MlirBlockArg[];
  ops: MlirOp[];
  /** From the label (or the first op) to the end of the last op. */
  span: Span;
  parent: MlirRegion | MlirChunk;
}

export interface MlirRegion {
  blocks: MlirBlock[];
  /** From `{` to `}`. */
  span: Span;
  parent: MlirOp;
}

export interface MlirFuncArg {
  name?: string;
  nameSpan?: Span;
  type: MlirType;
  attributes: MlirAttribute[];
  location?: MlirLocation;
  /** The whole argument text. */
  span: Span;
}

export interface MlirFuncInfo {
  /** `private` / `public` / `nested` as written; undefined when not written (public). */
  visibility?: string;
  visibilitySpan?: Span;
  args: MlirFuncArg[];
  resultTypes: MlirType[];
  resultAttributes: MlirAttribute[][];
  /** `attributes {...}` entries. */
  attributes: MlirAttribute[];
  /** A declaration (no body). */
  isDeclaration: boolean;
  /** Span of the `(...)` argument list, parentheses included. */
  argsSpan: Span;
}

export type MlirConstantKind = 'int' | 'float' | 'bool' | 'str' | 'none' | 'device';

export interface MlirConstant {
  kind: MlirConstantKind;
  /** The literal as written (`3`, `-1`, `1.000000e+00`, `"mean"`, `true`); empty for none. */
  text: string;
  /** number for int/float (hex float bit patterns decoded), boolean, decoded string, null for none. */
  value: number | boolean | string | null;
  span: Span;
}

export interface MlirOp {
  /** `torch.aten.add.Tensor`, `func.func`, `torch.operator`, `arith.addi`. */
  name: string;
  /** The name as written (quotes included in the generic form). */
  nameSpan: Span;
  form: 'custom' | 'generic';
  /**
   * How the op's syntax was read: 'known' (a parser for this op's format: torch default form,
   * torch hand-written ops, func, module, generic form) or 'loose' (unknown syntax, scanned).
   */
  syntax: 'known' | 'loose';
  results: MlirResult[];
  operands: MlirOperandRef[];
  operandTypes: MlirType[];
  resultTypes: MlirType[];
  /** The span of the type list after `:` (operand types, or the functional type), when written. */
  typeListSpan?: Span;
  attributes: MlirAttribute[];
  /** Generic form `<{...}>` properties. */
  properties: MlirAttribute[];
  regions: MlirRegion[];
  successors: MlirBlockRef[];
  /** Values the op's own syntax defines for its regions (`scf.for %i = ...`, `scf.forall (%i) in`). */
  regionArgs: MlirResult[];
  /** `@main` for func.func / module @m / other symbol-defining ops. */
  symbolName?: string;
  symbolSpan?: Span;
  /** `@f` references in the op (func.call callee, attribute values). */
  symbolRefs: MlirNameRef[];
  /** `#alias` / `!alias` uses in types and attributes. */
  aliasRefs: MlirNameRef[];
  /** `dense_resource<name>` references. */
  resourceRefs: MlirNameRef[];
  location?: MlirLocation;
  /** The whole op, first result through its last character (loc included; regions included). */
  span: Span;
  parent: MlirBlock;
  /** `torch.operator "torch.aten.foo"(...)`: the quoted name (decoded), and its span (quotes included). */
  operatorName?: string;
  operatorNameSpan?: Span;
  /** torch.constant.* literal. */
  constant?: MlirConstant;
  /** torch.vtensor.literal / torch.tensor.literal: the attribute text inside the parentheses. */
  literal?: { text: string; span: Span };
  func?: MlirFuncInfo;
}

export interface MlirChunk {
  index: number;
  /** The chunk's text range (between `// -----` separators). */
  span: Span;
  /** Top-level ops (usually one `module`), as a block. */
  block: MlirBlock;
  locAliases: MlirLocAlias[];
  aliases: MlirAlias[];
  resources: MlirResourceBlob[];
  /** `#alias` / `!alias` uses outside ops (in alias definitions). */
  aliasRefs: MlirNameRef[];
}

export interface MlirDocument {
  text: string;
  chunks: MlirChunk[];
  /** parse-error diagnostics (at most one per op). */
  diagnostics: Diagnostic[];
  resources: MlirResourceBlob[];
  locAliases: MlirLocAlias[];
  /** Attribute and type aliases of every chunk. */
  aliases: MlirAlias[];
  /** Every op in document order (parents before their nested ops). */
  allOps: MlirOp[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Visits ops depth first, parents before children. Return false from `visit` to skip the op's regions. */
export function walkOps(ops: readonly MlirOp[], visit: (op: MlirOp) => boolean | void): void {
  for (const op of ops) {
    if (visit(op) === false) continue;
    for (const r of op.regions) for (const b of r.blocks) walkOps(b.ops, visit);
  }
}

/** The op whose region contains `op`, if any. */
export function parentOp(op: MlirOp): MlirOp | undefined {
  const p = op.parent.parent;
  return 'blocks' in p ? p.parent : undefined;
}

/** The chunk that contains `op`. */
export function chunkOf(op: MlirOp): MlirChunk {
  let b: MlirBlock = op.parent;
  for (;;) {
    const p = b.parent;
    if (!('blocks' in p)) return p;
    b = p.parent.parent;
  }
}

/** Number of SSA values an op defines (`%0:3` counts 3). */
export function resultCount(op: MlirOp): number {
  let n = 0;
  for (const r of op.results) n += r.count;
  return n;
}
