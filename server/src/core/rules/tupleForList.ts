import { unwrapOptional } from '../registry/schema';
import type { Rule } from './rule';
import { hasTopLevel } from './fxHelpers';

// A Python tuple where the schema takes a list: `aten.sum.dim_IntList(x, (0, 1))`, which
// symbolic_trace keeps as written. FX normalizes lists to immutable_list, but tuples stay tuples,
// and the importer's tuple branch returns a Python list of values that then fails type conversion.

export const tupleForList: Rule = {
  id: 'tuple-for-list',
  description: 'A tuple literal passed where the schema takes a list.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    const text = a.doc.text;
    for (const node of a.calls(['dynamo'])) {
      // Bound values are the node's own arguments: without a tuple literal there is nothing to find.
      if (!hasTopLevel(node, 'tuple')) continue;
      const binding = a.info(node).binding;
      if (!binding) continue;
      for (const b of binding.args) {
        if (b.value?.kind !== 'tuple' || !b.param.arg) continue;
        if (unwrapOptional(b.param.arg.type).type.kind !== 'list') continue;
        const written = text.slice(b.value.span.start, b.value.span.end);
        const asList = '[' + written.slice(1, -1).replace(/,\s*$/, '') + ']';
        ctx.report({
          span: b.value.span,
          message:
            ctx.profile === 'turbine-2023'
              ? `${node.name}: ${b.param.name} is the tuple ${written}; the 2023 importer raised "NotImplementedError: FIXME: Unsupported Node Argument: ${written}".`
              : `${node.name}: ${b.param.name} (${b.param.arg.typeText}) is the tuple ${written}, not a list: the importer's tuple branch yields a Python list of values and fails with "AttributeError: 'list' object has no attribute 'type'". Pass a list.`,
          fixes: [{ title: `Write the list ${asList}`, edits: [{ span: b.value.span, newText: asList }], preferred: true, safe: true }],
        });
      }
    }
  },
};
