import type { MlirResourceBlob } from './model';
import * as L from './lexer';
// Local copies: module-namespace imports compile to getter calls under the test runner's transpiler.
const { isIdChar, skipBalanced, skipString } = L;

// The `{-# dialect_resources: { builtin: { name: "0x..." } } #-}` section. Blobs can be tens of
// megabytes, so values are located with indexOf and measured, never decoded or tokenized.

export interface ResourceSectionResult {
  resources: MlirResourceBlob[];
  /** Offset after `#-}` (or the limit). */
  end: number;
  /**
   * `wrongToken`: torch-mlir-opt reports it at the end of the text before `start` (a missing
   * token), else at `start`.
   */
  error?: { message: string; start: number; end: number; wrongToken?: boolean };
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** `start` is the offset of `{-#`. */
export function parseResourceSection(text: string, start: number, limit: number, chunk: number): ResourceSectionResult {
  const resources: MlirResourceBlob[] = [];
  let close = text.indexOf('#-}', start + 3);
  if (close < 0 || close >= limit) {
    return { resources, end: limit, error: { message: "unbalanced '{-#': expected '#-}' to end the resource section", start, end: start + 3 } };
  }
  const end = close + 3;
  let p = start + 3;
  let error: ResourceSectionResult['error'];

  const ws = () => {
    for (;;) {
      while (p < close && isWs(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) === 47 && text.charCodeAt(p + 1) === 47) {
        while (p < close && text.charCodeAt(p) !== 10) p++;
      } else return;
    }
  };
  const key = (): { name: string; start: number; end: number } | undefined => {
    ws();
    const s = p;
    if (text.charCodeAt(p) === 34) {
      p = skipString(text, p, close);
      return { name: text.slice(s + 1, p - 1), start: s, end: p };
    }
    while (p < close && (isIdChar(text.charCodeAt(p)) || text.charCodeAt(p) === 45)) p++;
    return p > s ? { name: text.slice(s, p), start: s, end: p } : undefined;
  };
  const expectChar = (c: number, what: string): boolean => {
    ws();
    if (text.charCodeAt(p) !== c) {
      error = { message: `expected ${what} in resource section`, start: p, end: Math.min(p + 1, close), wrongToken: true };
      return false;
    }
    p++;
    return true;
  };
  const optChar = (c: number): boolean => {
    ws();
    if (text.charCodeAt(p) === c) {
      p++;
      return true;
    }
    return false;
  };

  outer: for (;;) {
    ws();
    if (p >= close) break;
    const section = key();
    if (!section) {
      error = { message: 'expected resource section name', start: p, end: Math.min(p + 1, close), wrongToken: true };
      break;
    }
    if (section.name !== 'dialect_resources' && section.name !== 'external_resources') {
      error = { message: `unknown key '${section.name}' in file metadata dictionary`, start: section.start, end: section.end };
      break;
    }
    if (!expectChar(58, "':'") || !expectChar(123, "'{'")) break;
    for (;;) {
      if (optChar(125)) break;
      const dialect = key();
      if (!dialect) {
        error = { message: 'expected dialect name', start: p, end: Math.min(p + 1, close), wrongToken: true };
        break outer;
      }
      if (!expectChar(58, "':'") || !expectChar(123, "'{'")) break outer;
      for (;;) {
        if (optChar(125)) break;
        const name = key();
        if (!name) {
          error = { message: 'expected resource name', start: p, end: Math.min(p + 1, close), wrongToken: true };
          break outer;
        }
        if (!expectChar(58, "':'")) break outer;
        ws();
        const vs = p;
        let isHex = false;
        let byteLength = 0;
        let alignment: number | undefined;
        if (text.charCodeAt(p) === 34 && text.charCodeAt(p + 1) === 48 && text.charCodeAt(p + 2) === 120) {
          // "0x...": hex digits contain no quotes, so the closing quote is found natively.
          const q = text.indexOf('"', p + 3);
          if (q < 0 || q >= close) {
            error = { message: "expected '\"' to end the resource blob", start: vs, end: vs + 1 };
            break outer;
          }
          isHex = true;
          if ((q - (p + 3)) % 2 !== 0) {
            error = { message: `expected hex string blob for key '${name.name}' (odd number of hex digits)`, start: vs, end: q + 1 };
            break outer;
          }
          byteLength = Math.floor((q - (p + 3)) / 2);
          if (byteLength >= 4) {
            const h = text.slice(p + 3, p + 11);
            const v = parseInt(h.slice(6, 8) + h.slice(4, 6) + h.slice(2, 4) + h.slice(0, 2), 16);
            if (!Number.isNaN(v)) alignment = v;
          }
          p = q + 1;
        } else if (text.charCodeAt(p) === 34) {
          p = skipString(text, p, close);
        } else {
          const r = skipBalanced(text, p, close, true);
          p = r.end;
          while (p > vs && isWs(text.charCodeAt(p - 1))) p--;
          if (p === vs) {
            error = { message: 'expected resource value', start: vs, end: vs + 1 };
            break outer;
          }
        }
        resources.push({
          name: name.name,
          dialect: dialect.name,
          section: section.name,
          nameSpan: { start: name.start, end: name.end },
          valueSpan: { start: vs, end: p },
          byteLength,
          dataByteLength: Math.max(0, byteLength - 4),
          alignment,
          isHex,
          chunk,
        });
        if (optChar(44)) continue;
        if (!expectChar(125, "',' or '}'")) break outer;
        break;
      }
      if (optChar(44)) continue;
      if (!expectChar(125, "',' or '}'")) break outer;
      break;
    }
    if (optChar(44)) continue;
    ws();
    if (p < close) {
      error = { message: "expected '#-}' to end the resource section", start: p, end: p + 1, wrongToken: true };
    }
    break;
  }
  return { resources, end, error };
}
