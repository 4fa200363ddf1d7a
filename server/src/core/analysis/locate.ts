import { allGraphs, FxDocument, FxGraph, FxNode, forEachValue, FxValue } from '../fx/model';
import type { Span } from '../text';

// What sits under the cursor in an FX document: a node's name, its target, or a reference.

export type FxHit =
  | { kind: 'name'; node: FxNode; graph: FxGraph; span: Span }
  | { kind: 'target'; node: FxNode; graph: FxGraph; span: Span }
  | { kind: 'ref'; node: FxNode; graph: FxGraph; span: Span; name: string; def?: FxNode };

const inside = (s: Span, o: number) => o >= s.start && o <= s.end;

/** Graphs whose span contains the offset, innermost last. */
function graphsAt(doc: FxDocument, offset: number): FxGraph[] {
  return allGraphs(doc).filter((g) => inside(g.span, offset));
}

export function fxHitAt(doc: FxDocument, offset: number): FxHit | undefined {
  const graphs = graphsAt(doc, offset);
  for (let gi = graphs.length - 1; gi >= 0; gi--) {
    const g = graphs[gi];
    const node = nodeAt(g, offset);
    if (!node) continue;
    if (inside(node.nameSpan, offset)) return { kind: 'name', node, graph: g, span: node.nameSpan };
    if (inside(node.targetSpan, offset) && node.op !== 'output') return { kind: 'target', node, graph: g, span: node.targetSpan };
    let hit: FxHit | undefined;
    forEachValue(node, (v: FxValue) => {
      if (!hit && v.kind === 'ref' && inside(v.span, offset)) hit = { kind: 'ref', node, graph: g, span: v.span, name: v.name, def: g.byName.get(v.name) };
    });
    if (hit) return hit;
  }
  return undefined;
}

/** Binary search over a graph's nodes, which are in text order. */
export function nodeAt(g: FxGraph, offset: number): FxNode | undefined {
  let lo = 0;
  let hi = g.nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = g.nodes[mid];
    if (offset < n.span.start) hi = mid - 1;
    else if (offset > n.span.end) lo = mid + 1;
    else return n;
  }
  // Nodes may not be strictly ordered (1.8 header placeholders); fall back to a scan.
  return g.nodes.find((n) => inside(n.span, offset));
}
