import { runRules, type AnalysisResult, type AnalyzeOptions } from '../analyze';
import { FxAnalysis } from '../analysis/fxAnalysis';
import { nodeAt } from '../analysis/locate';
import type { Diagnostic } from '../diagnostics';
import { reparseStatementNode } from '../fx/code';
import type { Ctx } from '../fx/context';
import { skipSpaces } from '../fx/context';
import { bindBareArgs, detectLevel } from '../fx/graph';
import { allGraphs, FxDocument, FxGraph, FxKwarg, FxNode, FxProvenance, FxValue, forEachValue } from '../fx/model';
import { parseNodeLine } from '../fx/strgraph';
import { Registry } from '../registry/registry';
import { ALL_RULES } from '../rules/index';
import type { Span } from '../text';
import { mapDiagnostic, mapOffset, type TextChange } from './change';

// Incremental FX: an edit inside one node's line re-parses that line, splices the node into the
// graph (same name, same op), moves every later span by the edit's length, and re-runs the rules
// on the nodes whose diagnostics can depend on the edited one. Everything else is kept.
//
// Which nodes can change: a node's diagnostics depend on the node, its producers (their kinds,
// through chains of getitem) and its users (get_attr / placeholder checks look at them). So the
// edited node, its old and new producers, its users (and users of getitem users), and the other
// users of its producers (a producer's users list changed). The rules visit those and their
// direct neighbours, so a diagnostic a rule reports on a neighbour of the node it visits is seen.

export function reanalyzeFx(prev: AnalysisResult, text: string, change: TextChange, options: AnalyzeOptions): AnalysisResult | string {
  const fx = prev.fx;
  if (!fx) return 'no previous FX model';
  const doc = fx.doc;
  const old = doc.text;
  if (old.length - change.oldEnd + change.newEnd !== text.length) return 'the change does not match the texts';
  if (doc.diagnostics.length) return 'the previous version has a parse error';
  if (text.indexOf('\x1b') >= 0 || old.indexOf('\x1b') >= 0) return 'ANSI colour codes';
  for (let p = change.start; p < change.newEnd; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return 'the edit inserts a line break';
  }

  // The innermost graph holding the edit, and the node whose line holds it.
  let g: FxGraph | undefined;
  for (const x of allGraphs(doc)) if (x.span.start <= change.start && change.oldEnd <= x.span.end) g = x;
  if (!g) return 'the edit is outside every graph';
  if (g.byName.size !== g.nodes.length) return 'the graph has duplicate node names';
  // The node whose line holds the edit (which may be in the indentation or trailing blanks).
  const editLine = old.lastIndexOf('\n', change.start - 1) + 1;
  const node = nodeAt(g, skipSpaces(old, editLine, change.start));
  // str(graph) prints placeholders as node lines like any other; code forms declare them in the
  // forward signature, which is not one statement per node.
  if (!node || node.op === 'output' || (node.op === 'placeholder' && node.argStyle !== 'graph')) return 'the edit is not inside a node statement';
  const lineStart = old.lastIndexOf('\n', node.span.start - 1) + 1;
  let lineEnd = old.indexOf('\n', node.span.start);
  if (lineEnd < 0) lineEnd = old.length;
  if (old.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  if (node.span.end > lineEnd || change.start < lineStart || change.oldEnd > lineEnd) return 'the edit is not inside one node line';
  if (skipSpaces(old, lineStart, lineEnd) !== node.span.start) return 'the node line has a prefix';
  for (const c of g.children) if (c.span.start <= change.oldEnd && change.start <= c.span.end) return 'the edit touches a nested graph';
  // str(graph) names a lowered child graph after the get_attr above it.
  if (node.op === 'get_attr' && g.children.length) return 'the edit is in a get_attr of a graph with nested graphs';

  const d = change.newEnd - change.oldEnd;
  const newLineEnd = lineEnd + d;
  const k = node.index;
  const whole = g;
  const knownBefore = { has: (name: string) => (whole.byName.get(name)?.index ?? Infinity) < k };
  let fresh: FxNode | undefined;
  if (node.argStyle === 'graph' && g.format === 'str-graph') {
    if (text.charCodeAt(node.span.start) !== 37) return 'the node line no longer starts with %';
    const ctx: Ctx = { text, lines: { count: 0, raw: new Int32Array(0), start: new Int32Array(0), end: new Int32Array(0) }, diagnostics: [], broken: new Set() };
    const r = parseNodeLine(ctx, g, node.span.start, newLineEnd);
    if (!('op' in r)) return 'the edited line does not parse';
    fresh = r;
    bindBareArgs(fresh, knownBefore);
  } else if (node.argStyle === 'code') {
    fresh = reparseStatementNode(text, g, node.span.start, newLineEnd, knownBefore, node.provenance);
    if (!fresh) return 'the edited statement does not parse as one node';
    fresh.provenance = node.provenance;
  } else return `incremental analysis does not cover ${g.format} dumps`;
  if (fresh.name !== node.name || fresh.op !== node.op) return 'the edit renames the node or changes its op';
  fresh.index = k;

  // The level is read from names, ops and targets: only a new target can change it.
  const levelBefore = fresh.target !== node.target ? detectLevel(g) : undefined;
  // Diagnostics hold the model's own span objects, which are about to move: move copies first.
  const kept = prev.diagnostics.map((x) => mapDiagnostic(x, change));
  // From here on the previous model is changed in place; any later bail-out re-parses from text.
  shiftDocument(doc, node, change);
  const oldProducers = producersOf(node, g, k);
  for (const p of oldProducers) {
    const i = p.users.indexOf(node);
    if (i >= 0) p.users.splice(i, 1);
  }
  fresh.users = node.users;
  g.nodes[k] = fresh;
  g.byName.set(fresh.name, fresh);
  // An insertion at the very end of the last node grows the graph (and its ancestors) with it.
  for (let x: FxGraph | undefined = g; x; x = x.parent) if (x.span.end < fresh.span.end) x.span.end = fresh.span.end;
  const newProducers = producersOf(fresh, g, k);
  for (const p of newProducers) insertUser(p, fresh);
  // A level read from the graph's content may change with it; one from a header cannot.
  if (levelBefore && levelBefore.level === g.level && levelBefore.reason === g.levelReason) {
    const after = detectLevel(g);
    if (after.level !== g.level) return 'the edit changes the graph level';
    setLevelReason(g, after.reason);
  }

  const newDoc: FxDocument = { text, graphs: doc.graphs, diagnostics: [] };
  const registry = options.registry ?? Registry.load();

  // The nodes whose diagnostics are recomputed, and the ones the rules visit to do it.
  const recheck = new Set<FxNode>([fresh]);
  for (const p of [...oldProducers, ...refsAnyOrder(fresh, g), ...refsAnyOrder(node, g)]) {
    recheck.add(p);
    for (const u of p.users) recheck.add(u);
  }
  // A getitem's kind is its producer's: follow getitem users down to the nodes that consume them.
  const chain = [fresh];
  const followed = new Set<FxNode>(chain);
  while (chain.length) {
    for (const u of chain.pop()!.users) {
      recheck.add(u);
      if (u.op === 'call_function' && u.target === 'operator.getitem' && !followed.has(u)) {
        followed.add(u);
        chain.push(u);
      }
    }
  }
  const visit = new Set<FxNode>(recheck);
  for (const n of recheck) {
    for (const p of refsAnyOrder(n, g)) visit.add(p);
    for (const u of n.users) visit.add(u);
  }

  const view = viewOf(newDoc, g, visit);
  const focus = new FxAnalysis(view, registry);
  const found: Diagnostic[] = [];
  runRules(ALL_RULES, options, prev.profile, registry, found, (rule, ctx) => rule.checkFx?.(focus, ctx));
  if (found.some((x) => x.code === 'internal-error')) return 'a rule crashed on the edited nodes';

  const anchors = [...recheck].map((n) => n.span).sort((a, b) => a.start - b.start);
  const inRecheck = (s: Span) => anchoredIn(anchors, s.start);
  const diagnostics: Diagnostic[] = [];
  for (const x of kept) if (!inRecheck(x.span)) diagnostics.push(x);
  for (const x of found) if (inRecheck(x.span)) diagnostics.push(x);
  diagnostics.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);

  return {
    language: 'fx',
    profile: prev.profile,
    diagnostics,
    fx: new FxAnalysis(newDoc, registry),
    incremental: { reused: true, reparsed: 1, rechecked: recheck.size, visited: visit.size },
  };
}

/** A graph's level reason, and the inherited `nested in ...` reasons of its nested graphs. */
function setLevelReason(g: FxGraph, reason: string): void {
  const before = `nested in ${g.name} (${g.levelReason})`;
  g.levelReason = reason;
  for (const c of g.children) if (c.levelReason === before) setLevelReason(c, `nested in ${g.name} (${reason})`);
}

/** Whether `offset` falls inside one of the (start-sorted) spans. */
function anchoredIn(spans: Span[], offset: number): boolean {
  for (const s of spans) {
    if (s.start > offset) break;
    if (offset <= s.end) return true;
  }
  return false;
}

/** The earlier nodes `n` refers to: the ones whose users list holds `n` (as finishGraph builds it). */
function producersOf(n: FxNode, g: FxGraph, index: number): FxNode[] {
  const out: FxNode[] = [];
  forEachValue(n, (v) => {
    if (v.kind !== 'ref') return;
    const def = g.byName.get(v.name);
    if (def && def.index < index && def !== n && !out.includes(def)) out.push(def);
  });
  return out;
}

/** Every node `n` refers to, wherever it is defined (use-before-definition included). */
function refsAnyOrder(n: FxNode, g: FxGraph): FxNode[] {
  const out: FxNode[] = [];
  forEachValue(n, (v) => {
    if (v.kind !== 'ref') return;
    const def = g.byName.get(v.name);
    if (def && !out.includes(def)) out.push(def);
  });
  return out;
}

/** Adds `user` to `p.users`, which is in graph order. */
function insertUser(p: FxNode, user: FxNode): void {
  const u = p.users;
  if (u.includes(user)) return;
  let i = u.length;
  while (i > 0 && u[i - 1].index > user.index) i--;
  u.splice(i, 0, user);
}

/**
 * The document as the rules see it for a re-check: every graph keeps its properties (level,
 * signature, output, name table), but holds only the nodes to visit.
 */
function viewOf(doc: FxDocument, edited: FxGraph, visit: Set<FxNode>): FxDocument {
  const nodes = [...visit].filter((n) => n.graph === edited).sort((a, b) => a.index - b.index);
  const mirror = (g: FxGraph, parent?: FxGraph): FxGraph => {
    const v: FxGraph = { ...g, nodes: g === edited ? nodes : [], parent, children: [] };
    v.children = g.children.map((c) => mirror(c, v));
    return v;
  };
  return { text: doc.text, graphs: doc.graphs.map((g) => mirror(g)), diagnostics: [] };
}

// ---- Moving spans after the edit ----
// Every node after the edited line moves by the edit's length: on a 100k-node dump that is over a
// million span objects, so this is written as plain loops. Within a node only the top-level spans
// can be one object used twice (a placeholder's name is its target; `return` is both), values and
// keyword arguments always have their own; a provenance comment is shared by the nodes after it.

/** Moves every span at or after the edit by its length; the edited node is replaced, not moved. */
function shiftDocument(doc: FxDocument, edited: FxNode, c: TextChange): void {
  const d = c.newEnd - c.oldEnd;
  if (d === 0) return;
  let lastProvenance: FxProvenance | undefined;
  const movedSignatures = new Set<object>();
  for (const g of allGraphs(doc)) {
    moveSpan(g.span, c);
    if (g.headerSpan !== g.span) moveSpan(g.headerSpan, c);
    if (g.signature && !movedSignatures.has(g.signature)) {
      movedSignatures.add(g.signature);
      moveSpan(g.signature.span, c);
    }
    const nodes = g.nodes;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n === edited || n.span.start < c.oldEnd) continue;
      const pv = n.provenance;
      if (pv && pv !== lastProvenance) {
        // It may sit before the edit (shared with the edited node): move it by the map, once.
        lastProvenance = pv;
        moveSpan(pv.span, c);
        moveSpan(pv.locationSpan, c);
      }
      shiftNode(n, d);
    }
  }
}

function moveSpan(s: Span, c: TextChange): void {
  s.start = mapOffset(s.start, c);
  s.end = mapOffset(s.end, c);
}

function bump(s: Span, d: number): void {
  s.start += d;
  s.end += d;
}

function shiftNode(n: FxNode, d: number): void {
  const span = n.span;
  bump(span, d);
  const name = n.nameSpan;
  if (name !== span) bump(name, d);
  const target = n.targetSpan;
  if (target !== span && target !== name) bump(target, d);
  const args = n.argsSpan;
  if (args && args !== span && args !== name && args !== target) bump(args, d);
  if (n.type) bump(n.type.span, d);
  for (let i = 0; i < n.args.length; i++) shiftValue(n.args[i], d);
  shiftKwargs(n.kwargs, d);
}

function shiftKwargs(kw: FxKwarg[], d: number): void {
  for (let i = 0; i < kw.length; i++) {
    const k = kw[i];
    bump(k.nameSpan, d);
    bump(k.span, d);
    shiftValue(k.value, d);
  }
}

function shiftValue(v: FxValue, d: number): void {
  bump(v.span, d);
  switch (v.kind) {
    case 'list':
    case 'tuple':
      for (let i = 0; i < v.items.length; i++) shiftValue(v.items[i], d);
      break;
    case 'dict':
      for (let i = 0; i < v.entries.length; i++) {
        bump(v.entries[i].keySpan, d);
        shiftValue(v.entries[i].value, d);
      }
      break;
    case 'call':
      for (let i = 0; i < v.args.length; i++) shiftValue(v.args[i], d);
      shiftKwargs(v.kwargs, d);
      break;
  }
}
