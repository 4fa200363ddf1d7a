import type { Rule } from './rule';
import { isNoneType } from './mlirHelpers';

// A `!torch.none` value passed where the op's definition needs a tensor. The FX importer emits
// torch.constant.none for a schema argument that was missing and has no default, and the MLIR
// verifier then rejects the op (iree-turbine#24: "'torch.aten.slice.Tensor' op operand #0 must be
// Any Torch tensor type, but got '!torch.none'").

const NEEDS_TENSOR = new Set(['AnyTorchTensorType', 'Torch_ValueTensorType', 'Torch_NonValueTensorType']);

export const noneIntoTensor: Rule = {
  id: 'none-into-tensor',
  description: 'A !torch.none value passed where the op needs a tensor.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      const def = m.mlirDef(op);
      if (!def) continue;
      op.operands.forEach((operand, i) => {
        const want = def.operands[i];
        if (!want?.type || !NEEDS_TENSOR.has(want.type)) return;
        const t = op.operandTypes[i]?.text ?? m.typeOfOperand(operand)?.text;
        if (!isNoneType(t)) return;
        ctx.report({
          span: operand.span,
          message: `'${op.name}' op operand #${i} (${want.name}) must be Any Torch tensor type, but got '!torch.none': ${operand.name} is None. The FX importer emits torch.constant.none for a required argument the graph did not pass.`,
        });
      });
    }
  },
};
