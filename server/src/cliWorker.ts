import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';
import { basename } from 'node:path';
import { analyze, RuleSetting } from './core/analyze';
import { groupDiagnostics } from './core/grouping';
import type { Profile, Severity } from './core/diagnostics';
import { applyEdits, collectSafeEdits } from './core/fixes';
import { dumpByName, notADumpMessage, sniffBytes } from './core/sniff';
import { LineIndex, Range } from './core/text';

// One file through the checker: read, analyse, optionally apply every safe fix, and report in a
// plain, structured-clone-friendly shape (positions already converted) so a worker thread can send
// it back cheaply. Used in-process by dist/cli.js for one file and as dist/cliWorker.js in the pool.

export interface CheckOptions {
  profile: Profile;
  rules: Record<string, RuleSetting>;
  fix: boolean;
  /** Keep the replaced text of each fix edit (text format's --show-fixes). */
  withOldText: boolean;
  /** Per-file budget of diagnostics reported (core/grouping); default 1,000, 0 for no limit. */
  maxDiagnostics?: number;
}

export interface ReportEdit {
  range: Range;
  newText: string;
  oldText?: string;
}

export interface ReportFix {
  title: string;
  safe: boolean;
  preferred: boolean;
  edits: ReportEdit[];
}

export interface ReportDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes: ReportFix[];
  related?: { range: Range; message: string }[];
  /** --verify: whether torch-mlir-opt failed on the op this prediction is on (cliVerify.ts). */
  verified?: 'confirmed' | 'not-confirmed';
}

export interface FileReport {
  path: string;
  diagnostics: ReportDiagnostic[];
  /** Number of fixes --fix applied (and wrote) to the file. */
  fixed?: number;
  /** Titles of the applied fixes. */
  fixedTitles?: string[];
  /** The file could not be read (or written with --fix): the checker exits 2. */
  error?: string;
  /** Internal errors logged by rules, for stderr. */
  logs?: string[];
  /** --verify: how torch-mlir-opt was run on the file (cliVerify.ts). */
  verification?: { mode: 'verify' | 'lower'; status: string; command: string; ms: number };
}

/** Writes next to the target and renames over it, so readers never see a half-written file. */
export function writeAtomic(path: string, text: string): void {
  // Through a symlink, fix the file it points to (renaming over the link would replace the link
  // with a copy and leave the file unfixed), and keep the file's permission bits.
  let target = path;
  let mode: number | undefined;
  try {
    target = realpathSync(path);
    mode = statSync(target).mode & 0o7777;
  } catch {
    /* a new file */
  }
  const tmp = `${target}.torch-mlir-fix-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    writeFileSync(tmp, text);
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw e;
  }
}

export function checkFile(path: string, opts: CheckOptions): FileReport {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { path, diagnostics: [], error: `cannot read '${path}': ${(e as Error).message}` };
  }
  // Empty files, binaries and text without a dump get one notice instead of a silent pass.
  const sniffed = sniffBytes(bytes);
  if (sniffed.kind === 'none') {
    const at = { line: 0, character: 0 };
    return { path, diagnostics: [{ code: 'not-a-dump', severity: 'warning', message: notADumpMessage(sniffed), range: { start: at, end: at }, fixes: [] }] };
  }
  let text = bytes.toString('utf8');
  const logs: string[] = [];
  const log = (m: string) => logs.push(m);
  const language = dumpByName(basename(path)) ?? sniffed.kind;
  let result = analyze(text, language, { profile: opts.profile, rules: opts.rules, log });
  let fixed: number | undefined;
  let fixedTitles: string[] | undefined;
  if (opts.fix) {
    const { edits, applied } = collectSafeEdits(result.diagnostics);
    if (edits.length) {
      const next = applyEdits(text, edits);
      try {
        writeAtomic(path, next);
      } catch (e) {
        // The original stays untouched; report the diagnostics of the unfixed text.
        return { ...report(path, text, result.diagnostics, opts), error: `cannot write fixes to '${path}': ${(e as Error).message} (file left unchanged)`, logs };
      }
      text = next;
      fixed = applied.length;
      fixedTitles = applied.map((f) => f.title);
      result = analyze(text, language, { profile: opts.profile, rules: opts.rules, log });
    }
  }
  const r = report(path, text, result.diagnostics, opts);
  if (fixed !== undefined) {
    r.fixed = fixed;
    r.fixedTitles = fixedTitles;
  }
  if (logs.length) r.logs = logs;
  return r;
}

function report(path: string, text: string, diagnostics: ReturnType<typeof analyze>['diagnostics'], opts: CheckOptions): FileReport {
  const lines = new LineIndex(text);
  return {
    path,
    // Grouped by cause and within the budget, as the editor shows them.
    diagnostics: groupDiagnostics(diagnostics, { maxDiagnostics: opts.maxDiagnostics }).map(({ diagnostic: d }) => {
      const out: ReportDiagnostic = {
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: lines.rangeOf(d.span),
        fixes: d.fixes.map((f) => ({
          title: f.title,
          safe: !!f.safe,
          preferred: !!f.preferred,
          edits: f.edits.map((e) => {
            const edit: ReportEdit = { range: lines.rangeOf(e.span), newText: e.newText };
            if (opts.withOldText) edit.oldText = text.slice(e.span.start, e.span.end);
            return edit;
          }),
        })),
      };
      if (d.related?.length) out.related = d.related.map((r) => ({ range: lines.rangeOf(r.span), message: r.message }));
      return out;
    }),
  };
}

// As a worker: one request at a time, { id, path, opts } in, { id, report } out.
if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (m: { id: number; path: string; opts: CheckOptions }) => {
    let r: FileReport;
    try {
      r = checkFile(m.path, m.opts);
    } catch (e) {
      r = { path: m.path, diagnostics: [], error: `internal error checking '${m.path}': ${(e as Error)?.stack ?? e}` };
    }
    port.postMessage({ id: m.id, report: r });
  });
}
