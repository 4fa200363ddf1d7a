import { forEachValue, type FxNode, type FxValue } from '../fx/model';
import type { Rule } from './rule';

// A node that returns several results (aten.max.dim, native_batch_norm, ...) used directly by
// another op instead of through operator.getitem. The importer binds each result separately and
// refuses to turn the node itself into one value.

export const multiResultDirectUse: Rule = {
  id: 'multi-result-direct-use',
  description: 'A multi-result node used directly instead of through getitem.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    // One visitor for the whole walk (not a closure per node): it reads the node being walked from `node`.
    let node: FxNode;
    const visit = (v: FxValue) => {
      if (v.kind !== 'ref') return;
      const def = node.graph.byName.get(v.name);
      if (!def || def.op !== 'call_function') return;
      // Cheap filter first: only schemas with several returns make tuples.
      if ((a.info(def).schema?.returns.length ?? 0) < 2 && !def.type) return;
      const k = a.kindOfNode(def);
      if (k.k !== 'tuple' || k.items.length < 2) return;
      ctx.report({
        span: v.span,
        message: `${node.name} uses ${v.name} directly, but ${v.name} (${def.target}) returns ${k.items.length} results: the importer raises "RuntimeError: Attempt to de-reference a multi-result node". Use operator.getitem(${v.name}, 0) (${v.name}[0]).`,
        related: [{ span: def.nameSpan, message: `${v.name} returns ${k.items.length} results` }],
      });
    };
    for (node of a.calls(['dynamo', 'fx-trace'])) {
      if (node.target === 'operator.getitem') continue;
      if (a.info(node).resolved?.kind === 'hop') continue;
      forEachValue(node, visit);
    }
  },
};
