import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisResult, LanguageId, languageOf } from './core/analyze';
import { LineIndex } from './core/text';
import type { Settings } from './settings';

// One analysis per document version, shared by diagnostics, hover, code actions and the rest, so
// a request never re-parses text that has not changed.

export interface Analyzed {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  result: AnalysisResult;
}

export function languageFor(doc: TextDocument): LanguageId {
  if (doc.languageId === 'mlir') return 'mlir';
  if (doc.languageId === 'fx') return 'fx';
  return languageOf(doc.uri, doc.getText());
}

export class AnalysisCache {
  private readonly cache = new Map<string, Analyzed>();

  constructor(
    private settings: () => Settings,
    private log: (msg: string) => void,
  ) {}

  get(doc: TextDocument): Analyzed {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    // Drop the replaced version first so its model can be collected while the new one is built.
    if (hit) this.cache.delete(doc.uri);
    const text = doc.getText();
    const s = this.settings();
    const result = analyze(text, languageFor(doc), { profile: s.importer, rules: s.rules, maxSize: s.maxFileSize, log: this.log });
    const entry: Analyzed = { uri: doc.uri, version: doc.version, text, lines: new LineIndex(text), result };
    this.cache.set(doc.uri, entry);
    return entry;
  }

  peek(uri: string): Analyzed | undefined {
    return this.cache.get(uri);
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
