// What VS Code should report for a document, computed in the extension host from the same
// analysis core the language server runs (server/src/core), bundled into this test module. The
// tests then check that VS Code's own commands return exactly that: nothing is hard-coded but the
// seed files' rule ids.
import { analyze, languageOf } from '../../../server/src/core/analyze';
import { applyEdits } from '../../../server/src/core/fixes';
import { LineIndex } from '../../../server/src/core/text';
import type { Diagnostic, Fix, Severity } from '../../../server/src/core/diagnostics';
import { allGraphs, forEachValue, type FxNode } from '../../../server/src/core/fx/model';

export interface Pos {
  line: number;
  character: number;
}

export interface ExpectedDiagnostic extends Pos {
  code: string;
  severity: Severity;
  message: string;
  end: Pos;
}

export interface ExpectedFix {
  code: string;
  title: string;
  at: Pos;
  end: Pos;
  after: string;
}

export interface Expected {
  diagnostics: ExpectedDiagnostic[];
  fix?: ExpectedFix;
  /** Where hover goes (an FX node's target, an MLIR op name) and a word the hover must mention. */
  hover?: Pos & { mention: string };
  /** A reference and the 0-based line of its definition. */
  definition?: Pos & { name: string; defLine: number };
  /** Names that must appear among the document symbols (flattened). */
  symbols: string[];
}

export function posAt(text: string, offset: number): Pos {
  return new LineIndex(text).positionAt(offset);
}

export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

function toExpected(text: string, d: Diagnostic): ExpectedDiagnostic {
  return { code: d.code, severity: d.severity, message: d.message, ...posAt(text, d.span.start), end: posAt(text, d.span.end) };
}

/** The core's diagnostics for `text` as the server publishes them for `path` (default settings). */
export function diagnosticsOf(text: string, path: string): ExpectedDiagnostic[] {
  return analyze(text, languageOf(path, text)).diagnostics.map((d) => toExpected(text, d));
}

/** `max_pool2d` for torch.ops.aten.max_pool2d.default, `lift_fresh_copy` for ...lift_fresh_copy.default. */
export function opName(target: string): string {
  const parts = target.split('.');
  if (parts[0] === 'torch' && parts[1] === 'ops' && parts.length >= 4) return parts[3];
  return parts.length > 1 && /^(default|Tensor|Scalar|int|out)$/.test(parts[parts.length - 1]) ? parts[parts.length - 2] : parts[parts.length - 1];
}

export function expectationFor(text: string, path: string, preferFixCode?: string): Expected {
  const result = analyze(text, languageOf(path, text));
  const diagnostics = result.diagnostics.map((d) => toExpected(text, d));

  let fix: ExpectedFix | undefined;
  const withFixes = result.diagnostics.filter((d) => d.fixes.length > 0);
  const chosen = withFixes.find((d) => d.code === preferFixCode) ?? withFixes[0];
  if (chosen) {
    const f = chosen.fixes.find((x) => x.preferred) ?? chosen.fixes[0];
    fix = { code: chosen.code, title: f.title, at: posAt(text, chosen.span.start), end: posAt(text, chosen.span.end), after: applyFix(text, f) };
  }

  if (result.fx) {
    const nodes: FxNode[] = allGraphs(result.fx.doc).flatMap((g) => g.nodes);
    const hn = nodes.find((n) => n.op === 'call_function' && /^torch\.ops\./.test(n.target)) ?? nodes.find((n) => n.op === 'call_function');
    const hover = hn ? { mention: opName(hn.target), ...posAt(text, hn.targetSpan.start + 1) } : undefined;
    let definition: Expected['definition'];
    const byName = new Map(nodes.map((n) => [n.name, n] as const));
    for (const n of nodes) {
      if (definition || n.op === 'output') continue;
      forEachValue(n, (v) => {
        if (definition || v.kind !== 'ref') return;
        const def = byName.get(v.name);
        if (!def || def === n) return;
        const refText = text.slice(v.span.start, v.span.end);
        const skip = refText.startsWith('%') ? 1 : 0;
        definition = { name: v.name, defLine: posAt(text, def.nameSpan.start).line, ...posAt(text, v.span.start + skip) };
      });
    }
    return { diagnostics, fix, hover, definition, symbols: nodes.filter((n) => n.op !== 'output').map((n) => n.name) };
  }

  // MLIR: read the few anchors from the text (the core's MLIR model is checked by its own tests).
  const symbols: string[] = [];
  const defs = new Map<string, number>();
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    const m = /^\s*(%[\w.$-]+)(?::\d+)?\s*=/.exec(l);
    if (m) {
      symbols.push(m[1]);
      defs.set(m[1], i);
    }
    const f = /func\.func\s+(?:private\s+)?@([\w.$-]+)/.exec(l);
    if (f) symbols.push(`@${f[1]}`);
  });
  let hover: Expected['hover'];
  const opLine = lines.findIndex((l) => /=\s*torch\.aten\.\w+/.test(l));
  if (opLine >= 0) {
    const m = /torch\.aten\.(\w+)/.exec(lines[opLine])!;
    hover = { mention: m[1], line: opLine, character: m.index + 'torch.aten.'.length + 1 };
  }
  let definition: Expected['definition'];
  const retLine = lines.findIndex((l) => /^\s*(func\.)?return\s+%/.test(l));
  if (retLine >= 0) {
    const m = /return\s+(%[\w.$-]+)/.exec(lines[retLine])!;
    const defLine = defs.get(m[1]);
    if (defLine !== undefined) definition = { name: m[1], defLine, line: retLine, character: m.index + m[0].length - m[1].length + 1 };
  }
  return { diagnostics, fix, hover, definition, symbols };
}
