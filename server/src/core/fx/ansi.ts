import type { FxDocument } from './model';

// `colored=True` dumps carry ANSI SGR codes inside tokens (`"\x1b[31mf32\x1b[0m[3]"`). They are
// removed before parsing and every span is mapped back onto the original text afterwards.

/** Removes `ESC [ params letter` sequences; `map[i]` is the original offset of clean offset i. */
export function stripAnsi(text: string): { clean: string; map: Int32Array } {
  const map = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let k = 0;
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === 27 && text.charCodeAt(i + 1) === 91) {
      let j = i + 2;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if ((c >= 48 && c <= 57) || c === 59) j++;
        else break;
      }
      const fin = text.charCodeAt(j);
      if (j < text.length && fin >= 64 && fin <= 126) {
        parts.push(text.slice(runStart, i));
        i = j + 1;
        runStart = i;
        continue;
      }
    }
    map[k++] = i;
    i++;
  }
  parts.push(text.slice(runStart));
  map[k] = text.length;
  return { clean: parts.join(''), map: map.subarray(0, k + 1) };
}

/** Maps every `{start, end}` span object reachable from the document back to original offsets. */
export function remapDocument(doc: FxDocument, map: Int32Array): void {
  const seen = new Set<object>();
  const last = map.length - 1;
  const at = (o: number) => map[Math.max(0, Math.min(o, last))];
  const visit = (o: unknown): void => {
    if (o === null || typeof o !== 'object' || seen.has(o)) return;
    seen.add(o);
    if (o instanceof Map) {
      for (const v of o.values()) visit(v);
      return;
    }
    if (Array.isArray(o)) {
      for (const v of o) visit(v);
      return;
    }
    const rec = o as Record<string, unknown>;
    if (typeof rec.start === 'number' && typeof rec.end === 'number' && Object.keys(rec).length === 2) {
      const s = rec.start as number;
      const e = rec.end as number;
      rec.start = at(s);
      rec.end = e > s ? at(e - 1) + 1 : at(s);
      return;
    }
    for (const key of Object.keys(rec)) {
      if (key === 'text' && typeof rec[key] === 'string') continue;
      visit(rec[key]);
    }
  };
  visit(doc.graphs);
  visit(doc.diagnostics);
}
