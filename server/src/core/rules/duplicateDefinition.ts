import { allGraphs } from '../fx/model';
import type { Rule } from './rule';

// The same node name defined twice in one graph. Inductor "Graph fragment" comments list a
// buffer as a PlaceHolder and again as its producer: that is their format, not a duplicate.

export const duplicateDefinition: Rule = {
  id: 'duplicate-definition',
  description: 'A name defined twice in one graph.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      if (g.format === 'inductor-fragment') continue;
      // byName holds one entry per distinct name of the whole graph (a view's nodes belong to
      // it): as many entries as nodes means no name is defined twice, without a 120k-entry Map.
      const whole = g.nodes.length ? g.nodes[0].graph : g;
      if (whole.byName.size === whole.nodes.length) continue;
      const first = new Map<string, import('../fx/model').FxNode>();
      for (const node of g.nodes) {
        const prev = first.get(node.name);
        if (!prev) {
          first.set(node.name, node);
          continue;
        }
        ctx.report({
          span: node.nameSpan,
          message: `${node.name} is already defined in ${g.name === 'graph' ? 'this graph' : g.name}; FX names are unique within a graph.`,
          related: [{ span: prev.nameSpan, message: 'first definition' }],
        });
      }
    }
  },
  checkMlir(m, ctx) {
    for (const d of m.scope.duplicates) {
      ctx.report({
        span: d.def.span,
        message: `redefinition of ${d.def.kind === 'value' ? 'SSA value' : d.def.kind} ${d.def.name}.`,
        related: [{ span: d.previous.span, message: 'previously defined here' }],
      });
    }
  },
};
