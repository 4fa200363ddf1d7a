import type { FxDictEntry, FxKwarg, FxValue } from './model';
import type { Lines } from './lines';

// A hand-written scanner for the value syntax shared by str(graph) args, gm.code call arguments,
// return lines and print_tabular cells. Hand-written so that no user text can trigger regex
// backtracking, and so every value keeps its exact span.
//
// 'graph' style: `%x` are refs, bare words are unquoted strings (`error`, `cpu`) or names
// (`torch.float32`, `cuda:0`). 'code' style: bare identifiers are refs, strings are quoted.

export type ValueStyle = 'graph' | 'code';

const MAX_DEPTH = 64;

/** Content start of the line whose raw start is `pos`. */
function nextContent(lines: Lines, pos: number): number {
  const raw = lines.raw;
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (raw[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lines.start[lo];
}

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

export function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c > 127;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** End of the identifier starting at `p` (p itself when there is none). */
export function scanIdent(t: string, p: number, e: number): number {
  if (p >= e || !isIdentStart(t.charCodeAt(p))) return p;
  p++;
  while (p < e && isIdentChar(t.charCodeAt(p))) p++;
  return p;
}

/** End of a quoted string starting at `p` (on the quote), or -1 when it is not closed before `e`. */
export function scanString(t: string, p: number, e: number): number {
  const q = t.charCodeAt(p);
  p++;
  while (p < e) {
    const c = t.charCodeAt(p);
    if (c === 92) p += 2;
    else if (c === q) return p + 1;
    else if (c === 10) return -1;
    else p++;
  }
  return -1;
}

function unescape(raw: string): string {
  if (raw.indexOf('\\') < 0) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      continue;
    }
    const n = raw[++i];
    out += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n;
  }
  return out;
}

const CLOSERS: Record<number, number> = { 40: 41, 91: 93, 123: 125 };

export interface ArgList {
  args: FxValue[];
  kwargs: FxKwarg[];
  /** Interior of the brackets. */
  inner: { start: number; end: number };
  trailingComma: boolean;
}

export class ValueScanner {
  pos: number;
  error: string | undefined;
  errorPos = -1;
  /** Set for multi-line values: a newline jumps to the next line's content (past any log prefix). */
  lines?: Lines;

  constructor(
    readonly text: string,
    start: number,
    public limit: number,
    readonly style: ValueStyle,
  ) {
    this.pos = start;
  }

  fail(msg: string, at = this.pos): undefined {
    if (this.error === undefined) {
      this.error = msg;
      this.errorPos = at;
    }
    return undefined;
  }

  get failed(): boolean {
    return this.error !== undefined;
  }

  skipWs(): void {
    const t = this.text;
    const lim = this.limit;
    let p = this.pos;
    while (p < lim) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9 || c === 13) p++;
      else if (c === 10) p = this.lines ? Math.max(p + 1, nextContent(this.lines, p + 1)) : p + 1;
      else if (c === 35 && this.style === 'code') {
        while (p < lim && t.charCodeAt(p) !== 10) p++;
      } else break;
    }
    this.pos = p;
  }

  peek(): number {
    return this.pos < this.limit ? this.text.charCodeAt(this.pos) : -1;
  }

  parseValue(depth = 0): FxValue | undefined {
    this.skipWs();
    if (depth > MAX_DEPTH) return this.fail('values nested too deeply');
    const t = this.text;
    const start = this.pos;
    if (start >= this.limit) return this.fail('expected a value');
    const c = t.charCodeAt(start);
    if (c === 40 || c === 91 || c === 123) {
      if (c === 123) return this.parseDict(depth);
      const seq = this.parseSeq(CLOSERS[c], depth, false);
      if (!seq) return undefined;
      const span = { start, end: this.pos };
      if (c === 91) return { kind: 'list', items: seq.args, span };
      // `(x)` without a comma is a parenthesized value in Python, not a tuple.
      if (seq.args.length === 1 && !seq.trailingComma) return seq.args[0];
      return { kind: 'tuple', items: seq.args, span };
    }
    if (c === 37) {
      const e = scanIdent(t, start + 1, this.limit);
      if (e === start + 1) return this.fail("expected a node name after '%'", start + 1);
      this.pos = e;
      return { kind: 'ref', name: t.slice(start + 1, e), span: { start, end: e } };
    }
    if (c === 34 || c === 39) {
      const e = scanString(t, start, this.limit);
      if (e < 0) return this.fail('unterminated string', start);
      this.pos = e;
      return { kind: 'string', value: unescape(t.slice(start + 1, e - 1)), quoted: true, span: { start, end: e } };
    }
    if (isDigit(c) || ((c === 45 || c === 43 || c === 46) && start + 1 < this.limit)) {
      const num = this.parseNumber();
      if (num) return num;
      if (this.failed) return undefined;
    }
    if (c === 60) return this.parseAngle();
    if (isIdentStart(c)) return this.parseWord(depth);
    return this.fail(`unexpected character '${String.fromCharCode(c)}'`);
  }

  private parseNumber(): FxValue | undefined {
    const t = this.text;
    const lim = this.limit;
    const start = this.pos;
    let p = start;
    let sign = 1;
    const c0 = t.charCodeAt(p);
    if (c0 === 45 || c0 === 43) {
      sign = c0 === 45 ? -1 : 1;
      p++;
      if (t.startsWith('inf', p) && !isIdentChar(t.charCodeAt(p + 3))) {
        this.pos = p + 3;
        return { kind: 'float', text: t.slice(start, p + 3), value: sign * Infinity, span: { start, end: p + 3 } };
      }
    }
    const digitsStart = p;
    let isFloat = false;
    while (p < lim && isDigit(t.charCodeAt(p))) p++;
    if (p < lim && t.charCodeAt(p) === 46) {
      isFloat = true;
      p++;
      while (p < lim && isDigit(t.charCodeAt(p))) p++;
    }
    if (p === digitsStart || (p === digitsStart + 1 && isFloat)) return undefined;
    const ce = t.charCodeAt(p);
    if (p < lim && (ce === 101 || ce === 69)) {
      let q = p + 1;
      const cs = t.charCodeAt(q);
      if (cs === 43 || cs === 45) q++;
      if (q < lim && isDigit(t.charCodeAt(q))) {
        while (q < lim && isDigit(t.charCodeAt(q))) q++;
        p = q;
        isFloat = true;
      }
    }
    if (p < lim && isIdentChar(t.charCodeAt(p))) return undefined; // `1x`: not a number
    this.pos = p;
    const text = t.slice(start, p);
    return isFloat
      ? { kind: 'float', text, value: Number(text), span: { start, end: p } }
      : { kind: 'int', text, value: Number(text), span: { start, end: p } };
  }

  /** `<InputKind.PARAMETER: 2>`, `<built-in function add>`: kept raw. */
  private parseAngle(): FxValue | undefined {
    const start = this.pos;
    const rel = this.text.slice(start, this.limit).indexOf('>');
    const e = rel < 0 ? -1 : start + rel;
    if (e < 0) return this.fail("expected '>'", start);
    this.pos = e + 1;
    return { kind: 'raw', text: this.text.slice(start, e + 1), span: { start, end: e + 1 } };
  }

  private parseWord(depth: number): FxValue | undefined {
    const t = this.text;
    const lim = this.limit;
    const start = this.pos;
    let p = scanIdent(t, start, lim);
    let dotted = false;
    let colon = false;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 46 && p + 1 < lim && isIdentChar(t.charCodeAt(p + 1))) {
        dotted = true;
        p++;
        while (p < lim && isIdentChar(t.charCodeAt(p))) p++;
      } else if (c === 58 && this.style === 'graph' && p + 1 < lim && isIdentChar(t.charCodeAt(p + 1))) {
        colon = true; // `cuda:0`
        p++;
        while (p < lim && isIdentChar(t.charCodeAt(p))) p++;
      } else break;
    }
    // str(graph) prints strings unquoted and joins items with ", ": a comma with no space after
    // it, or an operator character, still belongs to the string (`bij,bjk->bik` for einsum).
    if (this.style === 'graph' && p < lim && !dotted && !colon && continuesUnquoted(t, p, lim)) {
      let q = p;
      while (q < lim) {
        const c = t.charCodeAt(q);
        if (c === 41 || c === 93 || c === 125 || c === 10 || c === 13) break;
        if (c === 44 && t.charCodeAt(q + 1) === 32) break;
        q++;
      }
      this.pos = q;
      return { kind: 'string', value: t.slice(start, q), quoted: false, span: { start, end: q } };
    }
    const text = t.slice(start, p);
    this.pos = p;
    const span = { start, end: p };
    if (p < lim && t.charCodeAt(p) === 40) {
      const seq = this.parseSeq(41, depth, true);
      if (!seq) return undefined;
      return { kind: 'call', callee: text, args: seq.args, kwargs: seq.kwargs, span: { start, end: this.pos } };
    }
    switch (text) {
      case 'None':
        return { kind: 'none', span };
      case 'True':
        return { kind: 'bool', value: true, span };
      case 'False':
        return { kind: 'bool', value: false, span };
      case 'inf':
        return { kind: 'float', text, value: Infinity, span };
      case 'nan':
        return { kind: 'float', text, value: NaN, span };
      case 'Ellipsis':
        return { kind: 'name', text, span };
    }
    if (dotted || colon) return { kind: 'name', text, span };
    if (this.style === 'graph') return { kind: 'string', value: text, quoted: false, span };
    return { kind: 'ref', name: text, span };
  }

  /**
   * Parses `( ... )` / `[ ... ]` starting at the opening bracket. With `allowKwargs`, `name=value`
   * items become kwargs. A value followed by something unexpected is kept raw up to the next comma.
   */
  parseSeq(close: number, depth: number, allowKwargs: boolean): ArgList | undefined {
    const t = this.text;
    const open = this.pos;
    this.pos++;
    const args: FxValue[] = [];
    const kwargs: FxKwarg[] = [];
    let trailingComma = false;
    const closeCh = String.fromCharCode(close);
    for (;;) {
      this.skipWs();
      if (this.pos >= this.limit) return this.fail(`expected '${closeCh}'`, this.limit);
      if (t.charCodeAt(this.pos) === close) break;
      const itemStart = this.pos;
      let kwName: { name: string; span: { start: number; end: number } } | undefined;
      if (allowKwargs) {
        const ie = scanIdent(t, itemStart, this.limit);
        if (ie > itemStart) {
          let q = ie;
          while (q < this.limit && t.charCodeAt(q) === 32) q++;
          if (t.charCodeAt(q) === 61 && t.charCodeAt(q + 1) !== 61) {
            kwName = { name: t.slice(itemStart, ie), span: { start: itemStart, end: ie } };
            this.pos = q + 1;
          }
        }
      }
      let v = this.parseValue(depth + 1);
      if (!v) return undefined;
      this.skipWs();
      const c = this.peek();
      if (c !== 44 && c !== close) {
        v = this.rawUntilComma(v.span.start, close);
        if (!v) return undefined;
        this.skipWs();
      }
      if (kwName) kwargs.push({ name: kwName.name, nameSpan: kwName.span, value: v, span: { start: itemStart, end: v.span.end } });
      else args.push(v);
      if (this.peek() === 44) {
        this.pos++;
        trailingComma = true;
        continue;
      }
      trailingComma = false;
      if (this.peek() === close) break;
      return this.fail(`expected '${closeCh}'`);
    }
    const inner = { start: open + 1, end: this.pos };
    this.pos++;
    // Exact-size copies: arrays grown by `push` keep 16+ slots, and these live as long as the
    // model (args and list items of every node); the grown originals die young, which is cheap.
    return { args: args.length ? args.slice() : args, kwargs: kwargs.length ? kwargs.slice() : kwargs, inner, trailingComma: trailingComma && args.length + kwargs.length > 0 };
  }

  /** Keeps `s0 + 1`-like items verbatim: scans to the next depth-0 comma or the closer. */
  private rawUntilComma(start: number, close: number): FxValue | undefined {
    const t = this.text;
    let p = this.pos;
    let depth = 0;
    while (p < this.limit) {
      const c = t.charCodeAt(p);
      if (c === 34 || c === 39) {
        const e = scanString(t, p, this.limit);
        if (e < 0) return this.fail('unterminated string', p);
        p = e;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) {
          if (c === close) break;
          return this.fail(`expected '${String.fromCharCode(close)}'`, p);
        }
        depth--;
      } else if (c === 44 && depth === 0) break;
      p++;
    }
    if (p >= this.limit) return this.fail(`expected '${String.fromCharCode(close)}'`, this.limit);
    let end = p;
    while (end > start && (t.charCodeAt(end - 1) === 32 || t.charCodeAt(end - 1) === 10)) end--;
    this.pos = p;
    return { kind: 'raw', text: t.slice(start, end), span: { start, end } };
  }

  parseDict(depth: number): FxValue | undefined {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    const entries: FxDictEntry[] = [];
    for (;;) {
      this.skipWs();
      if (this.pos >= this.limit) return this.fail("expected '}'", this.limit);
      if (t.charCodeAt(this.pos) === 125) break;
      const ks = this.pos;
      let key: string;
      let ke: number;
      const c = t.charCodeAt(ks);
      if (c === 34 || c === 39) {
        ke = scanString(t, ks, this.limit);
        if (ke < 0) return this.fail('unterminated string', ks);
        key = unescape(t.slice(ks + 1, ke - 1));
      } else {
        // Unquoted str(graph) keys (`dtype`), numbers, `%node`: everything up to the colon.
        ke = ks;
        while (ke < this.limit) {
          const k = t.charCodeAt(ke);
          if (k === 58 && !(this.style === 'graph' && isIdentChar(t.charCodeAt(ke + 1)))) break;
          if (k === 44 || k === 125) break;
          ke++;
        }
        while (ke > ks && t.charCodeAt(ke - 1) === 32) ke--;
        key = t.slice(ks, ke);
      }
      this.pos = ke;
      this.skipWs();
      if (this.peek() !== 58) return this.fail("expected ':' after a dict key");
      this.pos++;
      const v = this.parseValue(depth + 1);
      if (!v) return undefined;
      entries.push({ key, keySpan: { start: ks, end: ke }, value: v });
      this.skipWs();
      if (this.peek() === 44) {
        this.pos++;
        continue;
      }
      if (this.peek() === 125) break;
      return this.fail("expected '}'");
    }
    this.pos++;
    return { kind: 'dict', entries, span: { start, end: this.pos } };
  }

  /** Parses a comma-separated value list up to the limit (`return a, b`, `%mm,%relu`); one item stays itself. */
  parseBareSequence(): FxValue | undefined {
    const first = this.parseValue();
    if (!first) return undefined;
    this.skipWs();
    if (this.peek() !== 44) return first;
    const items = [first];
    while (this.peek() === 44) {
      this.pos++;
      this.skipWs();
      if (this.pos >= this.limit) break;
      const v = this.parseValue();
      if (!v) return undefined;
      items.push(v);
      this.skipWs();
    }
    return { kind: 'tuple', items, span: { start: first.span.start, end: items[items.length - 1].span.end } };
  }
}

/** After a bare word in str(graph): does the text go on as part of an unquoted string? */
function continuesUnquoted(t: string, p: number, lim: number): boolean {
  const c = t.charCodeAt(p);
  if (c === 44) {
    // `(None,)` is a one-element tuple, not a string.
    const n = t.charCodeAt(p + 1);
    return p + 1 < lim && n !== 32 && n !== 10 && n !== 13 && n !== 41 && n !== 93 && n !== 125;
  }
  // - > < | & + * / ^ ~ ! ? = @ $ # (but not `[` `(` `.` `:` which the grammar handles)
  return c === 45 || c === 62 || c === 60 || c === 124 || c === 38 || c === 43 || c === 42 || c === 47 || c === 94 || c === 126 || c === 33 || c === 63 || c === 64 || c === 36 || c === 35;
}
