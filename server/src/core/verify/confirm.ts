import type { MlirAnalysis } from '../analysis/mlirAnalysis';
import type { Diagnostic } from '../diagnostics';
import type { MlirOp } from '../mlir/model';
import type { Span } from '../text';
import { opContaining, PlacedOptDiagnostic } from './optOutput';

// Our predictions against torch-mlir-opt's real errors: a prediction is confirmed when the tool
// failed on the op it is on, or on an op that consumes what it is about (a result of the op, or
// the function argument it names: `mutation` on %arg0 fails where %arg0 is copied to a value).

export interface PredictionMark {
  /** Index of the prediction in the diagnostics given. */
  index: number;
  confirmed: boolean;
  /** The real error that confirms it. */
  by?: PlacedOptDiagnostic;
}

/** Failure predictions only: notes (information, hints) and engine notices are not claims about the tool's outcome. */
export function isFailurePrediction(d: Diagnostic): boolean {
  return (d.severity === 'error' || d.severity === 'warning') && d.code !== 'internal-error' && d.code !== 'file-too-large';
}

const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

function consumesPrediction(m: MlirAnalysis, real: MlirOp, predicted: MlirOp, span: Span): boolean {
  for (const operand of real.operands) {
    const def = m.defOf(operand);
    if (!def) continue;
    if (def.origin === 'result' && def.op === predicted) return true;
    if (overlaps(def.span, span)) return true;
    // A function argument's prediction is often on its type (`%arg0: !torch.tensor<...>`).
    const arg = def.origin === 'func-arg' ? def.op?.func?.args[def.index ?? 0] : undefined;
    if (arg && overlaps(arg.span, span)) return true;
  }
  return false;
}

export function markPredictions(m: MlirAnalysis, predictions: readonly Diagnostic[], real: readonly PlacedOptDiagnostic[]): PredictionMark[] {
  const errors = real.filter((r) => r.severity === 'error');
  const ops = m.doc.allOps;
  const marks: PredictionMark[] = [];
  predictions.forEach((d, index) => {
    if (!isFailurePrediction(d)) return;
    const op = opContaining(ops, d.span.start);
    let by = errors.find((r) => (r.op && op ? r.op === op : overlaps(r.span, d.span)));
    if (!by && op) by = errors.find((r) => r.op && consumesPrediction(m, r.op, op, d.span));
    marks.push({ index, confirmed: !!by, by });
  });
  return marks;
}
