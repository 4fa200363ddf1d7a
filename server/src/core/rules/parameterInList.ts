import { removedBeforeImport } from '../analysis/decomposed';
import type { FxNode, FxValue } from '../fx/model';
import { describeDecomposition, type Decomposition } from '../registry/decompositions';
import type { Rule, RuleContext } from './rule';

// A parameter, buffer or lifted constant placed directly in a list argument
// (`torch.cat([x, self.weight])`). torch-mlir's default `export_and_import` path freezes the
// program: it replaces those placeholders with the real tensor objects, also inside lists, where
// the list importer expects graph values and rejects a raw tensor as a heterogeneous element.
// A node that export_and_import's decompositions remove first (a raw export graph's `aten.stack`
// becomes `aten.cat`) is not what the importer receives: whether the parameter is still directly in
// a list afterwards depends on the decomposition, so it gets a warning, not an error.

function frozenKind(node: FxNode): { kind: string; pyType: string } | undefined {
  if (node.op !== 'placeholder') return undefined;
  const spec = node.graph.signature?.inputs.find((i) => i.name === node.name);
  if (spec) {
    if (spec.kind === 'PARAMETER') return { kind: 'parameter', pyType: 'torch.nn.parameter.Parameter' };
    if (spec.kind === 'BUFFER' || spec.kind === 'CONSTANT_TENSOR') return { kind: spec.kind === 'BUFFER' ? 'buffer' : 'lifted constant', pyType: 'torch.Tensor' };
    return undefined;
  }
  if (/^p_/.test(node.name)) return { kind: 'parameter', pyType: 'torch.nn.parameter.Parameter' };
  if (/^b_/.test(node.name)) return { kind: 'buffer', pyType: 'torch.Tensor' };
  if (/^c_/.test(node.name)) return { kind: 'lifted constant', pyType: 'torch.Tensor' };
  return undefined;
}

export const parameterInList: Rule = {
  id: 'parameter-in-list',
  description: 'A parameter, buffer or constant placed directly in a list argument, which the frozen import rejects.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'off' },
  checkFx(a, ctx) {
    for (const node of a.calls(['dynamo', 'fx-trace'])) {
      let removed: Decomposition | undefined | null = null;
      const removal = () => (removed === null ? (removed = removedBeforeImport(a, node)) : removed);
      // Args, then kwargs, without building a combined array per node.
      for (const v of node.args) checkList(node, v, ctx, removal);
      for (const k of node.kwargs) checkList(node, k.value, ctx, removal);
    }
  },
};

function checkList(node: FxNode, v: FxValue, ctx: RuleContext, removal: () => Decomposition | undefined): boolean {
  if (v.kind !== 'list') return false;
  for (const item of v.items) {
    if (item.kind !== 'ref') continue;
    const def = node.graph.byName.get(item.name);
    const fk = def && frozenKind(def);
    if (!fk) continue;
    const removed = removal();
    const failure = `torch-mlir's export_and_import freezes ${fk.kind}s into raw tensors, and the list importer rejects one: "AssertionError: Heterogeneous lists are not supported: expected vtensor, got <class '${fk.pyType}'>". Use it through an op first (e.g. ${item.name}.clone() or * 1 in the model), or import with import_program (experimental_support_mutation).`;
    if (removed) {
      ctx.report({
        span: item.span,
        severity: 'warning',
        message: `${node.name}: the ${fk.kind} ${item.name} sits directly in a list argument of ${node.target}, which is ${describeDecomposition(removed)}. If the ${fk.kind} is still directly in a list there, the import fails: ${failure}`,
      });
    } else {
      ctx.report({ span: item.span, message: `${node.name}: the ${fk.kind} ${item.name} sits directly in a list argument. ${failure}` });
    }
    return true;
  }
  return false;
}
