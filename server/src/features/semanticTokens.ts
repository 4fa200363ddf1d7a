import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { removedBeforeImport } from '../core/analysis/decomposed';
import type { FxAnalysis } from '../core/analysis/fxAnalysis';
import { freesOf } from '../core/analysis/references';
import { allGraphs, forEachValue, FxNode } from '../core/fx/model';
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

export function fxTokens(a: FxAnalysis): Token[] {
  const text = a.doc.text;
  const out: Token[] = [];
  for (const g of allGraphs(a.doc)) {
    const typeOf = (name: string): TokenType => {
      const d = g.byName.get(name);
      return d?.op === 'placeholder' ? 'parameter' : d?.op === 'get_attr' ? 'property' : 'variable';
    };
    for (const n of g.nodes) {
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
  return out;
}

export function mlirTokens(doc: MlirDocument, reg?: Registry): Token[] {
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
    const t = typeOfDef(d.kind, d.origin);
    if (t) out.push({ span: d.span, type: t, modifiers: ['declaration'] });
  }
  for (const u of scope.uses) {
    const t = typeOfDef(u.kind, u.def?.origin ?? 'result');
    if (t) out.push({ span: useNameSpan(text, u), type: t, modifiers: [] });
  }
  for (const op of doc.allOps) {
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

export function semanticTokens(an: Analyzed): SemanticTokens {
  if (an.result.fx) return { data: encodeTokens(an.lines, fxTokens(an.result.fx)) };
  const mlir = mlirDocumentOf(an);
  let reg: Registry | undefined;
  try {
    reg = Registry.load();
  } catch {
    reg = undefined;
  }
  return { data: mlir ? encodeTokens(an.lines, mlirTokens(mlir, reg)) : [] };
}
