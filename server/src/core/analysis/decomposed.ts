import { importPathOf } from '../fx/importPath';
import type { FxNode } from '../fx/model';
import type { Decomposition } from '../registry/decompositions';
import type { FxAnalysis } from './fxAnalysis';

// Whether a node never reaches the importer: export_and_import's decompositions take it out of a
// raw torch.export graph first (scripts/gen_decompositions.py). Only a graph that may go through
// export_and_import counts (its import path is `export`, or `unknown`: a dump that cannot tell is not
// worth an error); in a graph handed straight to stateless_fx_import the node is imported as it is.

const HOP: Decomposition = { how: 'inlined', verified: true };

export function removedBeforeImport(a: FxAnalysis, node: FxNode): Decomposition | undefined {
  if (node.op !== 'call_function' || importPathOf(node.graph) === 'stateless') return undefined;
  const info = a.info(node);
  const r = info.resolved;
  if (!r) return undefined;
  const d = a.registry.decompositions;
  switch (r.kind) {
    case 'overload':
      return d.removedBeforeImport(r.schema);
    case 'hop':
      return d.hopRemovedBeforeImport(r.name) ? HOP : undefined;
    case 'python':
    case 'opaque':
    case 'packet': {
      const p = d.pythonRemovedBeforeImport(node.target);
      return p ? { how: 'observed', verified: true, into: p.into } : undefined;
    }
    default:
      return undefined;
  }
}
