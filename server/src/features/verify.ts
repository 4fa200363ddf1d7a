import type { CancellationToken, CodeLens, Diagnostic as LspDiagnostic, WorkDoneProgressReporter } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import type { Analyzed } from '../documents';
import type { Span } from '../core/text';
import { groupDiagnostics } from '../core/grouping';
import { isFailurePrediction } from '../core/verify/confirm';
import { findTools, locateTools, ToolHints, ToolSettings, ToolStatus } from '../tools/findTools';
import { killAllTools } from '../tools/runProcess';
import { markText, MODE_TEXT, verifyMlir, VerifyMode, VerifyResult } from '../tools/torchMlirOpt';
import { ImportFailure, placeImportFailure, PlacedImportFailure } from '../core/verify/importFailure';
import { runRealImport } from '../tools/realImport';
import type { DiagnosticData } from './diagnostics';

// "Verify with torch-mlir" in the editor: runs the real torch-mlir-opt on an MLIR document's
// current text (only in a trusted workspace), publishes its errors beside our predictions with
// source `torch-mlir-opt`, and marks each prediction confirmed or not in its message and hover.

export const VERIFY_COMMAND = 'torchMlir.verify';
export const TOOL_STATUS_COMMAND = 'torchMlir.toolStatus';
export const TOOL_SOURCE = 'torch-mlir-opt';
export const REAL_IMPORT_COMMAND = 'torchMlir.runRealImport';
export const IMPORT_SOURCE = 'torch-mlir importer';
/** An after_aot / tlparse runnable repro: a Repro module and its load_args. */
const RUNNABLE = /^def load_args\(reader\):/m;

export const UNTRUSTED_MESSAGE =
  'Verify with torch-mlir runs programs (torch-mlir-opt, Python) chosen by settings, which a workspace can set: it is turned off until you trust this workspace (Manage Workspace Trust).';

export interface VerifySummary {
  status: VerifyResult['status'] | 'untrusted' | 'no-tool' | 'not-mlir' | 'not-fx' | 'stale' | 'imported';
  message: string;
  /** Run the real import: the imported module. */
  mlir?: string;
  mode?: VerifyMode;
  errors?: number;
  confirmed?: number;
  notConfirmed?: number;
  commandLine?: string;
  ms?: number;
}

interface Stored {
  version: number;
  result: VerifyResult;
}

/** The real importer's failure on a repro, placed on the dump's node, and our predictions there. */
interface StoredImport {
  version: number;
  failure: ImportFailure;
  placed: PlacedImportFailure;
  confirmed: Set<number>;
  marked: Set<number>;
}

export interface VerifyHost {
  settings(): ToolSettings;
  analyzed(uri: string): Analyzed | undefined;
  folders(): string[];
  /** Publish the document's diagnostics again (ours, then the tool's). */
  republish(uri: string): void;
  log(message: string): void;
}

export class Verification {
  private trusted = false;
  private hints: ToolHints = {};
  private readonly results = new Map<string, Stored>();
  private readonly imports = new Map<string, StoredImport>();
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly host: VerifyHost) {}

  /** From initializationOptions: `workspaceTrusted` (VS Code's trust; other clients opt in) and the Python extension's interpreter. */
  initialize(init: { workspaceTrusted?: unknown; pythonFromExtension?: unknown } | undefined): void {
    this.trusted = init?.workspaceTrusted === true;
    if (typeof init?.pythonFromExtension === 'string') this.hints.pythonFromExtension = init.pythonFromExtension;
  }

  /** `torchMlir/toolContext` notification: trust granted, or another interpreter selected. */
  update(p: { workspaceTrusted?: unknown; pythonFromExtension?: unknown }): void {
    if (p.workspaceTrusted === true) this.trusted = true;
    if (typeof p.pythonFromExtension === 'string' || p.pythonFromExtension === null) this.hints.pythonFromExtension = (p.pythonFromExtension as string | null) ?? undefined;
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  handles(command: string): boolean {
    return command === VERIFY_COMMAND || command === TOOL_STATUS_COMMAND || command === REAL_IMPORT_COMMAND;
  }

  async execute(command: string, args: unknown[] | undefined, token?: CancellationToken, progress?: WorkDoneProgressReporter): Promise<VerifySummary | (ToolStatus & { trusted: boolean })> {
    if (command === TOOL_STATUS_COMMAND) return this.toolStatus();
    const a = (args?.[0] ?? {}) as { uri?: unknown; mode?: unknown };
    if (command === REAL_IMPORT_COMMAND) return this.realImport(typeof a.uri === 'string' ? a.uri : '', token, progress);
    const mode: VerifyMode = a.mode === 'lower' ? 'lower' : 'verify';
    return this.verify(typeof a.uri === 'string' ? a.uri : '', mode, token, progress);
  }

  async toolStatus(): Promise<ToolStatus & { trusted: boolean }> {
    const hints = { ...this.hints, folders: this.host.folders() };
    // Locating reads the file system only; asking for versions runs the tools.
    const status = this.trusted ? await findTools(this.host.settings(), hints) : locateTools(this.host.settings(), hints);
    return { ...status, trusted: this.trusted };
  }

  async verify(uri: string, mode: VerifyMode, token?: CancellationToken, progress?: WorkDoneProgressReporter): Promise<VerifySummary> {
    if (!this.trusted) return { status: 'untrusted', message: UNTRUSTED_MESSAGE };
    const a = this.host.analyzed(uri);
    if (!a?.result.mlir) return { status: 'not-mlir', message: 'Verify with torch-mlir checks torch-dialect MLIR documents (.mlir) that are open.' };
    const tools = locateTools(this.host.settings(), { ...this.hints, folders: this.host.folders() });
    if (!tools.opt) return { status: 'no-tool', message: tools.problems.join(' ') };
    this.running.get(uri)?.abort();
    const abort = new AbortController();
    this.running.set(uri, abort);
    const cancel = token?.onCancellationRequested(() => abort.abort());
    progress?.begin(`torch-mlir-opt: ${MODE_TEXT[mode]}`, undefined, a.uri.split('/').pop(), true);
    const settings = this.host.settings();
    let result: VerifyResult;
    try {
      result = await verifyMlir({
        opt: tools.opt.path,
        mode,
        text: a.text,
        analysis: a.result.mlir,
        predictions: a.result.diagnostics,
        timeoutMs: settings.timeoutMs,
        maxOutputBytes: settings.maxOutputBytes,
        signal: abort.signal,
        documentPath: documentPath(uri),
      });
    } finally {
      cancel?.dispose();
      progress?.done();
      if (this.running.get(uri) === abort) this.running.delete(uri);
    }
    this.host.log(`${result.commandLine}: ${result.status} in ${result.ms} ms${result.error ? ` — ${result.error}` : ''}`);
    if (result.status === 'cancelled' || result.status === 'timeout' || result.status === 'tool-error') {
      return { status: result.status, message: result.error!, mode, commandLine: result.commandLine, ms: result.ms };
    }
    // A result for text the user has since changed would point at the wrong ops.
    const now = this.host.analyzed(uri);
    if (!now || now.version !== a.version) return { status: 'stale', message: 'The document changed while torch-mlir-opt ran; run it again.', mode };
    this.results.set(uri, { version: a.version, result });
    this.host.republish(uri);
    const errors = result.placed.filter((p) => p.severity === 'error').length;
    // Counted over the findings the user sees: repeats of one cause are one grouped diagnostic.
    const shown = new Set(groupDiagnostics(a.result.diagnostics, { maxDiagnostics: 0 }).map((s) => s.index));
    const seen = result.marks.filter((m) => shown.has(m.index));
    const confirmed = seen.filter((m) => m.confirmed).length;
    const notConfirmed = seen.length - confirmed;
    const outcome = result.status === 'passed' ? 'passed' : `${errors} error${errors === 1 ? '' : 's'}`;
    const marks = seen.length ? `; ${confirmed} prediction${confirmed === 1 ? '' : 's'} confirmed, ${notConfirmed} not confirmed` : '';
    return { status: result.status, message: `torch-mlir-opt (${mode}): ${outcome}${marks}.`, mode, errors, confirmed, notConfirmed, commandLine: result.commandLine, ms: result.ms };
  }

  async realImport(uri: string, token?: CancellationToken, progress?: WorkDoneProgressReporter): Promise<VerifySummary> {
    if (!this.trusted) return { status: 'untrusted', message: UNTRUSTED_MESSAGE };
    const a = this.host.analyzed(uri);
    const path = documentPath(uri);
    if (!a?.result.fx || !path) return { status: 'not-fx', message: 'Run the real import takes a runnable FX repro saved on disk (fx_graph_runnable.py, as tlparse writes it).' };
    const tools = locateTools(this.host.settings(), { ...this.hints, folders: this.host.folders() });
    if (!tools.python) return { status: 'no-tool', message: tools.problems.join(' ') };
    this.running.get(uri)?.abort();
    const abort = new AbortController();
    this.running.set(uri, abort);
    const cancel = token?.onCancellationRequested(() => abort.abort());
    progress?.begin('torch-mlir: running the real import', undefined, path.split(/[\\/]/).pop(), true);
    const settings = this.host.settings();
    try {
      const r = await runRealImport({ python: tools.python.path, reproPath: path, timeoutMs: settings.timeoutMs, maxOutputBytes: settings.maxOutputBytes, signal: abort.signal });
      this.host.log(`${r.commandLine}: ${r.status} in ${r.ms} ms${r.error ? ` — ${r.error}` : ''}`);
      if (r.status === 'imported') {
        this.imports.delete(uri);
        this.host.republish(uri);
        return { status: 'imported', message: `The real import succeeded (${r.ms} ms).`, mlir: r.mlir, commandLine: r.commandLine, ms: r.ms };
      }
      if (!r.failure) return { status: r.status as VerifySummary['status'], message: r.error!, commandLine: r.commandLine, ms: r.ms };
      const now = this.host.analyzed(uri);
      if (!now?.result.fx || now.version !== a.version) return { status: 'stale', message: 'The document changed while the import ran; run it again.' };
      const placed = placeImportFailure(now.result.fx, r.failure);
      const confirmed = new Set<number>();
      const marked = new Set<number>();
      now.result.diagnostics.forEach((d, i) => {
        if (!isFailurePrediction(d)) return;
        marked.add(i);
        if (placed.node && d.span.start >= placed.node.span.start && d.span.start <= placed.node.span.end) confirmed.add(i);
      });
      this.imports.set(uri, { version: now.version, failure: r.failure, placed, confirmed, marked });
      this.host.republish(uri);
      const where = placed.node ? ` on node ${placed.node.name}` : '';
      return { status: 'failed', message: `The real import failed${where}: ${importMessage(r.failure)}`, confirmed: confirmed.size, notConfirmed: marked.size - confirmed.size, commandLine: r.commandLine, ms: r.ms };
    } finally {
      cancel?.dispose();
      progress?.done();
      if (this.running.get(uri) === abort) this.running.delete(uri);
    }
  }

  private currentImport(a: Analyzed): StoredImport | undefined {
    const s = this.imports.get(a.uri);
    return s && s.version === a.version ? s : undefined;
  }

  private current(a: Analyzed): VerifyResult | undefined {
    const s = this.results.get(a.uri);
    return s && s.version === a.version ? s.result : undefined;
  }

  /** Our diagnostics with their marks, then the tool's own (source torch-mlir-opt). */
  decorate(a: Analyzed, ours: LspDiagnostic[]): LspDiagnostic[] {
    const imp = this.currentImport(a);
    if (imp) {
      const out = ours.map((d) => {
        const index = (d.data as DiagnosticData | undefined)?.index;
        if (index === undefined || !imp.marked.has(index)) return d;
        return { ...d, message: `${d.message}\n\n${imp.confirmed.has(index) ? '✓ confirmed' : '✗ not confirmed'} by the real import` };
      });
      out.push({ range: a.lines.rangeOf(imp.placed.span), severity: DiagnosticSeverity.Error, source: IMPORT_SOURCE, code: imp.failure.stage, message: importMessage(imp.failure) });
      return out;
    }
    const r = this.current(a);
    if (!r) return ours;
    const byIndex = new Map(r.marks.map((m) => [m.index, m]));
    const out = ours.map((d) => {
      const index = (d.data as DiagnosticData | undefined)?.index;
      const mark = index === undefined ? undefined : byIndex.get(index);
      if (!mark) return d;
      return { ...d, message: `${d.message}\n\n${mark.confirmed ? '✓ confirmed' : '✗ not confirmed'} by torch-mlir-opt (${r.mode})` };
    });
    for (const p of r.placed) {
      out.push({
        range: a.lines.rangeOf(p.span),
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
        source: TOOL_SOURCE,
        code: r.mode,
        message: p.message,
      });
    }
    return out;
  }

  /** Hover lines for the predictions and tool errors at `offset`. */
  hover(a: Analyzed, offset: number): { markdown: string; span: Span } | undefined {
    const imp = this.currentImport(a);
    if (imp) {
      const parts: string[] = [];
      let span: Span | undefined;
      for (const i of imp.marked) {
        const d = a.result.diagnostics[i];
        if (!d || offset < d.span.start || offset > d.span.end) continue;
        parts.push(`\`${d.code}\` prediction: ${imp.confirmed.has(i) ? '**confirmed**' : '**not confirmed**'} by the real import: ${importMessage(imp.failure)}`);
        span ??= d.span;
      }
      if (offset >= imp.placed.span.start && offset <= imp.placed.span.end) {
        parts.push(`**The real import** (torch_mlir.fx.export_and_import) failed here: ${importMessage(imp.failure)}`);
        span ??= imp.placed.span;
      }
      return span ? { markdown: parts.join('\n\n'), span } : undefined;
    }
    const r = this.current(a);
    if (!r) return undefined;
    const inside = (s: Span) => offset >= s.start && offset <= s.end;
    const parts: string[] = [];
    let span: Span | undefined;
    for (const m of r.marks) {
      const d = a.result.diagnostics[m.index];
      if (!d || !isFailurePrediction(d) || !inside(d.span)) continue;
      parts.push(`\`${d.code}\` prediction: ${markText(r, m)}`);
      span ??= d.span;
    }
    for (const p of r.placed) {
      if (!inside(p.span)) continue;
      parts.push(`**torch-mlir-opt** (${r.mode}): ${p.message}`);
      span ??= p.span;
    }
    return span ? { markdown: parts.join('\n\n'), span } : undefined;
  }

  /** Code lenses on each `func.func`: verify, and verify then lower (trusted workspaces only). */
  codeLenses(a: Analyzed): CodeLens[] {
    if (!this.trusted) return [];
    if (a.result.fx && RUNNABLE.test(a.text)) {
      const at = a.text.search(/^class Repro\b/m);
      const range = a.lines.rangeOf({ start: Math.max(0, at), end: Math.max(0, at) });
      return [{ range, command: { title: 'Run the real import (torch-mlir)', command: REAL_IMPORT_COMMAND, arguments: [{ uri: a.uri }] } }];
    }
    if (!a.result.mlir) return [];
    const lenses: CodeLens[] = [];
    for (const op of a.result.mlir.doc.allOps) {
      if (op.name !== 'func.func' || op.func?.isDeclaration) continue;
      const range = a.lines.rangeOf(op.nameSpan);
      lenses.push({ range, command: { title: 'Verify with torch-mlir', command: VERIFY_COMMAND, arguments: [{ uri: a.uri, mode: 'verify' }] } });
      lenses.push({ range, command: { title: 'Verify and lower', command: VERIFY_COMMAND, arguments: [{ uri: a.uri, mode: 'lower' }] } });
    }
    return lenses;
  }

  /** The document closed: its results go, a run for it stops. */
  forget(uri: string): void {
    this.results.delete(uri);
    this.imports.delete(uri);
    this.running.get(uri)?.abort();
    this.running.delete(uri);
  }

  /** The server is shutting down: stop every tool it started. */
  dispose(): void {
    for (const a of this.running.values()) a.abort();
    this.running.clear();
    killAllTools();
  }
}

function documentPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function importMessage(f: ImportFailure): string {
  const first = f.message.split('\n')[0].slice(0, 500);
  const stage = f.stage === 'import' ? '' : f.stage === 'load' ? ' (while running the repro\'s top level)' : ' (while making its inputs, load_args)';
  return `${f.errorType}: ${first}${stage}`;
}
