import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Diagnostic as LspDiagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../core/diagnostics';
import { groupDiagnostics } from '../core/grouping';
import type { Analyzed } from '../documents';

// Core diagnostics → LSP diagnostics. `data` carries the document version and the index of the
// core diagnostic, so code actions find the exact fixes without re-matching ranges.

export const SOURCE = 'torch-mlir';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  uri: string;
  version: number;
  index: number;
}

let docsRoot: string | undefined | null = null;

/** docs/rules/ of the installed extension (next to dist/), for codeDescription links. */
function rulesDocsDir(): string | undefined {
  if (docsRoot === null) {
    docsRoot = undefined;
    let dir = __dirname;
    for (let i = 0; i < 6; i++) {
      if (existsSync(join(dir, 'docs', 'rules'))) {
        docsRoot = join(dir, 'docs', 'rules');
        break;
      }
      dir = dirname(dir);
    }
  }
  return docsRoot;
}

const docUrls = new Map<string, string | undefined>();

/** Memoised per code: a file with thousands of diagnostics must not stat the disk for each. */
export function ruleDocUrl(code: string): string | undefined {
  if (docUrls.has(code)) return docUrls.get(code);
  const dir = rulesDocsDir();
  const url = dir && existsSync(join(dir, `${code}.md`)) ? pathToFileURL(join(dir, `${code}.md`)).toString() : undefined;
  docUrls.set(code, url);
  return url;
}

export function toLspDiagnostic(a: Analyzed, d: Diagnostic, index: number): LspDiagnostic {
  const out: LspDiagnostic = {
    range: a.lines.rangeOf(d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: SOURCE,
    message: d.message,
    data: { uri: a.uri, version: a.version, index } satisfies DiagnosticData,
  };
  const href = ruleDocUrl(d.code);
  if (href) out.codeDescription = { href };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri: a.uri, range: a.lines.rangeOf(r.span) }, message: r.message }));
  }
  if (d.code === 'file-too-large') out.tags = [] as DiagnosticTag[];
  return out;
}

/** What is published: findings grouped by cause, within the per-file budget (core/grouping). */
export function lspDiagnostics(a: Analyzed, maxDiagnostics?: number): LspDiagnostic[] {
  return groupDiagnostics(a.result.diagnostics, { maxDiagnostics }).map((s) => toLspDiagnostic(a, s.diagnostic, s.index));
}
