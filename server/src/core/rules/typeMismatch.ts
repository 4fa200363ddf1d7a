import type { MlirOp } from '../mlir/model';
import { typesEqual } from '../mlir/types';
import type { Rule } from './rule';

// The type written at a use differs from the type the value was defined with (the MLIR verifier's
// "use of value '%x' expects different type than prior uses"), and a function's return types that
// differ from its signature.

export const typeMismatch: Rule = {
  id: 'type-mismatch',
  description: 'A value written with a different type than its definition, or a return that does not match the signature.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      if (op.operandTypes.length === op.operands.length) {
        op.operands.forEach((operand, i) => {
          const written = op.operandTypes[i];
          const defined = m.typeOfOperand(operand);
          if (!written || !defined || typesEqual(written, defined)) return;
          ctx.report({
            span: written.span,
            message: `use of value '${operand.name}' expects different type than its definition: written ${written.text}, defined as ${defined.text}.`,
            related: m.defOf(operand) ? [{ span: m.defOf(operand)!.span, message: `${operand.name} defined here` }] : undefined,
          });
        });
      }
      if (op.name === 'func.return' || op.name === 'return') checkReturn(op, ctx);
    }
  },
};

function enclosingFunc(op: MlirOp): MlirOp | undefined {
  const region = op.parent.parent;
  return 'blocks' in region && region.parent.func ? region.parent : undefined;
}

function checkReturn(op: MlirOp, ctx: Parameters<NonNullable<Rule['checkMlir']>>[1]): void {
  const fn = enclosingFunc(op);
  if (!fn?.func) return;
  const want = fn.func.resultTypes;
  const got = op.operandTypes;
  if (got.length !== want.length) {
    ctx.report({ span: op.span, message: `return has ${got.length} operand${got.length === 1 ? '' : 's'}, but ${fn.symbolName ?? 'the function'} returns ${want.length} value${want.length === 1 ? '' : 's'}.` });
    return;
  }
  got.forEach((t, i) => {
    if (!typesEqual(t, want[i])) {
      ctx.report({
        span: t.span,
        message: `type of return operand ${i} (${t.text}) doesn't match function result type (${want[i].text}) in ${fn.symbolName ?? 'the function'}.`,
        related: [{ span: want[i].span, message: 'result type declared here' }],
      });
    }
  });
}
