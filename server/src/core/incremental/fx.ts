import { runRules, type AnalysisResult, type AnalyzeOptions } from '../analyze';
import { FxAnalysis } from '../analysis/fxAnalysis';
import { nodeAt } from '../analysis/locate';
import type { Diagnostic } from '../diagnostics';
import { reparseStatementNode } from '../fx/code';
import type { Ctx } from '../fx/context';
import { skipSpaces } from '../fx/context';
import { bindBareArgs, detectLevel, isAtenTarget, type LevelHint } from '../fx/graph';
import { detectImportPath } from '../fx/importPath';
import { allGraphs, FxDocument, FxGraph, FxKwarg, FxNode, FxProvenance, FxValue, forEachValue } from '../fx/model';
import { parseNodeLine } from '../fx/strgraph';
import { isIdentChar } from '../fx/values';
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

/**
 * A node line that no longer parses. The full parser drops such a node (and reports the graph's
 * parse error there), so the model lacks it; this remembers where it goes back and who refers to
 * it, so that typing on through the broken state stays incremental.
 */
interface BrokenLine {
  graph: FxGraph;
  /** The node as the line last parsed (detached from the graph); unknown when the line was broken in a full parse. */
  node?: FxNode;
  index: number;
  users: FxNode[];
  /** The line's content, in the text of the version this belongs to. */
  lineStart: number;
  lineEnd: number;
  /**
   * Known only from a full parse, which reports a graph's first break only: once this line
   * parses, a later broken line may become the one reported.
   */
  fromParse?: boolean;
}

const brokenLines = new WeakMap<FxDocument, BrokenLine>();

/** The graph's one parse error as a broken line, when it is on a line that holds no node. */
function brokenFromParse(doc: FxDocument): BrokenLine | undefined {
  if (doc.diagnostics.length !== 1) return undefined;
  const at = doc.diagnostics[0].span.start;
  const t = doc.text;
  const lineStart = lineStartAt(t, at);
  const lineEnd = lineEndAt(t, at);
  let g: FxGraph | undefined;
  for (const x of allGraphs(doc)) if (x.span.start <= lineStart && lineEnd <= x.span.end) g = x;
  if (!g || nodeAt(g, skipSpaces(t, lineStart, lineEnd))) return undefined;
  // In code the break may be on a later line of a statement that spans several: only a line
  // that starts a statement (`name = ...` / `name: ...` after a line that does not continue) can
  // be parsed again on its own.
  if (g.format !== 'str-graph') {
    if (!/^[ \t]*[A-Za-z_]\w*[ \t]*[:=]/.test(t.slice(lineStart, lineEnd))) return undefined;
    // The code line above (past blanks and comments, which do not end a bracketed statement)
    // must be a whole node statement of its own.
    let q = lineStart;
    for (;;) {
      if (q === 0) return undefined;
      const ls = lineStartAt(t, q - 1);
      const le = lineEndAt(t, ls);
      const c = skipSpaces(t, ls, le);
      if (c < le && t.charCodeAt(c) !== 35) {
        const above = nodeAt(g, c);
        if (!above || above.span.start !== c || above.span.end > le) return undefined;
        break;
      }
      q = ls;
    }
  }
  // Where its node would go: after every node that starts before it.
  let lo = 0;
  let hi = g.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (g.nodes[mid].span.start < lineStart) lo = mid + 1;
    else hi = mid;
  }
  return { graph: g, index: lo, users: [], lineStart, lineEnd, fromParse: true };
}

/** Where the line holding offset `p` starts: after the previous `\n` or `\r` (the parser splits at both). */
function lineStartAt(t: string, p: number): number {
  let i = p;
  while (i > 0) {
    const c = t.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Where the content of the line holding offset `p` ends: at the next `\n` or `\r`. */
function lineEndAt(t: string, p: number): number {
  let i = p;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** Whether `name.` starts a word in text[from, to): a statement using the node as a method or attribute head. */
function headUseIn(t: string, name: string, from: number, to: number): boolean {
  const needle = name + '.';
  for (let i = t.indexOf(needle, from); i >= 0 && i < to; i = t.indexOf(needle, i + 1)) {
    if (i === 0 || !isIdentChar(t.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Reasons the one-line path gives before it changes anything, for which whole lines may still work. */
const TRY_LINES = new Set([
  'the edit inserts a line break',
  'the edit is not inside one node line',
  'the edit is not inside a node statement',
  'the edit renames the node or changes its op',
]);

/**
 * Documents known to hold no ANSI escape (the parser strips colour codes and maps offsets back, a
 * path the splices here do not follow). Known from one scan of the first version, then from each
 * edit's inserted text, so a keystroke does not rescan megabytes.
 */
const escapeFree = new WeakSet<FxDocument>();

export function reanalyzeFx(prev: AnalysisResult, text: string, change: TextChange, options: AnalyzeOptions): AnalysisResult | string {
  const doc = prev.fx?.doc;
  if (!doc) return 'no previous FX model';
  if (doc.text.length - change.oldEnd + change.newEnd !== text.length) return 'the change does not match the texts';
  if (!escapeFree.has(doc) && doc.text.indexOf('\x1b') >= 0) return 'ANSI colour codes';
  for (let p = change.start; p < change.newEnd; p++) if (text.charCodeAt(p) === 27) return 'ANSI colour codes';
  const line = reanalyzeLine(prev, text, change, options);
  const r = typeof line === 'string' && TRY_LINES.has(line) ? reanalyzeLines(prev, text, change, options, line) : line;
  if (typeof r !== 'string') escapeFree.add(r.fx!.doc);
  return r;
}

/** An edit inside one node line (the node may stop parsing, or parse again). */
function reanalyzeLine(prev: AnalysisResult, text: string, change: TextChange, options: AnalyzeOptions): AnalysisResult | string {
  const doc = prev.fx!.doc;
  const old = doc.text;
  const broken = brokenLines.get(doc) ?? brokenFromParse(doc);
  if (!broken && doc.diagnostics.length) return 'the previous version has a parse error';
  for (let p = change.start; p < change.newEnd; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return 'the edit inserts a line break';
  }

  // The graph and the line the edit is in, and the node that line holds (none while it is broken).
  let g: FxGraph;
  let node: FxNode | undefined;
  let lineStart: number;
  let lineEnd: number;
  let k: number;
  if (broken) {
    if (change.start < broken.lineStart || change.oldEnd > broken.lineEnd) return 'the previous version has a parse error elsewhere';
    ({ graph: g, lineStart, lineEnd, index: k } = broken);
  } else {
    // The innermost graph holding the edit.
    let inner: FxGraph | undefined;
    for (const x of allGraphs(doc)) if (x.span.start <= change.start && change.oldEnd <= x.span.end) inner = x;
    if (!inner) return 'the edit is outside every graph';
    g = inner;
    if (g.byName.size !== g.nodes.length) return 'the graph has duplicate node names';
    // The node whose line holds the edit (which may be in the indentation or trailing blanks).
    node = nodeAt(g, skipSpaces(old, lineStartAt(old, change.start), change.start));
    // str(graph) prints placeholders as node lines like any other; code forms declare them in the
    // forward signature, which is not one statement per node.
    if (!node || node.op === 'output' || (node.op === 'placeholder' && node.argStyle !== 'graph')) return 'the edit is not inside a node statement';
    lineStart = lineStartAt(old, node.span.start);
    lineEnd = lineEndAt(old, node.span.start);
    if (node.span.end > lineEnd || change.start < lineStart || change.oldEnd > lineEnd) return 'the edit is not inside one node line';
    if (skipSpaces(old, lineStart, lineEnd) !== node.span.start) return 'the node line has a prefix';
    for (const c of g.children) if (c.span.start <= change.oldEnd && change.start <= c.span.end) return 'the edit touches a nested graph';
    k = node.index;
  }
  // A `... graph():` header that is not at the start of its line is one only when the next line
  // starts with `%`: the first body line decides whether the graph exists.
  if (g.format === 'str-graph' && lineStart - g.headerSpan.end < 4096 && !/\S/.test(old.slice(g.headerSpan.end, lineStart).replace(/\r?\n|\r/, ''))) {
    return 'the edit is on the first line of a graph body';
  }
  // Indentation is structure (a dedent ends a code body or a nested graph): it must not change.
  const contentStart = skipSpaces(old, lineStart, lineEnd);
  if (change.start < contentStart || skipSpaces(text, lineStart, lineEnd + change.newEnd - change.oldEnd) !== contentStart) return 'the edit changes the indentation';
  // Only lines between the header and the return: the graph's extent and output stay put.
  if (g.output && k >= g.output.index) return 'the line is after the graph\'s return';
  const former = node ?? broken!.node;
  // str(graph) names a lowered child graph after the get_attr above it.
  if (former?.op === 'get_attr' && g.children.length) return 'the edit is in a get_attr of a graph with nested graphs';

  // Parse the line again: a node, or the reason it does not parse.
  const newLineEnd = lineEnd + change.newEnd - change.oldEnd;
  const at = skipSpaces(text, lineStart, newLineEnd);
  const whole = g;
  const knownBefore = { has: (name: string) => (whole.byName.get(name)?.index ?? Infinity) < k };
  let fresh: FxNode | undefined;
  // No node and no error: the statement now defines no node (the parser skips it silently).
  let lineError: { message: string; span: Span } | undefined;
  if (g.format === 'str-graph') {
    // A line that does not start with `%name` ends the graph for the parser: not a local change.
    if (text.charCodeAt(at) !== 37 || !/^%[A-Za-z_]/.test(text.slice(at, at + 2))) return 'the node line no longer starts with %name';
    const r = parseNodeLine(lineContext(text), g, at, newLineEnd);
    if ('op' in r) {
      fresh = r;
      bindBareArgs(fresh, knownBefore);
    } else lineError = r;
  } else if (g.format === 'print-readable' || g.format === 'code' || g.format === 'exported-program') {
    const r = reparseStatementNode(text, g, at, newLineEnd, knownBefore, former?.provenance);
    if (!r) return 'the edited statement runs onto the next line';
    if ('op' in r) fresh = r;
    else lineError = r.broken;
  } else return `incremental analysis does not cover ${g.format} dumps`;
  if (broken?.fromParse && !lineError) return 'the line with the parse error parses again';
  if (fresh && former && (fresh.name !== former.name || fresh.op !== former.op)) return 'the edit renames the node or changes its op';
  // In code, `name.method(...)` and `name.attr` parse as nodes only while `name` is a node: a
  // node that appears or disappears changes how later statements read.
  if (!node !== !fresh && g.format !== 'str-graph' && headUseIn(text, former!.name, newLineEnd, g.span.end + change.newEnd - change.oldEnd)) {
    return `later statements use ${former!.name} as a method or attribute head`;
  }

  // The level is read from names, ops and targets: only a new, gone or returning target can change it.
  const levelBefore = !node !== !fresh || (node && fresh && levelMayChange(g, node, fresh)) ? detectLevel(g) : undefined;
  // Diagnostics hold the model's own span objects, which are about to move: move copies first.
  // A parse error can only be this line's (checked above): it is recomputed below.
  const kept = prev.diagnostics.filter((x) => x.code !== 'parse-error').map((x) => mapDiagnostic(x, change));
  // From here on the previous model is changed in place; any later bail-out re-parses from text.
  shiftDocument(doc, node, change);
  const oldProducers = node ? producersOf(node, g, k) : [];
  for (const p of oldProducers) {
    const i = p.users.indexOf(node!);
    if (i >= 0) p.users.splice(i, 1);
  }
  const users = node ? node.users : broken!.users;
  if (fresh) {
    fresh.users = users;
    fresh.index = k;
    if (node) g.nodes[k] = fresh;
    else {
      g.nodes.splice(k, 0, fresh);
      renumber(g, k);
    }
    g.byName.set(fresh.name, fresh);
    // An insertion at the very end of the last node grows the graph (and its ancestors) with it.
    for (let x: FxGraph | undefined = g; x; x = x.parent) if (x.span.end < fresh.span.end) x.span.end = fresh.span.end;
    for (const p of producersOf(fresh, g, k)) insertUser(p, fresh);
  } else if (node) {
    if (k === g.nodes.length - 1) return 'the graph\'s last node stops parsing';
    g.nodes.splice(k, 1);
    renumber(g, k);
    g.byName.delete(node.name);
  }
  if (levelChanged(g, levelBefore)) return 'the edit changes the graph level';

  const parseError: Diagnostic | undefined = lineError && { code: 'parse-error', severity: 'error', message: lineError.message, span: lineError.span, fixes: [] };
  const newDoc: FxDocument = { text, graphs: doc.graphs, diagnostics: parseError ? [parseError] : [] };
  if (!fresh) brokenLines.set(newDoc, { graph: g, node: former, index: k, users, lineStart, lineEnd: newLineEnd, fromParse: broken?.fromParse });
  // The nodes whose diagnostics are recomputed: the node, its old and new producers with their
  // users, and its users (through getitem chains).
  const recheck = new Set<FxNode>(fresh ? [fresh] : []);
  // Users lists hold later nodes only; a node used before its definition (a damaged dump) has
  // users it does not list. Find them when the graph may have such uses or the node came or went.
  if (!node !== !fresh || mayUseBeforeDefinition(g)) for (const u of earlierUsers(g, former?.name ?? '', k)) recheck.add(u);
  if (fresh && refsAnyOrder(fresh, g).some((p) => p.index >= k)) forwardRefs.set(g, true);
  addNeighbourhood(recheck, [...oldProducers, ...(fresh ? refsAnyOrder(fresh, g) : []), ...(former ? refsAnyOrder(former, g) : [])], [users]);
  return recheckAndCompose(prev, newDoc, g, kept, recheck, { start: lineStart, end: newLineEnd }, parseError, 1, options);
}

/** Adds the producers with their users, and the users lists followed through getitem chains. */
function addNeighbourhood(recheck: Set<FxNode>, producers: FxNode[], userLists: FxNode[][]): void {
  for (const p of producers) {
    recheck.add(p);
    for (const u of p.users) recheck.add(u);
  }
  // A getitem's kind is its producer's: follow getitem users down to the nodes that consume them.
  const chain = [...userLists];
  const followed = new Set<FxNode>();
  while (chain.length) {
    for (const u of chain.pop()!) {
      recheck.add(u);
      if (u.op === 'call_function' && u.target === 'operator.getitem' && !followed.has(u)) {
        followed.add(u);
        chain.push(u.users);
      }
    }
  }
}

/**
 * Runs the rules over the re-checked nodes (visiting their direct neighbours too) and composes
 * the new diagnostics: the rules' on the re-checked nodes and the edited region, the previous
 * version's (moved) everywhere else.
 */
function recheckAndCompose(
  prev: AnalysisResult,
  newDoc: FxDocument,
  g: FxGraph,
  kept: Diagnostic[],
  recheck: Set<FxNode>,
  region: Span,
  parseError: Diagnostic | undefined,
  reparsed: number,
  options: AnalyzeOptions,
): AnalysisResult | string {
  const registry = options.registry ?? Registry.load();
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

  const anchors = [...recheck].map((n) => n.span);
  anchors.push(region);
  anchors.sort((a, b) => a.start - b.start);
  const inRecheck = (s: Span) => anchoredIn(anchors, s.start);
  const diagnostics: Diagnostic[] = [];
  for (const x of kept) if (!inRecheck(x.span)) diagnostics.push(x);
  for (const x of found) if (inRecheck(x.span)) diagnostics.push(x);
  if (parseError) diagnostics.push(parseError);
  diagnostics.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  return {
    language: 'fx',
    profile: prev.profile,
    diagnostics,
    fx: new FxAnalysis(newDoc, registry),
    incremental: { reused: true, reparsed, rechecked: recheck.size, visited: visit.size },
  };
}

/**
 * An edit over whole lines of a graph body: the node lines it touches are parsed again, and the
 * nodes they held are replaced by the ones they hold now (lines added, deleted, joined or split,
 * nodes renamed). Every line must parse; blank lines may come and go.
 */
function reanalyzeLines(prev: AnalysisResult, text: string, change: TextChange, options: AnalyzeOptions, lineReason: string): AnalysisResult | string {
  const doc = prev.fx!.doc;
  const old = doc.text;
  if (doc.diagnostics.length || brokenLines.get(doc)) return lineReason;
  change = slideLeft(old, text, change);
  const d = change.newEnd - change.oldEnd;
  const rs = lineStartAt(old, change.start);
  const re = lineEndAt(old, change.oldEnd);
  const ne = re + d;
  let found: FxGraph | undefined;
  for (const x of allGraphs(doc)) if (x.span.start <= rs && re <= x.span.end) found = x;
  if (!found) return lineReason;
  const g = found;
  if (g.format !== 'str-graph' && g.format !== 'print-readable' && g.format !== 'code' && g.format !== 'exported-program') return lineReason;
  if (g.byName.size !== g.nodes.length) return lineReason;
  if (!g.output) return lineReason;
  if (re >= g.output.span.start) return lineReason;
  for (const c of g.children) if (c.span.start <= re && rs <= c.span.end) return lineReason;

  // The nodes on the old lines: a run k .. k+m, after at least one node line of the same body.
  let k = 0;
  while (k < g.nodes.length && g.nodes[k].span.start < rs) k++;
  let m = 0;
  while (k + m < g.nodes.length && g.nodes[k + m].span.start <= re) m++;
  const before = g.nodes[k - 1];
  const removed = g.nodes.slice(k, k + m);
  for (const n of removed) if (n.span.end > re || n.op === 'output' || (n.op === 'placeholder' && g.format !== 'str-graph')) return lineReason;
  // The lines must sit in the body: after a node line (str(graph): not the first body line,
  // whose `%` can decide that the header is one), or, in code, replace statements.
  const anchor = g.format === 'str-graph' || !removed.length ? before : removed[0];
  if (!before || !anchor || (g.format !== 'str-graph' && anchor.op === 'placeholder')) return lineReason;
  const anchorLine = lineStartAt(old, anchor.span.start);
  const indent = old.slice(anchorLine, anchor.span.start);
  if (/\S/.test(indent)) return lineReason;
  // With nothing replaced, only blank lines may separate the new lines from the node above
  // (a comment there would give them its provenance).
  if (anchor === before && /\S/.test(old.slice(lineEndAt(old, before.span.end), rs))) return lineReason;
  // Every non-blank old line starts one of those nodes (no comment, header or continuation line).
  const starts = new Set(removed.map((n) => n.span.start));
  for (const [ls, le] of linesIn(old, rs, re)) {
    const p = skipSpaces(old, ls, le);
    if (p < le && !starts.has(p)) return lineReason;
  }

  // Parse the new lines.
  const added: FxNode[] = [];
  const names = new Set<string>();
  const goneNames = new Set(removed.map((n) => n.name));
  const knownNew = new Set<string>();
  const known = { has: (name: string) => knownNew.has(name) || (!goneNames.has(name) && (g.byName.get(name)?.index ?? Infinity) < k) };
  const provenance = removed[0]?.provenance ?? before.provenance;
  for (const [ls, le] of linesIn(text, rs, ne)) {
    const p = skipSpaces(text, ls, le);
    if (p >= le) continue;
    if (text.slice(ls, p) !== indent) return 'a line of the edit has another indentation';
    let n: FxNode | undefined;
    if (g.format === 'str-graph') {
      if (!/^%[A-Za-z_]/.test(text.slice(p, p + 2))) return 'a line of the edit is not a node line';
      const r = parseNodeLine(lineContext(text), g, p, le);
      if (!('op' in r)) return 'a line of the edit does not parse';
      n = r;
      bindBareArgs(n, known);
    } else {
      const r = reparseStatementNode(text, g, p, le, known, provenance);
      if (!r || !('op' in r)) return 'a line of the edit is not one node statement';
      n = r;
    }
    if (n.op === 'output' || n.op === 'placeholder' || names.has(n.name) || (g.byName.has(n.name) && !goneNames.has(n.name))) return 'the edit adds a duplicate name or a return';
    names.add(n.name);
    knownNew.add(n.name);
    added.push(n);
  }
  // str(graph) names a lowered child graph after the get_attr above it.
  if (g.children.length && [...removed, ...added].some((n) => n.op === 'get_attr')) return 'the edit touches a get_attr of a graph with nested graphs';
  const newNames = added.filter((n) => !goneNames.has(n.name)).map((n) => n.name);
  const lostNames = removed.filter((n) => !names.has(n.name)).map((n) => n.name);
  // In code, `name.method(...)` reads as a node only while `name` is one.
  if (g.format !== 'str-graph') for (const name of [...newNames, ...lostNames]) if (headUseIn(text, name, ne, g.span.end + d)) return `later statements use ${name} as a method or attribute head`;

  // The level depends on placeholders, ops and targets.
  const sig = (ns: FxNode[]) => ns.map((n) => `${n.op} ${n.target} ${n.op === 'placeholder' ? n.name : ''}`).sort().join('\n');
  const levelBefore = sig(removed) !== sig(added) ? detectLevel(g) : undefined;
  const kept = prev.diagnostics.map((x) => mapDiagnostic(x, change));
  // From here on the previous model is changed in place.
  shiftDocument(doc, undefined, change);
  const oldProducers: FxNode[] = [];
  for (const n of removed) {
    for (const p of producersOf(n, g, n.index)) {
      const i = p.users.indexOf(n);
      if (i >= 0) p.users.splice(i, 1);
      if (!removed.includes(p)) oldProducers.push(p);
    }
    g.byName.delete(n.name);
  }
  const oldUsers = new Map(removed.map((n) => [n.name, n.users.filter((u) => !removed.includes(u))]));
  g.nodes.splice(k, m, ...added);
  renumber(g, k);
  for (const n of added) g.byName.set(n.name, n);
  // Users: a kept name keeps its later users; a new name's are found by one pass over later nodes.
  for (const n of added) n.users = oldUsers.get(n.name) ?? [];
  if (newNames.length) {
    const fresh = new Map(added.filter((n) => newNames.includes(n.name)).map((n) => [n.name, n]));
    for (let i = k + added.length; i < g.nodes.length; i++) {
      const u = g.nodes[i];
      forEachValue(u, (v) => {
        const def = v.kind === 'ref' ? fresh.get(v.name) : undefined;
        if (def && def.users[def.users.length - 1] !== u) def.users.push(u);
      });
    }
  }
  for (const n of added) for (const p of producersOf(n, g, n.index)) insertUser(p, n);
  if (levelChanged(g, levelBefore)) return 'the edit changes the graph level';
  const last = added[added.length - 1];
  for (let x: FxGraph | undefined = g; x && last; x = x.parent) if (x.span.end < last.span.end) x.span.end = last.span.end;

  const newDoc: FxDocument = { text, graphs: doc.graphs, diagnostics: [] };
  const recheck = new Set<FxNode>(added);
  const dangling = lostNames.flatMap((name) => oldUsers.get(name) ?? []);
  for (const u of dangling) recheck.add(u);
  for (const name of [...newNames, ...lostNames, ...(mayUseBeforeDefinition(g) ? [...names] : [])]) for (const u of earlierUsers(g, name, k)) recheck.add(u);
  if (added.some((n) => refsAnyOrder(n, g).some((p) => p.index >= n.index))) forwardRefs.set(g, true);
  const producers = [...oldProducers, ...added.flatMap((n) => refsAnyOrder(n, g)), ...removed.flatMap((n) => refsAnyOrder(n, g))];
  addNeighbourhood(recheck, producers, [...added.map((n) => n.users), dangling]);
  return recheckAndCompose(prev, newDoc, g, kept, recheck, { start: rs, end: ne }, undefined, added.length, options);
}

/**
 * The same change moved as far left as it describes the same texts: a line inserted before a
 * line that starts like it (`    return`, `    # File:`) is one inserted after the line above,
 * which keeps the next line out of the edited lines.
 */
function slideLeft(old: string, text: string, c: TextChange): TextChange {
  let { start, oldEnd, newEnd } = c;
  for (;;) {
    if (start === 0) break;
    const ch = old.charCodeAt(start - 1);
    if (oldEnd > start && old.charCodeAt(oldEnd - 1) !== ch) break;
    if (newEnd > start && text.charCodeAt(newEnd - 1) !== ch) break;
    if (oldEnd === start && newEnd === start) break;
    start--;
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/** The lines of text[from, to] as [start, contentEnd) pairs (`\n`, `\r\n` and `\r` end a line). */
function linesIn(t: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let p = from;
  for (;;) {
    const e = lineEndAt(t, p);
    out.push([p, e]);
    if (e >= to || e >= t.length) break;
    p = t.charCodeAt(e) === 13 && t.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  return out;
}

/**
 * Work the first incremental edit of an analysis would pay (a scan of every graph), done ahead:
 * the server calls it while idle after publishing.
 */
export function prepareFxEdits(result: AnalysisResult): void {
  if (result.fx) for (const g of result.fx.doc.graphs) mayUseBeforeDefinition(g);
}

/** Per graph: whether some node may refer to a node defined after it (kept up to date by edits). */
const forwardRefs = new WeakMap<FxGraph, boolean>();

function mayUseBeforeDefinition(g: FxGraph): boolean {
  let known = forwardRefs.get(g);
  if (known === undefined) {
    known = false;
    for (const n of g.nodes) {
      forEachValue(n, (v) => {
        if (v.kind === 'ref' && (g.byName.get(v.name)?.index ?? -1) >= n.index) known = true;
      });
      if (known) break;
    }
    forwardRefs.set(g, known);
  }
  return known;
}

/** The nodes before position `k` that refer to `name`. */
function earlierUsers(g: FxGraph, name: string, k: number): FxNode[] {
  const out: FxNode[] = [];
  if (!name) return out;
  for (let i = 0; i < k && i < g.nodes.length; i++) {
    const n = g.nodes[i];
    let hit = false;
    forEachValue(n, (v) => {
      if (v.kind === 'ref' && v.name === name) hit = true;
    });
    if (hit) out.push(n);
  }
  return out;
}

/** Positions after a node was inserted or removed at `from`. */
function renumber(g: FxGraph, from: number): void {
  const nodes = g.nodes;
  for (let i = from; i < nodes.length; i++) nodes[i].index = i;
}

/**
 * Whether replacing `before` by `after` (same name and op) can change what detectLevel finds: a
 * placeholder's target counts only through `L_` prefixes; a call's target through its class
 * (ATen overload, torch-level callable, other) and when the level's reason quotes it.
 */
function levelMayChange(g: FxGraph, before: FxNode, after: FxNode): boolean {
  if (before.target === after.target) return false;
  if (before.op === 'placeholder') return /^L_/.test(before.target) || /^L_/.test(after.target);
  if (before.op !== 'call_function') return false;
  const kind = (t: string) => (isAtenTarget(t) ? 'aten' : t.startsWith('torch.') && !t.startsWith('torch.ops.') ? 'torch' : 'other');
  return kind(before.target) !== kind(after.target) || g.levelReason.includes(before.target) || g.levelReason.includes(after.target);
}

/**
 * After a splice: whether the graph's level changed (then only a full analysis is right), given
 * detectLevel's answer from before it. A level read from the content is re-read (its reason may
 * quote a new target); one from a header cannot change.
 */
function levelChanged(g: FxGraph, before: LevelHint | undefined): boolean {
  if (!before) return false;
  // The import path is read from placeholder names, which the same edits can change.
  if (g.importPath !== undefined && detectImportPath(g).path !== g.importPath) return true;
  if (before.level !== g.level || before.reason !== g.levelReason) return false;
  const after = detectLevel(g);
  if (after.level !== g.level) return true;
  setLevelReason(g, after.reason);
  return false;
}

/** A node-line parse context: parseNodeLine reads only the text. */
function lineContext(text: string): Ctx {
  return { text, lines: { count: 0, raw: new Int32Array(0), start: new Int32Array(0), end: new Int32Array(0) }, diagnostics: [], broken: new Set() };
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
function shiftDocument(doc: FxDocument, edited: FxNode | undefined, c: TextChange): void {
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
      // Entries keep their own spans (rules point at `persistent=False` there).
      for (const input of g.signature.inputs) if (input.span && input.span !== g.signature.span) moveSpan(input.span, c);
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
