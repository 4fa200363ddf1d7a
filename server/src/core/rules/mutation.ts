import { allGraphs } from '../fx/model';
import type { Rule } from './rule';

// Mutated buffers and inputs in an exported program. The default frozen import
// (`export_and_import`) drops buffer mutations silently; `import_program` with
// `experimental_support_mutation=True` refuses buffer mutations ("Store of a mutation ... is not
// supported") and types mutated user inputs as non-value `!torch.tensor`, which the
// linalg-on-tensors backend contract rejects ("failed to legalize operation 'torch.copy.to_vtensor'").

export const mutation: Rule = {
  id: 'mutation',
  description: 'Buffer or input mutation in an exported program, which torch-mlir drops or cannot lower.',
  severity: { 'torch-mlir': 'warning', 'turbine-2023': 'warning' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      const sig = g.signature;
      if (!sig) continue;
      for (const out of sig.outputs) {
        if (out.kind !== 'BUFFER_MUTATION' && out.kind !== 'USER_INPUT_MUTATION') continue;
        const input = out.target ? sig.inputs.find((i) => i.target === out.target && (i.kind === 'BUFFER' || i.kind === 'USER_INPUT')) : undefined;
        const inputName = input?.name ?? out.target ?? out.name;
        const node = input ? g.byName.get(input.name) : undefined;
        const span = node?.nameSpan ?? g.output?.span ?? sig.span;
        ctx.report({
          span,
          message:
            out.kind === 'BUFFER_MUTATION'
              ? `The program mutates buffer ${inputName}${out.target ? ` ('${out.target}')` : ''} (output ${out.name}: BUFFER_MUTATION). torch-mlir's default frozen import drops the update silently; import_program(experimental_support_mutation=True) fails with "NotImplementedError: Store of a mutation to InputInfo(... ${inputName} ...) is not supported" unless FxImporterHooks.store_produced_value is overridden.`
              : `The program mutates its input ${inputName} (output ${out.name}: USER_INPUT_MUTATION). With experimental_support_mutation the input becomes a non-value !torch.tensor and lowering fails with "failed to legalize operation 'torch.copy.to_vtensor'"; the frozen import drops the mutation.`,
        });
      }
    }
  },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      if (!op.func) continue;
      for (const arg of op.func.args) {
        if (arg.type.desc.kind !== 'torch-tensor' || arg.type.desc.value) continue;
        ctx.report({
          span: arg.type.span,
          message: `${arg.name ?? 'This argument'} is a non-value tensor (${arg.type.text}), the importer's form of a mutated input: the linalg-on-tensors backend contract does not support it ("failed to legalize operation 'torch.copy.to_vtensor'", "unsupported by backend contract: non-value tensor type").`,
        });
      }
    }
  },
};
