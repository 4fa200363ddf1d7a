import type { Diagnostic } from '../diagnostics';
import type { Span } from '../text';
import type { FxGraph, FxNode, FxValue, OpKind, FxKwarg, FxTypeAnnotation } from './model';
import type { Lines } from './lines';

/** State shared by the format parsers while one document is parsed. */
export interface Ctx {
  text: string;
  lines: Lines;
  diagnostics: Diagnostic[];
  /** Graphs that already carry their one parse-error. */
  broken: Set<FxGraph>;
}

/** Records the graph's parse-error unless it already has one (one break per graph). */
export function reportBreak(ctx: Ctx, g: FxGraph, span: Span, message: string): void {
  if (ctx.broken.has(g)) return;
  ctx.broken.add(g);
  ctx.diagnostics.push({ code: 'parse-error', severity: 'error', message, span, fixes: [] });
}

export function isBlank(t: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) {
    const c = t.charCodeAt(p);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

export function skipSpaces(t: string, p: number, e: number): number {
  while (p < e) {
    const c = t.charCodeAt(p);
    if (c !== 32 && c !== 9) break;
    p++;
  }
  return p;
}

export function trimEnd(t: string, s: number, e: number): number {
  while (e > s) {
    const c = t.charCodeAt(e - 1);
    if (c !== 32 && c !== 9) break;
    e--;
  }
  return e;
}

export interface NodeInit {
  name: string;
  nameSpan: Span;
  op: OpKind;
  target: string;
  targetText: string;
  targetSpan: Span;
  args?: FxValue[];
  kwargs?: FxKwarg[];
  argsSpan?: Span;
  argStyle: FxNode['argStyle'];
  type?: FxTypeAnnotation;
  declaredUsers?: number;
  defaultText?: string;
  span: Span;
}

/**
 * Every node gets the same property layout (optional fields present, possibly undefined) so the
 * engine keeps one object shape for 100k-node graphs.
 */
export function makeNode(g: FxGraph, init: NodeInit): FxNode {
  return {
    name: init.name,
    nameSpan: init.nameSpan,
    op: init.op,
    target: init.target,
    targetText: init.targetText,
    targetSpan: init.targetSpan,
    args: init.args ?? [],
    kwargs: init.kwargs ?? [],
    argsSpan: init.argsSpan,
    argStyle: init.argStyle,
    type: init.type,
    declaredUsers: init.declaredUsers,
    defaultText: init.defaultText,
    provenance: undefined,
    span: init.span,
    users: [],
    graph: g,
    index: -1,
  };
}
