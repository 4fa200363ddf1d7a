import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, AnalysisResult, LanguageId, languageOf } from './core/analyze';
import { ChangeTracker, reanalyze } from './core/incremental/index';
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

/** The line tables built so far, so the next version's can be derived instead of rescanned. */
const lineTables = new WeakMap<Analyzed, LineIndex>();

export function languageFor(doc: TextDocument): LanguageId {
  if (doc.languageId === 'mlir') return 'mlir';
  if (doc.languageId === 'fx') return 'fx';
  return languageOf(doc.uri, doc.getText());
}

export class AnalysisCache {
  private readonly cache = new Map<string, Analyzed>();
  /** Per document: the edits made since the cached version, composed into one. */
  private readonly changes = new Map<string, { version: number; tracker: ChangeTracker }>();

  constructor(
    private settings: () => Settings,
    private log: (msg: string) => void,
  ) {}

  /**
   * Records an edit made to `doc` (before it is applied): `[start, end)` of its text replaced.
   * The next analysis re-checks only what the edits since the cached version can affect.
   */
  noteChange(doc: TextDocument, start: number, end: number): void {
    const length = doc.getText().length;
    let c = this.changes.get(doc.uri);
    if (!c) {
      c = { version: doc.version, tracker: new ChangeTracker(length) };
      this.changes.set(doc.uri, c);
    }
    c.tracker.add(start, end, length);
  }

  /** An edit the tracker cannot describe (a full-text replacement): the next analysis is full. */
  forgetChanges(uri: string): void {
    this.changes.delete(uri);
    this.cache.delete(uri);
  }

  get(doc: TextDocument): Analyzed {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    // Drop the replaced version first so its model can be collected while the new one is built.
    if (hit) this.cache.delete(doc.uri);
    const text = doc.getText();
    const s = this.settings();
    const options = { profile: s.importer, rules: s.rules, maxSize: s.maxFileSize, log: this.log };
    const language = languageFor(doc);
    const edits = this.changes.get(doc.uri);
    this.changes.delete(doc.uri);
    const change = hit && edits && edits.version === hit.version && edits.tracker.baseLength === hit.text.length ? edits.tracker.result(text.length) : undefined;
    const result = hit && change ? reanalyze(hit.result, text, change, language, options) : analyze(text, language, options);
    if (result.incremental && !result.incremental.reused) this.log(`full analysis of ${doc.uri}: ${result.incremental.why}`);
    // The line table is built when first asked for (a file with no diagnostics may never need it),
    // from the previous version's when that one was built.
    let lines: LineIndex | undefined;
    const before = hit && change ? lineTables.get(hit) : undefined;
    const entry: Analyzed = {
      uri: doc.uri,
      version: doc.version,
      text,
      result,
      get lines() {
        if (!lines) {
          lines = before && change ? LineIndex.afterEdit(before, text, change.start, change.oldEnd, change.newEnd) : new LineIndex(text);
          lineTables.set(entry, lines);
        }
        return lines;
      },
    };
    this.cache.set(doc.uri, entry);
    return entry;
  }

  peek(uri: string): Analyzed | undefined {
    return this.cache.get(uri);
  }

  delete(uri: string): void {
    this.cache.delete(uri);
    this.changes.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.changes.clear();
  }
}
