import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { FxDocument, FxGraph, FxNode, OpKind } from '../core/fx/model';
import type { MlirDocument, MlirLocNode, MlirOp } from '../core/mlir/model';
import type { Span } from '../core/text';
import type { Analyzed } from '../documents';
import { mlirDocumentOf } from './mlirSupport';

// Document symbols (Outline, breadcrumbs, Go to Symbol): each FX graph (and nested graph) with its
// nodes, grouped by the source line of their `# File:` provenance; for MLIR, modules and functions
// with their ops grouped by `loc(...)` source location.

export type OutlineKind = 'graph' | 'class' | 'group' | 'node' | 'module' | 'function' | 'op';

export interface OutlineItem {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** For FX nodes: the node's op, which picks the icon. */
  op?: OpKind;
  /** Whole extent (contains selection and every child). */
  span: Span;
  selection: Span;
  children: OutlineItem[];
}

const union = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

function fxNodeItem(n: FxNode): OutlineItem {
  return {
    name: n.name,
    detail: n.op === 'placeholder' ? 'placeholder' + (n.type ? `: ${n.type.text}` : '') : n.op === 'call_function' || n.op === 'call_method' ? n.target : `${n.op} ${n.target}`,
    kind: 'node',
    op: n.op,
    span: union(n.span, n.nameSpan),
    selection: n.nameSpan,
    children: [],
  };
}

// On a huge file an outline of every node is megabytes of JSON that the editor re-requests after
// each keystroke, and no one scrolls it. So the outline has a size budget: graphs, classes and
// functions always; then groups of consecutive nodes by source location (`# File:` comments,
// MLIR `loc`s), made coarser (source line → function → file → runs of nodes) until they fit;
// and nodes only inside groups that are small, while the budget lasts. Every node stays
// findable through workspace symbols.

/** Outline entries per document, roughly: ~150 bytes of JSON each. */
export const OUTLINE_BUDGET = 2000;
/** A group lists its nodes only when it has at most this many. */
const FEW = 100;
/** Sections a run of ungroupable nodes is cut into when even whole files are too many groups. */
const SECTIONS = 100;

interface Budget {
  left: number;
}

/** How a leaf (a node or an op) is grouped at each level of coarseness, or not at all. */
interface GroupKey {
  key: string;
  name: string;
  detail?: string;
  span: Span;
  selection: Span;
}

interface Leaf<T> {
  x: T;
  span: Span;
}

/** How leaves group at each level of coarseness (0: finest). */
interface Grouping<T> {
  /** Whether `x` belongs to a group at all at this level. */
  grouped(level: number, x: T): boolean;
  /** Whether two grouped leaves belong to the same group at this level. */
  same(level: number, a: T, b: T): boolean;
  /** The group of a grouped leaf, built once per run. */
  key(level: number, x: T): GroupKey;
}

const LEVELS = 3;

/**
 * The children of a container: leaves in consecutive runs of the same group, at the finest
 * level whose entries fit the budget (else in sections), with a group's leaves listed only when
 * few. `item` builds a leaf's entry.
 */
function budgetedChildren<T>(leaves: Leaf<T>[], grouping: Grouping<T>, item: (x: T) => OutlineItem, budget: Budget): OutlineItem[] {
  type Run = { key?: GroupKey; members: Leaf<T>[] };
  /** The runs at `level`, or undefined once there are more than `limit`. */
  const runsAt = (level: number, limit: number): Run[] | undefined => {
    const runs: Run[] = [];
    let cur: Run | undefined;
    for (const l of leaves) {
      if (!grouping.grouped(level, l.x)) {
        cur = undefined;
        runs.push({ members: [l] });
      } else if (cur && grouping.same(level, cur.members[0].x, l.x)) cur.members.push(l);
      else {
        cur = { key: grouping.key(level, l.x), members: [l] };
        runs.push(cur);
      }
      if (runs.length > limit) return undefined;
    }
    return runs;
  };
  let runs: Run[] | undefined;
  for (let level = 0; !runs && level < LEVELS; level++) runs = runsAt(level, budget.left);
  if (!runs) {
    // Sections of consecutive leaves, named by their first and last.
    const size = Math.ceil(leaves.length / Math.max(1, Math.min(SECTIONS, budget.left)));
    runs = [];
    for (let i = 0; i < leaves.length; i += size) {
      const members = leaves.slice(i, i + size);
      const first = item(members[0].x);
      const last = item(members[members.length - 1].x);
      runs.push({ key: { key: `#${i}`, name: `${first.name} … ${last.name}`, detail: `${members.length} entries`, span: union(members[0].span, members[members.length - 1].span), selection: first.selection }, members });
    }
  }
  budget.left -= runs.length;
  const everything = leaves.length <= budget.left;
  const out: OutlineItem[] = [];
  for (const r of runs) {
    if (!r.key) {
      out.push(item(r.members[0].x));
      continue;
    }
    const g: OutlineItem = { name: r.key.name, detail: r.key.detail, kind: 'group', span: union(r.key.span, r.members[0].span), selection: r.key.selection, children: [] };
    for (const m of r.members) g.span = union(g.span, m.span);
    if ((everything || r.members.length <= FEW) && r.members.length <= budget.left) {
      budget.left -= r.members.length;
      for (const m of r.members) g.children.push(item(m.x));
    }
    out.push(g);
  }
  return out;
}

const FX_GROUPING: Grouping<FxNode | FxGraph> = {
  grouped: (_level, x) => 'provenance' in x && !!x.provenance,
  same(level, a, b) {
    const p = (a as FxNode).provenance!;
    const q = (b as FxNode).provenance!;
    if (p === q) return true;
    return p.file === q.file && (level >= 2 || (p.fn === q.fn && (level >= 1 || p.line === q.line)));
  },
  key(level, x) {
    const p = (x as FxNode).provenance!;
    const base = basename(p.file);
    if (level === 0) return { key: '', name: `${base}:${p.line}${p.fn ? ` in ${p.fn}` : ''}`, detail: p.code, span: p.span, selection: p.locationSpan };
    if (level === 1) return { key: '', name: `${base}${p.fn ? ` in ${p.fn}` : ''}`, span: p.span, selection: p.locationSpan };
    return { key: '', name: base, span: p.span, selection: p.locationSpan };
  },
};

function fxGraphItem(g: FxGraph, budget: Budget): OutlineItem {
  budget.left--;
  const leaves: Leaf<FxNode | FxGraph>[] = [];
  for (const n of g.nodes) if (n.op !== 'output') leaves.push({ x: n, span: union(n.span, n.nameSpan) });
  // Nested graphs are entries of their own, in place.
  for (const c of g.children) leaves.push({ x: c, span: c.span });
  leaves.sort((a, b) => a.span.start - b.span.start);
  const nested = new Map<FxGraph, OutlineItem>();
  for (const c of g.children) nested.set(c, fxGraphItem(c, budget));
  const children = budgetedChildren(leaves, FX_GROUPING, (x) => ('nodes' in x ? nested.get(x as FxGraph)! : fxNodeItem(x as FxNode)), budget);
  let span = g.span;
  for (const c of children) span = union(span, c.span);
  if (g.signature) span = union(span, g.signature.span);
  return {
    name: g.name,
    detail: `${g.format}, ${g.level}`,
    kind: g.format === 'print-readable' || g.format === 'exported-program' ? 'class' : 'graph',
    span,
    selection: g.headerSpan,
    children,
  };
}

export function fxOutline(doc: FxDocument, budget = OUTLINE_BUDGET): OutlineItem[] {
  const b = { left: budget };
  return doc.graphs.map((g) => fxGraphItem(g, b));
}

// ---------------------------------------------------------------------------------------------
// MLIR

/** The innermost file frame of a location, as `file:line`, for grouping. */
function locKey(node: MlirLocNode | undefined, aliases: Map<string, MlirLocNode>, depth = 0): { key: string; name: string } | undefined {
  if (!node || depth > 16) return undefined;
  switch (node.kind) {
    case 'file':
      return { key: `${node.file}:${node.line}`, name: `${basename(node.file)}:${node.line}` };
    case 'callsite':
      return locKey(node.callee, aliases, depth + 1);
    case 'fused':
      for (const l of node.locs) {
        const k = locKey(l, aliases, depth + 1);
        if (k) return k;
      }
      return undefined;
    case 'name':
      return locKey(node.child, aliases, depth + 1);
    case 'alias':
      return locKey(aliases.get(node.name), aliases, depth + 1);
    default:
      return undefined;
  }
}

function mlirOpItem(op: MlirOp, aliases: Map<string, MlirLocNode>, budget: Budget): OutlineItem {
  const isFunc = !!op.func || op.name === 'func.func';
  const isModule = op.name === 'builtin.module' || op.name === 'module';
  const children: OutlineItem[] = [];
  for (const r of op.regions) for (const b of r.blocks) children.push(...mlirBlockItems(b.ops, aliases, budget));
  if (isFunc || isModule) {
    let span = op.span;
    for (const c of children) span = union(span, c.span);
    return {
      name: op.symbolName ?? (isModule ? 'module' : op.name),
      detail: isFunc ? op.name + (op.func?.isDeclaration ? ' (declaration)' : '') : op.name,
      kind: isFunc ? 'function' : 'module',
      span,
      selection: op.symbolSpan ?? op.nameSpan,
      children,
    };
  }
  const label = op.results.length ? op.results.map((r) => r.name + (r.count > 1 ? `:${r.count}` : '')).join(', ') : op.name;
  return {
    name: label,
    detail: op.results.length ? (op.operatorName ? `torch.operator "${op.operatorName}"` : op.name) : undefined,
    kind: 'op',
    span: op.span,
    selection: op.results.length ? union(op.results[0].span, op.results[op.results.length - 1].span) : op.nameSpan,
    children,
  };
}

const hasEntries = (op: MlirOp) => !!op.func || op.name === 'func.func' || op.name === 'builtin.module' || op.name === 'module';

function mlirBlockItems(ops: readonly MlirOp[], aliases: Map<string, MlirLocNode>, budget: Budget): OutlineItem[] {
  // Functions and modules are always entries (built first: they take their share of the budget).
  const containers = new Map<MlirOp, OutlineItem>();
  for (const op of ops) if (hasEntries(op)) containers.set(op, mlirOpItem(op, aliases, budget));
  const keys = new Map<MlirOp, { key: string; name: string }>();
  for (const op of ops) {
    if (containers.has(op)) continue;
    const k = locKey(op.location?.node, aliases);
    if (k) keys.set(op, k);
  }
  const fileOf = (k: string) => k.slice(0, k.lastIndexOf(':'));
  const grouping: Grouping<MlirOp> = {
    grouped: (_level, op) => keys.has(op),
    same: (level, a, b) => (level === 0 ? keys.get(a)!.key === keys.get(b)!.key : fileOf(keys.get(a)!.key) === fileOf(keys.get(b)!.key)),
    key(level, op) {
      const k = keys.get(op)!;
      if (level === 0) return { key: k.key, name: k.name, span: op.span, selection: op.results.length ? union(op.results[0].span, op.results[op.results.length - 1].span) : op.nameSpan };
      return { key: fileOf(k.key), name: basename(fileOf(k.key)), span: op.span, selection: op.nameSpan };
    },
  };
  const leaves: Leaf<MlirOp>[] = ops.map((op) => ({ x: op, span: op.span }));
  return budgetedChildren(leaves, grouping, (op) => containers.get(op) ?? mlirOpItem(op, aliases, budget), budget);
}

export function mlirOutline(doc: MlirDocument, budget = OUTLINE_BUDGET): OutlineItem[] {
  const aliases = new Map<string, MlirLocNode>(doc.locAliases.map((a) => [a.name, a.location.node]));
  const b = { left: budget };
  const out: OutlineItem[] = [];
  for (const c of doc.chunks) out.push(...mlirBlockItems(c.block.ops, aliases, b));
  return out;
}

// ---------------------------------------------------------------------------------------------
// LSP adapter

const NODE_KIND: Record<OpKind, SymbolKind> = {
  placeholder: SymbolKind.Variable,
  get_attr: SymbolKind.Field,
  call_function: SymbolKind.Function,
  call_method: SymbolKind.Method,
  call_module: SymbolKind.Module,
  output: SymbolKind.Event,
};

function symbolKind(i: OutlineItem): SymbolKind {
  switch (i.kind) {
    case 'graph':
      return SymbolKind.Function;
    case 'class':
      return SymbolKind.Class;
    case 'group':
      return SymbolKind.Namespace;
    case 'node':
      return NODE_KIND[i.op ?? 'call_function'];
    case 'module':
      return SymbolKind.Module;
    case 'function':
      return SymbolKind.Function;
    case 'op':
      return SymbolKind.Variable;
  }
}

function toSymbol(an: Analyzed, i: OutlineItem): DocumentSymbol {
  return {
    name: i.name || '(anonymous)',
    detail: i.detail,
    kind: symbolKind(i),
    range: an.lines.rangeOf(i.span),
    selectionRange: an.lines.rangeOf(i.selection),
    children: i.children.map((c) => toSymbol(an, c)),
  };
}

/** Per document version: the editor asks again for each view (outline, breadcrumbs, sticky scroll). */
const computed = new WeakMap<Analyzed, DocumentSymbol[]>();

export function documentSymbols(an: Analyzed): DocumentSymbol[] {
  let symbols = computed.get(an);
  if (!symbols) {
    const mlir = an.result.fx ? undefined : mlirDocumentOf(an);
    symbols = an.result.fx ? fxOutline(an.result.fx.doc).map((i) => toSymbol(an, i)) : mlir ? mlirOutline(mlir).map((i) => toSymbol(an, i)) : [];
    computed.set(an, symbols);
  }
  return symbols;
}
