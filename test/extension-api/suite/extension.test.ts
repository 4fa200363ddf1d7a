// The extension as VS Code's API sees it: each seed example opened as a document, and everything
// asserted through VS Code's own commands (vscode.executeHoverProvider, executeCodeActionProvider,
// executeDocumentSymbolProvider, executeDefinitionProvider), vscode.languages.getDiagnostics, and
// a quick-fix's WorkspaceEdit applied with vscode.workspace.applyEdit. Expectations come from the
// analysis core (./expect), so the suite follows the rules as they change.
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { collectSafeEdits, applyEdits } from '../../../server/src/core/fixes';
import { analyze, languageOf } from '../../../server/src/core/analyze';
import { deepEqual, equal, log, ok, test, waitFor } from './harness';
import { diagnosticsOf, expectationFor, type ExpectedDiagnostic, type Pos } from './expect';

export const EXTENSION_ID = 'torch-mlir-diagnostics.torch-mlir-diagnostics';
const SOURCE = 'torch-mlir';

interface SeedCase {
  file: string;
  language: 'fx' | 'mlir';
  /** Rule ids that must be among the file's diagnostics (the seed's known issues). */
  codes: string[];
  fixCode?: string;
}

export const SEEDS: SeedCase[] = [
  { file: 'max_pool_no_stride.fx', language: 'fx', codes: ['pool-stride-default'], fixCode: 'pool-stride-default' },
  { file: 'upsample_bilinear_2023.fx', language: 'fx', codes: ['optional-tensor-list'] },
  { file: 'tensor_constant_setitem_2023.fx', language: 'fx', codes: ['lifted-tensor-constant'] },
  { file: 'lift_fresh_copy_dynamo.fx', language: 'fx', codes: ['functionalization-lift'], fixCode: 'functionalization-lift' },
  { file: 'pool_stride_empty.mlir', language: 'mlir', codes: ['pool-stride-default'], fixCode: 'pool-stride-default' },
];

/** The examples folder the launcher opened (a temp copy), else TMD_EXT_API_EXAMPLES. */
export function examplesDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder && folder.scheme === 'file') return folder.fsPath;
  const env = process.env.TMD_EXT_API_EXAMPLES;
  if (env) return env;
  throw new Error('no workspace folder and no TMD_EXT_API_EXAMPLES: the launcher opens a copy of examples/');
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const pos = (p: Pos) => new vscode.Position(p.line, p.character);
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' && d.code ? d.code.value : d.code);
const key = (d: { line: number; character: number; code: string }) => `${String(d.line).padStart(6, '0')}:${String(d.character).padStart(6, '0')}:${d.code}`;

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function shape(ds: vscode.Diagnostic[]) {
  return ds
    .map((d) => ({
      code: codeOf(d),
      severity: d.severity,
      line: d.range.start.line,
      character: d.range.start.character,
      end: { line: d.range.end.line, character: d.range.end.character },
      message: d.message,
    }))
    .sort((a, b) => key(a).localeCompare(key(b)));
}

function expectedShape(es: ExpectedDiagnostic[]) {
  return es
    .map((e) => ({ code: e.code, severity: SEVERITY[e.severity], line: e.line, character: e.character, end: e.end, message: e.message }))
    .sort((a, b) => key(a).localeCompare(key(b)));
}

/** Waits until VS Code's diagnostics for `doc` are exactly the core's for its current text. */
async function diagnosticsSettle(doc: vscode.TextDocument, what: string, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify(expectedShape(diagnosticsOf(doc.getText(), doc.uri.fsPath)));
  let last = '';
  await waitFor(
    what,
    () => {
      last = JSON.stringify(shape(ours(doc.uri)));
      return last === want;
    },
    timeoutMs,
    100,
    () => `\n  expected ${want}\n  got      ${last}`,
  );
  return ours(doc.uri);
}

function hoverText(hovers: vscode.Hover[]): string {
  const parts: string[] = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c instanceof vscode.MarkdownString) parts.push(c.value);
      else if (c && typeof c === 'object' && 'value' in c) parts.push(String((c as { value: unknown }).value));
    }
  }
  return parts.join('\n');
}

function flattenSymbols(items: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): { name: string; selection?: vscode.Range }[] {
  const out: { name: string; selection?: vscode.Range }[] = [];
  const visit = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    if ('selectionRange' in s) {
      out.push({ name: s.name, selection: s.selectionRange });
      s.children.forEach(visit);
    } else out.push({ name: s.name });
  };
  items.forEach(visit);
  return out;
}

async function open(file: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.file(join(examplesDir(), file));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Puts the document back to the text on disk (after applyEdit), leaving it clean. */
async function restore(doc: vscode.TextDocument, original: string): Promise<void> {
  if (doc.getText() !== original) {
    const we = new vscode.WorkspaceEdit();
    we.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    await vscode.workspace.applyEdit(we);
  }
  if (doc.isDirty) {
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  equal(doc.getText(), original, `${doc.fileName}: text restored`);
}

// ---------------------------------------------------------------------------------------------

test('the extension under development is the one VS Code loaded, and it activates on an .fx document', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
  const devPath = process.env.TMD_EXT_API_DEV_PATH;
  if (devPath) equal(ext.extensionPath, devPath, 'extensionPath is the development folder');
  ok(existsSync(join(ext.extensionPath, 'dist', 'server.js')), `${ext.extensionPath}/dist/server.js exists (npm run build)`);
  const doc = await open(SEEDS[0].file);
  equal(doc.languageId, 'fx', `${SEEDS[0].file} languageId`);
  await waitFor('the extension to activate', () => ext.isActive, 30_000);
  log(`extension ${ext.id} ${ext.packageJSON.version} active from ${ext.extensionPath}`);
}, 60_000);

for (const seed of SEEDS) {
  const name = (what: string) => `${seed.file}: ${what}`;

  test(name('vscode.languages.getDiagnostics equals the core (codes, severities, ranges, messages, rule links)'), async () => {
    const doc = await open(seed.file);
    equal(doc.languageId, seed.language, 'languageId');
    const ds = await diagnosticsSettle(doc, `diagnostics of ${seed.file}`);
    const codes = new Set(ds.map(codeOf));
    for (const c of seed.codes) ok(codes.has(c), `${seed.file}: rule ${c} among ${[...codes].join(', ')}`);
    for (const d of ds) {
      const c = codeOf(d);
      const docPage = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'docs', 'rules', `${c}.md`);
      if (!existsSync(docPage)) continue;
      ok(typeof d.code === 'object' && d.code && d.code.target, `${c}: the diagnostic links its rule page`);
      const target = (d.code as { target: vscode.Uri }).target;
      ok(target.path.endsWith(`/docs/rules/${c}.md`), `${c}: rule link ${target.toString()}`);
    }
  });

  test(name('vscode.executeHoverProvider on the first op names it'), async () => {
    const doc = await open(seed.file);
    const e = expectationFor(doc.getText(), doc.uri.fsPath, seed.fixCode);
    ok(e.hover, 'the file has an op to hover');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos(e.hover));
    const text = hoverText(hovers ?? []);
    ok(text.length > 0, `a hover at ${e.hover.line + 1}:${e.hover.character + 1}`);
    ok(text.includes(e.hover.mention), `hover mentions ${e.hover.mention}: ${text.slice(0, 300)}`);
    // Our hover shows the op's PyTorch schema.
    ok(/aten::/.test(text), `hover shows the aten schema: ${text.slice(0, 300)}`);
  });

  test(name('vscode.executeDefinitionProvider jumps from a use to its definition'), async () => {
    const doc = await open(seed.file);
    const e = expectationFor(doc.getText(), doc.uri.fsPath, seed.fixCode);
    ok(e.definition, 'the file has a reference');
    const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos(e.definition));
    ok(locs && locs.length > 0, `a definition for ${e.definition.name} at ${e.definition.line + 1}:${e.definition.character + 1}`);
    const targets = locs.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range }));
    ok(
      targets.some((t) => t.uri.toString() === doc.uri.toString() && t.range.start.line === e.definition!.defLine),
      `${e.definition.name} defined on line ${e.definition.defLine + 1}; got ${JSON.stringify(targets.map((t) => `${t.uri.path}:${t.range.start.line + 1}`))}`,
    );
  });

  test(name('vscode.executeDocumentSymbolProvider lists every node / value'), async () => {
    const doc = await open(seed.file);
    const e = expectationFor(doc.getText(), doc.uri.fsPath, seed.fixCode);
    const syms = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    ok(syms && syms.length > 0, 'document symbols');
    const flat = flattenSymbols(syms);
    const norm = (s: string) => s.replace(/^@/, '');
    const names = new Set(flat.map((s) => norm(s.name)));
    const missing = e.symbols.filter((s) => !names.has(norm(s)));
    deepEqual(missing, [], `symbols missing from the outline (have ${[...names].join(', ')})`);
    // Each node symbol's selection range covers its name in the text.
    for (const s of flat) {
      if (!s.selection || !e.symbols.some((x) => norm(x) === norm(s.name))) continue;
      const sel = doc.getText(s.selection);
      ok(sel.includes(norm(s.name)), `symbol ${s.name}: selection ${JSON.stringify(sel)} names it`);
    }
  });

  if (seed.fixCode) {
    test(name(`${seed.fixCode} quick fix from vscode.executeCodeActionProvider, applied with vscode.workspace.applyEdit`), async () => {
      const doc = await open(seed.file);
      const original = doc.getText();
      const e = expectationFor(original, doc.uri.fsPath, seed.fixCode);
      ok(e.fix, 'a fix');
      equal(e.fix.code, seed.fixCode, 'the fixed rule');
      await diagnosticsSettle(doc, `diagnostics of ${seed.file} before the fix`);
      const range = new vscode.Range(pos(e.fix.at), pos(e.fix.end));
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
      const titles = (actions ?? []).map((a) => a.title);
      const action = (actions ?? []).find((a): a is vscode.CodeAction => a.title === e.fix!.title && 'kind' in a);
      ok(action, `code action "${e.fix.title}" offered; got ${JSON.stringify(titles)}`);
      ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `kind quickfix (${action.kind?.value})`);
      ok(action.isPreferred, 'the fix is preferred');
      // (vscode.executeCodeActionProvider's result converter drops CodeAction.diagnostics, so
      // which diagnostic the action fixes is checked by its effect below.)
      ok(action.edit, 'the action carries a WorkspaceEdit');
      try {
        equal(await vscode.workspace.applyEdit(action.edit), true, 'applyEdit');
        equal(doc.getText(), e.fix.after, 'document text after the fix');
        await diagnosticsSettle(doc, `diagnostics of ${seed.file} to follow the fix`);
        ok(!shape(ours(doc.uri)).some((d) => d.code === e.fix!.code && d.line === e.fix!.at.line && d.character === e.fix!.at.character), 'the fixed diagnostic is gone');
      } finally {
        await restore(doc, original);
      }
      await diagnosticsSettle(doc, `diagnostics of ${seed.file} after restoring the text`);
    });
  }
}

test('max_pool_no_stride.fx: source.fixAll.torchMlir fixes every safe problem at once', async () => {
  const doc = await open('max_pool_no_stride.fx');
  const original = doc.getText();
  const { edits, applied } = collectSafeEdits(analyze(original, languageOf(doc.uri.fsPath, original)).diagnostics);
  ok(applied.length >= 2, `the seed has two strides to fix (${applied.length})`);
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(original.length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, 'source.fixAll.torchMlir');
  const action = (actions ?? []).find((a) => a.kind?.value === 'source.fixAll.torchMlir');
  ok(action?.edit, `a source.fixAll.torchMlir action; got ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
  equal(action.title, `Fix all torch-mlir problems (${applied.length})`, 'title');
  try {
    equal(await vscode.workspace.applyEdit(action.edit), true, 'applyEdit');
    equal(doc.getText(), applyEdits(original, edits), 'document text after fix-all');
    await diagnosticsSettle(doc, 'diagnostics to follow fix-all');
    ok(!ours(doc.uri).some((d) => codeOf(d) === 'pool-stride-default'), 'no pool-stride-default left');
  } finally {
    await restore(doc, original);
  }
});

test('typing into a document re-publishes diagnostics (unknown op introduced, then removed)', async () => {
  const doc = await open('max_pool_no_stride.fx');
  const original = doc.getText();
  const at = original.indexOf('aten.avg_pool2d.default');
  ok(at >= 0, 'anchor text');
  const we = new vscode.WorkspaceEdit();
  we.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'aten.avg_pool2d'.length)), 'aten.avg_pool2x');
  try {
    equal(await vscode.workspace.applyEdit(we), true, 'applyEdit');
    const ds = await diagnosticsSettle(doc, 'diagnostics after the edit');
    ok(ds.some((d) => codeOf(d) === 'unknown-op'), `an unknown-op diagnostic after renaming the op; got ${ds.map(codeOf).join(', ')}`);
  } finally {
    await restore(doc, original);
  }
  await diagnosticsSettle(doc, 'diagnostics after restoring');
});
