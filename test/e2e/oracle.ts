// What the real clients should show for an example file, computed in-process from the same core
// the language server runs (server/src/core/analyze.ts). The e2e suites then check that the
// editor shows exactly that, so they follow the rules as they change, without hard-coding
// messages. CASES (test/e2e/cases.ts) can pin extra expectations per file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, languageOf } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/fixes';
import { LineIndex } from '../../server/src/core/text';
import type { Diagnostic, Fix } from '../../server/src/core/diagnostics';
import { allGraphs, forEachValue, type FxNode } from '../../server/src/core/fx/model';
import { EXAMPLES } from './env';

export interface Pos {
  /** 0-based, as LSP. */
  line: number;
  /** 0-based UTF-16 column, as LSP. */
  character: number;
}

export interface ExpectedDiagnostic extends Pos {
  code: string;
  severity: Diagnostic['severity'];
  message: string;
}

export interface ExpectedFix {
  code: string;
  title: string;
  /** Where the diagnostic starts (the cursor goes there before asking for fixes). */
  at: Pos;
  /** The whole document after the fix's edits. */
  after: string;
}

export interface Expectation {
  file: string;
  path: string;
  text: string;
  diagnostics: ExpectedDiagnostic[];
  /** The first node with an aten/prims/operator target: hover goes over its target text. */
  hover?: Pos & { node: string; targetText: string; target: string };
  fix?: ExpectedFix;
  /** The first reference to another node in some node's arguments, and where that node is defined. */
  definition?: Pos & { name: string; refText: string; defLine: number };
  nodeNames: string[];
}

export function posAt(text: string, offset: number): Pos {
  return new LineIndex(text).positionAt(offset);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/** The core's diagnostics for `text`, as the server would publish them for `path`. */
export function diagnosticsOf(text: string, path: string): ExpectedDiagnostic[] {
  return analyze(text, languageOf(path, text)).diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...posAt(text, d.span.start) }));
}

export function expectationFor(file: string, preferFixCode?: string): Expectation {
  const path = join(EXAMPLES, file);
  const text = readFileSync(path, 'utf8');
  const result = analyze(text, languageOf(path, text));
  const diagnostics = result.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...posAt(text, d.span.start) }));

  let fix: ExpectedFix | undefined;
  const withFixes = result.diagnostics.filter((d) => d.fixes.length > 0);
  const chosen = withFixes.find((d) => d.code === preferFixCode) ?? withFixes[0];
  if (chosen) {
    const f = chosen.fixes.find((x) => x.preferred) ?? chosen.fixes[0];
    fix = { code: chosen.code, title: f.title, at: posAt(text, chosen.span.start), after: applyFix(text, f) };
  }

  const nodes: FxNode[] = result.fx ? allGraphs(result.fx.doc).flatMap((g) => g.nodes) : [];
  const nodeNames = nodes.filter((n) => n.op !== 'output').map((n) => n.name);
  let hover: Expectation['hover'];
  const hn = nodes.find((n) => n.op === 'call_function' && /^torch\.ops\.|^operator\./.test(n.target)) ?? nodes.find((n) => n.op === 'call_function');
  if (hn) {
    hover = { node: hn.name, target: hn.target, targetText: text.slice(hn.targetSpan.start, hn.targetSpan.end), ...posAt(text, hn.targetSpan.start) };
  }

  let definition: Expectation['definition'];
  const byName = new Map(nodes.map((n) => [n.name, n] as const));
  outer: for (const n of nodes) {
    if (n.op === 'output') continue;
    let found: Expectation['definition'];
    forEachValue(n, (v) => {
      if (found || v.kind !== 'ref') return;
      const def = byName.get(v.name);
      if (!def || def === n) return;
      const refText = text.slice(v.span.start, v.span.end);
      // Put the cursor on the name itself, after a `%` sigil if the dump has one.
      const skip = refText.startsWith('%') ? 1 : 0;
      found = { name: v.name, refText, defLine: posAt(text, def.nameSpan.start).line, ...posAt(text, v.span.start + skip) };
    });
    if (found) {
      definition = found;
      break outer;
    }
  }
  return { file, path, text, diagnostics, hover, fix, definition, nodeNames };
}
