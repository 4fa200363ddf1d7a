import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { analyze, languageOf } from './core/analyze';
import type { Profile } from './core/diagnostics';
import { LineIndex } from './core/text';
import type { FileReport, ReportDiagnostic } from './cliWorker';
import { DEFAULT_TOOL_SETTINGS, locateTools } from './tools/findTools';
import { verifyMlir, VerifyMode } from './tools/torchMlirOpt';

// The checker's `--verify[=lower]`: each .mlir file's report goes through the real torch-mlir-opt
// (the same code path as the editor's "Verify with torch-mlir"), in parallel, before it is
// printed: the tool's errors join the report (code `torch-mlir-opt`) and each prediction gets
// `verified: confirmed | not-confirmed`. Tools: $TORCH_MLIR_OPT / $TORCH_MLIR_PYTHON, else PATH.

/** `--verify` → verify, `--verify=lower` → lower, anything else undefined. */
export function verifyModeOf(arg: string): VerifyMode | undefined {
  if (arg === '--verify' || arg === '--verify=verify') return 'verify';
  if (arg === '--verify=lower') return 'lower';
  return undefined;
}

/** Runs torch-mlir-opt on reports as they arrive, at most `jobs` at a time, and hands each on when done. */
export class ReportVerifier {
  private readonly queue: (() => Promise<void>)[] = [];
  private active = 0;
  private readonly jobs: number;
  private readonly pending = new Set<Promise<void>>();
  private readonly opt: string | undefined;
  private readonly problem: string | undefined;

  constructor(
    private readonly mode: VerifyMode,
    jobs: number | undefined,
    private readonly profile: Profile,
    private readonly timeoutMs = Number(process.env.TORCH_MLIR_VERIFY_TIMEOUT_MS) || DEFAULT_TOOL_SETTINGS.timeoutMs,
  ) {
    this.jobs = Math.max(1, jobs ?? availableParallelism());
    const tools = locateTools({ ...DEFAULT_TOOL_SETTINGS, torchMlirOpt: process.env.TORCH_MLIR_OPT, python: process.env.TORCH_MLIR_PYTHON });
    this.opt = tools.opt?.path;
    this.problem = tools.opt ? undefined : `--verify: ${tools.problems.join(' ').replace(/torchMlir\.torchMlirOpt/g, '$TORCH_MLIR_OPT').replace(/torchMlir\.python/g, '$TORCH_MLIR_PYTHON')}`;
  }

  /** A missing tool: one message, before any file is checked. */
  get toolProblem(): string | undefined {
    return this.problem;
  }

  add(index: number, report: FileReport, then: (index: number, r: FileReport) => void): void {
    if (report.error || languageOf(report.path) !== 'mlir' || !this.opt) {
      then(index, report);
      return;
    }
    const job = async () => {
      try {
        await this.verify(report);
      } catch (e) {
        report.error = `--verify: ${report.path}: ${(e as Error).message}`;
      }
      then(index, report);
    };
    const p = new Promise<void>((resolve) => this.queue.push(() => job().then(resolve)));
    this.pending.add(p);
    void p.then(() => this.pending.delete(p));
    this.pump();
  }

  private pump(): void {
    while (this.active < this.jobs && this.queue.length) {
      const next = this.queue.shift()!;
      this.active++;
      void next().finally(() => {
        this.active--;
        this.pump();
      });
    }
  }

  async done(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private async verify(report: FileReport): Promise<void> {
    const text = readFileSync(report.path, 'utf8');
    const a = analyze(text, 'mlir', { profile: this.profile });
    const r = await verifyMlir({ opt: this.opt!, mode: this.mode, text, analysis: a.mlir!, predictions: a.diagnostics, timeoutMs: this.timeoutMs, maxOutputBytes: DEFAULT_TOOL_SETTINGS.maxOutputBytes, documentPath: report.path });
    report.verification = { mode: this.mode, status: r.status, command: r.commandLine, ms: r.ms };
    if (r.error) {
      report.error = `--verify: ${r.error}`;
      return;
    }
    for (const m of r.marks) {
      const d = report.diagnostics[m.index];
      if (d) d.verified = m.confirmed ? 'confirmed' : 'not-confirmed';
    }
    const lines = new LineIndex(text);
    for (const p of r.placed) {
      const d: ReportDiagnostic = { code: 'torch-mlir-opt', severity: p.severity, message: `(${this.mode}) ${p.message}`, range: lines.rangeOf(p.span), fixes: [] };
      report.diagnostics.push(d);
    }
  }
}

/** The text checker's suffix for a verified prediction. */
export function verifiedSuffix(d: ReportDiagnostic): string {
  return d.verified ? ` [${d.verified === 'confirmed' ? 'confirmed' : 'not confirmed'} by torch-mlir-opt]` : '';
}
