import { allGraphs, FxValue } from '../fx/model';
import type { Rule } from './rule';
import { isNoneType } from './mlirHelpers';

// A graph or function that returns None among its results (a mutated input returned as None,
// nn.MultiheadAttention(need_weights=False)). The importer emits a !torch.none result, and the
// linalg-on-tensors backend contract rejects it: "failed to legalize operation 'func.func'".

function noneItems(v: FxValue): FxValue[] {
  if (v.kind === 'none') return [v];
  if (v.kind === 'tuple' || v.kind === 'list') return v.items.filter((i) => i.kind === 'none');
  return [];
}

export const noneOutput: Rule = {
  id: 'none-output',
  description: 'A None among the outputs, which the linalg-on-tensors backend contract rejects.',
  severity: { 'torch-mlir': 'warning', 'turbine-2023': 'warning' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      if (g.level === 'dynamo' || g.level === 'fx-trace' || g.level === 'inductor' || !g.output || g.parent) continue;
      // Backward graphs return None for inputs without gradients; they are not imported.
      if (/Backward|Joint/.test(g.name) || g.name === 'joint_helper') continue;
      for (const v of g.output.args) {
        const nones = noneItems(v);
        if (!nones.length) continue;
        ctx.report({
          span: nones[0].span,
          message: `The graph returns None: the importer emits a !torch.none result and lowering to the linalg-on-tensors backend contract fails with "failed to legalize operation 'func.func'" ("Module does not conform to the linalg-on-tensors backend contract"). Return tensors only (a mutated input's None output comes from in-place assignment without a return).`,
        });
        break;
      }
    }
  },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      if (!op.func || op.func.isDeclaration) continue;
      const t = op.func.resultTypes.find((r) => isNoneType(r.text));
      if (!t) continue;
      ctx.report({
        span: t.span,
        message: `${op.symbolName ?? 'This function'} returns !torch.none: lowering to the linalg-on-tensors backend contract fails with "failed to legalize operation 'func.func'" ("Module does not conform to the linalg-on-tensors backend contract").`,
      });
    }
  },
};
