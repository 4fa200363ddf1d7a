import type { FxProvenance, FxTypeAnnotation } from './model';
import type { Span } from '../text';
import { find } from './scan';

// Type annotations (`"f32[3, 4][4, 1]cpu"`, `Sym(s0)`, `torch.Tensor`) and `# File:` provenance
// comments. Sizes and sympy expressions contain commas and parentheses, so splitting is done by a
// bracket-aware scanner, never by regex.

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if (c === 41 || c === 93) depth--;
    else if (c === 44 && depth === 0) {
      out.push(s.slice(last, i).trim());
      last = i + 1;
    }
  }
  const tail = s.slice(last).trim();
  if (tail || out.length) out.push(tail);
  return out;
}

/** Index just past the `]` matching the `[` at `i`, or -1. */
function matchBracket(s: string, i: number): number {
  let depth = 0;
  for (let p = i; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c === 91 || c === 40) depth++;
    else if (c === 93 || c === 41) {
      depth--;
      if (depth === 0) return p + 1;
    }
  }
  return -1;
}

function dtypeEnd(s: string, i: number): number {
  let p = i;
  const c = s.charCodeAt(p);
  if (!(c >= 97 && c <= 122)) return -1;
  while (p < s.length) {
    const k = s.charCodeAt(p);
    if ((k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k === 95) p++;
    else break;
  }
  return s.charCodeAt(p) === 91 ? p : -1;
}

function parseTensorBody(s: string, ann: FxTypeAnnotation): boolean {
  const de = dtypeEnd(s, 0);
  if (de < 0) return false;
  const shapeEnd = matchBracket(s, de);
  if (shapeEnd < 0) return false;
  ann.kind = 'tensor';
  ann.dtype = s.slice(0, de);
  ann.shape = splitTopLevel(s.slice(de + 1, shapeEnd - 1));
  let rest = shapeEnd;
  if (s.charCodeAt(rest) === 91) {
    const strideEnd = matchBracket(s, rest);
    if (strideEnd > 0) {
      ann.stride = splitTopLevel(s.slice(rest + 1, strideEnd - 1));
      rest = strideEnd;
    }
  }
  const device = s.slice(rest).trim();
  if (device) ann.device = device;
  return true;
}

// Large graphs repeat a handful of annotations thousands of times; parse each text once.
// Shape/stride arrays are shared between annotations with the same text (treat them as read-only).
const cache = new Map<string, FxTypeAnnotation>();

/** `text` is the annotation without quotes; `span` covers it as written (quotes included). */
export function parseTypeAnnotation(text: string, span: Span): FxTypeAnnotation {
  let base = cache.get(text);
  if (!base) {
    base = parseUncached(text, span);
    if (cache.size > 20000) cache.clear();
    cache.set(text, base);
  }
  return { ...base, span };
}

function parseUncached(text: string, span: Span): FxTypeAnnotation {
  const ann: FxTypeAnnotation = { text, span, kind: 'python' };
  const s = text.trim();
  if (s.startsWith('Sym(') && s.endsWith(')')) {
    ann.kind = 'sym';
    ann.symExpr = s.slice(4, -1);
    return ann;
  }
  if (parseTensorBody(s, ann)) return ann;
  // Tensor subclass wrappers: `TwoTensor(f32[3, 4])`, `DTensor(f32[...], S(0))`.
  const paren = s.indexOf('(');
  if (paren > 0 && s.endsWith(')') && /^[A-Za-z_][A-Za-z0-9_]*$/.test(s.slice(0, paren))) {
    const inner = splitTopLevel(s.slice(paren + 1, -1))[0] ?? '';
    const sub: FxTypeAnnotation = { text, span, kind: 'python' };
    if (parseTensorBody(inner, sub)) {
      sub.wrapper = s.slice(0, paren);
      return sub;
    }
  }
  return ann;
}

/**
 * Parses a `# File: path:line in fn, code: ...` comment (also the 2.1 form without `in fn`, and
 * `# Annotation: {...} File: ...`). `start`/`end` delimit the comment text from the `#`.
 */
export function parseProvenance(t: string, start: number, end: number): FxProvenance | undefined {
  const fileAt = find(t, 'File: ', start, end);
  if (fileAt < 0 || fileAt >= end) return undefined;
  const locStart = fileAt + 6;
  let codeAt = find(t, ', code: ', locStart, end);
  if (codeAt < 0 || codeAt >= end) codeAt = -1;
  const locEnd = codeAt < 0 ? end : codeAt;
  const loc = t.slice(locStart, locEnd);
  // `path:line in fn`: the line number is the last `:digits` before ` in ` (paths may hold colons).
  let fn: string | undefined;
  let pathLine = loc;
  const m = /:(\d+) in /.exec(loc);
  if (m) {
    pathLine = loc.slice(0, m.index + 1 + m[1].length);
    fn = loc.slice(m.index + m[0].length).trim() || undefined;
  }
  const colon = pathLine.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const lineText = pathLine.slice(colon + 1).trim();
  if (!/^\d+$/.test(lineText)) return undefined;
  let trimmedEnd = end;
  while (trimmedEnd > start && (t.charCodeAt(trimmedEnd - 1) === 32 || t.charCodeAt(trimmedEnd - 1) === 9)) trimmedEnd--;
  return {
    file: pathLine.slice(0, colon),
    line: Number(lineText),
    fn,
    code: codeAt < 0 ? undefined : t.slice(codeAt + 8, trimmedEnd),
    span: { start, end: trimmedEnd },
    locationSpan: { start: locStart, end: locStart + pathLine.length },
  };
}
