import { closestNames } from '../registry/similar';
import type { Rule } from './rule';

// A target PyTorch does not register: `torch.ops.aten.max_pool2D.default`, a removed overload,
// or `torch.nn.functional.<typo>`. Custom namespaces (`mylib`, `npu`) are user ops, not typos.

const COVERED_PYTHON = /^torch\.(nn\.functional|_C\._nn)\.[A-Za-z0-9_]+$/;

export const unknownOp: Rule = {
  id: 'unknown-op',
  description: 'A call target that the PyTorch op registry does not know.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    const reg = ctx.registry;
    const text = a.doc.text;
    for (const node of a.calls([])) {
      const r = a.info(node).resolved;
      if (!r) continue;
      let suggestions: string[] = [];
      let what = '';
      if (r.kind === 'unknown-op' && reg.hasNamespace(r.namespace)) {
        const overloads = reg.overloads(`${r.namespace}::${r.name}`);
        if (overloads.length) {
          const names = overloads.map((s) => `torch.ops.${s.namespace}.${s.name}.${s.overload || 'default'}`);
          suggestions = closestNames(node.target, names, 3);
          if (!suggestions.length) suggestions = names;
          what = `${r.namespace}::${r.name} has no overload '${r.overload}' in PyTorch ${reg.torchVersion}`;
        } else {
          suggestions = reg.suggest(node.target);
          what = `PyTorch ${reg.torchVersion} registers no op ${r.namespace}::${r.name}`;
        }
      } else if (r.kind === 'opaque' && COVERED_PYTHON.test(node.target)) {
        suggestions = closestPython(reg.pythonNames(), node.target);
        what = `${node.target} does not exist in PyTorch ${reg.torchVersion}`;
      } else continue;
      const written = text.slice(node.targetSpan.start, node.targetSpan.end);
      const shortForm = written.startsWith('torch.ops.') ? (s: string) => s : (s: string) => s.replace(/^torch\.ops\./, '');
      const top = suggestions.slice(0, 3);
      ctx.report({
        span: node.targetSpan,
        message: `${node.name}: ${what}${top.length ? `; did you mean ${top.map((s) => shortForm(s)).join(', ')}?` : '.'}`,
        fixes: top.map((s, i) => ({ title: `Change to ${shortForm(s)}`, edits: [{ span: node.targetSpan, newText: shortForm(s) }], preferred: i === 0 && top.length === 1 })),
      });
    }
  },
};

const TORCH_NS = /^torch\.(aten|prims|prim|quantized|quantized_decomposed|_c10d_functional|c10d|rngprims)\./;

unknownOp.checkMlir = (m, ctx) => {
  const reg = ctx.registry;
  let pool: string[] | undefined;
  for (const op of m.doc.allOps) {
    if (!TORCH_NS.test(op.name) || reg.mlirOp(op.name)) continue;
    const schema = m.schemaOf(op.name);
    if (schema) {
      ctx.report({
        span: op.nameSpan,
        message: `${op.name} is a PyTorch op (${schema.text}) but ${reg.mlirSource} does not register it as a torch-dialect op, so this custom form does not parse; the importer writes such ops as torch.operator "${op.name}"(...).`,
      });
      continue;
    }
    pool ??= reg.mlirOpNames();
    const close = closestNames(op.name, pool, 3);
    ctx.report({
      span: op.nameSpan,
      message: `${op.name}: neither ${reg.mlirSource} nor PyTorch ${reg.torchVersion} knows this op${close.length ? `; did you mean ${close.join(', ')}?` : '.'}`,
      fixes: close.map((c, i) => ({ title: `Change to ${c}`, edits: [{ span: op.nameSpan, newText: c }], preferred: i === 0 && close.length === 1 })),
    });
  }
};

function closestPython(names: string[], target: string): string[] {
  const prefix = target.slice(0, target.lastIndexOf('.') + 1);
  const pool = names.filter((n) => n.startsWith(prefix));
  return closestNames(target, pool, 3);
}
