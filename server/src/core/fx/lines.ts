import { find } from './scan';

// The document as lines whose content starts after any log prefix. Offsets stay offsets into the
// original text, so every span the parsers produce points at what the user sees, prefix or not.

export interface Lines {
  count: number;
  /** Where the line's bytes start (the prefix, if any, starts here). */
  raw: Int32Array;
  /** Where the dump content starts (after a log prefix / TORCH_TRACE tab). */
  start: Int32Array;
  /** End of content, before CR/LF. */
  end: Int32Array;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function digits(t: string, p: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (!isDigit(t.charCodeAt(p + i))) return false;
  return true;
}

/** Skips ` [x] [y]` groups (trace ids `[0/0]`, artifacts `[__graph_code]`). */
function skipBracketGroups(t: string, p: number, e: number): number {
  while (p + 1 < e && t.charCodeAt(p) === 32 && t.charCodeAt(p + 1) === 91) {
    const close = find(t, ']', p + 2, e);
    if (close < 0 || close >= e || close - p > 64) break;
    const inner = t.slice(p + 2, close);
    // Only trace ids and artifact names; `[DEBUG]`-free content such as `[1, 2]` stays content.
    if (!/^(?:!?\d+\/\d+(?:_\d+)?|__\w+)$/.test(inner)) break;
    p = close + 1;
  }
  return p;
}

/** glog style: `[rank0]:V0121 18:50:26.787000 3022540 path/file.py:1983] [0/0] [__graph_code] `. */
function glogPrefix(t: string, s: number, e: number): number {
  let p = s;
  if (t.startsWith('[rank', p)) {
    const close = find(t, ']:', p, Math.min(e, p + 18));
    if (close < 0) return -1;
    p = close + 2;
  }
  const L = t.charCodeAt(p);
  if (L !== 86 && L !== 73 && L !== 87 && L !== 69 && L !== 67) return -1; // V I W E C
  p++;
  if (!digits(t, p, 4) || t.charCodeAt(p + 4) !== 32) return -1;
  p += 5;
  if (!digits(t, p, 2) || t.charCodeAt(p + 2) !== 58 || !digits(t, p + 3, 2) || t.charCodeAt(p + 5) !== 58 || !digits(t, p + 6, 2)) return -1;
  p += 8;
  if (t.charCodeAt(p) === 46) {
    p++;
    while (p < e && isDigit(t.charCodeAt(p))) p++;
  }
  if (t.charCodeAt(p) !== 32) return -1;
  p++;
  const idStart = p;
  while (p < e && isDigit(t.charCodeAt(p))) p++;
  if (p === idStart || t.charCodeAt(p) !== 32) return -1;
  p++;
  // `path:line]`
  while (p < e) {
    const c = t.charCodeAt(p);
    if (c === 93) break;
    if (c === 32) return -1;
    p++;
  }
  if (p >= e) return -1;
  p++;
  p = skipBracketGroups(t, p, e);
  if (t.charCodeAt(p) === 32) p++;
  return Math.min(p, e);
}

/** 2.1 style: `[2025-02-06 16:46:56,300] [0/0] torch._dynamo.output_graph.__graph_code: [DEBUG] `. */
function py21Prefix(t: string, s: number, e: number): number {
  let p = s;
  if (t.startsWith('[rank', p)) {
    const close = find(t, ']:', p, Math.min(e, p + 18));
    if (close < 0) return -1;
    p = close + 2;
  }
  if (t.charCodeAt(p) !== 91 || !digits(t, p + 1, 4) || t.charCodeAt(p + 5) !== 45) return -1;
  const close = find(t, ']', p, Math.min(e, p + 33));
  if (close < 0) return -1;
  p = skipBracketGroups(t, close + 1, e);
  if (t.charCodeAt(p) !== 32) return -1;
  p++;
  while (p < e && t.charCodeAt(p) !== 32) p++;
  if (t.charCodeAt(p - 1) !== 58 || t.charCodeAt(p + 1) !== 91) return -1;
  const lvlClose = find(t, ']', p + 2, Math.min(e, p + 13));
  if (lvlClose < 0) return -1;
  p = lvlClose + 1;
  if (t.charCodeAt(p) === 32) p++;
  return Math.min(p, e);
}

/** Where the dump content of the line [s, e) starts. */
export function contentStart(t: string, s: number, e: number): number {
  if (s >= e) return s;
  const c = t.charCodeAt(s);
  if (c === 9) return s + 1; // TORCH_TRACE payload line
  if (c === 91 || c === 86 || c === 73 || c === 87 || c === 69 || c === 67) {
    const g = glogPrefix(t, s, e);
    if (g >= 0) return g;
    if (c === 91) {
      const p = py21Prefix(t, s, e);
      if (p >= 0) return p;
    }
  }
  return s;
}

export function splitLines(t: string): Lines {
  const n = t.length;
  // Line ends found with indexOf (much faster than a per-character loop on large dumps).
  const hasCR = t.indexOf('\r') >= 0;
  const ends: number[] = [];
  if (!hasCR) {
    let p = t.indexOf('\n');
    while (p >= 0) {
      ends.push(p);
      p = t.indexOf('\n', p + 1);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || c === 13) ends.push(i);
      if (c === 13 && t.charCodeAt(i + 1) === 10) i++;
    }
  }
  ends.push(n);
  const count = ends.length;
  const raw = new Int32Array(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  let s = 0;
  for (let k = 0; k < count; k++) {
    const e = ends[k];
    raw[k] = s;
    end[k] = e;
    start[k] = contentStart(t, s, e);
    s = e + (t.charCodeAt(e) === 13 && t.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  return { count, raw, start, end };
}
