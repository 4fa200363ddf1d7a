import type { FxNode } from '../fx/model';
import type { Fix } from '../diagnostics';
import type { Rule } from './rule';
import { type OpSchema, unwrapOptional } from '../registry/schema';
import { insertKwarg, insertPositionalAfter, replaceValue, valueTextFor } from './fxEdits';

// Pooling whose stride is `[]`, `None` or omitted. PyTorch means "stride = kernel_size"; the
// 2023 SHARK-Turbine importer read `arg[0]` of every list and died on the empty list, and today's
// torch-mlir imports `[]` and leaves the meaning to the lowering, which needs a constant kernel.

const POOL_NAME = /^(max_pool[123]d(_with_indices)?|avg_pool[123]d)$/;

export const poolStrideDefault: Rule = {
  id: 'pool-stride-default',
  description: 'Max/avg pooling whose stride is empty, None or omitted (meaning stride = kernel_size).',
  severity: { 'torch-mlir': 'information', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    const text = a.doc.text;
    // Whether a schema is a pooling op, tested once per distinct schema rather than per node.
    const isPool = new Map<OpSchema, boolean>();
    for (const node of a.calls([])) {
      const g = node.graph;
      const info = a.info(node);
      if (!info.schema) continue;
      let pool = isPool.get(info.schema);
      if (pool === undefined) {
        pool = POOL_NAME.test(info.schema.name);
        isPool.set(info.schema, pool);
      }
      if (!pool) continue;
      const binding = info.binding;
      const stride = binding?.byName.get('stride');
      const kernel = binding?.byName.get('kernel_size');
      if (!binding || !stride || !kernel?.value) continue;
      // `F.max_pool2d(8, x)` passes a tensor as kernel_size: schema-mismatch's business.
      if (a.kindOf(kernel.value, g).k === 'tensor') continue;
      const v = stride.value;
      const emptyValue = v && ((v.kind === 'list' && v.items.length === 0) || v.kind === 'none');
      const omitted = stride.source === 'default' && (stride.param.default === '[]' || stride.param.default === 'None');
      if (!emptyValue && !omitted) continue;
      const how = omitted ? 'omitted' : v!.kind === 'none' ? 'None' : 'an empty list';
      let kText = valueTextFor(text, kernel.value, node);
      // In an ATen-level graph a bare int kernel (`max_pool2d(x, 2)`) is broadcast by PyTorch, not
      // by the importer: write the stride as the list (the kernel gets scalar-for-list's fix).
      const strideType = stride.param.arg && unwrapOptional(stride.param.arg.type).type;
      if (g.level !== 'dynamo' && g.level !== 'fx-trace' && kernel.value.kind === 'int' && strideType?.kind === 'list' && strideType.size) kText = '[' + Array(strideType.size).fill(kText).join(', ') + ']';
      const anchor = v ?? kernel.value;
      const message =
        ctx.profile === 'turbine-2023'
          ? `${node.name}: stride is ${how}, so it reaches the importer as []. SHARK-Turbine's 2023 importer takes a list's element type from its first element and fails with "IndexError: list index out of range" (import_list_arguments). Pass stride=${kText} explicitly.`
          : `${node.name}: stride is ${how}; torch-mlir imports it as an empty list and the lowering then uses kernel_size (${kText}) as the stride, which requires a constant kernel size. Writing stride=${kText} makes that explicit.`;
      const fix = strideFix(text, node, binding.byName.get('kernel_size')!.value!, stride.value, kText, stride.source === 'default');
      ctx.report({ span: omitted ? node.targetSpan : anchor.span, message, fixes: fix ? [fix] : [] });
    }
  },
};

const MLIR_POOL = /^torch\.aten\.(max_pool[123]d(_with_indices)?|avg_pool[123]d)$/;

poolStrideDefault.checkMlir = (m, ctx) => {
  for (const op of m.doc.allOps) {
    if (!MLIR_POOL.test(op.name)) continue;
    const def = m.mlirDef(op);
    const si = def?.operands.findIndex((o) => o.name === 'stride') ?? -1;
    const ki = def?.operands.findIndex((o) => o.name === 'kernel_size') ?? -1;
    const stride = op.operands[si];
    const kernel = op.operands[ki];
    if (!stride || !kernel) continue;
    const producer = m.producer(stride);
    if (producer?.name !== 'torch.prim.ListConstruct' || producer.operands.length !== 0) continue;
    const message =
      ctx.profile === 'turbine-2023'
        ? `${op.name}: stride ${stride.name} is an empty list; SHARK-Turbine's 2023 importer could not even build it ("IndexError: list index out of range" in import_list_arguments). Pass the kernel size (${kernel.name}) as the stride.`
        : `${op.name}: stride ${stride.name} is an empty list, which the lowering reads as "stride = kernel_size" and which then needs a constant kernel size ("if stride is the empty list, kernel_size must be a list of constant ints"). Passing ${kernel.name} makes it explicit.`;
    ctx.report({
      span: stride.span,
      message,
      fixes: [{ title: `Insert explicit stride (${kernel.name})`, edits: [{ span: stride.span, newText: kernel.name + (kernel.resultIndex !== undefined ? `#${kernel.resultIndex}` : '') }], preferred: true, safe: true }],
    });
  }
};

function strideFix(text: string, node: FxNode, kernel: import('../fx/model').FxValue, current: import('../fx/model').FxValue | undefined, kText: string, omitted: boolean): Fix | undefined {
  let edit;
  if (current && !omitted) edit = replaceValue(current, kText);
  else {
    const kernelIsPositional = node.args.includes(kernel);
    const last = node.args[node.args.length - 1];
    edit = kernelIsPositional && last === kernel ? insertPositionalAfter(kernel, kText) : insertKwarg(text, node, 'stride', kText);
  }
  if (!edit) return undefined;
  return { title: `Insert explicit stride (${kText})`, edits: [edit], preferred: true, safe: true };
}
