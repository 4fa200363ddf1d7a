import { type OpSchema, unwrapOptional } from '../registry/schema';
import type { Rule } from './rule';

// A bare int where the schema takes `int[N]`. PyTorch broadcasts it (`max_pool2d(x, 2)`), and
// export graphs always hold the broadcast list, but the importer does not: a graph that still has
// the bare int imports it as `torch.constant.int`, and the verifier rejects the op
// ("operand #1 must be Int list type (int[]) of Torch IntType values, but got '!torch.int'").

export const scalarForList: Rule = {
  id: 'scalar-for-list',
  description: 'A bare int where the schema takes int[N]; the importer does not broadcast it.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    const text = a.doc.text;
    // Whether a schema has an `int[N]`-like parameter at all, asked once per distinct schema.
    const sized = new Map<OpSchema, boolean>();
    for (const node of a.calls(['dynamo', 'fx-trace'])) {
      const info = a.info(node);
      if (info.resolved?.kind !== 'overload' || !info.binding) continue;
      let has = sized.get(info.resolved.schema);
      if (has === undefined) {
        has = info.resolved.schema.args.some((arg) => {
          const t = unwrapOptional(arg.type).type;
          return t.kind === 'list' && t.size !== undefined;
        });
        sized.set(info.resolved.schema, has);
      }
      if (!has) continue;
      for (const b of info.binding.args) {
        const v = b.value;
        const t = b.param.arg && unwrapOptional(b.param.arg.type).type;
        if (!v || v.kind !== 'int' || t?.kind !== 'list' || t.size === undefined) continue;
        const n = t.size;
        const list = '[' + Array(n).fill(text.slice(v.span.start, v.span.end)).join(', ') + ']';
        const mlirName = `torch.${info.schema!.namespace}.${info.schema!.name}${info.schema!.overload ? '.' + info.schema!.overload : ''}`;
        ctx.report({
          span: v.span,
          message: `${node.name}: ${b.param.name} (${b.param.arg!.typeText}) is the bare int ${v.text}. PyTorch broadcasts it, the importer does not: it emits torch.constant.int and the verifier rejects '${mlirName}' ("operand #${b.index} must be Int list type (int[]) of Torch IntType values, but got '!torch.int'"). Write ${list}.`,
          fixes: [{ title: `Write ${list}`, edits: [{ span: v.span, newText: list }], preferred: true, safe: true }],
        });
      }
    }
  },
};
