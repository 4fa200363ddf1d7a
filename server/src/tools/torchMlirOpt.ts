import { devNull } from 'node:os';
import type { MlirAnalysis } from '../core/analysis/mlirAnalysis';
import type { Diagnostic } from '../core/diagnostics';
import { markPredictions, PredictionMark } from '../core/verify/confirm';
import { OptMessage, parseOptOutput, placeOptMessages, PlacedOptDiagnostic } from '../core/verify/optOutput';
import { runProcess, RunResult } from './runProcess';

// "Verify with torch-mlir": the document's current text through the real torch-mlir-opt on
// stdin (no temporary file), its errors placed on our ops, and each of our predictions marked
// confirmed or not. Shared by the language server, the checker (--verify) and the fidelity table.

export type VerifyMode = 'verify' | 'lower';

/**
 * The lowering the corpus generator runs (scripts/corpus/generate.py), in one pipeline: the
 * backend contract (what torch.export-ed modules go through), then linalg-on-tensors.
 */
export const BACKEND_CONTRACT_PIPELINE = 'func.func(torch-match-quantized-custom-ops),torchdynamo-export-to-torch-backend-pipeline{ extra-library=}';
export const LINALG_PIPELINE = 'torch-backend-to-linalg-on-tensors-backend-pipeline{allow-non-finites=True}';

const SPLIT = /^\/\/ -----\s*$/m;

/** torch-mlir-opt's arguments: fixed, never taken from the file (only whether it is split). */
export function optArgs(mode: VerifyMode, split: boolean): string[] {
  const args = ['-o', devNull];
  if (split) args.push('--split-input-file');
  if (mode === 'lower') args.push(`--pass-pipeline=builtin.module(${BACKEND_CONTRACT_PIPELINE},${LINALG_PIPELINE})`);
  args.push('-');
  return args;
}

export type VerifyStatus = 'passed' | 'failed' | 'tool-error' | 'timeout' | 'cancelled';

export interface VerifyResult {
  mode: VerifyMode;
  status: VerifyStatus;
  /** The command run (stdin: the document's text). */
  commandLine: string;
  ms: number;
  messages: OptMessage[];
  /** The tool's errors placed on the document. */
  placed: PlacedOptDiagnostic[];
  /** Our predictions (by index in the diagnostics given) marked confirmed or not. */
  marks: PredictionMark[];
  /** One sentence for tool errors, timeouts and cancellation. */
  error?: string;
}

export interface VerifyRequest {
  opt: string;
  mode: VerifyMode;
  text: string;
  analysis: MlirAnalysis;
  predictions: readonly Diagnostic[];
  timeoutMs: number;
  maxOutputBytes: number;
  signal?: AbortSignal;
  documentPath?: string;
}

export const MODE_TEXT: Record<VerifyMode, string> = {
  verify: 'verify',
  lower: 'lower to linalg-on-tensors',
};

export function describeFailure(r: RunResult, what: string, timeoutMs: number, shown = r.commandLine): string {
  r = { ...r, commandLine: shown };
  switch (r.outcome) {
    case 'spawn-error':
      return `${what} could not start: \`${r.commandLine}\`: ${r.error}`;
    case 'timeout':
      return `${what} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped: \`${r.commandLine}\` (raise torchMlir.verify.timeoutSeconds)`;
    case 'cancelled':
      return `${what} was cancelled: \`${r.commandLine}\``;
    case 'output-limit':
      return `${what} printed more than the output limit and was stopped: \`${r.commandLine}\``;
    default: {
      const tail = r.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400);
      return `${what} failed: \`${r.commandLine}\` exited with code ${r.code}${tail ? `: ${tail}` : ''}`;
    }
  }
}

export async function verifyMlir(req: VerifyRequest): Promise<VerifyResult> {
  const args = optArgs(req.mode, SPLIT.test(req.text));
  const r = await runProcess({ command: req.opt, args, input: req.text, timeoutMs: req.timeoutMs, maxOutputBytes: req.maxOutputBytes, signal: req.signal });
  const base = { mode: req.mode, commandLine: `${r.commandLine} < ${req.documentPath ?? 'the document'}`, ms: r.ms };
  const messages = r.outcome === 'exited' || r.outcome === 'output-limit' ? parseOptOutput(r.stderr) : [];
  const located = messages.filter((m) => m.severity === 'error' || m.severity === 'warning');
  if (r.outcome !== 'exited' && !(r.outcome === 'output-limit' && located.length)) {
    const status: VerifyStatus = r.outcome === 'timeout' ? 'timeout' : r.outcome === 'cancelled' ? 'cancelled' : 'tool-error';
    return { ...base, status, messages, placed: [], marks: [], error: describeFailure(r, 'torch-mlir-opt', req.timeoutMs, base.commandLine) };
  }
  const errors = messages.filter((m) => m.severity === 'error');
  if (r.code !== 0 && errors.length === 0) {
    return { ...base, status: 'tool-error', messages, placed: [], marks: [], error: describeFailure(r, 'torch-mlir-opt', req.timeoutMs, base.commandLine) };
  }
  const placed = placeOptMessages(req.analysis, messages, { documentPath: req.documentPath });
  const marks = markPredictions(req.analysis, req.predictions, placed);
  return { ...base, status: errors.length ? 'failed' : 'passed', messages, placed, marks };
}

/** The mark of one prediction, for hovers and reports. */
export function markText(result: VerifyResult, mark: PredictionMark): string {
  if (mark.confirmed) return `**confirmed** by torch-mlir-opt (${result.mode}): ${mark.by!.message}`;
  if (result.mode === 'verify') return `**not confirmed** by torch-mlir-opt (verify): the verifier accepts this op; lowering was not run (torchMlir.verify.onSave = lower, or the "Verify with torch-mlir (lower)" command)`;
  if (result.status === 'passed') return '**not confirmed** by torch-mlir-opt (lower): the verifier and the lowering pass';
  const errors = result.placed.filter((p) => p.severity === 'error').length;
  return `**not confirmed** by torch-mlir-opt (lower): it reported ${errors} error${errors === 1 ? '' : 's'} elsewhere (a lowering stops at its first failing op, so this op may not have been reached)`;
}
