import { allGraphs, forEachValue, type FxGraph, type FxNode } from '../fx/model';
import { SYMBOLIC_BUILTINS } from '../registry/importerFacts';
import type { Rule } from './rule';

// SymInt arithmetic on dynamic shapes reaches the importer as Python builtins (`operator.pow`,
// printed `sym_size_int ** 2` by print_readable). The importer turns a builtin on symbolic values
// into a torch op through its PY_BUILTIN_TO_TORCH_OP table (generated into importer_facts.json);
// any other builtin fails with "AssertionError: Unsupported builtin function for symbolic types".
// With import_symbolic_shape_expressions=True the importer also writes every symbolic size as an
// affine map, and sympy nodes other than Symbol, Integer, Add, Mul, Pow and Mod (`s0//2`,
// `Max(4, s0)`) fail with "Translation of sympy.Expr of type FloorDiv not implemented yet".

/** Builtins that are not SymInt arithmetic: getitem has its own import path. */
const NOT_ARITHMETIC = new Set(['getitem', 'getattr']);

const HINTS: Record<string, string> = {
  pow: ' Multiply instead (s * s), or compute the size from static dimensions.',
  lshift: ' Multiply by the power of two instead (mul is mapped).',
  rshift: ' Floor-divide by the power of two instead (floordiv is mapped).',
  ceil: ' Write -(-a // b) instead (neg and floordiv are mapped).',
  floor: ' Use // instead (floordiv is mapped).',
};

/** sympy constructs the affine-map translation has no case for, as print_readable prints them. */
const UNEXPRESSIBLE: [RegExp, string][] = [
  [/\/\//, 'FloorDiv'],
  [/\bMax\(/, 'Max'],
  [/\bMin\(/, 'Min'],
  [/\bCeilToInt\(|\bceiling\(/, 'CeilToInt'],
  [/\bFloorToInt\(|\bfloor\(/, 'FloorToInt'],
  [/(^|[^/])\/([^/]|$)/, 'IntTrueDiv'],
];

function unexpressible(dim: string): string | undefined {
  // Every construct above has a '/' or a '(' (most sizes are plain numbers or symbols): one scan, no regex.
  if (dim.indexOf('/') < 0 && dim.indexOf('(') < 0) return undefined;
  for (const [re, kind] of UNEXPRESSIBLE) if (re.test(dim)) return kind;
  return undefined;
}

function unexpressibleSize(node: FxNode): string | undefined {
  if (node.type?.kind !== 'tensor' || !node.type.shape) return undefined;
  const text = node.type.text;
  if (text.indexOf('/') < 0 && text.indexOf('(') < 0) return undefined;
  for (const d of node.type.shape) {
    const k = unexpressible(d);
    if (k) return k;
  }
  return undefined;
}

/** Whether an input of the node (in a list or not) already has such a size. */
function anyInputUnexpressible(node: FxNode): boolean {
  let found = false;
  forEachValue(node, (v) => {
    if (found || v.kind !== 'ref') return;
    const def = node.graph.byName.get(v.name);
    if (def && unexpressibleSize(def) !== undefined) found = true;
  });
  return found;
}

function skipped(g: FxGraph): boolean {
  // Dynamo graphs and symbolic_trace graphs are not what the importer receives.
  return g.level === 'dynamo' || g.level === 'inductor' || g.level === 'fx-trace';
}

export const unsupportedSymbolicBuiltin: Rule = {
  id: 'unsupported-symbolic-builtin',
  description: 'SymInt arithmetic (operator.pow, lshift, ...) the importer cannot map to a torch op, and shape expressions it cannot write as affine maps.',
  // The 2023 importer's builtin table was smaller and is not generated here.
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'off' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      if (skipped(g)) continue;
      for (const node of g.nodes) {
        if (node.op !== 'call_function') continue;
        const kind = unexpressibleSize(node);
        // Reported where such a size first appears: on a node none of whose inputs has one
        // (the node and its producers only, so an edit re-checks the same way).
        if (kind && !anyInputUnexpressible(node)) {
          ctx.report({
            span: node.type!.span,
            severity: 'information',
            message: `${node.name} has the symbolic size [${(node.type as { shape: string[] }).shape.join(', ')}]: only with import_symbolic_shape_expressions=True (not the default), the importer writes sizes as affine maps and fails here with "NotImplementedError: Translation of sympy.Expr of type ${kind} not implemented yet."`,
          });
        }
        checkBuiltin(node);
      }
    }

    function checkBuiltin(node: FxNode) {
      // Builtin targets print as `operator.x`, `_operator.x`, `math.x` or `builtins.x`: most nodes leave on one character test.
      const c = node.target.charCodeAt(0);
      if (c !== 111 && c !== 95 && c !== 109 && c !== 98) return;
      const r = a.info(node).resolved;
      if (r?.kind !== 'builtin') return;
      const name = node.target.slice(node.target.lastIndexOf('.') + 1);
      if (NOT_ARITHMETIC.has(name) || SYMBOLIC_BUILTINS.has(name)) return;
      // A builtin whose value is known not to be symbolic fails as an unimplemented call_function instead (unsupported-node's).
      if (node.type && node.type.kind !== 'sym') return;
      const args = node.args.map((v) => (v.kind === 'ref' ? v.name : a.doc.text.slice(v.span.start, v.span.end))).join(', ');
      ctx.report({
        span: node.targetSpan,
        message: `${node.name}: ${node.target} on a SymInt has no torch op in the importer's builtin table (${[...SYMBOLIC_BUILTINS].join(', ')}), so import fails with "AssertionError: Unsupported builtin function for symbolic types: <built-in function ${name}> with args (${args})".${HINTS[name] ?? ''}`,
      });
    }
  },
};
