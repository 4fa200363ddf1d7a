import type { MlirType, MlirTypeDesc } from './model';
import * as L from './lexer';
import type { RefSink } from './lexer';
// Local copies: module-namespace imports compile to getter calls under the test runner's transpiler.
const { TK_ARROW, TK_BANG, TK_BARE, TK_COMMA, TK_LPAREN, TK_RPAREN, isDigit, isIdChar, skipBalanced, skipString } = L;

// Types: read from the token stream (span + text), then described structurally from the text.
// Descriptions are cached by text, so a file that repeats `!torch.vtensor<[3,4],f32>` 100k times
// builds one description.

const TORCH_SCALARS = new Set([
  'int', 'float', 'bool', 'str', 'none', 'number', 'any', 'Device', 'Generator', 'LinearParams',
  'qint8', 'quint8', 'qint16', 'qint32', 'quint4x2', 'quint2x4',
]);
const TORCH_NAMES = new Set([...TORCH_SCALARS, 'vtensor', 'tensor', 'list', 'optional', 'tuple', 'union', 'dict', 'nn.Module']);

/** The builtin float types MLIR knows (`f3` or `ff32` are not types). */
const FLOAT_TYPES = new Set([
  'f16', 'f32', 'f64', 'f80', 'f128', 'f8E5M2', 'f8E4M3', 'f8E4M3FN', 'f8E5M2FNUZ', 'f8E4M3FNUZ', 'f8E4M3B11FNUZ',
  'f8E3M4', 'f8E8M0FNU', 'f4E2M1FN', 'f6E2M3FN', 'f6E3M2FN',
]);

/** Whether a bare identifier names a builtin scalar type: i1, si64, ui8, f32, bf16, f8E4M3FN, index, none, tf32. */
export function isBuiltinScalarName(s: string): boolean {
  if (s === 'index' || s === 'none' || s === 'bf16' || s === 'tf32') return true;
  let i = 0;
  if (s.startsWith('si') || s.startsWith('ui')) i = 2;
  else if (s[0] === 'i') i = 1;
  else if (s[0] === 'f') return FLOAT_TYPES.has(s);
  else return false;
  if (i >= s.length) return false;
  for (let j = i; j < s.length; j++) if (!isDigit(s.charCodeAt(j))) return false;
  return true;
}

/** Whitespace outside string literals removed. */
export function compactType(text: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const e = skipString(text, i, text.length);
      out += text.slice(i, e);
      i = e - 1;
    } else if (!(c === 32 || c === 9 || c === 10 || c === 13)) out += text[i];
  }
  return out;
}

const descCache = new Map<string, MlirTypeDesc>();

/** The structured description of a type's text (cached). Never throws. */
export function describeType(text: string): MlirTypeDesc {
  let d = descCache.get(text);
  if (d) return d;
  const c = compactType(text);
  d = descCache.get(c);
  if (!d) {
    try {
      const r = parseDesc(c, 0, false);
      d = r && r.end === c.length ? r.desc : { kind: 'opaque', canonical: c };
    } catch {
      d = { kind: 'opaque', canonical: c };
    }
    if (descCache.size > 50000) descCache.clear();
    descCache.set(c, d);
  }
  descCache.set(text, d);
  return d;
}

/** The canonical text of a type (whitespace-free, inner torch types without `!torch.`). */
export function printType(t: MlirType | MlirTypeDesc): string {
  return 'desc' in t ? t.desc.canonical : t.canonical;
}

/** Type equality ignoring whitespace and `!torch.` spelling differences inside containers. */
export function typesEqual(a: MlirType | MlirTypeDesc, b: MlirType | MlirTypeDesc): boolean {
  return printType(a) === printType(b);
}

function innerText(d: MlirTypeDesc): string {
  return d.canonical.startsWith('!torch.') ? d.canonical.slice(7) : d.canonical;
}

function sizesText(s: (number | '?')[] | '*'): string {
  return s === '*' ? '*' : `[${s.join(',')}]`;
}

/** Index of the matching close for the opener at `i` in a compact string (or -1). */
function matchClose(s: string, i: number): number {
  const r = skipBalanced(s, i + 1, s.length, false);
  const close = s.charCodeAt(r.end);
  const open = s.charCodeAt(i);
  const want = open === 60 ? 62 : open === 40 ? 41 : open === 91 ? 93 : 125;
  return r.errorAt < 0 && close === want ? r.end : -1;
}

/** Splits at depth-0 commas. */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let p = 0;
  while (p <= s.length) {
    const r = skipBalanced(s, p, s.length, true);
    parts.push(s.slice(p, r.end));
    if (r.end >= s.length || s.charCodeAt(r.end) !== 44) break;
    p = r.end + 1;
  }
  return parts;
}

function whole(s: string, torchInner: boolean): MlirTypeDesc | undefined {
  if (!s) return undefined;
  const r = parseDesc(s, 0, torchInner);
  return r && r.end === s.length ? r.desc : undefined;
}

function parseSizes(s: string): (number | '?')[] | '*' | undefined {
  if (s === '*') return '*';
  if (s.charCodeAt(0) !== 91 || s.charCodeAt(s.length - 1) !== 93) return undefined;
  const body = s.slice(1, -1);
  if (!body) return [];
  const out: (number | '?')[] = [];
  for (const part of body.split(',')) {
    if (part === '?') out.push('?');
    else if (/^-?[0-9]+$/.test(part)) out.push(Number(part));
    else return undefined;
  }
  return out;
}

function torchDesc(name: string, body: string | undefined): MlirTypeDesc | undefined {
  switch (name) {
    case 'vtensor':
    case 'tensor': {
      const value = name === 'vtensor';
      if (body === undefined) return { kind: 'torch-tensor', value, canonical: `!torch.${name}` };
      const parts = splitTop(body);
      if (parts.length < 2) return undefined;
      const sizes = parseSizes(parts[0]);
      if (!sizes) return undefined;
      const dtype = parts[1];
      if (!dtype) return undefined;
      const sparsity = parts.length > 2 ? parts.slice(2).join(',') : undefined;
      return {
        kind: 'torch-tensor',
        value,
        sizes,
        dtype,
        sparsity,
        canonical: `!torch.${name}<${sizesText(sizes)},${dtype}${sparsity ? ',' + sparsity : ''}>`,
      };
    }
    case 'list':
    case 'optional': {
      if (body === undefined) return undefined;
      const element = whole(body, true);
      if (!element) return undefined;
      return { kind: name === 'list' ? 'torch-list' : 'torch-optional', element, canonical: `!torch.${name}<${innerText(element)}>` };
    }
    case 'tuple':
    case 'union': {
      if (body === undefined) return undefined;
      const elements: MlirTypeDesc[] = [];
      if (body) {
        for (const p of splitTop(body)) {
          const e = whole(p, true);
          if (!e) return undefined;
          elements.push(e);
        }
      }
      return {
        kind: name === 'tuple' ? 'torch-tuple' : 'torch-union',
        elements,
        canonical: `!torch.${name}<${elements.map(innerText).join(',')}>`,
      };
    }
    case 'dict': {
      if (body === undefined) return undefined;
      const parts = splitTop(body);
      if (parts.length !== 2) return undefined;
      const key = whole(parts[0], true);
      const valueType = whole(parts[1], true);
      if (!key || !valueType) return undefined;
      return { kind: 'torch-dict', key, valueType, canonical: `!torch.dict<${innerText(key)},${innerText(valueType)}>` };
    }
    case 'nn.Module': {
      if (body === undefined || body.charCodeAt(0) !== 34) return undefined;
      return { kind: 'torch-module', className: body.slice(1, -1), canonical: `!torch.nn.Module<${body}>` };
    }
    default:
      if (TORCH_SCALARS.has(name) && body === undefined) return { kind: 'torch-scalar', name, canonical: `!torch.${name}` };
      return undefined;
  }
}

function builtinTensor(body: string): MlirTypeDesc | undefined {
  // dims: (int|?)x ... elementType [, encoding]   or   *xelementType
  let i = 0;
  let sizes: (number | '?')[] | '*' = [];
  if (body.startsWith('*x')) {
    sizes = '*';
    i = 2;
  } else {
    for (;;) {
      let j = i;
      if (body.charCodeAt(j) === 63) j++;
      else while (isDigit(body.charCodeAt(j))) j++;
      if (j > i && body.charCodeAt(j) === 120 /* x */) {
        sizes.push(body.charCodeAt(i) === 63 ? '?' : Number(body.slice(i, j)));
        i = j + 1;
      } else break;
    }
  }
  const rest = splitTop(body.slice(i));
  const element = whole(rest[0], false);
  if (!element) return undefined;
  const encoding = rest.length > 1 ? rest.slice(1).join(',') : undefined;
  const dims = sizes === '*' ? '*x' : sizes.map((s) => `${s}x`).join('');
  return { kind: 'builtin-tensor', sizes, element, encoding, canonical: `tensor<${dims}${element.canonical}${encoding ? ',' + encoding : ''}>` };
}

interface DescResult {
  desc: MlirTypeDesc;
  end: number;
}

/** Parses one type in a compact (whitespace-free) string at `i`. */
function parseDesc(s: string, i: number, torchInner: boolean): DescResult | undefined {
  const c = s.charCodeAt(i);
  if (c === 40) {
    // Function type.
    const close = matchClose(s, i);
    if (close < 0 || !s.startsWith('->', close + 1)) return undefined;
    const inputs: MlirTypeDesc[] = [];
    const inner = s.slice(i + 1, close);
    if (inner) for (const p of splitTop(inner)) {
      const d = whole(p, false);
      if (!d) return undefined;
      inputs.push(d);
    }
    let j = close + 3;
    const results: MlirTypeDesc[] = [];
    if (s.charCodeAt(j) === 40) {
      const rc = matchClose(s, j);
      if (rc < 0) return undefined;
      const rin = s.slice(j + 1, rc);
      if (rin) for (const p of splitTop(rin)) {
        const d = whole(p, false);
        if (!d) return undefined;
        results.push(d);
      }
      j = rc + 1;
    } else {
      const r = parseDesc(s, j, false);
      if (!r) return undefined;
      results.push(r.desc);
      j = r.end;
    }
    const rtext = results.length === 1 && results[0].kind !== 'function' ? results[0].canonical : `(${results.map((r) => r.canonical).join(',')})`;
    return { desc: { kind: 'function', inputs, results, canonical: `(${inputs.map((d) => d.canonical).join(',')})->${rtext}` }, end: j };
  }
  let j = i;
  const bang = c === 33;
  if (bang) j++;
  if (s.charCodeAt(j) === 34) j = skipString(s, j, s.length);
  else while (j < s.length && (isIdChar(s.charCodeAt(j)) || (bang && s.charCodeAt(j) === 45))) j++;
  if (j === i || (bang && j === i + 1)) return undefined;
  const name = s.slice(bang ? i + 1 : i, j);
  let body: string | undefined;
  let end = j;
  if (s.charCodeAt(j) === 60) {
    const close = matchClose(s, j);
    if (close < 0) return undefined;
    body = s.slice(j + 1, close);
    end = close + 1;
  }
  const text = s.slice(i, end);
  if (bang) {
    if (name.startsWith('torch.')) {
      const d = torchDesc(name.slice(6), body);
      return { desc: d ?? { kind: 'opaque', canonical: text }, end };
    }
    if (name.indexOf('.') < 0 && body === undefined) return { desc: { kind: 'alias', name: '!' + name, canonical: text }, end };
    return { desc: { kind: 'opaque', canonical: text }, end };
  }
  if (torchInner && TORCH_NAMES.has(name)) {
    const d = torchDesc(name, body);
    if (d) return { desc: d, end };
  }
  if (body === undefined) {
    if (isBuiltinScalarName(name)) return { desc: { kind: 'builtin-scalar', name, canonical: name }, end };
    return undefined;
  }
  if (name === 'tensor') {
    const d = builtinTensor(body);
    return { desc: d ?? { kind: 'opaque', canonical: text }, end };
  }
  if (name === 'complex') {
    const e = whole(body, false);
    return { desc: { kind: 'builtin-scalar', name: `complex<${e ? e.canonical : body}>`, canonical: `complex<${e ? e.canonical : body}>` }, end };
  }
  return { desc: { kind: 'opaque', canonical: text }, end };
}

// ---------------------------------------------------------------------------------------------
// Reading types from the token stream

/** Builtin types written `name<...>` without a `!`. */
const BUILTIN_PARAMETRIC = new Set(['tensor', 'memref', 'vector', 'complex', 'tuple']);

/** Type names the torch dialect parses (`!torch.<name>`); torch-mlir-opt rejects any other. */
const TORCH_TYPE_NAMES = new Set([
  'int', 'float', 'bool', 'str', 'none', 'number', 'any', 'Device', 'Generator', 'LinearParams',
  'qint8', 'quint8', 'qint16', 'qint32', 'vtensor', 'tensor', 'list', 'optional', 'tuple', 'union', 'dict', 'nn.Module',
]);

/**
 * The first error found in a type that reads fine as a token sequence but that torch-mlir-opt
 * rejects (unknown torch type, invalid dtype, unbalanced `<`), with where torch-mlir-opt reports
 * it. `at` is -1 when there is none. Set by readType; the strict parser clears it before a type and
 * checks it after.
 */
export const typeError = { message: '', at: -1 };

/** Torch type texts already found valid (a file repeats the same few types many times). */
const checkedTorchTypes = new Set<string>();

function setTypeError(message: string, at: number): void {
  if (typeError.at < 0) {
    typeError.message = message;
    typeError.at = at;
  }
}

/** Checks `!torch.<name>[<body>]` spanning [start, end) of `text`. */
function checkTorchType(text: string, start: number, nameEnd: number, end: number): void {
  const name = text.slice(start + 7, nameEnd);
  if (!name) {
    setTypeError('expected valid keyword', start + 7);
    return;
  }
  if (!TORCH_TYPE_NAMES.has(name)) {
    setTypeError(`unknown type \`${name}\` in dialect \`torch\``, start + 7);
    return;
  }
  if ((name === 'vtensor' || name === 'tensor') && end > nameEnd) {
    // <sizes, dtype[, sparsity]>: the dtype must be `unk` or a type.
    const close = end - 1;
    const r = skipBalanced(text, nameEnd + 1, close, true);
    if (text.charCodeAt(nameEnd + 1) === 91) {
      // `[sizes]` must be followed by `,`.
      const rb = text.indexOf(']', nameEnd + 1);
      let q = rb + 1;
      while (q < r.end && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
      if (rb > 0 && q < r.end) {
        setTypeError("expected ','", rb + 1);
        return;
      }
    }
    if (r.end >= close || text.charCodeAt(r.end) !== 44) return;
    let a = r.end + 1;
    const r2 = skipBalanced(text, a, close, true);
    let b = r2.end;
    while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9 || text.charCodeAt(a) === 10)) a++;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 10)) b--;
    const dt = text.slice(a, b);
    if (dt === 'unk' || dt.charCodeAt(0) === 33 || isBuiltinScalarName(dt) || dt.startsWith('complex<')) return;
    setTypeError('expected non-function type', a);
  }
}


/** Reads `(T, ...)` with the lexer on `(`; false when the text is not a parenthesized type list. */
function readParenTypeList(lx: L.Lexer, onRef?: RefSink): boolean {
  lx.next();
  if (lx.kind !== TK_RPAREN) {
    for (;;) {
      if (!readType(lx, onRef)) return false;
      if (lx.kind === TK_COMMA) lx.next();
      else break;
    }
  }
  if (lx.kind !== TK_RPAREN) return false;
  lx.next();
  return true;
}

/** A type that starts at the lexer's current token, or undefined (the lexer is then unchanged). */
export function readType(lx: L.Lexer, onRef?: RefSink): MlirType | undefined {
  const text = lx.text;
  const start = lx.start;
  const k = lx.kind;
  if (k === TK_BANG || k === TK_BARE) {
    let end = lx.end;
    const nameEnd = end;
    if (k === TK_BARE && text.charCodeAt(end) === 60 && !BUILTIN_PARAMETRIC.has(text.slice(start, end))) return undefined;
    if (text.charCodeAt(end) === 60) {
      const r = skipBalanced(text, end + 1, lx.limit, false, onRef);
      if (text.charCodeAt(r.end) !== 62 || r.errorAt >= 0) {
        if (k === TK_BANG) setTypeError("unbalanced '<' character in pretty dialect name", end);
        return undefined;
      }
      end = r.end + 1;
    } else if (k === TK_BARE && !isBuiltinScalarName(text.slice(start, end))) {
      return undefined;
    } else if (k === TK_BANG && onRef) {
      const n = text.slice(start, end);
      if (n.indexOf('.') < 0 && n.length > 1) onRef('alias', n, start, end);
    }
    if (k === TK_BANG && end === start + 1) return undefined;
    const t = text.slice(start, end);
    if (k === TK_BANG && !checkedTorchTypes.has(t) && text.startsWith('!torch.', start)) {
      // Checked with a clear error slot: an error still pending from earlier (callers that do not
      // reset it) would hide this type's own, and the type would be remembered as valid, so the
      // next parse of the same text would pass it (parses must not depend on earlier ones).
      const pendingAt = typeError.at;
      const pendingMessage = typeError.message;
      typeError.at = -1;
      checkTorchType(text, start, nameEnd, end);
      const valid = typeError.at < 0;
      if (pendingAt >= 0) {
        // The first error stands, as setTypeError keeps it.
        typeError.at = pendingAt;
        typeError.message = pendingMessage;
      }
      if (valid && checkedTorchTypes.size < 50000) checkedTorchTypes.add(t);
    }
    if (end === lx.end) lx.next();
    else lx.resetTo(end);
    return { text: t, span: { start, end }, desc: describeType(t) };
  }
  if (k === TK_LPAREN) {
    // Function type: (T, ...) -> R | (R, ...)
    const saved = lx.save();
    if (!readParenTypeList(lx, onRef)) {
      lx.restore(saved);
      return undefined;
    }
    if (lx.kind !== TK_ARROW) {
      lx.restore(saved);
      return undefined;
    }
    lx.next();
    if (lx.kind === TK_LPAREN) {
      const fn = readType(lx, onRef);
      // `( results )` when the parenthesized text is not itself a function type.
      if (!fn && !readParenTypeList(lx, onRef)) {
        lx.restore(saved);
        return undefined;
      }
    } else if (!readType(lx, onRef)) {
      lx.restore(saved);
      return undefined;
    }
    const end = lx.prevEnd;
    const t = text.slice(start, end);
    return { text: t, span: { start, end }, desc: describeType(t) };
  }
  return undefined;
}
