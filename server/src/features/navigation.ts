import {
  DocumentHighlight,
  DocumentHighlightKind,
  ErrorCodes,
  Location,
  Position,
  Range,
  ResponseError,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { FxAnalysis } from '../core/analysis/fxAnalysis';
import { fxDefinitions, fxOccurrences, fxRenameProblem, fxSymbolAt, FxOccurrence } from '../core/analysis/references';
import type { Span } from '../core/text';
import type { Analyzed } from '../documents';
import type { Occurrence, SymbolOccurrences } from './shapes';
import { mlirDocumentOf, mlirOccurrencesAt } from './mlirSupport';

// Go to definition, find references, document highlights and rename for FX node names (and MLIR
// `%values`, `^blocks`, `@symbols` once the MLIR scope is available). The pure functions work on
// spans; the adapters at the bottom turn them into LSP results.

const toOcc = (o: FxOccurrence): Occurrence => ({ span: o.span, definition: o.kind === 'definition' });

/** What the cursor is on in an FX document, with every occurrence of it in its graph. */
export function fxSymbolOccurrences(a: FxAnalysis, offset: number): SymbolOccurrences | undefined {
  const sym = fxSymbolAt(a.doc, offset);
  if (!sym) return undefined;
  const occ = fxOccurrences(a.doc.text, sym.graph, sym.name);
  return {
    name: sym.name,
    span: sym.span,
    occurrences: occ.map(toOcc),
    definitionSpans: fxDefinitions(sym.graph, sym.name).map((n) => n.nameSpan),
    renameProblem: (newName) => fxRenameProblem(sym.graph, sym.name, newName),
  };
}

export function symbolOccurrencesAt(an: Analyzed, offset: number): SymbolOccurrences | undefined {
  if (an.result.fx) return fxSymbolOccurrences(an.result.fx, offset);
  const mlir = mlirDocumentOf(an);
  return mlir ? mlirOccurrencesAt(mlir, offset) : undefined;
}

export type RenameResult = { edits: { span: Span; newText: string }[] } | { error: string };

/** The edits that rename the symbol under the cursor, or why it cannot be renamed. */
export function renameEdits(sym: SymbolOccurrences | undefined, newName: string): RenameResult {
  if (!sym) return { error: 'Nothing to rename here: put the cursor on a node name, a value, a block label or a symbol.' };
  const problem = sym.renameProblem(newName);
  if (problem) return { error: problem };
  const text = sym.newText ? sym.newText(newName) : newName;
  return { edits: sym.occurrences.map((o) => ({ span: o.span, newText: text })) };
}

// ---------------------------------------------------------------------------------------------
// LSP adapters

function loc(an: Analyzed, s: Span): Location {
  return { uri: an.uri, range: an.lines.rangeOf(s) };
}

export function definition(an: Analyzed, pos: Position): Location[] | null {
  const sym = symbolOccurrencesAt(an, an.lines.offsetAt(pos));
  if (!sym || !sym.definitionSpans.length) return null;
  return sym.definitionSpans.map((s) => loc(an, s));
}

export function references(an: Analyzed, pos: Position, includeDeclaration: boolean): Location[] | null {
  const sym = symbolOccurrencesAt(an, an.lines.offsetAt(pos));
  if (!sym) return null;
  return sym.occurrences.filter((o) => includeDeclaration || !o.definition).map((o) => loc(an, o.span));
}

/**
 * Highlights sent for one symbol: the editor asks on every cursor move, and a `#loc` alias or a
 * constant of a 100k-op module can occur tens of thousands of times; the ones nearest the cursor
 * are what can be on screen.
 */
export const HIGHLIGHT_LIMIT = 2000;

export function highlights(an: Analyzed, pos: Position): DocumentHighlight[] | null {
  const offset = an.lines.offsetAt(pos);
  const sym = symbolOccurrencesAt(an, offset);
  if (!sym) return null;
  let occurrences = sym.occurrences;
  if (occurrences.length > HIGHLIGHT_LIMIT) {
    const distance = (o: Occurrence) => Math.abs(o.span.start - offset);
    occurrences = [...occurrences].sort((a, b) => distance(a) - distance(b)).slice(0, HIGHLIGHT_LIMIT).sort((a, b) => a.span.start - b.span.start);
  }
  return occurrences.map((o) => ({
    range: an.lines.rangeOf(o.span),
    kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

export function prepareRename(an: Analyzed, pos: Position): { range: Range; placeholder: string } | ResponseError<void> | null {
  const sym = symbolOccurrencesAt(an, an.lines.offsetAt(pos));
  if (!sym) return new ResponseError(ErrorCodes.InvalidRequest, 'Nothing to rename here: put the cursor on a node name, a value, a block label or a symbol.');
  return { range: an.lines.rangeOf(sym.span), placeholder: an.text.slice(sym.span.start, sym.span.end) };
}

export function rename(an: Analyzed, pos: Position, newName: string): WorkspaceEdit | ResponseError<void> {
  const r = renameEdits(symbolOccurrencesAt(an, an.lines.offsetAt(pos)), newName);
  if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
  const edits: TextEdit[] = r.edits.map((e) => ({ range: an.lines.rangeOf(e.span), newText: e.newText }));
  return { changes: { [an.uri]: edits } };
}
