import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CompletionList,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  InitializeResult,
  InlayHint,
  Location,
  Position,
  Range,
  SemanticTokens,
  SignatureHelp,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LspClient } from './client';

// The editor features through the real server over stdio: navigation, rename, symbols, folding,
// links (with the workspace boundary), inlay hints (and their settings), completion, signature
// help, semantic tokens and the torchMlir.checkWorkspace command with progress.

let ws: string;
let client: LspClient;
let init: InitializeResult;
const progress: { token: unknown; value: { kind: string } }[] = [];

const STR_GRAPH = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %max_pool2d : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%max_pool2d, %x), kwargs = {})
    return (add,)
`;

const READABLE = `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[1, 2, 4, 4]"):
        l_x_ = L_x_

        # File: src/model.py:2 in forward, code: y = F.max_pool2d(x, 2)
        max_pool2d: "f32[1, 2, 2, 2]" = torch.nn.functional.max_pool2d(l_x_, 2)

        # File: ../secret.py:1 in forward, code: return F.relu(y)
        relu = torch.ops.aten.relu.default(max_pool2d);  max_pool2d = None
        return (relu,)
`;

const MLIR = `module {
  func.func @main(%arg0: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32> {
    %int1 = torch.constant.int 1 loc("src/model.py":3:0)
    %0 = torch.aten.add.Tensor %arg0, %arg0, %int1 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[3,4],f32> loc("/etc/passwd":1:0)
    %1 = torch.operator "torch.my_lib.custom"(%0) : (!torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32> loc("src/model.py":4:0)
    %2 = foo.identity %1
    return %2 : !torch.vtensor<[3,4],f32>
  }
}
`;

function pos(text: string, needle: string, delta = 0): Position {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not found`);
  const before = text.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function offsetOf(text: string, p: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start))) {
    out = out.slice(0, offsetOf(text, e.range.start)) + e.newText + out.slice(offsetOf(text, e.range.end));
  }
  return out;
}

const rangeText = (text: string, r: Range) => text.slice(offsetOf(text, r.start), offsetOf(text, r.end));

async function startClient(settings?: unknown): Promise<{ c: LspClient; init: InitializeResult }> {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '20' });
  c.conn.onRequest('window/workDoneProgress/create', () => null);
  c.conn.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => {
    progress.push(p);
  });
  const r = await c.request<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ws).toString(),
    workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { workspaceFolders: true },
      textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
    initializationOptions: settings ? { settings } : undefined,
  });
  await c.conn.sendNotification('initialized', {});
  return { c, init: r };
}

const uri = (name: string) => pathToFileURL(join(ws, name)).toString();

before(async () => {
  ws = mkdtempSync(join(tmpdir(), 'tmd-editor-'));
  mkdirSync(join(ws, 'src'));
  mkdirSync(join(ws, 'dumps'));
  writeFileSync(join(ws, 'src', 'model.py'), 'import torch\nx = 1\ny = 2\nz = 3\n');
  writeFileSync(join(tmpdir(), 'secret.py'), 'secret\n');
  writeFileSync(join(ws, 'dumps', 'pool.fx'), STR_GRAPH);
  writeFileSync(join(ws, 'dumps', 'unknown.fx'), STR_GRAPH.replace('aten.add.Tensor', 'aten.addd.Tensor'));
  writeFileSync(join(ws, 'dumps', 'fx_graph_readable.py'), READABLE);
  writeFileSync(join(ws, 'dumps', 'm.mlir'), MLIR);
  ({ c: client, init } = await startClient());
});

after(async () => {
  await client?.close();
  rmSync(ws, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'secret.py'), { force: true });
});

test('capabilities: every editor feature is advertised', () => {
  const c = init.capabilities;
  assert.ok(c.definitionProvider && c.referencesProvider && c.documentHighlightProvider && c.documentSymbolProvider);
  assert.ok(c.foldingRangeProvider && c.documentLinkProvider && c.inlayHintProvider && c.completionProvider && c.signatureHelpProvider);
  assert.deepEqual(c.renameProvider, { prepareProvider: true });
  assert.deepEqual(c.executeCommandProvider?.commands, ['torchMlir.checkWorkspace', 'torchMlir.verify', 'torchMlir.toolStatus', 'torchMlir.runRealImport']);
  assert.deepEqual(c.codeLensProvider, { resolveProvider: false });
  assert.ok(c.semanticTokensProvider?.legend.tokenModifiers.includes('fallback'));
});

test('definition and references of a %ref in str(graph)', async () => {
  await client.openAndWait(uri('pool.fx'), 'fx', STR_GRAPH);
  const at = pos(STR_GRAPH, '%max_pool2d, %x', 2);
  const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uri('pool.fx') }, position: at });
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, uri('pool.fx'));
  assert.equal(defs[0].range.start.line, 2);
  assert.equal(rangeText(STR_GRAPH, defs[0].range), 'max_pool2d');
  const x = pos(STR_GRAPH, '%x, [2', 1);
  const all = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri('pool.fx') }, position: x, context: { includeDeclaration: true } });
  assert.deepEqual(all.map((l) => l.range.start.line), [1, 2, 3]);
  const uses = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uri('pool.fx') }, position: x, context: { includeDeclaration: false } });
  assert.deepEqual(uses.map((l) => l.range.start.line), [2, 3]);
  const none = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: uri('pool.fx') }, position: { line: 0, character: 2 } });
  assert.equal(none, null);
});

test('document highlights mark the definition as write and uses as read', async () => {
  const hs = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: uri('pool.fx') }, position: pos(STR_GRAPH, '%add :', 1) });
  assert.deepEqual(hs.map((h) => [h.range.start.line, h.kind]), [[3, 3], [4, 2]]);
});

test('rename: edits applied to the text rename the definition, every %ref and the return line', async () => {
  const at = pos(STR_GRAPH, '%max_pool2d :', 3);
  const prep = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: uri('pool.fx') }, position: at });
  assert.equal(prep.placeholder, 'max_pool2d');
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uri('pool.fx') }, position: at, newName: 'pooled' });
  const out = applyEdits(STR_GRAPH, edit.changes![uri('pool.fx')]);
  assert.match(out, /\n    %pooled : \[num_users=1\] = call_function\[target=torch\.ops\.aten\.max_pool2d\.default\]/);
  assert.match(out, /args = \(%pooled, %x\)/);
  const ret = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uri('pool.fx') }, position: pos(STR_GRAPH, 'return (add', 9), newName: 'total' });
  const out2 = applyEdits(STR_GRAPH, ret.changes![uri('pool.fx')]);
  assert.match(out2, /%total : /);
  assert.match(out2, /return \(total,\)/);
});

test('rename refuses invalid identifiers and existing names with an error', async () => {
  const at = pos(STR_GRAPH, '%max_pool2d :', 3);
  await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: uri('pool.fx') }, position: at, newName: '2x' }), /not a valid FX node name/);
  await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: uri('pool.fx') }, position: at, newName: 'add' }), /already the name of a node/);
  await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri: uri('pool.fx') }, position: { line: 0, character: 1 } }), /Nothing to rename/);
});

test('code form: rename covers the `;  x = None` frees', async () => {
  await client.openAndWait(uri('dumps/fx_graph_readable.py'), 'fx', READABLE);
  const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
    textDocument: { uri: uri('dumps/fx_graph_readable.py') },
    position: pos(READABLE, 'max_pool2d:', 1),
    newName: 'pooled',
  });
  const out = applyEdits(READABLE, edit.changes![uri('dumps/fx_graph_readable.py')]);
  assert.match(out, /pooled: "f32\[1, 2, 2, 2\]" = torch\.nn\.functional\.max_pool2d\(l_x_, 2\)/);
  assert.match(out, /relu = torch\.ops\.aten\.relu\.default\(pooled\);  pooled = None/);
});

test('document symbols: graph → provenance groups → nodes; MLIR module → function → loc groups', async () => {
  const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri('dumps/fx_graph_readable.py') } });
  assert.equal(syms.length, 1);
  assert.equal(syms[0].name, 'GraphModule');
  assert.deepEqual(syms[0].children!.map((s) => s.name), ['l_x_', 'model.py:2 in forward', 'secret.py:1 in forward']);
  assert.deepEqual(syms[0].children![1].children!.map((s) => s.name), ['max_pool2d']);
  await client.openAndWait(uri('dumps/m.mlir'), 'mlir', MLIR);
  const m = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri('dumps/m.mlir') } });
  assert.equal(m[0].name, 'module');
  assert.equal(m[0].children![0].name, '@main');
  assert.deepEqual(m[0].children![0].children!.map((s) => s.name), ['model.py:3', 'passwd:1', 'model.py:4', '%2', 'return']);
});

test('folding ranges for graphs and MLIR functions', async () => {
  const f = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uri('dumps/fx_graph_readable.py') } });
  assert.ok(f.some((r) => r.startLine === 0 && r.endLine === 9), JSON.stringify(f));
  const m = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: uri('dumps/m.mlir') } });
  assert.ok(m.some((r) => r.startLine === 0 && r.endLine === 7));
  assert.ok(m.some((r) => r.startLine === 1 && r.endLine === 6));
});

test('document links open workspace files at the line; .. escapes and outside paths are not linked', async () => {
  const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uri('dumps/fx_graph_readable.py') } });
  assert.equal(links.length, 1, JSON.stringify(links));
  assert.equal(links[0].target, pathToFileURL(join(ws, 'src', 'model.py')).toString() + '#L2');
  assert.equal(rangeText(READABLE, links[0].range), 'src/model.py:2');
  const m = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uri('dumps/m.mlir') } });
  assert.deepEqual(m.map((l) => l.target), [3, 4].map((n) => pathToFileURL(join(ws, 'src', 'model.py')).toString() + '#L' + n));
});

test('inlay hints: parameter names and left-out defaults; MLIR types where the line hides them', async () => {
  const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
    textDocument: { uri: uri('pool.fx') },
    range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
  });
  const labels = hints.map((h) => `${h.position.line}:${h.label}`);
  assert.ok(labels.includes('2:kernel_size='), labels.join(' '));
  assert.ok(labels.includes('2:, stride=[], padding=0, dilation=1, ceil_mode=False'), labels.join(' '));
  const stride = hints.find((h) => String(h.label).includes('stride=[]'))!;
  assert.equal(STR_GRAPH.split('\n')[2].slice(stride.position.character, stride.position.character + 3), '), ');
  const m = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uri('dumps/m.mlir') }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
  assert.deepEqual(m.map((h) => [h.position.line, h.label]), [[5, ': !torch.vtensor<[3,4],f32>']]);
});

test('inlay hints can be turned off through initializationOptions.settings.inlayHints', async () => {
  const { c } = await startClient({ inlayHints: { parameterNames: false, defaults: false, mlirTypes: false } });
  try {
    await c.openAndWait(uri('pool.fx'), 'fx', STR_GRAPH);
    const hints = await c.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uri('pool.fx') }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } });
    assert.deepEqual(hints, []);
    await c.openAndWait(uri('dumps/m.mlir'), 'mlir', MLIR);
    const m = await c.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uri('dumps/m.mlir') }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    assert.deepEqual(m, []);
  } finally {
    await c.close();
  }
  const { c: c2 } = await startClient({ inlayHints: { defaults: false } });
  try {
    await c2.openAndWait(uri('pool.fx'), 'fx', STR_GRAPH);
    const hints = await c2.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: uri('pool.fx') }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } });
    assert.ok(hints.length > 0 && hints.every((h) => String(h.label).endsWith('=')));
  } finally {
    await c2.close();
  }
});

test('completion: targets, keyword arguments and %names while typing', async () => {
  const u = uri('typing.fx');
  const head = 'graph():\n    %x : [num_users=1] = placeholder[target=x]\n    %y : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.';
  await client.openAndWait(u, 'fx', head + '\n');
  const end = { line: 2, character: head.split('\n')[2].length };
  const ov = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: end });
  assert.ok(ov.items.some((i) => i.label === 'default'));
  const tail = 'default](args = (%x, [2, 2]), kwargs = {';
  const v = await client.change(u, [{ range: { start: end, end }, text: tail }]);
  await client.waitDiagnostics(u, (p) => p.version === v);
  const end2 = { line: 2, character: end.character + tail.length };
  const kw = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: end2 });
  assert.deepEqual(kw.items.map((i) => i.label), ['stride:', 'padding:', 'dilation:', 'ceil_mode:']);
  assert.equal((kw.items[0].textEdit as TextEdit).newText, 'stride: ');
  const pct = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: { line: 2, character: end.character + 'default](args = (%'.length } });
  assert.deepEqual(pct.items.map((i) => i.label), ['x']);
});

test('signature help inside a call shows the schema and the active parameter', async () => {
  const u = uri('sig.fx');
  const text = 'def forward(self, x):\n    y = torch.ops.aten.max_pool2d.default(x, [2, 2], \n';
  await client.openAndWait(u, 'fx', text);
  const sh = await client.request<SignatureHelp>('textDocument/signatureHelp', { textDocument: { uri: u }, position: { line: 1, character: text.split('\n')[1].length } });
  assert.equal(sh.signatures.length, 1);
  assert.match(sh.signatures[0].label, /^aten::max_pool2d\(Tensor self, int\[2\] kernel_size, int\[2\] stride=\[\]/);
  assert.equal(sh.activeParameter, 2);
  const [s, e] = sh.signatures[0].parameters![2].label as [number, number];
  assert.equal(sh.signatures[0].label.slice(s, e), 'int[2] stride=[]');
});

test('semantic tokens decode to declarations, uses, parameters and unknown / fallback targets', async () => {
  const legend = init.capabilities.semanticTokensProvider!.legend;
  const decode = (text: string, data: number[]) => {
    const lines = text.split('\n');
    const out: string[] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      ch = data[i] === 0 ? ch + data[i + 1] : data[i + 1];
      const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
      out.push(`${lines[line].slice(ch, ch + data[i + 2])}:${legend.tokenTypes[data[i + 3]]}${mods.map((m) => '+' + m).join('')}`);
    }
    return out;
  };
  const unknown = STR_GRAPH.replace('aten.add.Tensor', 'aten.addd.Tensor');
  await client.openAndWait(uri('dumps/unknown.fx'), 'fx', unknown);
  const t = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri('dumps/unknown.fx') } });
  const toks = decode(unknown, t.data);
  assert.deepEqual(toks.slice(0, 4), ['x:parameter+declaration', 'max_pool2d:variable+declaration', 'torch.ops.aten.max_pool2d.default:function+defaultLibrary', 'x:parameter']);
  assert.ok(toks.includes('torch.ops.aten.addd.Tensor:function+deprecated+unknown'), toks.join(' '));
  assert.equal(toks[toks.length - 1], 'add:variable');
  const m = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uri('dumps/m.mlir') } });
  const mt = decode(MLIR, m.data);
  assert.ok(mt.includes('"torch.my_lib.custom":function+fallback'), mt.join(' '));
  assert.ok(mt.includes('%arg0:parameter+declaration') && mt.includes('@main:function+declaration'));
});

test('torchMlir.checkWorkspace publishes diagnostics for every dump in the workspace, with progress', async () => {
  const { c } = await startClient();
  try {
    progress.length = 0;
    const summary = await c.request<{ files: number; errors: number }>('workspace/executeCommand', { command: 'torchMlir.checkWorkspace', arguments: [] });
    assert.equal(summary.files, 4);
    const unknown = await c.waitDiagnostics(uri('dumps/unknown.fx'));
    assert.ok(unknown.diagnostics.some((d) => d.code === 'unknown-op'));
    await c.waitDiagnostics(uri('dumps/pool.fx'));
    await c.waitDiagnostics(uri('dumps/fx_graph_readable.py'));
    await c.waitDiagnostics(uri('dumps/m.mlir'));
    const kinds = progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.ok(kinds.includes('report'));
  } finally {
    await c.close();
  }
});

test('the VS Code client registers the command itself: the server then does not advertise it', async () => {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '20' });
  try {
    const r = await c.request<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { clientRegistersCommands: true } });
    assert.deepEqual(r.capabilities.executeCommandProvider?.commands, []);
  } finally {
    await c.close();
  }
});
