import type { Diagnostic, Fix, TextEdit } from './diagnostics';

// Combining fixes: the set a fix-all applies must not overlap, and applying it to text must be
// deterministic (edits applied from the end so earlier offsets stay valid).

/** Every safe fix's edits, first come first served, skipping any that would overlap. */
export function collectSafeEdits(diagnostics: Diagnostic[]): { edits: TextEdit[]; applied: Fix[] } {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes.find((f) => f.safe);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => taken.some((t) => e.span.start < t.span.end && t.span.start < e.span.end || (e.span.start === t.span.start && e.span.end === t.span.end)));
    if (overlaps) continue;
    taken.push(...fix.edits);
    applied.push(fix);
  }
  taken.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { edits: taken, applied };
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
