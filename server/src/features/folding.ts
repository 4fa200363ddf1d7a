import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { allGraphs, FxDocument } from '../core/fx/model';
import { MlirDocument, walkOps } from '../core/mlir/model';
import type { LineIndex, Span } from '../core/text';
import type { Analyzed } from '../documents';
import { mlirDocumentOf } from './mlirSupport';

// Folding ranges: FX graphs, nested submodule classes, graph signatures and multi-line nodes; MLIR
// functions, modules, regions, `#loc` alias blocks and the resource section with its blobs.

export interface Fold {
  span: Span;
  /** 'region' folds are structural (graphs, functions); only comment/imports map to an LSP kind. */
  kind?: 'region' | 'comment' | 'imports';
}

export function fxFolds(doc: FxDocument): Fold[] {
  const out: Fold[] = [];
  for (const g of allGraphs(doc)) {
    out.push({ span: g.span, kind: 'region' });
    if (g.signature) out.push({ span: g.signature.span, kind: 'region' });
    // Only statements spanning lines fold; a 100k-node dump has few, so test before converting.
    for (const n of g.nodes) {
      const nl = doc.text.indexOf('\n', n.span.start);
      if (nl >= 0 && nl < n.span.end - 1) out.push({ span: n.span });
    }
  }
  return out;
}

export function mlirFolds(doc: MlirDocument): Fold[] {
  const out: Fold[] = [];
  for (const c of doc.chunks) {
    walkOps(c.block.ops, (op) => {
      if (op.regions.length) out.push({ span: op.span, kind: 'region' });
      for (const r of op.regions) out.push({ span: r.span });
    });
  }
  // The `{-# dialect_resources ... #-}` section, and each (possibly wrapped) blob in it.
  const text = doc.text;
  let at = text.indexOf('{-#');
  while (at >= 0) {
    const end = text.indexOf('#-}', at);
    if (end < 0) break;
    out.push({ span: { start: at, end: end + 3 }, kind: 'region' });
    at = text.indexOf('{-#', end);
  }
  for (const r of doc.resources) out.push({ span: { start: r.nameSpan.start, end: r.valueSpan.end } });
  // Runs of `#locN = loc(...)` alias lines.
  const locs = [...doc.locAliases].sort((a, b) => a.span.start - b.span.start);
  let run: Span | undefined;
  const flush = () => {
    if (run) out.push({ span: run, kind: 'imports' });
    run = undefined;
  };
  for (const l of locs) {
    if (run && /^\s*$/.test(text.slice(run.end, l.span.start))) run = { start: run.start, end: l.span.end };
    else {
      flush();
      run = { ...l.span };
    }
  }
  flush();
  return out;
}

/** Line-based ranges, one per start line (the widest), dropping single-line folds. */
export function toFoldingRanges(lines: LineIndex, folds: Fold[]): FoldingRange[] {
  const byStart = new Map<number, FoldingRange>();
  for (const f of folds) {
    const startLine = lines.lineOf(f.span.start);
    let endLine = lines.lineOf(Math.max(f.span.start, f.span.end));
    // Keep a closing `}` visible.
    if (lines.text[f.span.end - 1] === '}' && endLine > startLine && lines.lineOf(f.span.end - 1) === endLine) {
      const lineText = lines.text.slice(lines.lineStart(endLine), f.span.end).trim();
      if (lineText.startsWith('}')) endLine--;
    }
    if (endLine <= startLine) continue;
    const prev = byStart.get(startLine);
    if (prev && prev.endLine >= endLine) continue;
    const kind = f.kind === 'comment' ? FoldingRangeKind.Comment : f.kind === 'imports' ? FoldingRangeKind.Imports : undefined;
    byStart.set(startLine, { startLine, endLine, ...(kind ? { kind } : {}) });
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

export function foldingRanges(an: Analyzed): FoldingRange[] {
  if (an.result.fx) return toFoldingRanges(an.lines, fxFolds(an.result.fx.doc));
  const mlir = mlirDocumentOf(an);
  return mlir ? toFoldingRanges(an.lines, mlirFolds(mlir)) : [];
}
