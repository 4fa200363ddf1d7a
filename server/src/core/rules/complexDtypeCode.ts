import type { Rule } from './rule';

// A `torch.constant.int` used as a dtype code next to complex tensors, where the FX importer's
// table is off by one: it writes 10 (c10's ComplexDouble) for complex64 and 9 (ComplexFloat) for
// complex32, because its table predates c10's numbering (torch-mlir PR #4638). torch-mlir's own
// passes read the codes the c10 way, so the op computes in the wrong type.

const C10_CODE: Record<string, number> = { 'complex<f16>': 8, 'complex<f32>': 9, 'complex<f64>': 10 };
const CODE_NAME: Record<number, string> = { 8: 'complex32', 9: 'complex64', 10: 'complex128' };

export const complexDtypeCode: Rule = {
  id: 'complex-dtype-code',
  description: 'A dtype code that does not match the complex element type of the result (the importer\'s off-by-one complex codes).',
  severity: { 'torch-mlir': 'warning', 'turbine-2023': 'warning' },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      const def = m.mlirDef(op);
      if (!def) continue;
      const di = def.operands.findIndex((o) => o.name === 'dtype');
      const dtype = op.operands[di];
      if (!dtype) continue;
      const c = m.producer(dtype)?.constant;
      if (c?.kind !== 'int' || typeof c.value !== 'number') continue;
      const result = op.resultTypes[0]?.desc;
      if (result?.kind !== 'torch-tensor' || !result.dtype) continue;
      const elt = result.dtype.replace(/\s+/g, '');
      const want = C10_CODE[elt];
      if (want === undefined || want === c.value || !CODE_NAME[c.value]) continue;
      ctx.report({
        span: dtype.span,
        message: `${op.name}: dtype ${dtype.name} = ${c.value} means ${CODE_NAME[c.value]} in c10 / torch-mlir, but the result is ${elt} (code ${want}). The FX importer's complex dtype codes are off by one (torch-mlir PR #4638): write torch.constant.int ${want}.`,
      });
    }
  },
};
