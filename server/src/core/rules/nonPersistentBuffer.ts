import { allGraphs, type FxGraph, type FxSignatureInput } from '../fx/model';
import { importerFacts, NONPERSISTENT_BUFFER_NAMES } from '../registry/importerFacts';
import type { Rule } from './rule';

// Buffers registered with persistent=False are not in the ExportedProgram's state_dict
// (torch.export keeps them in ep.constants), but import_frozen_program — the default path of
// torch_mlir.fx.export_and_import — looks every buffer of the signature up in the state_dict and
// fails with "AssertionError: Could not find state mapping for buffer" (torch-mlir issue #4744).
// Every Hugging Face model with a rotary inv_freq or a position_ids buffer hits it.
// print(exported_program)'s signature says persistent=False; other dumps of the same graph only
// show the `b_*` placeholder, so there the rule can only point at names transformers registers so.

const MESSAGE_FIX =
  'Import with experimental_support_mutation=True (import_program takes non-persistent buffers from ep.constants), or register the buffer with persistent=True before exporting.';

/** The buffer's own name from its placeholder (`b_model_rotary_emb_inv_freq` → `inv_freq`), if transformers registers it as non-persistent. */
function knownNonPersistentName(placeholder: string): string | undefined {
  if (!placeholder.startsWith('b_')) return undefined;
  let best: string | undefined;
  for (const name of NONPERSISTENT_BUFFER_NAMES) {
    if ((placeholder === `b_${name}` || placeholder.endsWith(`_${name}`)) && (!best || name.length > best.length)) best = name;
  }
  return best;
}

/** The signature's non-persistent buffers by placeholder name (computed once per graph). */
const nonPersistentByGraph = new WeakMap<FxGraph, Map<string, FxSignatureInput>>();
function nonPersistent(g: FxGraph): Map<string, FxSignatureInput> {
  let m = nonPersistentByGraph.get(g);
  if (!m) {
    m = new Map();
    for (const i of g.signature?.inputs ?? []) if (i.kind === 'BUFFER' && i.persistent === false) m.set(i.name, i);
    nonPersistentByGraph.set(g, m);
  }
  return m;
}

/** Whether the signature says whether each buffer is persistent (2.2+ dumps do; 2.1's does not). */
function signatureKnowsPersistence(g: FxGraph): boolean {
  return !!g.signature?.inputs.some((i) => i.kind === 'BUFFER' && i.persistent !== undefined);
}

export const nonPersistentBuffer: Rule = {
  id: 'non-persistent-buffer',
  description: "A buffer registered with persistent=False, which torch-mlir's frozen import cannot find in the state dict.",
  // The 2023 importer had no ExportedProgram entry point: its graphs came from aot_autograd.
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'off' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      // Graph-only export dumps read as AOT-level; the `b_` placeholder names say they come from torch.export.
      if (g.level === 'dynamo' || g.level === 'inductor' || g.level === 'fx-trace') continue;
      for (const node of g.nodes) {
        if (node.op !== 'placeholder') continue;
        const whole = node.graph;
        if (signatureKnowsPersistence(whole)) {
          const spec = nonPersistent(whole).get(node.name);
          if (!spec) continue;
          ctx.report({
            span: node.nameSpan,
            message: `${node.name} is the buffer '${spec.target ?? node.name}' registered with persistent=False: it is not in the ExportedProgram's state_dict, so torch_mlir.fx.export_and_import (import_frozen_program) fails with "AssertionError: Could not find state mapping for buffer" (torch-mlir issue #4744). ${MESSAGE_FIX}`,
            related: spec.span ? [{ span: spec.span, message: 'persistent=False in the graph signature' }] : undefined,
          });
          continue;
        }
        const name = knownNonPersistentName(node.name);
        if (!name) continue;
        const counts = importerFacts().nonpersistent_buffer_names.names[name];
        ctx.report({
          span: node.nameSpan,
          severity: 'warning',
          message: `${node.name} looks like a '${name}' buffer, which transformers registers with persistent=False (${counts.nonpersistent} of ${counts.nonpersistent + counts.persistent} registrations). If this one is, torch_mlir.fx.export_and_import fails with "AssertionError: Could not find state mapping for buffer" (torch-mlir issue #4744); this dump has no graph signature to tell (print(exported_program) shows persistent=False there). ${MESSAGE_FIX}`,
        });
      }
    }
  },
};
