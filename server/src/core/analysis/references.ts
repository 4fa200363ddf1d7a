import { allGraphs, FxDocument, FxGraph, FxNode, forEachValue } from '../fx/model';
import type { Span } from '../text';
import { fxHitAt, nodeAt } from './locate';

// Every place a node name is written in an FX graph: its definition(s), its uses as arguments
// (`%x` in str(graph), bare `x` in code form and return lines), the `;  x = None` frees code form
// appends, and the `x: PARAMETER` rows of an exported program's graph signature. Spans cover the
// name only (no `%` sigil), so an edit replacing them renames in the dump's own syntax.

export type FxOccurrenceKind = 'definition' | 'use' | 'free' | 'signature';

export interface FxOccurrence {
  kind: FxOccurrenceKind;
  span: Span;
  /** The node whose statement holds the occurrence (undefined for signature rows). */
  node?: FxNode;
}

export interface FxSymbol {
  name: string;
  graph: FxGraph;
  /** The span of the name under the cursor. */
  span: Span;
}

const inside = (s: Span, o: number) => o >= s.start && o <= s.end;

/** A reference's span without its `%` sigil. */
function nameOnly(text: string, s: Span): Span {
  return text.charCodeAt(s.start) === 37 /* % */ ? { start: s.start + 1, end: s.end } : s;
}

/** The `;  a = b = None` frees at the end of a code-form statement, one span per name. */
export function freesOf(text: string, node: FxNode): { name: string; span: Span }[] {
  if (node.argStyle !== 'code') return [];
  const stmt = text.slice(node.span.start, node.span.end);
  const semi = stmt.lastIndexOf(';');
  if (semi < 0) return [];
  const tail = stmt.slice(semi + 1);
  if (!/^\s*(?:[A-Za-z_][A-Za-z0-9_]*\s*=\s*)+None\s*$/.test(tail)) return [];
  const out: { name: string; span: Span }[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)\s*=/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tail))) {
    const start = node.span.start + semi + 1 + m.index;
    out.push({ name: m[1], span: { start, end: start + m[1].length } });
  }
  return out;
}

/** The `name: KIND ...` rows of a graph signature (2.2+ text form) and `name='x'` arguments of older forms. */
function signatureOccurrences(text: string, g: FxGraph, name: string): FxOccurrence[] {
  const sig = g.signature;
  if (!sig) return [];
  const body = text.slice(sig.span.start, sig.span.end);
  const out: FxOccurrence[] = [];
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = new RegExp(`^([ \\t]*)(${esc}):[ \\t]*[A-Z_]+\\b`, 'gm');
  const arg = new RegExp(`\\bname=(['"])(${esc})\\1`, 'g');
  let m: RegExpExecArray | null;
  while ((m = row.exec(body))) {
    const start = sig.span.start + m.index + m[1].length;
    out.push({ kind: 'signature', span: { start, end: start + name.length } });
  }
  while ((m = arg.exec(body))) {
    const start = sig.span.start + m.index + 'name='.length + 1;
    out.push({ kind: 'signature', span: { start, end: start + name.length } });
  }
  return out;
}

/** Every occurrence of `name` in `graph`, in text order. */
export function fxOccurrences(text: string, graph: FxGraph, name: string): FxOccurrence[] {
  const out: FxOccurrence[] = [];
  for (const n of graph.nodes) {
    if (n.op !== 'output' && n.name === name) out.push({ kind: 'definition', span: n.nameSpan, node: n });
    forEachValue(n, (v) => {
      if (v.kind === 'ref' && v.name === name) out.push({ kind: 'use', span: nameOnly(text, v.span), node: n });
    });
    for (const f of freesOf(text, n)) if (f.name === name) out.push({ kind: 'free', span: f.span, node: n });
  }
  out.push(...signatureOccurrences(text, graph, name));
  // Placeholders of code form may be written before other nodes' text; keep text order, no duplicates.
  out.sort((a, b) => a.span.start - b.span.start);
  return out.filter((o, i) => i === 0 || o.span.start !== out[i - 1].span.start);
}

/** The node name under the cursor: on a definition, a use, a free or a signature row. */
export function fxSymbolAt(doc: FxDocument, offset: number): FxSymbol | undefined {
  const hit = fxHitAt(doc, offset);
  if (hit?.kind === 'name' && hit.node.op !== 'output') return { name: hit.node.name, graph: hit.graph, span: hit.node.nameSpan };
  if (hit?.kind === 'ref') return { name: hit.name, graph: hit.graph, span: nameOnly(doc.text, hit.span) };
  const graphs = allGraphs(doc).filter((g) => inside(g.span, offset) || (g.signature && inside(g.signature.span, offset)));
  for (let i = graphs.length - 1; i >= 0; i--) {
    const g = graphs[i];
    // Code-form placeholders: the name may sit on an alias line (`l_x_ = L_x_`) outside the node's span.
    for (const n of g.nodes) {
      if (n.op === 'placeholder' && inside(n.nameSpan, offset)) return { name: n.name, graph: g, span: n.nameSpan };
    }
    const node = nodeAt(g, offset);
    if (node) {
      for (const f of freesOf(doc.text, node)) if (inside(f.span, offset)) return { name: f.name, graph: g, span: f.span };
    }
    if (g.signature && inside(g.signature.span, offset)) {
      const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
      const m = /^[ \t]*([A-Za-z_][A-Za-z0-9_]*):[ \t]*[A-Z_]+\b/.exec(doc.text.slice(lineStart, lineStart + 400));
      if (m) {
        const start = lineStart + m[0].indexOf(m[1]);
        const s = { start, end: start + m[1].length };
        if (inside(s, offset) && g.byName.has(m[1])) return { name: m[1], graph: g, span: s };
      }
    }
  }
  return undefined;
}

/** The node(s) defining `name` in the graph (more than one for duplicate definitions). */
export function fxDefinitions(graph: FxGraph, name: string): FxNode[] {
  return graph.nodes.filter((n) => n.op !== 'output' && n.name === name);
}

const PY_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '),
);

const RESERVED = new Set(['self', 'torch', 'operator', 'builtins']);

/** Why `newName` cannot replace `oldName` in `graph`, or undefined when it can. */
export function fxRenameProblem(graph: FxGraph, oldName: string, newName: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(newName)) return `'${newName}' is not a valid FX node name (a Python identifier: letters, digits and _, not starting with a digit).`;
  if (PY_KEYWORDS.has(newName)) return `'${newName}' is a Python keyword and cannot name a node.`;
  if (RESERVED.has(newName)) return `'${newName}' is used by the generated code itself and cannot name a node.`;
  if (newName !== oldName && graph.byName.has(newName)) return `'${newName}' is already the name of a node in ${graph.name}.`;
  return undefined;
}
