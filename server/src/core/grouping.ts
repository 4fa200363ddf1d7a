import { type Diagnostic, type Severity, SEVERITY_RANK } from './diagnostics';

// What a reader is shown of a file's findings, shared by the language server and the checker:
// findings with the same cause (same rule, severity and message: one undefined `%a` used a
// million times) become one diagnostic on the first occurrence, counted in its message, with the
// next few occurrences as related locations; and past a per-file budget the rest are withheld
// behind one summary diagnostic that says how many of which rule. Editors keep a bounded number
// of diagnostics per file (VS Code: 1,000) and drop the rest silently; this keeps what is shown
// the most severe, in file order, and says what is not.

export const DEFAULT_MAX_DIAGNOSTICS = 1000;
/** Related locations listed for a grouped diagnostic; the count in the message covers the rest. */
export const RELATED_CAP = 20;
export const WITHHELD_CODE = 'diagnostics-withheld';

export interface GroupOptions {
  /** At most this many diagnostics, the summary included; 0 or undefined-with-no-default: no limit. */
  maxDiagnostics?: number;
  relatedCap?: number;
}

export interface Shown {
  diagnostic: Diagnostic;
  /** Index of the (first) finding in the input behind it; -1 for the summary. */
  index: number;
  /** Findings it stands for (1 unless grouped; the withheld count for the summary). */
  count: number;
}

interface Group {
  index: number;
  count: number;
  /** The next occurrences (indices), up to the cap; absent until there is one. */
  others?: number[];
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Groups findings by cause, in the order of their first occurrence (the input's order). */
function groupByCause(diags: readonly Diagnostic[], cap: number): Group[] {
  const groups: Group[] = [];
  // Keyed by the message alone (one lookup, no key string built per finding); the rare same
  // message from another rule or at another severity goes to a second map with a composite key.
  const byMessage = new Map<string, Group>();
  let byCause: Map<string, Group> | undefined;
  for (let i = 0; i < diags.length; i++) {
    const d = diags[i];
    let g = byMessage.get(d.message);
    if (g) {
      const first = diags[g.index];
      if (first.code !== d.code || first.severity !== d.severity) {
        const key = `${d.code}\u0000${d.severity}\u0000${d.message}`;
        byCause ??= new Map();
        g = byCause.get(key);
        if (!g) {
          g = { index: i, count: 0 };
          byCause.set(key, g);
          groups.push(g);
        }
      }
    } else {
      g = { index: i, count: 0 };
      byMessage.set(d.message, g);
      groups.push(g);
    }
    if (g.count++ === 0) continue;
    const others = (g.others ??= []);
    if (others.length < cap) others.push(i);
  }
  return groups;
}

function groupedDiagnostic(diags: readonly Diagnostic[], g: Group): Diagnostic {
  const first = diags[g.index];
  if (g.count === 1) return first;
  const others = g.others ?? [];
  const listed = others.length;
  const rest = g.count - 1 - listed;
  return {
    ...first,
    message: `${first.message} (${fmt(g.count)} occurrences; ${rest > 0 ? `the next ${fmt(listed)} are listed, ${fmt(rest)} more not` : 'the others are listed'} as related locations)`,
    related: [...(first.related ?? []), ...others.map((i) => ({ span: diags[i].span, message: 'same finding here' }))],
  };
}

function summary(withheld: Group[], diags: readonly Diagnostic[], max: number): Diagnostic {
  const byCode = new Map<string, number>();
  let total = 0;
  let severity: Severity = 'hint';
  for (const g of withheld) {
    const d = diags[g.index];
    byCode.set(d.code, (byCode.get(d.code) ?? 0) + g.count);
    total += g.count;
    if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[severity]) severity = d.severity;
  }
  const parts = [...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${fmt(n)}`);
  return {
    code: WITHHELD_CODE,
    severity,
    message: `${fmt(total)} more finding${total === 1 ? '' : 's'} not shown (${parts.join(', ')}): at most ${fmt(max)} diagnostics are shown per file (torchMlir.maxDiagnostics, --max-diagnostics).`,
    span: { start: 0, end: 0 },
    fixes: [],
  };
}

/**
 * The diagnostics to show for `diags` (sorted by position, as analyses return them): grouped by
 * cause, then the most severe first up to the budget, shown in file order, plus a summary of what
 * was withheld.
 */
export function groupDiagnostics(diags: readonly Diagnostic[], options: GroupOptions = {}): Shown[] {
  const max = options.maxDiagnostics ?? DEFAULT_MAX_DIAGNOSTICS;
  const groups = groupByCause(diags, options.relatedCap ?? RELATED_CAP);
  let kept = groups;
  let withheld: Group[] = [];
  if (max > 0 && groups.length > max) {
    // Stable: within a severity, earlier in the file first.
    const order = groups.map((g, i) => i).sort((a, b) => SEVERITY_RANK[diags[groups[a].index].severity] - SEVERITY_RANK[diags[groups[b].index].severity] || a - b);
    const keep = new Uint8Array(groups.length);
    for (const i of order.slice(0, max - 1)) keep[i] = 1;
    kept = groups.filter((_, i) => keep[i]);
    withheld = groups.filter((_, i) => !keep[i]);
  }
  const out: Shown[] = kept.map((g) => ({ diagnostic: groupedDiagnostic(diags, g), index: g.index, count: g.count }));
  if (withheld.length) out.push({ diagnostic: summary(withheld, diags, max), index: -1, count: withheld.reduce((n, g) => n + g.count, 0) });
  return out;
}
