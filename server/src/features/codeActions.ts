import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic as LspDiagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextEdit } from '../core/diagnostics';
import { collectSafeEdits } from '../core/fixes';
import type { Analyzed } from '../documents';
import { DiagnosticData, SOURCE, toLspDiagnostic } from './diagnostics';

// Quick-fixes for our diagnostics, and `source.fixAll.torchMlir`: every safe fix at once.

export const FIX_ALL_KIND = 'source.fixAll.torchMlir';

function toLspEdits(a: Analyzed, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: a.lines.rangeOf(e.span), newText: e.newText }));
}

/** Finds the core diagnostic behind an LSP one: by the data we attached, else by code and range. */
function coreIndex(a: Analyzed, d: LspDiagnostic): number {
  const data = d.data as DiagnosticData | undefined;
  if (data && data.uri === a.uri && data.version === a.version && a.result.diagnostics[data.index]?.code === d.code) return data.index;
  const start = a.lines.offsetAt(d.range.start);
  const end = a.lines.offsetAt(d.range.end);
  return a.result.diagnostics.findIndex((c) => c.code === d.code && c.span.start === start && c.span.end === end);
}

export function codeActions(a: Analyzed, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const start = a.lines.offsetAt(params.range.start);
    const end = a.lines.offsetAt(params.range.end);
    const fromContext = params.context.diagnostics.filter((d) => d.source === SOURCE).map((d) => coreIndex(a, d));
    // Clients that send no context diagnostics still get the fixes under the cursor.
    const indices = fromContext.length
      ? fromContext
      : a.result.diagnostics.map((d, i) => (d.span.start <= end && start <= d.span.end ? i : -1));
    for (const i of indices) {
      if (i < 0) continue;
      const d = a.result.diagnostics[i];
      const lsp = toLspDiagnostic(a, d, i);
      for (const fix of d.fixes) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: fix.preferred,
          edit: { changes: { [a.uri]: toLspEdits(a, fix.edits) } },
        });
      }
    }
  }
  if (only && only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(k + '.') || k === CodeActionKind.Source)) {
    const all = fixAll(a);
    if (all) actions.push(all);
  }
  return actions;
}

export function fixAll(a: Analyzed): CodeAction | undefined {
  const { edits, applied } = collectSafeEdits(a.result.diagnostics);
  if (!edits.length) return undefined;
  return {
    title: `Fix all torch-mlir problems (${applied.length})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [a.uri]: toLspEdits(a, edits) } },
  };
}
