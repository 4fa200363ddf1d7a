import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImportFailure } from '../core/verify/importFailure';
import { pythonEnv } from './findTools';
import { runProcess } from './runProcess';
import { describeFailure } from './torchMlirOpt';

// "Run the real import": a tlparse / after_aot `fx_graph_runnable.py` repro through torch-mlir's
// FX importer (torch_mlir.fx.export_and_import), by the snippet shipped with the extension
// (server/python/real_import.py) under the configured Python.

export const SNIPPET = 'real_import.py';
const MARK = 'TORCH_MLIR_DIAGNOSTICS_RESULT ';

let snippetPath: string | undefined | null = null;

/** server/python/real_import.py next to the bundle (dist/) or the sources (server/src/tools/). */
export function findSnippet(): string | undefined {
  if (snippetPath !== null) return snippetPath;
  snippetPath = undefined;
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const p = join(dir, 'server', 'python', SNIPPET);
    if (existsSync(p)) return (snippetPath = p);
    const q = join(dir, 'python', SNIPPET);
    if (existsSync(q)) return (snippetPath = q);
    dir = dirname(dir);
  }
  return snippetPath;
}

export type RealImportStatus = 'imported' | 'failed' | 'tool-error' | 'timeout' | 'cancelled';

export interface RealImportResult {
  status: RealImportStatus;
  commandLine: string;
  ms: number;
  /** The imported module (imported). */
  mlir?: string;
  failure?: ImportFailure & { traceback?: string };
  /** One sentence for tool errors, timeouts and cancellation. */
  error?: string;
}

export interface RealImportRequest {
  python: string;
  /** The repro on disk (it is run as a file: its own imports and paths resolve from there). */
  reproPath: string;
  timeoutMs: number;
  maxOutputBytes: number;
  signal?: AbortSignal;
}

export async function runRealImport(req: RealImportRequest): Promise<RealImportResult> {
  const snippet = findSnippet();
  if (!snippet) return { status: 'tool-error', commandLine: '', ms: 0, error: `the extension's ${SNIPPET} is missing (reinstall the extension)` };
  // stdin stays open: the snippet exits when it closes, so the repro dies with the editor.
  const r = await runProcess({ command: req.python, args: [snippet, req.reproPath], holdStdin: true, timeoutMs: req.timeoutMs, maxOutputBytes: req.maxOutputBytes, signal: req.signal, env: pythonEnv(), cwd: dirname(req.reproPath) });
  const base = { commandLine: r.commandLine, ms: r.ms };
  const line = r.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (r.outcome !== 'exited' || !line) {
    const status: RealImportStatus = r.outcome === 'timeout' ? 'timeout' : r.outcome === 'cancelled' ? 'cancelled' : 'tool-error';
    return { ...base, status, error: describeFailure(r, 'The real import', req.timeoutMs) };
  }
  const out = JSON.parse(line.slice(MARK.length)) as { ok: boolean; mlir?: string; stage?: string; error_type?: string; message?: string; node?: string; target?: string; line?: number; traceback?: string };
  if (out.ok) return { ...base, status: 'imported', mlir: out.mlir };
  return {
    ...base,
    status: 'failed',
    failure: { stage: out.stage ?? 'import', errorType: out.error_type ?? 'Error', message: out.message ?? '', node: out.node, target: out.target, line: out.line, traceback: out.traceback },
  };
}
