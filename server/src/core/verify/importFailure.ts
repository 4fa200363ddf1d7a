import type { FxAnalysis } from '../analysis/fxAnalysis';
import { allGraphs, FxNode } from '../fx/model';
import { LineIndex, Span } from '../text';

// Where the real importer's failure on a runnable repro goes in the dump: the node on the repro
// line the failed FX node's stack trace points at (torch.export re-traces Repro.forward, and may
// rename or decompose the node: `_to_copy` imports as `convert_element_type`), else the node of
// that name, else one calling that target, else the top of the document. Pure.

export interface ImportFailure {
  /** load (running the repro's top level), args (load_args) or import (export_and_import). */
  stage: string;
  errorType: string;
  message: string;
  /** The FX node the importer failed on (in the exported graph). */
  node?: string | null;
  target?: string | null;
  /** 1-based line of the repro its stack trace points at. */
  line?: number | null;
}

export interface PlacedImportFailure {
  span: Span;
  node?: FxNode;
  how: 'line' | 'name' | 'target' | 'document';
}

const sameTarget = (dump: string, real: string) => dump === real || dump.endsWith('.' + real) || real.endsWith('.' + dump);

export function placeImportFailure(fx: FxAnalysis, f: ImportFailure): PlacedImportFailure {
  const text = fx.doc.text;
  const nodes = allGraphs(fx.doc).flatMap((g) => g.nodes);
  if (f.line) {
    const lines = new LineIndex(text);
    if (f.line <= lines.lineCount) {
      const start = lines.lineStart(f.line - 1);
      const end = lines.lineEnd(f.line - 1);
      const node = nodes.find((n) => n.span.start >= start && n.span.start <= end);
      if (node) return { span: node.nameSpan, node, how: 'line' };
    }
  }
  if (f.node) {
    const node = nodes.find((n) => n.name === f.node);
    if (node) return { span: node.nameSpan, node, how: 'name' };
  }
  if (f.target) {
    const node = nodes.find((n) => sameTarget(n.target, f.target!));
    if (node) return { span: node.nameSpan, node, how: 'target' };
  }
  const lineEnd = text.indexOf('\n');
  return { span: { start: 0, end: lineEnd < 0 ? text.length : lineEnd }, how: 'document' };
}
