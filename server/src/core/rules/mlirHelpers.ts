import type { MlirAnalysis } from '../analysis/mlirAnalysis';
import type { TextEdit } from '../diagnostics';
import type { MlirDef } from '../mlir/scope';

// Edits that keep an MLIR file type-consistent: when a value's type changes, every place that type
// is written (its definition's result type and each use's operand type list) changes with it.

export function retypeValueEdits(m: MlirAnalysis, def: MlirDef, newType: string, resultIndex = 0): TextEdit[] {
  const edits: TextEdit[] = [];
  const t = m.typeOfDef(def, resultIndex);
  if (t) edits.push({ span: t.span, newText: newType });
  for (const use of m.usesOf(def)) {
    const op = use.op;
    if (!op || op.operandTypes.length !== op.operands.length) continue;
    op.operands.forEach((o, i) => {
      if (o.span.start === use.span.start && (o.resultIndex ?? 0) === resultIndex) edits.push({ span: op.operandTypes[i].span, newText: newType });
    });
  }
  return edits;
}

export function isNoneType(text: string | undefined): boolean {
  return !!text && text.replace(/\s+/g, '') === '!torch.none';
}
