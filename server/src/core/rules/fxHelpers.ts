import type { FxNode, FxValue } from '../fx/model';

// Cheap per-node tests that let FX rules leave most nodes of a large graph before looking up
// their binding.

/** Whether one of the node's arguments (positional or keyword, not nested) is a `kind` value. */
export function hasTopLevel(node: FxNode, kind: FxValue['kind']): boolean {
  for (const v of node.args) if (v.kind === kind) return true;
  for (const k of node.kwargs) if (k.value.kind === kind) return true;
  return false;
}
