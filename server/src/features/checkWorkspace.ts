import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { analyze, AnalysisResult, languageOf } from '../core/analyze';
import { LineIndex } from '../core/text';
import type { Analyzed } from '../documents';
import { isDumpFile } from '../dumpFiles';
import type { Settings } from '../settings';
import { lspDiagnostics } from './diagnostics';

// `torchMlir.checkWorkspace`: analyse every `*.fx`, `*.mlir` and `fx_graph_*.py` under the
// workspace folders, and `.txt`/`.log` files that sniff as dumps (the checker's folder rule), and
// publish diagnostics for each file.

export const CHECK_WORKSPACE_COMMAND = 'torchMlir.checkWorkspace';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.tox', 'dist', 'out']);

/** The checker's folder rule: dumps by name, and `.txt`/`.log` files (tlparse, TORCH_LOGS) by content. */
export function isCheckedFile(path: string): boolean {
  return /^fx_graph_.*\.py$/i.test(basename(path)) || isDumpFile(path);
}

/** Files to check under `folders`, sorted, without following symlinks, up to `limit`. */
export function workspaceFiles(folders: string[], limit = 10000): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, depth: number) => {
    if (out.length >= limit || depth > 32) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (out.length >= limit) return;
      const p = join(dir, name);
      let st;
      try {
        st = lstatSync(p);
      } catch {
        continue;
      }
      if (st.isSymbolicLink()) continue;
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(p, depth + 1);
      } else if (st.isFile() && isCheckedFile(p) && !seen.has(p)) {
        seen.add(p);
        out.push(p);
      }
    }
  };
  for (const f of folders) walk(f, 0);
  return out;
}

export interface CheckedFile {
  path: string;
  uri: string;
  analyzed: Analyzed;
}

/** Analyses one file the way the server analyses an open document. */
export function checkFile(path: string, settings: Settings): CheckedFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const language = languageOf(path, text);
  if (language === 'mlir' && !settings.handleMlir) return undefined;
  const result: AnalysisResult = analyze(text, language, { profile: settings.importer, rules: settings.rules, maxSize: settings.maxFileSize });
  const uri = pathToFileURL(path).toString();
  return { path, uri, analyzed: { uri, version: 0, text, lines: new LineIndex(text), result } };
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  /** Files with at least one diagnostic. */
  filesWithProblems: number;
}

export interface CheckWorkspaceHost {
  folders: string[];
  settings: Settings;
  /** Open documents are published by their own analysis; return true to skip a file. */
  isOpen(uri: string): boolean;
  publish(uri: string, diagnostics: LspDiagnostic[]): void;
  progress?: { begin(title: string, total: number): void; report(done: number, total: number, message: string): void; done(): void };
  isCancelled?(): boolean;
  log?(msg: string): void;
}

/** Checks every workspace file, publishing as it goes; yields to the event loop between files. */
export async function checkWorkspace(host: CheckWorkspaceHost): Promise<CheckSummary> {
  const files = workspaceFiles(host.folders);
  const summary: CheckSummary = { files: 0, errors: 0, warnings: 0, filesWithProblems: 0 };
  host.progress?.begin('torch-mlir: checking workspace', files.length);
  try {
    for (let i = 0; i < files.length; i++) {
      if (host.isCancelled?.()) break;
      const path = files[i];
      host.progress?.report(i, files.length, path);
      try {
        const c = checkFile(path, host.settings);
        if (!c) continue;
        const diags = lspDiagnostics(c.analyzed);
        summary.files++;
        if (diags.length) summary.filesWithProblems++;
        summary.errors += diags.filter((d) => d.severity === 1).length;
        summary.warnings += diags.filter((d) => d.severity === 2).length;
        if (!host.isOpen(c.uri)) host.publish(c.uri, diags);
      } catch (e) {
        host.log?.(`checkWorkspace: ${path}: ${(e as Error)?.stack ?? e}`);
      }
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    host.progress?.done();
  }
  return summary;
}
