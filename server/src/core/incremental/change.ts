import type { Diagnostic, Fix } from '../diagnostics';
import type { Span } from '../text';

// One edit between two versions of a document, as offsets: the old text's [start, oldEnd) became
// the new text's [start, newEnd). Any run of editor changes composes into one such edit (the
// common prefix and suffix they left alone), which is all the incremental analyses need.

export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Accumulates successive changes, each given in the coordinates of the text it applied to. */
export class ChangeTracker {
  private prefix = Infinity;
  private suffix = Infinity;

  constructor(readonly baseLength: number) {}

  /** `[start, end)` of a text `length` long was replaced (by anything: only what stayed counts). */
  add(start: number, end: number, length: number): void {
    this.prefix = Math.min(this.prefix, start);
    this.suffix = Math.min(this.suffix, length - end);
  }

  /** The composed change, given the final text's length. */
  result(newLength: number): TextChange {
    if (this.prefix === Infinity) return { start: this.baseLength, oldEnd: this.baseLength, newEnd: newLength };
    // Successive edits can leave a prefix and suffix that overlap in the shorter text: clamp.
    const prefix = Math.min(this.prefix, this.baseLength, newLength);
    const suffix = Math.min(this.suffix, this.baseLength - prefix, newLength - prefix);
    return { start: prefix, oldEnd: this.baseLength - suffix, newEnd: newLength - suffix };
  }
}

/** The change between two texts, by their common prefix and suffix (tests and tools). */
export function diffTexts(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, oldEnd: before.length - s, newEnd: after.length - s };
}

/** An old-text offset in new-text coordinates (offsets inside the replaced run move to its start). */
export function mapOffset(offset: number, c: TextChange): number {
  if (offset <= c.start) return offset;
  if (offset >= c.oldEnd) return offset + c.newEnd - c.oldEnd;
  return c.start;
}

function mapSpan(s: Span, c: TextChange): Span {
  return { start: mapOffset(s.start, c), end: mapOffset(s.end, c) };
}

function mapFix(f: Fix, c: TextChange): Fix {
  return { ...f, edits: f.edits.map((e) => ({ span: mapSpan(e.span, c), newText: e.newText })) };
}

/** Whether every span of `d` (its own, its fixes' and related ones) ends at or before `offset`. */
function endsBy(d: Diagnostic, offset: number): boolean {
  if (d.span.end > offset) return false;
  for (const f of d.fixes) for (const e of f.edits) if (e.span.end > offset) return false;
  if (d.related) for (const r of d.related) if (r.span.end > offset) return false;
  return true;
}

/** A diagnostic kept from the previous version, moved to the new text's offsets. */
export function mapDiagnostic(d: Diagnostic, c: TextChange): Diagnostic {
  // A diagnostic wholly before the change keeps its offsets: it is kept as it is, so an edit costs
  // nothing for the findings above it (and their LSP form can be reused).
  if (endsBy(d, c.start)) return d;
  // Otherwise a copy: a diagnostic's spans may be the model's own objects, which incremental
  // analyses move in place (after this copy is taken).
  const moved: Diagnostic = { ...d, span: mapSpan(d.span, c), fixes: d.fixes.length ? d.fixes.map((f) => mapFix(f, c)) : d.fixes };
  if (d.related) moved.related = d.related.map((r) => ({ span: mapSpan(r.span, c), message: r.message }));
  return moved;
}
