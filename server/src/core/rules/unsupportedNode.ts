import { removedBeforeImport } from '../analysis/decomposed';
import { allGraphs, FxNode } from '../fx/model';
import type { Rule } from './rule';

// Nodes the importer cannot import: call_module and call_method nodes (skipped silently, so the
// first imported node that uses one fails with `KeyError: 'FX Node x has not been bound to an MLIR
// value'`), and call_function targets that are not OpOverloads (`torch.relu`,
// `torch.ops.aten.add` without an overload, arbitrary Python callables). Dynamo-level graphs are
// exempt: AOTAutograd / export turn them into ATen before any import.

const IMPORTED_BUILTINS = /^(operator\.|builtins\.getattr$|_operator\.|math\.)/;

function isImported(user: FxNode, a: import('../analysis/fxAnalysis').FxAnalysis): boolean {
  if (user.op === 'output') return true;
  if (user.op !== 'call_function') return false;
  const r = a.info(user).resolved;
  return r?.kind === 'overload' || r?.kind === 'hop' || (r?.kind === 'builtin' && user.target !== 'operator.getitem');
}

export const unsupportedNode: Rule = {
  id: 'unsupported-node',
  description: 'A call_module / call_method node or a non-OpOverload call target, which the importer cannot import.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      if (g.level === 'dynamo' || g.level === 'inductor') continue;
      for (const node of g.nodes) {
        if (node.op === 'call_module' || node.op === 'call_method') {
          const use = node.users.find((u) => isImported(u, a));
          const kind = node.op === 'call_module' ? `module ${node.target}` : `method .${node.target}()`;
          if (use) {
            ctx.report({
              span: node.nameSpan,
              message: `${node.name} calls the ${kind} (${node.op}). The importer skips ${node.op} nodes, so ${use.op === 'output' ? 'the return' : use.name} fails with ${ctx.profile === 'turbine-2023' ? `"KeyError: (${node.name}, 0)"` : `"KeyError: 'FX Node ${node.name} has not been bound to an MLIR value'"`}. Import an ATen graph instead: torch.export.export(...) then torch_mlir.fx.export_and_import, or trace through AOTAutograd.`,
            });
          } else {
            ctx.report({
              span: node.nameSpan,
              severity: 'warning',
              message: `${node.name} calls the ${kind} (${node.op}), which the importer skips silently: its computation is lost. Import an ATen graph instead (torch.export).`,
            });
          }
          continue;
        }
        if (node.op !== 'call_function') continue;
        const r = a.info(node).resolved;
        // The kind first: most targets are overloads, and then the target's text needs no regex.
        if (!r || (r.kind !== 'python' && r.kind !== 'packet' && r.kind !== 'opaque') || IMPORTED_BUILTINS.test(node.target)) continue;
        // A call only a pre-decomposition export graph holds: export_and_import removes it first.
        if (removedBeforeImport(a, node)) continue;
        const hint = r.kind === 'packet' ? ` Name an overload, e.g. ${node.target}.${r.overloads[0]?.overload || 'default'}.` : ' Import an ATen graph (torch.export) instead of a Python-level one.';
        ctx.report({
          span: node.targetSpan,
          message: `${node.name}: ${node.target} is not an OpOverload; the importer fails with "NotImplementedError: FIX ME: Unimplemented call_function: target=${node.target}".${hint}`,
        });
      }
    }
  },
};
