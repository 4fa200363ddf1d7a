import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver';
import { removedBeforeImport } from '../core/analysis/decomposed';
import type { FxAnalysis } from '../core/analysis/fxAnalysis';
import { freesOf } from '../core/analysis/references';
import { allGraphs, forEachValue, FxGraph, FxNode } from '../core/fx/model';
import type { MlirDocument } from '../core/mlir/model';
import { Registry } from '../core/registry/registry';
import type { LineIndex, Span } from '../core/text';
import type { Analyzed } from '../documents';
import { mlirDocumentOf, mlirScope, useNameSpan } from './mlirSupport';

// Semantic tokens for what a grammar cannot know: which names are definitions and which are uses
// (`declaration`), which are graph inputs (`parameter`), and which targets PyTorch does not
// register (`unknown` + `deprecated`) or the importer will emit as `torch.operator` (`fallback`).

export const TOKEN_TYPES = ['variable', 'parameter', 'function', 'property', 'label', 'namespace'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'deprecated', 'fallback', 'unknown', 'defaultLibrary'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface Token {
  span: Span;
  type: TokenType;
  modifiers: TokenModifier[];
}

function nameOnly(text: string, s: Span): Span {
  return text.charCodeAt(s.start) === 37 ? { start: s.start + 1, end: s.end } : s;
}

/** What a target will become: unknown to PyTorch, a torch.operator fallback, or a registered op. */
export function targetStatus(a: FxAnalysis, node: FxNode): 'unknown' | 'fallback' | 'ok' | undefined {
  if (node.op !== 'call_function') return undefined;
  const info = a.info(node);
  const r = info.resolved;
  if (!r) return undefined;
  if (r.kind === 'unknown-op') return 'unknown';
  if (r.kind === 'hop') return r.known ? 'ok' : 'unknown';
  if (info.schema && (r.kind === 'overload' || r.kind === 'python')) {
    const reg = a.registry;
    if (reg.importedOpNames(info.schema).every((n) => reg.mlirOp(n))) return 'ok';
    // As torch-operator-fallback: a node export_and_import decomposes away is not imported.
    return r.kind === 'overload' && removedBeforeImport(a, node) ? 'ok' : 'fallback';
  }
  return undefined;
}

const overlaps = (s: Span, within?: Span) => !within || (s.start <= within.end && within.start <= s.end);

/** The tokens of nodes [from, to) of graph `g`, appended to `out`. */
function fxGraphTokens(a: FxAnalysis, g: FxGraph, out: Token[], from: number, to: number, within?: Span): void {
  const text = a.doc.text;
  const typeOf = (name: string): TokenType => {
    const d = g.byName.get(name);
    return d?.op === 'placeholder' ? 'parameter' : d?.op === 'get_attr' ? 'property' : 'variable';
  };
  for (let i = from; i < to; i++) {
    const n = g.nodes[i];
    if (within && !overlaps(n.span, within) && !overlaps(n.nameSpan, within)) continue;
    if (n.op !== 'output') out.push({ span: n.nameSpan, type: typeOf(n.name) === 'property' ? 'property' : n.op === 'placeholder' ? 'parameter' : 'variable', modifiers: ['declaration'] });
    const status = targetStatus(a, n);
    if (status && n.targetSpan.end > n.targetSpan.start) {
      const mods: TokenModifier[] = status === 'unknown' ? ['unknown', 'deprecated'] : status === 'fallback' ? ['fallback'] : ['defaultLibrary'];
      out.push({ span: n.targetSpan, type: 'function', modifiers: mods });
    }
    forEachValue(n, (v) => {
      if (v.kind === 'ref') out.push({ span: nameOnly(text, v.span), type: typeOf(v.name), modifiers: [] });
    });
    for (const f of freesOf(text, n)) out.push({ span: f.span, type: typeOf(f.name), modifiers: [] });
  }
}

export function fxTokens(a: FxAnalysis, within?: Span): Token[] {
  const out: Token[] = [];
  for (const g of allGraphs(a.doc)) if (overlaps(g.span, within)) fxGraphTokens(a, g, out, 0, g.nodes.length, within);
  return out;
}

/** Nodes between two pauses when the whole document's tokens are computed. */
const SLICE = 5000;

/** fxTokens of the whole document, pausing every few thousand nodes (`pause` may throw to stop). */
export async function fxTokensPausing(a: FxAnalysis, pause: () => Promise<void>): Promise<Token[]> {
  const out: Token[] = [];
  for (const g of allGraphs(a.doc)) {
    for (let i = 0; i < g.nodes.length; i += SLICE) {
      fxGraphTokens(a, g, out, i, Math.min(g.nodes.length, i + SLICE));
      if (i + SLICE < g.nodes.length) await pause();
    }
  }
  return out;
}

export function mlirTokens(doc: MlirDocument, reg?: Registry, within?: Span): Token[] {
  const scope = mlirScope(doc);
  const text = doc.text;
  const out: Token[] = [];
  const typeOfDef = (kind: string, origin: string): TokenType | undefined => {
    switch (kind) {
      case 'value':
        return origin === 'func-arg' || origin === 'block-arg' || origin === 'region-arg' ? 'parameter' : 'variable';
      case 'block':
        return 'label';
      case 'symbol':
        return 'function';
      default:
        return undefined;
    }
  };
  for (const d of scope.defs) {
    if (!overlaps(d.span, within)) continue;
    const t = typeOfDef(d.kind, d.origin);
    if (t) out.push({ span: d.span, type: t, modifiers: ['declaration'] });
  }
  for (const u of scope.uses) {
    if (!overlaps(u.span, within)) continue;
    const t = typeOfDef(u.kind, u.def?.origin ?? 'result');
    if (t) out.push({ span: useNameSpan(text, u), type: t, modifiers: [] });
  }
  for (const op of doc.allOps) {
    if (!overlaps(op.nameSpan, within) && !overlaps(op.operatorNameSpan ?? op.nameSpan, within)) continue;
    // A torch.aten op the torch dialect does not register (a hand-edited or newer-version dump).
    if (reg && op.form === 'custom' && /^torch\.aten\./.test(op.name) && !reg.mlirOp(op.name)) {
      out.push({ span: op.nameSpan, type: 'function', modifiers: ['unknown', 'deprecated'] });
    }
    if (op.operatorName && op.operatorNameSpan) {
      const known = reg?.mlirOp(op.operatorName);
      out.push({ span: op.operatorNameSpan, type: 'function', modifiers: known ? [] : ['fallback'] });
    }
  }
  return out;
}

/** Encodes tokens as LSP's relative integer quintuples (single-line tokens, sorted, no overlaps). */
export function encodeTokens(lines: LineIndex, tokens: Token[]): number[] {
  const sorted = [...tokens].filter((t) => t.span.end > t.span.start).sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let lastEnd = -1;
  for (const t of sorted) {
    if (t.span.start < lastEnd) continue;
    const start = lines.positionAt(t.span.start);
    const end = lines.positionAt(t.span.end);
    if (end.line !== start.line) continue;
    const deltaLine = start.line - prevLine;
    const deltaChar = deltaLine === 0 ? start.character - prevChar : start.character;
    let mods = 0;
    for (const m of t.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    data.push(deltaLine, deltaChar, end.character - start.character, TOKEN_TYPES.indexOf(t.type), mods);
    prevLine = start.line;
    prevChar = start.character;
    lastEnd = t.span.end;
  }
  return data;
}

/**
 * Integers a whole-document result may hold (5 per token, ~1 MB of JSON). A 100k-node dump has
 * ~400k tokens (4 MB); past the budget the whole-document result keeps what a grammar cannot
 * know — unknown and fallback targets, graph inputs and attributes — and range requests (the
 * visible lines) still carry every token.
 */
export const FULL_TOKENS_BUDGET = 300_000;

const distinctive = (t: Token) => t.type === 'parameter' || t.type === 'property' || t.modifiers.some((m) => m !== 'declaration' && m !== 'defaultLibrary');

function mlirTokensOf(an: Analyzed, within?: Span): Token[] {
  const mlir = mlirDocumentOf(an);
  let reg: Registry | undefined;
  try {
    reg = Registry.load();
  } catch {
    reg = undefined;
  }
  return mlir ? mlirTokens(mlir, reg, within) : [];
}

function withinBudget(tokens: Token[], budget: number): Token[] {
  if (tokens.length * 5 <= budget) return tokens;
  tokens = tokens.filter(distinctive);
  if (tokens.length * 5 > budget) tokens = tokens.sort((x, y) => x.span.start - y.span.start).slice(0, Math.floor(budget / 5));
  return tokens;
}

/** The tokens of the whole document (within the budget), or of `within` only (a visible range). */
export function semanticTokens(an: Analyzed, within?: Span, budget = FULL_TOKENS_BUDGET): SemanticTokens {
  const tokens = an.result.fx ? fxTokens(an.result.fx, within) : mlirTokensOf(an, within);
  return { data: encodeTokens(an.lines, within ? tokens : withinBudget(tokens, budget)) };
}

/** semanticTokens of the whole document, pausing between slices so other messages are handled. */
export async function semanticTokensPausing(an: Analyzed, pause: () => Promise<void>, budget = FULL_TOKENS_BUDGET): Promise<SemanticTokens> {
  const tokens = an.result.fx ? await fxTokensPausing(an.result.fx, pause) : mlirTokensOf(an);
  await pause();
  return { data: encodeTokens(an.lines, withinBudget(tokens, budget)) };
}

/** One edit turning `prev` into `next`: what lies between their common prefix and suffix. */
export function tokenEdits(prev: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev[start] === next[start]) start++;
  let end = 0;
  while (end < max - start && prev[prev.length - 1 - end] === next[next.length - 1 - end]) end++;
  if (start === prev.length && start === next.length) return [];
  return [{ start, deleteCount: prev.length - start - end, data: next.slice(start, next.length - end) }];
}

/**
 * Per document, the last full result sent, so the next request can be answered as a delta
 * (an edit changes a few tokens; the whole data of a 100k-node dump is megabytes).
 */
export class TokenResults {
  private readonly last = new Map<string, { id: string; data: number[] }>();
  private counter = 0;

  full(uri: string, tokens: SemanticTokens): SemanticTokens {
    const id = String(++this.counter);
    this.last.set(uri, { id, data: tokens.data });
    return { resultId: id, data: tokens.data };
  }

  delta(uri: string, previousResultId: string, tokens: SemanticTokens): SemanticTokens | SemanticTokensDelta {
    const prev = this.last.get(uri);
    if (!prev || prev.id !== previousResultId) return this.full(uri, tokens);
    const id = String(++this.counter);
    this.last.set(uri, { id, data: tokens.data });
    return { resultId: id, edits: tokenEdits(prev.data, tokens.data) };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
