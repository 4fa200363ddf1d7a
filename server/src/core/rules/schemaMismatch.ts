import { accepts } from '../analysis/compat';
import { describeKind } from '../analysis/kinds';
import type { BindProblem } from '../analysis/bind';
import type { NodeInfo } from '../analysis/fxAnalysis';
import type { Rule } from './rule';
import { shortValue } from './fxEdits';

// A call whose arguments do not bind to its schema: too many or too few, an unknown or repeated
// keyword, or a value of the wrong kind for its parameter. Kinds come from literals and from the
// producing node; where a kind is unknown the rule stays silent.

export const schemaMismatch: Rule = {
  id: 'schema-mismatch',
  description: "A call whose arguments do not bind to the op's schema.",
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    const text = a.doc.text;
    for (const node of a.calls([])) {
      const g = node.graph;
      const info = a.info(node);
      if (!info.binding || !info.schema || info.ambiguous) continue;
      for (const p of info.binding.problems) {
        ctx.report({ span: problemSpan(p, node.targetSpan), message: `${node.name}: ${problemMessage(p, opName(info))}. Schema: ${signature(info)}` });
      }
      // Torch-level callables have Python signatures of their own (Optional[int] = None where
      // aten has int = -1, split_size_or_sections for two overloads): only a tensor passed where
      // the aten op takes no tensor is certain to be wrong there.
      const pythonLevel = info.resolved?.kind === 'python';
      for (const b of info.binding.args) {
        if (!b.value || !b.param.arg) continue;
        const kind = a.kindOf(b.value, g);
        if (pythonLevel && (kind.k !== 'tensor' || /Tensor|\bt\b|Any|Scalar/.test(b.param.arg.typeText))) continue;
        const r = accepts(b.param.arg.type, kind);
        if (r.ok) continue;
        const valueDesc = b.value.kind === 'ref' ? `the ${describeKind(kind).replace(/^an? /, '')} ${b.value.name}` : `${shortValue(text, b.value)}`;
        ctx.report({
          span: b.value.span,
          message: `${node.name}: passes ${valueDesc} where ${b.param.name} (${b.param.arg.typeText}) goes: ${r.reason}. Schema: ${signature(info)}`,
        });
      }
    }
  },
};

// The op's name and signature as the messages show them; built only for a node that has a
// problem (building them for every node of a 100k-node graph was a string per node).
function opName(info: NodeInfo): string {
  const schema = info.schema!;
  return info.resolved?.kind === 'python' ? info.resolved.fn.qualname : `${schema.qualifiedName}${schema.overload ? '.' + schema.overload : ''}`;
}

function signature(info: NodeInfo): string {
  return info.resolved?.kind === 'python' && info.resolved.fn.params
    ? `${info.resolved.fn.qualname}(${info.resolved.fn.params.map((p) => p.name + (p.default !== undefined ? '=' + p.default : '')).join(', ')})`
    : info.schema!.text;
}

function problemSpan(p: BindProblem, fallback: import('../text').Span): import('../text').Span {
  return p.kind === 'missing' ? fallback : p.span;
}

function problemMessage(p: BindProblem, op: string): string {
  switch (p.kind) {
    case 'too-many':
      return `${op} takes at most ${p.max} positional argument${p.max === 1 ? '' : 's'}, ${p.given} given`;
    case 'unknown-keyword':
      return `${op} has no parameter named '${p.name}'`;
    case 'repeated-keyword':
      return `'${p.name}' is given more than once`;
    case 'missing':
      return `missing required argument '${p.param.name}'${p.param.arg ? ` (${p.param.arg.typeText})` : ''}; torch-mlir would emit torch.constant.none for it and the verifier rejects the op`;
  }
}
