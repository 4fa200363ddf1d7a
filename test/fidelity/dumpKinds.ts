import type { Diagnostic } from '../../server/src/core/diagnostics';
import { expectedRule, failingOp, langOf, type LoadedCase, loweringExplainedBy, namedNodes, onNode } from './fidelity';

// Fidelity per dump kind: for every dump of every corpus case, what our diagnostics said against
// what the real importer and lowering did (outcome.json and out.mlir). Four measures:
//  - import-failure recall: an error-severity diagnostic on the node the importer failed on;
//  - lowering-failure recall: a warning or error naming the op the lowering failed on;
//  - error false alarms: error-severity diagnostics on cases that import and lower cleanly;
//  - warning precision: each torch-operator-fallback / lowering-failure warning checked against
//    the real out.mlir and the real lowering result.

export interface DumpKind {
  kind: string;
  files: string[];
  /** Why error-severity diagnostics in this kind are not false alarms (they are true). */
  errorsAreTrue?: string;
}

export const DUMP_KINDS: DumpKind[] = [
  { kind: 'exported graph', files: ['export.graph.txt'] },
  { kind: 'exported graph (raw)', files: ['export.raw.graph.txt'] },
  { kind: 'readable', files: ['export.readable.txt', 'export.readable.strides.txt'] },
  { kind: 'code', files: ['export.code.txt'] },
  { kind: 'tabular', files: ['export.tabular.txt'] },
  { kind: 'ExportedProgram', files: ['exported_program.txt'] },
  { kind: 'AOT', files: ['aot.forward.txt'] },
  { kind: 'Dynamo', files: ['dynamo.readable.txt'] },
  { kind: 'TORCH_LOGS', files: ['torch_logs.txt'] },
  {
    kind: 'symbolic_trace',
    files: ['fx_trace.graph.txt'],
    errorsAreTrue: 'call_module/call_method nodes: the importer refuses this graph, and it is not the graph the case imports',
  },
  { kind: 'importer input', files: ['import_input.graph.txt'] },
  { kind: 'out.mlir', files: ['out.mlir', 'out.debug.mlir'] },
];

/** Codes whose warnings claim that lowering fails on a named op. */
export const LOWERING_CLAIM_CODES = ['torch-operator-fallback', 'lowering-failure'];

export type WarningVerdict = 'true' | 'false' | 'not checkable';

export interface WarningCheck {
  case: string;
  file: string;
  code: string;
  op?: string;
  verdict: WarningVerdict;
  why: string;
}

export interface KindStats {
  kind: string;
  importDumps: number;
  importHits: number;
  /** Dumps with no error on the failing node but a warning there. */
  importWarnedOnly: number;
  lowerDumps: number;
  lowerHits: number;
  cleanDumps: number;
  /** Clean-case dumps with at least one error-severity diagnostic. */
  falseAlarmDumps: number;
  falseAlarms: number;
  /** Error false alarms are not counted for this kind (errorsAreTrue). */
  falseAlarmsNotCounted: boolean;
  warnings: Record<WarningVerdict, number>;
  misses: { import: string[]; lowering: string[]; falseAlarms: string[]; falseWarnings: string[] };
}

function emptyStats(kind: string, notCounted: boolean): KindStats {
  return {
    kind, importDumps: 0, importHits: 0, importWarnedOnly: 0, lowerDumps: 0, lowerHits: 0, cleanDumps: 0,
    falseAlarmDumps: 0, falseAlarms: 0, falseAlarmsNotCounted: notCounted,
    warnings: { true: 0, false: 0, 'not checkable': 0 },
    misses: { import: [], lowering: [], falseAlarms: [], falseWarnings: [] },
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The op a lowering-claim diagnostic names: the torch.operator name, else the first torch-dialect op name. */
export function claimedOp(d: Diagnostic): string | undefined {
  const op = /torch\.operator "([^"]+)"/.exec(d.message)?.[1];
  if (op) return op;
  return /\b(torch\.[A-Za-z_]\w*\.[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)/.exec(d.message)?.[1];
}

/** Whether the real out.mlir holds `op` (as a registered op or as a torch.operator standing for it). */
function mlirHolds(mlir: string, op: string): { asOperator: boolean; anywhere: boolean } {
  const asOperator = mlir.includes(`torch.operator "${op}"`);
  return { asOperator, anywhere: asOperator || new RegExp(`(^|[^\\w.])${escapeRe(op)}(?![\\w.])`, 'm').test(mlir) };
}

/**
 * A lowering claim (torch-operator-fallback or lowering-failure warning on `op`) against the real
 * outcome. Fallback claims "the importer emits torch.operator and lowering fails"; lowering-failure
 * claims "the op is imported and its lowering fails". The lowering stops at its first failure, so a
 * failure on another op leaves a lowering-failure claim not checkable.
 */
export function checkWarning(c: LoadedCase, d: Diagnostic): { verdict: WarningVerdict; op?: string; why: string } {
  const op = claimedOp(d);
  if (!op) return { verdict: 'not checkable', why: 'the message names no torch op' };
  const mlir = c.texts.get('out.mlir');
  const low = c.outcome.lowering;
  if (mlir === undefined || c.outcome.import?.ok !== true) return { verdict: 'not checkable', op, why: 'the case did not import: no out.mlir' };
  const held = mlirHolds(mlir, op);
  if (!held.anywhere) return { verdict: 'false', op, why: `${op} never reaches the importer's output (decomposed or not in this graph)` };
  if (d.code === 'torch-operator-fallback') {
    if (!held.asOperator) return { verdict: 'false', op, why: `the importer emits ${op} as a registered op, not torch.operator` };
    if (low?.ok === false) return { verdict: 'true', op, why: `torch.operator "${op}" in out.mlir and lowering fails` };
    return { verdict: 'false', op, why: `torch.operator "${op}" in out.mlir but lowering succeeds` };
  }
  if (low?.ok === true) return { verdict: 'false', op, why: `${op} is in out.mlir and lowers` };
  if (low?.ok !== false) return { verdict: 'not checkable', op, why: 'lowering not attempted' };
  const failed = failingOp(c.outcome);
  if (failed === op || (low.error ?? '').includes(op)) return { verdict: 'true', op, why: `lowering fails on ${op}` };
  return { verdict: 'not checkable', op, why: `lowering stopped first on ${failed ?? '?'}` };
}

/** The dumps of the torch.export pipeline: what export_and_import decomposes and imports. */
const EXPORT_PIPELINE = new Set(['exported graph', 'exported graph (raw)', 'readable', 'code', 'tabular', 'ExportedProgram', 'out.mlir']);

/**
 * Whether a dump kind shows the graph whose import the case records. A torch.export case imports
 * the exported program: its export-pipeline dumps are measured against that outcome. The model's
 * Dynamo, AOT and TORCH_LOGS captures would reach the importer another way (aot_autograd, then
 * stateless_fx_import: no state dict, other decompositions), so the export outcome is no ground
 * truth for them: an export-only failure (a non-persistent buffer) does not happen there, and an
 * op the export path decomposes may really reach the importer there. A stateless case imports one
 * particular capture (symbolic_trace, AOT, make_fx, a built graph): only that capture and the
 * importer's input are measured. Error false alarms are still counted on every dump of a clean case.
 */
export function kindShowsImportedGraph(c: LoadedCase, kind: string): boolean {
  if (c.outcome.path !== 'stateless_fx_import') return EXPORT_PIPELINE.has(kind);
  if (kind === 'importer input' || kind === 'out.mlir') return true;
  const source = c.outcome.graph_source ?? '';
  if (/symbolic_trace/.test(source)) return kind === 'symbolic_trace';
  if (/aot_autograd/.test(source)) return kind === 'AOT' || kind === 'TORCH_LOGS';
  return false;
}

function isRefused(c: LoadedCase): boolean {
  return c.outcome.export?.ok === false || c.outcome.import?.error_type === 'TraceError';
}

/** The diagnostic is on `name`: inside the node's line, or anchored on a reference to it (a signature entry). */
function onFailingNode(d: Diagnostic, text: string, nodes: ReturnType<typeof namedNodes>, name: string): boolean {
  if (onNode(d, nodes)) return true;
  return new RegExp(`(^|[^\\w])${escapeRe(name)}(?!\\w)`).test(text.slice(d.span.start, d.span.end));
}

/** Import failure in one dump: an error on the failing node when the dump has that node, else an error from the expected rule anywhere. */
function importVerdict(c: LoadedCase, file: string): 'hit' | 'warned' | 'miss' {
  const text = c.texts.get(file)!;
  const ds = c.diags.get(file) ?? [];
  const node = c.outcome.import?.node;
  const rule = expectedRule(c.outcome.import?.error_type, c.outcome.import?.message ?? '');
  const nodes = node && langOf(file) === 'fx' ? namedNodes(text, node) : [];
  const relevant = (d: Diagnostic) =>
    node && (nodes.length || new RegExp(`(^|[^\\w])${escapeRe(node)}(?!\\w)`).test(text))
      ? onFailingNode(d, text, nodes, node)
      : rule !== undefined && d.code === rule;
  if (ds.some((d) => d.severity === 'error' && relevant(d))) return 'hit';
  if (ds.some((d) => d.severity === 'warning' && relevant(d))) return 'warned';
  return 'miss';
}

function lowerHit(c: LoadedCase, file: string): boolean {
  const op = failingOp(c.outcome);
  const explained = loweringExplainedBy(c.outcome);
  return (c.diags.get(file) ?? []).some(
    (d) => (d.severity === 'error' || d.severity === 'warning') && ((op !== undefined && d.message.includes(op)) || explained.includes(d.code)),
  );
}

export interface KindReport {
  kinds: KindStats[];
  total: KindStats;
  warnings: WarningCheck[];
}

export function evaluateKinds(cases: LoadedCase[]): KindReport {
  const kinds = DUMP_KINDS.map((k) => emptyStats(k.kind, k.errorsAreTrue !== undefined));
  const warnings: WarningCheck[] = [];
  for (const c of cases) {
    if (isRefused(c)) continue;
    const o = c.outcome;
    const importFailed = o.import?.ok === false;
    const lowerFailed = !importFailed && (o.lowering?.ok === false || o.import?.verifies === false);
    const clean = o.import?.ok === true && o.lowering?.ok === true;
    DUMP_KINDS.forEach((k, i) => {
      const s = kinds[i];
      const shows = kindShowsImportedGraph(c, k.kind);
      for (const f of k.files) {
        if (!c.texts.has(f)) continue;
        const where = `${o.case}/${f}`;
        if (importFailed && shows) {
          s.importDumps++;
          const v = importVerdict(c, f);
          if (v === 'hit') s.importHits++;
          else {
            if (v === 'warned') s.importWarnedOnly++;
            s.misses.import.push(`${where}${v === 'warned' ? ' (warning only)' : ''}`);
          }
        }
        if (lowerFailed && shows) {
          s.lowerDumps++;
          if (lowerHit(c, f)) s.lowerHits++;
          else s.misses.lowering.push(`${where} (${failingOp(o) ?? '?'})`);
        }
        const ds = c.diags.get(f) ?? [];
        if (clean) {
          s.cleanDumps++;
          const errs = ds.filter((d) => d.severity === 'error' && d.code !== 'parse-error');
          if (errs.length && !s.falseAlarmsNotCounted) {
            s.falseAlarmDumps++;
            s.falseAlarms += errs.length;
            s.misses.falseAlarms.push(`${where}: ${[...new Set(errs.map((d) => d.code))].join(', ')}`);
          }
        }
        for (const d of ds) {
          if (!LOWERING_CLAIM_CODES.includes(d.code) || (d.severity !== 'warning' && d.severity !== 'error')) continue;
          const w = shows ? checkWarning(c, d) : { verdict: 'not checkable' as const, op: claimedOp(d), why: 'the case imports another capture of the model' };
          s.warnings[w.verdict]++;
          warnings.push({ case: o.case, file: f, code: d.code, ...w });
          if (w.verdict === 'false') s.misses.falseWarnings.push(`${where}: ${d.code} ${w.op}: ${w.why}`);
        }
      }
    });
  }
  const total = emptyStats('all kinds', false);
  for (const s of kinds) {
    total.importDumps += s.importDumps;
    total.importHits += s.importHits;
    total.importWarnedOnly += s.importWarnedOnly;
    total.lowerDumps += s.lowerDumps;
    total.lowerHits += s.lowerHits;
    total.cleanDumps += s.cleanDumps;
    total.falseAlarmDumps += s.falseAlarmDumps;
    total.falseAlarms += s.falseAlarms;
    for (const v of ['true', 'false', 'not checkable'] as WarningVerdict[]) total.warnings[v] += s.warnings[v];
    for (const m of ['import', 'lowering', 'falseAlarms', 'falseWarnings'] as const) total.misses[m].push(...s.misses[m]);
  }
  return { kinds, total, warnings };
}

/** Ratio in [0, 1]; 1 when there is nothing to measure. */
export function ratio(hit: number, n: number): number {
  return n === 0 ? 1 : hit / n;
}

export function warningPrecision(s: KindStats): number {
  return ratio(s.warnings.true, s.warnings.true + s.warnings.false);
}

/** The targets of issue 11 (printed beside the measured values). */
export const TARGETS = { importRecall: 0.95, loweringRecall: 0.95, errorFalseAlarms: 0, warningPrecision: 0.95 };

function pct(hit: number, n: number): string {
  return n === 0 ? '-' : `${hit}/${n} ${(100 * hit / n).toFixed(1)}%`;
}

export function formatKindTable(r: KindReport): string {
  const head = ['dump kind', 'import recall (error on node)', '+warning only', 'lowering recall (names op)', 'error false alarms (dumps/clean dumps, diags)', 'fallback/lowering warnings true/false/n.c.', 'warning precision'];
  const row = (s: KindStats) => [
    s.kind,
    pct(s.importHits, s.importDumps),
    String(s.importWarnedOnly),
    pct(s.lowerHits, s.lowerDumps),
    s.falseAlarmsNotCounted ? 'not counted*' : `${s.falseAlarmDumps}/${s.cleanDumps}, ${s.falseAlarms}`,
    `${s.warnings.true}/${s.warnings.false}/${s.warnings['not checkable']}`,
    s.warnings.true + s.warnings.false ? `${(100 * warningPrecision(s)).toFixed(1)}%` : '-',
  ];
  const rows = [...r.kinds.map(row), head.map(() => ''), row(r.total)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const lines = [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)];
  for (const k of DUMP_KINDS) if (k.errorsAreTrue) lines.push(`* ${k.kind}: errors are true there (${k.errorsAreTrue}).`);
  return lines.join('\n');
}

export function formatTargets(r: KindReport, caseImport: { hit: number; n: number; knownLimits?: number }, caseLower: { hit: number; n: number }, falseAlarmCases: number): string {
  const t = r.total;
  const mark = (ok: boolean) => (ok ? 'MET' : 'MISSED');
  const line = (what: string, measured: string, target: string, ok: boolean) => `  ${what.padEnd(52)} ${measured.padEnd(44)} target ${target.padEnd(8)} ${mark(ok)}`;
  return [
    'Issue 11 targets (torch-mlir profile):',
    line('import-failure recall, cases', pct(caseImport.hit, caseImport.n) + (caseImport.knownLimits ? ` (+${caseImport.knownLimits} known limits, warned)` : ''), '>= 95%', ratio(caseImport.hit, caseImport.n) >= TARGETS.importRecall),
    line('import-failure recall, all dumps (error on the node)', pct(t.importHits, t.importDumps), '>= 95%', ratio(t.importHits, t.importDumps) >= TARGETS.importRecall),
    line(
      '  the same, counting warnings on the node',
      pct(t.importHits + t.importWarnedOnly, t.importDumps) + ' (dumps that cannot tell: no signature)',
      '>= 95%',
      ratio(t.importHits + t.importWarnedOnly, t.importDumps) >= TARGETS.importRecall,
    ),
    line('lowering-failure recall, cases', pct(caseLower.hit, caseLower.n), '>= 95%', ratio(caseLower.hit, caseLower.n) >= TARGETS.loweringRecall),
    line('lowering-failure recall, all dumps (names the op)', pct(t.lowerHits, t.lowerDumps), '>= 95%', ratio(t.lowerHits, t.lowerDumps) >= TARGETS.loweringRecall),
    line('error false alarms, clean cases', String(falseAlarmCases), '0', falseAlarmCases === TARGETS.errorFalseAlarms),
    line('error false alarms, clean dumps', `${t.falseAlarmDumps} (${t.falseAlarms} diags)`, '0', t.falseAlarmDumps === TARGETS.errorFalseAlarms),
    line('warning precision (checkable)', pct(t.warnings.true, t.warnings.true + t.warnings.false), '>= 95%', warningPrecision(t) >= TARGETS.warningPrecision),
  ].join('\n');
}
