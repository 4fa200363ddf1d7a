import { removedBeforeImport } from '../analysis/decomposed';
import { allGraphs } from '../fx/model';
import { describeDecomposition, type Decomposition } from '../registry/decompositions';
import type { Registry } from '../registry/registry';
import type { OpSchema } from '../registry/schema';
import type { Rule } from './rule';

/** The torch-dialect names, among what a decomposition produced, that torch-mlir does not register. */
function unregisteredInto(reg: Registry, d: Decomposition): string[] {
  const out: string[] = [];
  for (const key of d.into ?? []) {
    const m = /^(\w+)::(\w+)\.(\w+)$/.exec(key);
    const s = m && reg.schema(`${m[1]}::${m[2]}`, m[3] === 'default' ? '' : m[3]);
    if (!s) continue;
    for (const name of reg.importedOpNames(s)) if (!reg.mlirOp(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

// An ATen overload that the torch dialect does not register. The importer still succeeds: it
// emits `torch.operator "torch.aten.foo"`, and the backend-contract lowering then fails with
// "failed to legalize operation 'torch.operator' that was explicitly marked illegal" unless a
// decomposition removes the op first. A node that export_and_import's decompositions take out of a
// raw export graph never reaches the importer, and the name checked is the one the importer really
// emits (`aten.sym_size.int` becomes `torch.aten.size.int`).

export const torchOperatorFallback: Rule = {
  id: 'torch-operator-fallback',
  description: "An op the torch dialect does not register: imported as torch.operator, so lowering fails.",
  severity: { 'torch-mlir': 'warning', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    const reg = ctx.registry;
    // Whether the torch dialect registers a schema's op, asked once per distinct schema.
    const registered = new Map<OpSchema, boolean>();
    const lostByDecomposition = new Map<Decomposition, string[]>();
    for (const g of allGraphs(a.doc)) {
      // Dynamo-level graphs are lowered to ATen (and decomposed) before the importer sees them.
      if (g.level === 'dynamo' || g.level === 'fx-trace') continue;
      for (const node of g.nodes) {
        if (node.op !== 'call_function') continue;
        const r = a.info(node).resolved;
        if (r?.kind === 'unknown-op' && !reg.hasNamespace(r.namespace)) {
          // A custom op (torch.library): never a torch-dialect op.
          const name = `torch.${r.namespace}.${r.name}${r.overload && r.overload !== 'default' ? '.' + r.overload : ''}`;
          ctx.report({
            span: node.targetSpan,
            message: `${node.name}: ${node.target} is a custom op; the importer emits torch.operator "${name}" and lowering to the backend contract fails with "failed to legalize operation 'torch.operator' that was explicitly marked illegal" unless a backend handles it.`,
          });
          continue;
        }
        if (r?.kind !== 'overload') continue;
        const removed = removedBeforeImport(a, node);
        if (removed) {
          // The importer gets what the op became: warn only when that is not registered either.
          let lost = lostByDecomposition.get(removed);
          if (!lost) lostByDecomposition.set(removed, (lost = unregisteredInto(reg, removed)));
          if (lost.length && ctx.profile === 'torch-mlir') {
            ctx.report({
              span: node.targetSpan,
              message: `${node.name}: ${node.target} is ${describeDecomposition(removed)}; ${reg.mlirSource} registers no ${lost.join(', ')}, so the importer emits torch.operator for ${lost.length === 1 ? 'it' : 'them'} and lowering to the backend contract fails with "failed to legalize operation 'torch.operator' that was explicitly marked illegal".`,
            });
          }
          continue;
        }
        let known = registered.get(r.schema);
        if (known === undefined) {
          known = reg.importedOpNames(r.schema).every((n) => reg.mlirOp(n) !== undefined);
          registered.set(r.schema, known);
        }
        if (known) continue;
        const name = reg.importedOpName(r.schema);
        ctx.report({
          span: node.targetSpan,
          message:
            ctx.profile === 'turbine-2023'
              ? `${node.name}: ${name} is not a torch-dialect op: SHARK-Turbine's 2023 importer raised "NotImplementedError: Unimplemented torch op in the IREE compiler: '${name}'".`
              : `${node.name}: ${reg.mlirSource} registers no ${name}, so the importer emits torch.operator "${name}" and lowering to the backend contract fails with "failed to legalize operation 'torch.operator' that was explicitly marked illegal". Schema: ${r.schema.text}`,
        });
      }
    }
  },
  checkMlir(m, ctx) {
    const reg = ctx.registry;
    for (const op of m.doc.allOps) {
      if (op.name !== 'torch.operator' || !op.operatorName) continue;
      const name = op.operatorName;
      if (!/^torch\.[A-Za-z0-9_]+\./.test(name) || reg.mlirOp(name)) continue;
      const schema = m.schemaOf(name);
      ctx.report({
        span: op.operatorNameSpan ?? op.nameSpan,
        message: `torch.operator "${name}": ${reg.mlirSource} registers no such op, so lowering to the backend contract fails with "failed to legalize operation 'torch.operator' that was explicitly marked illegal".${schema ? ` Schema: ${schema.text}` : ' PyTorch 2.13 does not know it either (a custom op?).'}`,
      });
    }
  },
};
