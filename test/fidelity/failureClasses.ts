import type { CaseResult, LoadedCase } from './fidelity';
import { failingOp } from './fidelity';

// Real failures of the corpus grouped by the importer's or the lowering's own message, with how
// many of each class the checker predicted (case level): which rules are missing, and for what.

export interface FailureClass {
  stage: 'import' | 'lowering';
  message: string;
  cases: string[];
  predicted: number;
  ops: string[];
}

/** The message with names and numbers taken out, so one cause is one class. */
function shape(message: string): string {
  return message
    .replace(/^error: ("[^"]*"|unknown|[^:]*):\d+:\d+: /, '')
    .replace(/^error: unknown: /, '')
    .replace(/^error: callsite\(.*?\)+: (?=\S)/, '')
    .split('\n')[0]
    .replace(/^(failed to legalize operation '[^']*')(?: that was explicitly marked illegal)?: .*$/, '$1')
    .replace(/(but got '[^']*'): .*$/, '$1')
    .replace(/'torch\.(aten|prims|prim)\.[\w.]+'/g, "'<op>'")
    .replace(/'[^']{1,80}'/g, (m) => (/^'[a-z_]+\.[\w.]+'$/.test(m) ? m : "'…'"))
    .replace(/\d+/g, 'N')
    .slice(0, 140);
}

export function failureClasses(cases: LoadedCase[], results: CaseResult[]): FailureClass[] {
  const verdict = new Map(results.map((r) => [r.name, r]));
  const classes = new Map<string, FailureClass>();
  for (const c of cases) {
    const o = c.outcome;
    const r = verdict.get(o.case);
    if (!r || (r.category !== 'import-failed' && r.category !== 'lowering-failed')) continue;
    const stage = r.category === 'import-failed' ? 'import' : 'lowering';
    const message = stage === 'import' ? `${o.import?.error_type}: ${shape(o.import?.message ?? '')}` : shape(o.lowering?.error ?? '');
    const key = `${stage}\t${message}`;
    const k = classes.get(key) ?? { stage, message, cases: [], predicted: 0, ops: [] };
    k.cases.push(o.case);
    if (r.verdict === 'predicted') k.predicted++;
    const op = stage === 'lowering' ? failingOp(o) : undefined;
    if (op && !k.ops.includes(op)) k.ops.push(op);
    classes.set(key, k);
  }
  return [...classes.values()].sort((a, b) => a.stage.localeCompare(b.stage) || b.cases.length - a.cases.length || a.message.localeCompare(b.message));
}

export function formatClasses(classes: FailureClass[]): string {
  const lines = ['Failure classes (case level): count, predicted, message, ops, examples'];
  for (const k of classes) {
    const ex = k.cases.slice(0, 4).join(', ') + (k.cases.length > 4 ? `, … (${k.cases.length - 4} more)` : '');
    lines.push(`  ${k.stage.padEnd(8)} ${String(k.cases.length).padStart(3)}  predicted ${String(k.predicted).padStart(3)}  ${k.message}${k.ops.length ? `  [ops: ${k.ops.slice(0, 6).join(', ')}${k.ops.length > 6 ? ', …' : ''}]` : ''}`);
    lines.push(`           e.g. ${ex}`);
  }
  return lines.join('\n');
}
