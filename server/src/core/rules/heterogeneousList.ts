import { FxValue } from '../fx/model';
import { unwrapOptional } from '../registry/schema';
import type { Rule } from './rule';
import { hasTopLevel } from './fxHelpers';

// A list literal whose elements are not all of the schema's element type. torch-mlir's list
// importer compares Python types exactly (`type(x) == element_type`): `True` in an `int[]` or `2`
// in a `float[]` fails, although PyTorch itself accepts both. The 2023 importer compared every
// element with the first one (isinstance), so a SymInt node mixed with literal ints failed too.

const PY: Record<string, string> = { int: "<class 'int'>", float: "<class 'float'>", bool: "<class 'bool'>", str: "<class 'str'>" };

function pyType(v: FxValue): string | undefined {
  switch (v.kind) {
    case 'int':
      return 'int';
    case 'float':
      return 'float';
    case 'bool':
      return 'bool';
    case 'string':
      return 'str';
    case 'ref':
      return 'Node';
    default:
      return undefined;
  }
}

const ELEMENT: Record<string, string> = { int: 'int', SymInt: 'int', float: 'float', SymFloat: 'float', bool: 'bool', str: 'str' };

export const heterogeneousList: Rule = {
  id: 'heterogeneous-list',
  description: "A list whose literal elements do not all have the schema's element type (True in int[], 2 in float[]).",
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    for (const node of a.calls(['dynamo'])) {
      // Bound values are the node's own arguments: without a list literal there is nothing to find.
      if (!hasTopLevel(node, 'list')) continue;
      const binding = a.info(node).binding;
      if (!binding) continue;
      for (const b of binding.args) {
        const v = b.value;
        if (v?.kind !== 'list' || v.items.length < 1) continue;
        if (ctx.profile === 'turbine-2023') {
          // isinstance against the first element's type; bool is an int; None mixes are optional-tensor-list's.
          const first = pyType(v.items[0]);
          if (!first || v.items.some((i) => i.kind === 'none')) continue;
          const bad = v.items.find((i) => {
            const t = pyType(i);
            return t !== undefined && t !== first && !(first === 'int' && t === 'bool');
          });
          if (!bad) continue;
          const show = (t: string) => (t === 'Node' ? "<class 'torch.fx.node.Node'>" : PY[t]);
          ctx.report({
            span: bad.span,
            message: `${node.name}: ${b.param.name} mixes ${first === 'Node' ? 'nodes' : first + 's'} and ${pyType(bad) === 'Node' ? 'nodes' : pyType(bad) + 's'}; the 2023 importer typed a list by its first element and raised "TypeError: Heterogeneous lists are not supported: expected ${show(first)}, got ${show(pyType(bad)!)}".`,
          });
          continue;
        }
        const t = b.param.arg && unwrapOptional(b.param.arg.type).type;
        if (t?.kind !== 'list' || t.elem.kind !== 'base') continue;
        const want = ELEMENT[t.elem.name];
        if (!want) continue;
        for (const item of v.items) {
          const got = pyType(item);
          // Nodes are checked by their MLIR type (schema-mismatch); floats in int lists too.
          if (!got || got === 'Node' || got === want || (want === 'int' && got === 'float')) continue;
          ctx.report({
            span: item.span,
            message: `${node.name}: ${b.param.name} (${b.param.arg!.typeText}) holds ${item.kind === 'bool' ? (item.value ? 'True' : 'False') : a.doc.text.slice(item.span.start, item.span.end)}, a ${got}: torch-mlir's list importer compares Python types exactly and raises "AssertionError: Heterogeneous lists are not supported: expected ${PY[want]}, got ${PY[got]}". Write ${want === 'float' && got === 'int' ? 'a float literal (2.0)' : `a ${want}`} instead.`,
          });
          break;
        }
      }
    }
  },
};
