import type { Rule } from './rule';

// Higher-order ops (torch.cond, map, scan, invoke_subgraph, wrap_with_autocast, ...). torch-mlir's
// importer handles only the ones it has an `_import_hop_<name>` method for: that list, and a real
// import of each op, are generated into importer_facts.json by scripts/gen_importer_facts.py.

import { HANDLED_HOPS } from '../registry/importerFacts';
export const SUPPORTED_HOPS = HANDLED_HOPS;

export const unsupportedHigherOrderOp: Rule = {
  id: 'unsupported-higher-order-op',
  description: 'A higher-order op (torch.cond, map, scan, ...) that the importer does not implement.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    for (const node of a.calls(['dynamo'])) {
      const r = a.info(node).resolved;
      if (r?.kind !== 'hop') continue;
      if (ctx.profile === 'torch-mlir' && SUPPORTED_HOPS.has(r.name)) continue;
      ctx.report({
        span: node.targetSpan,
        message:
          ctx.profile === 'turbine-2023'
            ? `${node.name}: higher-order op ${r.name} is not an OpOverload: the 2023 importer raised "NotImplementedError: FIX ME: Unimplemented call_function: target=${node.target}".`
            : `${node.name}: torch-mlir imports only the higher-order ops ${[...SUPPORTED_HOPS].join(', ')}; this fails with "NotImplementedError: Higher-order operation '${r.name}' not implemented in the FxImporter (tried '_import_hop_${r.name}')".${r.name === 'cond' ? ' (torch-mlir issue #4028.) Rewrite the branch with torch.where, or export each branch separately.' : ''}`,
      });
    }
  },
};
