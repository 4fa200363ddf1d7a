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
      checkConstraints(m, op, ctx);
    }
  },
};

// The ODS type constraints of torch ops that importer output most often violates, with the
// verifier's own wording.
const CONSTRAINTS: Record<string, { ok: (t: string) => boolean; says: string }> = {
  AnyTorchListOfTorchIntType: { ok: (t) => t === '!torch.list<int>', says: 'Int list type (int[]) of Torch IntType values' },
  AnyTorchListOfTorchFloatType: { ok: (t) => t === '!torch.list<float>', says: 'Float list type (float[]) of Torch FloatType values' },
  AnyTorchListOfTorchBoolType: { ok: (t) => t === '!torch.list<bool>', says: 'Bool list type (bool[]) of Torch BoolType values' },
  Torch_IntType: { ok: (t) => t === '!torch.int', says: 'Torch IntType' },
  Torch_FloatType: { ok: (t) => t === '!torch.float', says: 'Torch FloatType' },
  Torch_BoolType: { ok: (t) => t === '!torch.bool', says: 'Torch BoolType' },
  AnyTorchListOfTensorType: { ok: (t) => /^!torch\.list<v?tensor/.test(t), says: 'Any Torch list type of tensors' },
  // !torch.none is none-into-tensor's business.
  AnyTorchTensorType: { ok: (t) => /^!torch\.v?tensor\b/.test(t) || t === '!torch.none', says: 'Any Torch tensor type' },
};

function checkConstraints(m: Parameters<NonNullable<Rule['checkMlir']>>[0], op: MlirOp, ctx: Parameters<NonNullable<Rule['checkMlir']>>[1]): void {
  if (!op.name.startsWith('torch.') || op.operandTypes.length !== op.operands.length) return;
  const def = m.mlirDef(op);
  if (!def || def.operands.some((o) => o.variadic)) return;
  op.operandTypes.forEach((t, i) => {
    const want = def.operands[i]?.type;
    const c = want && CONSTRAINTS[want];
    if (!c) return;
    const got = t.text.replace(/\s+/g, '');
    if (got.startsWith('!') && !got.startsWith('!torch.')) return; // a type alias
    if (c.ok(got)) return;
    ctx.report({
      span: t.span,
      message: `'${op.name}' op operand #${i} (${def.operands[i].name}) must be ${c.says}, but got '${t.text}'.`,
    });
  });
}

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
