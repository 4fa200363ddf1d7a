import { allGraphs, type FxNode, type FxValue } from '../fx/model';
import type { Rule } from './rule';

// Every torch-mlir entry point first rewrites aten.as_strided.default into aten.index.Tensor with
// constant index tensors (torch_mlir/extras/fx_as_strided.py), because Torch IR has no storage or
// strides. The index tensors are computed at import time, so the sizes, strides, offset and the
// base tensor's shape must be concrete ints; otherwise the rewrite raises ValueError before any
// node is imported. Checked with real dynamic-shape exports (corpus cases as_strided_dynamic_base
// and as_strided_symbolic_size); a static as_strided imports and lowers (export_as_strided).

function arg(node: FxNode, index: number, name: string): FxValue | undefined {
  return node.kwargs.find((k) => k.name === name)?.value ?? node.args[index];
}

function isStaticDim(d: string): boolean {
  return /^\d+$/.test(d);
}

export const asStridedDynamic: Rule = {
  id: 'as-strided-dynamic',
  description: 'aten.as_strided with symbolic sizes, strides, offset or base shape, which the importer\'s as_strided rewrite rejects.',
  // The 2023 importer had no as_strided rewrite (it emitted torch.aten.as_strided as is).
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'off' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      if (g.level === 'dynamo' || g.level === 'inductor' || g.level === 'fx-trace') continue;
      for (const node of g.nodes) {
        if (node.op !== 'call_function' || !node.target.endsWith('as_strided.default')) continue;
        const r = a.info(node).resolved;
        if (r?.kind !== 'overload' || r.schema.qualifiedName !== 'aten::as_strided' || r.schema.overload !== '') continue;
        const fail = (span: FxValue['span'], what: string, why: string) =>
          ctx.report({
            span,
            message: `${node.name}: torch-mlir rewrites aten.as_strided into aten.index.Tensor with index tensors computed at import time, so ${why}; import fails with "ValueError: aten.as_strided.default \`${what}\` must be ${what === 'base.shape' || what === 'storage_offset' ? 'static before Torch IR import' : 'a static int list'}". Use a static shape for this tensor, or express the view with slice/view/permute ops.`,
          });
        let reported = false;
        for (const [i, name] of [[1, 'size'], [2, 'stride']] as const) {
          const v = arg(node, i, name);
          const sym = v?.kind === 'list' ? v.items.find((x) => x.kind !== 'int') : v?.kind === 'ref' ? v : undefined;
          if (sym && !reported) {
            fail(sym.span, name, `its ${name} must be concrete ints, and ${a.doc.text.slice(sym.span.start, sym.span.end)} is symbolic`);
            reported = true;
          }
        }
        const offset = arg(node, 3, 'storage_offset');
        if (!reported && offset?.kind === 'ref') {
          fail(offset.span, 'storage_offset', `its storage_offset must be a concrete int, and ${offset.name} is symbolic`);
          reported = true;
        }
        const self = arg(node, 0, 'self');
        const def = self?.kind === 'ref' ? node.graph.byName.get(self.name) : undefined;
        const shape = def?.type?.kind === 'tensor' ? def.type.shape : undefined;
        if (!reported && self && shape && !shape.every(isStaticDim)) {
          fail(self.span, 'base.shape', `the tensor it views must have a static shape, and ${def!.name} is [${shape.join(', ')}]`);
        }
      }
    }
  },
};
