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

function fxGraphItem(g: FxGraph): OutlineItem {
  const children: OutlineItem[] = [];
  let group: { key: string; item: OutlineItem } | undefined;
  for (const n of g.nodes) {
    if (n.op === 'output') continue;
    const item = fxNodeItem(n);
    const p = n.provenance;
    if (!p) {
      group = undefined;
      children.push(item);
      continue;
    }
    const key = `${p.file}:${p.line}:${p.fn ?? ''}`;
    if (!group || group.key !== key) {
      const name = `${basename(p.file)}:${p.line}${p.fn ? ` in ${p.fn}` : ''}`;
      group = { key, item: { name, detail: p.code, kind: 'group', span: union(p.span, item.span), selection: p.locationSpan, children: [] } };
      children.push(group.item);
    }
    group.item.children.push(item);
    group.item.span = union(group.item.span, item.span);
  }
  for (const c of g.children) children.push(fxGraphItem(c));
  children.sort((a, b) => a.span.start - b.span.start);
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

export function fxOutline(doc: FxDocument): OutlineItem[] {
  return doc.graphs.map(fxGraphItem);
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

function mlirOpItem(op: MlirOp, aliases: Map<string, MlirLocNode>): OutlineItem {
  const isFunc = !!op.func || op.name === 'func.func';
  const isModule = op.name === 'builtin.module' || op.name === 'module';
  if (isFunc || isModule) {
    const children: OutlineItem[] = [];
    for (const r of op.regions) for (const b of r.blocks) children.push(...mlirBlockItems(b.ops, aliases));
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
  const children: OutlineItem[] = [];
  for (const r of op.regions) for (const b of r.blocks) children.push(...mlirBlockItems(b.ops, aliases));
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

function mlirBlockItems(ops: readonly MlirOp[], aliases: Map<string, MlirLocNode>): OutlineItem[] {
  const out: OutlineItem[] = [];
  let group: { key: string; item: OutlineItem } | undefined;
  for (const op of ops) {
    const item = mlirOpItem(op, aliases);
    const k = item.kind === 'op' ? locKey(op.location?.node, aliases) : undefined;
    if (!k) {
      group = undefined;
      out.push(item);
      continue;
    }
    if (!group || group.key !== k.key) {
      group = { key: k.key, item: { name: k.name, kind: 'group', span: item.span, selection: item.selection, children: [] } };
      out.push(group.item);
    }
    group.item.children.push(item);
    group.item.span = union(group.item.span, item.span);
  }
  return out;
}

export function mlirOutline(doc: MlirDocument): OutlineItem[] {
  const aliases = new Map<string, MlirLocNode>(doc.locAliases.map((a) => [a.name, a.location.node]));
  const out: OutlineItem[] = [];
  for (const c of doc.chunks) out.push(...c.block.ops.map((op) => mlirOpItem(op, aliases)));
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

export function documentSymbols(an: Analyzed): DocumentSymbol[] {
  if (an.result.fx) return fxOutline(an.result.fx.doc).map((i) => toSymbol(an, i));
  const mlir = mlirDocumentOf(an);
  return mlir ? mlirOutline(mlir).map((i) => toSymbol(an, i)) : [];
}
