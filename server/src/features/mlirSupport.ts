import type { MlirDocument } from '../core/mlir/model';
import { parseMlir } from '../core/mlir/parse';
import type { Analyzed } from '../documents';
import type { Span } from '../core/text';
import type { Hint } from './inlayHints';
import type { SymbolOccurrences } from './navigation';

// The MLIR model for editor features: the analysis result's model when analyze() provides one,
// else parsed here once per analysed version.

const parsed = new WeakMap<Analyzed, MlirDocument>();

function isMlirDocument(x: unknown): x is MlirDocument {
  return !!x && typeof x === 'object' && Array.isArray((x as MlirDocument).chunks) && Array.isArray((x as MlirDocument).allOps);
}

export function mlirDocumentOf(an: Analyzed): MlirDocument | undefined {
  if (an.result.language !== 'mlir') return undefined;
  if (isMlirDocument(an.result.mlir)) return an.result.mlir;
  let doc = parsed.get(an);
  if (!doc) {
    doc = parseMlir(an.text);
    parsed.set(an, doc);
  }
  return doc;
}

export function mlirOccurrencesAt(doc: MlirDocument, offset: number): SymbolOccurrences | undefined {
  void doc;
  void offset;
  return undefined;
}

export function mlirRenameProblem(oldName: string, newName: string): string | undefined {
  void oldName;
  void newName;
  return undefined;
}

/** MLIR value types at uses whose line does not show them (needs the MLIR scope). */
export function mlirTypeHints(doc: MlirDocument, within?: Span): Hint[] {
  void doc;
  void within;
  return [];
}
