import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { isFailurePrediction } from '../../server/src/core/verify/confirm';
import { verifyMlir, VerifyMode, VerifyStatus } from '../../server/src/tools/torchMlirOpt';
import { requireRealTools } from '../verify/tools';

// The fidelity table's torch-mlir-opt column: for every corpus out.mlir, our predictions against
// the real `--verify=lower` result, through the same code path as the checker and the editor
// (tools/torchMlirOpt.ts). Also checks that the run agrees with what the corpus generator saw
// (outcome.json: lowering.ok, import.verifies).

export const CORPUS = join(__dirname, '../corpus/real');

export type VerifyVerdict = 'confirmed' | 'predicted elsewhere' | 'missed' | 'false alarm' | 'warned, passes' | 'agree' | 'tool error';

export interface VerifyCaseResult {
  name: string;
  /** What outcome.json says the lowering did. */
  expected: 'fails' | 'passes';
  real: VerifyStatus;
  /** The ops torch-mlir-opt failed on. */
  realOps: string[];
  errors: number;
  warnings: number;
  confirmed: number;
  notConfirmed: number;
  verdict: VerifyVerdict;
  /** The real run agrees with outcome.json. */
  matchesOutcome: boolean;
  detail: string;
  ms: number;
}

interface Outcome {
  import?: { ok?: boolean | null; verifies?: boolean };
  lowering?: { ok?: boolean | null; op?: string | null };
}

export async function verifyCase(dir: string, opt: string, mode: VerifyMode = 'lower'): Promise<VerifyCaseResult | undefined> {
  const file = join(dir, 'out.mlir');
  if (!existsSync(file) || !existsSync(join(dir, 'outcome.json'))) return undefined;
  const o = JSON.parse(readFileSync(join(dir, 'outcome.json'), 'utf8')) as Outcome;
  const text = readFileSync(file, 'utf8');
  const a = analyze(text, 'mlir', { profile: 'torch-mlir' });
  const r = await verifyMlir({ opt, mode, text, analysis: a.mlir!, predictions: a.diagnostics, timeoutMs: 120_000, maxOutputBytes: 16 << 20, documentPath: file });
  const failing = a.diagnostics.filter(isFailurePrediction);
  const errors = failing.filter((d) => d.severity === 'error').length;
  const warnings = failing.length - errors;
  const confirmed = r.marks.filter((m) => m.confirmed).length;
  const expected = o.lowering?.ok === false || o.import?.verifies === false ? 'fails' : 'passes';
  const realOps = [...new Set(r.placed.filter((p) => p.severity === 'error').map((p) => (p.op ? (p.op.operatorName ?? p.op.name) : '?')))];
  let verdict: VerifyVerdict;
  if (r.status === 'failed') verdict = confirmed ? 'confirmed' : failing.length ? 'predicted elsewhere' : 'missed';
  else if (r.status === 'passed') verdict = errors ? 'false alarm' : warnings ? 'warned, passes' : 'agree';
  else verdict = 'tool error';
  const real = r.status === 'failed' ? `fails on ${realOps.join(', ')}: ${r.placed[0]?.message.slice(0, 70)}` : r.status === 'passed' ? 'passes' : (r.error ?? r.status);
  return {
    name: dir.split(/[\\/]/).pop()!,
    expected,
    real: r.status,
    realOps,
    errors,
    warnings,
    confirmed,
    notConfirmed: r.marks.length - confirmed,
    verdict,
    matchesOutcome: (expected === 'fails') === (r.status === 'failed'),
    detail: `${real}; ours: ${failing.map((d) => d.code).filter((c, i, all) => all.indexOf(c) === i).join(', ') || 'nothing'}`,
    ms: r.ms,
  };
}

/** Every case, `jobs` torch-mlir-opt processes at a time. */
export async function verifyCorpus(opt: string, jobs = 2, root = CORPUS, mode: VerifyMode = 'lower'): Promise<VerifyCaseResult[]> {
  const dirs = readdirSync(root).filter((d) => existsSync(join(root, d, 'out.mlir'))).sort();
  const out: (VerifyCaseResult | undefined)[] = new Array(dirs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, jobs) }, async () => {
      while (next < dirs.length) {
        const i = next++;
        out[i] = await verifyCase(join(root, dirs[i]), opt, mode);
      }
    }),
  );
  return out.filter((r): r is VerifyCaseResult => !!r);
}

export function formatVerifyColumn(results: VerifyCaseResult[]): string {
  const rows = results.map((r) => [r.name, r.expected, r.real, r.verdict, r.matchesOutcome ? '' : 'DIFFERS FROM outcome.json', r.detail]);
  const head = ['case (out.mlir)', 'corpus', 'torch-mlir-opt', 'ours vs torch-mlir-opt', '', 'detail'];
  const widths = head.map((h, i) => Math.min(44, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 5 ? c.padEnd(widths[i]) : c)).join('  ');
  const count = (v: VerifyVerdict) => results.filter((r) => r.verdict === v).length;
  const failed = results.filter((r) => r.real === 'failed').length;
  return [
    `torch-mlir-opt --verify=lower on every out.mlir (the checker's and the editor's code path):`,
    fmt(head),
    fmt(widths.map((w) => '-'.repeat(w))),
    ...rows.map(fmt),
    '',
    `out.mlir files ${results.length}: torch-mlir-opt fails ${failed}, passes ${results.filter((r) => r.real === 'passed').length}, tool errors ${count('tool error')}; differs from outcome.json ${results.filter((r) => !r.matchesOutcome).length}`,
    `ours: confirmed ${count('confirmed')}, predicted elsewhere ${count('predicted elsewhere')}, missed ${count('missed')}; on passing files: false alarms ${count('false alarm')}, warnings only ${count('warned, passes')}, agree ${count('agree')}`,
    `predictions confirmed ${results.reduce((n, r) => n + r.confirmed, 0)}, not confirmed ${results.reduce((n, r) => n + r.notConfirmed, 0)}`,
  ].join('\n');
}

/**
 * `npm run fidelity`'s torch-mlir-opt column: prints it and resolves with an exit code (1 when a
 * run differs from outcome.json, misses a failure, or raises a false alarm). Without the tools:
 * a banner, and a failure under CI=true.
 */
export async function printVerifyColumn(jobs = 2): Promise<number> {
  const tools = requireRealTools('npm run fidelity (torch-mlir-opt column)');
  if (!tools) return 0;
  const results = await verifyCorpus(tools.opt, jobs);
  process.stdout.write('\n' + formatVerifyColumn(results) + '\n');
  const bad = results.filter((r) => !r.matchesOutcome || r.verdict === 'missed' || r.verdict === 'false alarm' || r.verdict === 'tool error');
  return bad.length ? 1 : 0;
}
