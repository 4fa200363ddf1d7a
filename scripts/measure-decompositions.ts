// `npx tsx scripts/measure-decompositions.ts`: what knowing the importer's real graph
// (server/data/decompositions.json) changes on the real corpus. Every FX dump of test/corpus/real is
// analysed twice, with and without the decomposition data; each torch-operator-fallback warning that
// disappears is checked against the case's real out.mlir: right when the op it named is not there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import type { Diagnostic } from '../server/src/core/diagnostics';
import { findDataDir, Registry } from '../server/src/core/registry/registry';

const CORPUS = join(__dirname, '../test/corpus/real');
const RULES = ['torch-operator-fallback', 'parameter-in-list', 'unsupported-node', 'unsupported-higher-order-op'];

const dataDir = findDataDir();
const withData = Registry.load(dataDir);
const without = new Registry(JSON.parse(readFileSync(join(dataDir, 'torch_ops.json'), 'utf8')), JSON.parse(readFileSync(join(dataDir, 'torch_mlir_ops.json'), 'utf8')));

const key = (f: string, d: Diagnostic) => `${f}:${d.span.start}:${d.code}:${d.severity}`;
const opOf = (d: Diagnostic) => /registers no (torch\.[\w.]+),/.exec(d.message)?.[1];
/** Whether the real import emitted the op (as itself or through torch.operator). */
const inMlir = (mlir: string, op: string) => new RegExp(`(?:= |^\\s*)${op.replace(/\./g, '\\.')}\\b|"${op.replace(/\./g, '\\.')}"`, 'm').test(mlir);

/** The pipeline a dump shows, and the one the case's out.mlir came from: comparable only when equal. */
function dumpPipeline(file: string): string | undefined {
  if (file.startsWith('export.') || file === 'exported_program.txt') return 'export';
  if (file === 'aot.forward.txt' || file === 'torch_logs.txt') return 'aot';
  if (file === 'import_input.graph.txt') return 'stateless';
  return undefined;
}
function casePipeline(o: { path?: string; graph_source?: string }): string {
  if (o.path === 'export_and_import') return 'export';
  return /aot_autograd/.test(o.graph_source ?? '') ? 'aot' : 'stateless';
}

const before: Record<string, number> = {};
const after: Record<string, number> = {};
const gone: { file: string; code: string; severity: string; op?: string; inOut?: boolean; path: string }[] = [];
const remaining: { file: string; op: string; inOut: boolean }[] = [];
const changed: { file: string; code: string; from: string; to: string }[] = [];
for (const c of readdirSync(CORPUS).sort()) {
  const dir = join(CORPUS, c);
  if (!existsSync(join(dir, 'outcome.json'))) continue;
  const outcome = JSON.parse(readFileSync(join(dir, 'outcome.json'), 'utf8'));
  const mlir = existsSync(join(dir, 'out.mlir')) ? readFileSync(join(dir, 'out.mlir'), 'utf8') : undefined;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const a = analyze(text, 'fx', { registry: without }).diagnostics.filter((d) => RULES.includes(d.code));
    const b = analyze(text, 'fx', { registry: withData }).diagnostics.filter((d) => RULES.includes(d.code));
    for (const d of a) before[d.code] = (before[d.code] ?? 0) + 1;
    for (const d of b) after[d.code] = (after[d.code] ?? 0) + 1;
    for (const d of b) {
      if (d.code !== 'torch-operator-fallback') continue;
      const op = opOf(d);
      if (!op || !mlir || dumpPipeline(f) !== casePipeline(outcome)) continue;
      remaining.push({ file: `${c}/${f}`, op, inOut: inMlir(mlir, op) });
    }
    const kept = new Map(b.map((d) => [`${d.span.start}:${d.code}`, d]));
    for (const d of a) {
      const same = kept.get(`${d.span.start}:${d.code}`);
      if (same && same.severity !== d.severity) changed.push({ file: `${c}/${f}`, code: d.code, from: d.severity, to: same.severity });
      if (same) continue;
      const op = opOf(d);
      const comparable = !!mlir && dumpPipeline(f) === casePipeline(outcome);
      gone.push({ file: `${c}/${f}`, code: d.code, severity: d.severity, op, inOut: op && comparable ? inMlir(mlir!, op) : undefined, path: outcome.path });
    }
  }
}
void key;
const line = (r: Record<string, number>) => RULES.map((x) => `${x} ${r[x] ?? 0}`).join(', ');
console.log(`diagnostics before: ${line(before)}`);
console.log(`diagnostics after:  ${line(after)}`);
const fb = gone.filter((g) => g.code === 'torch-operator-fallback');
const checkable = fb.filter((g) => g.inOut !== undefined);
const right = checkable.filter((g) => !g.inOut);
console.log(`torch-operator-fallback warnings removed: ${fb.length}; checkable against out.mlir (a dump of the pipeline the case imported): ${checkable.length}; op really absent from out.mlir: ${right.length} (precision ${checkable.length ? ((100 * right.length) / checkable.length).toFixed(1) : '-'}%)`);
const byOp = new Map<string, { n: number; wrong: number }>();
for (const g of fb) {
  const e = byOp.get(g.op ?? '?') ?? { n: 0, wrong: 0 };
  e.n++;
  if (g.inOut) e.wrong++;
  byOp.set(g.op ?? '?', e);
}
console.log('  by op: ' + [...byOp].map(([op, e]) => `${op} ${e.n}${e.wrong ? ` (${e.wrong} in out.mlir)` : ''}`).join(', '));
const wrongLeft = remaining.filter((r) => !r.inOut);
console.log(`torch-operator-fallback warnings left, checkable (a dump of the pipeline the case imported): ${remaining.length}; op really in out.mlir: ${remaining.length - wrongLeft.length}`);
const leftByOp = new Map<string, string[]>();
for (const r of wrongLeft) leftByOp.set(r.op, [...(leftByOp.get(r.op) ?? []), r.file]);
for (const [op, files] of leftByOp) console.log(`  not in out.mlir: ${op} in ${files.length} dumps, e.g. ${files[0]}`);
for (const g of gone.filter((x) => x.code !== 'torch-operator-fallback')) console.log(`  removed ${g.code} (${g.severity}) in ${g.file}`);
for (const g of changed) console.log(`  ${g.code} ${g.from} -> ${g.to} in ${g.file}`);
for (const g of checkable.filter((x) => x.inOut)) console.log(`  WRONG: ${g.op} removed in ${g.file} but in out.mlir`);
