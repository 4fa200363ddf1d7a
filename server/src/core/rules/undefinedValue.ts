import { allGraphs, FxGraph, FxNode, FxValue, forEachValue } from '../fx/model';
import type { Rule } from './rule';

// A node reference (`%name`, or a name in a return line) that no node of the graph defines, or
// that is used before its definition.

/** Dumps edited by hand (`...`, `### ... Omit part ... ###`) elide nodes on purpose. */
function isElided(text: string, g: FxGraph): boolean {
  // Only lines holding `...` can be elision marks: find them with indexOf, test just those lines.
  for (let at = text.indexOf('...', g.span.start); at >= 0 && at < g.span.end; at = text.indexOf('...', at + 3)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    if (/^[ \t]*(\.\.\.|#+[ \t]*\.\.\..*)[ \t\r]*$/.test(text.slice(lineStart, lineEnd))) return true;
  }
  return false;
}

export const undefinedValue: Rule = {
  id: 'undefined-value',
  description: 'A value used but never defined in its graph.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    // The doc's graphs may be views holding only the nodes near an edit (incremental analysis):
    // positions and definitions come from each node's own graph.
    for (const g of allGraphs(a.doc)) {
      if (g.nodes.length === 0 || isElided(a.doc.text, g)) continue;
      const whole = g.nodes[0].graph;
      // Where each name is first defined. With no duplicate names (the usual case) that is the
      // one definition's own position, so the 100k-entry map is only built for graphs that need it.
      let firstDef: Map<string, number> | undefined;
      if (whole.byName.size !== whole.nodes.length) {
        firstDef = new Map();
        whole.nodes.forEach((n, i) => firstDef!.has(n.name) || firstDef!.set(n.name, i));
      }
      // One visitor per graph (not a closure per node): it reads the node being walked from `node`.
      let node: FxNode;
      const visit = (v: FxValue) => {
        if (v.kind !== 'ref') return;
        const def = whole.byName.get(v.name);
        if (!def) {
          ctx.report({ span: v.span, message: `${v.name} is not defined in ${g.name === 'graph' ? 'this graph' : g.name}.` });
        } else if ((firstDef ? (firstDef.get(v.name) ?? 0) : def.index) > node.index) {
          ctx.report({ span: v.span, message: `${v.name} is used by ${node.name} before its definition.`, related: [{ span: def.nameSpan, message: 'defined here' }] });
        }
      };
      for (node of g.nodes) forEachValue(node, visit);
    }
  },
  checkMlir(m, ctx) {
    const what = { value: 'value', block: 'block', symbol: 'symbol', alias: 'alias', resource: 'resource' } as const;
    for (const u of m.scope.undefinedUses) {
      // A resource without data parses and lowers: missing-resource-data says what is lost.
      if (u.kind === 'resource') continue;
      ctx.report({ span: u.span, message: `${u.name}: undefined ${what[u.kind]}${u.kind === 'value' ? ' (no definition in this region or an enclosing one that is not isolated from above)' : ''}.` });
    }
  },
};
