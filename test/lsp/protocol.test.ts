import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './client';

// The real server over stdio: diagnostics after didOpen and didChange, hover, code actions, fixAll.

const EXAMPLES = join(__dirname, '../../examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

let client: LspClient;

before(async () => {
  client = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '20' });
  const init = await client.initialize();
  assert.ok(init.capabilities.hoverProvider);
});

after(async () => {
  await client.close();
});

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

test('didOpen publishes the pooling diagnostic with a docs link, and its quick-fix inserts the stride', async () => {
  const uri = LspClient.uri('max_pool_no_stride.fx');
  const text = example('max_pool_no_stride.fx');
  const diags = await client.openAndWait(uri, 'fx', text);
  const pool = diags.filter((d) => d.code === 'pool-stride-default');
  assert.equal(pool.length, 2, JSON.stringify(diags, null, 1));
  assert.equal(pool[0].severity, 3); // information under torch-mlir
  assert.match(pool[0].codeDescription?.href ?? '', /docs\/rules\/pool-stride-default\.md$/);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: pool[0].range,
    context: { diagnostics: [pool[0]] },
  });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'quickfix');
  assert.match(actions[0].title, /Insert explicit stride/);
  const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
  assert.match(fixed, /max_pool2d\.default\]\(args = \(%x, \[2, 2\], \[2, 2\]\), kwargs = \{\}\)/);
});

test('fixAll applies every safe fix at once', async () => {
  const uri = LspClient.uri('max_pool_no_stride.fx');
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.torchMlir'] },
  });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.torchMlir');
  const fixed = applyEdits(example('max_pool_no_stride.fx'), actions[0].edit!.changes![uri]);
  assert.match(fixed, /\(%x, \[2, 2\], \[2, 2\]\)/);
  assert.match(fixed, /\(%max_pool2d, \[3, 3\], \[3, 3\]\)/);
});

test('didChange re-publishes diagnostics for the new version', async () => {
  const uri = LspClient.uri('max_pool_no_stride.fx');
  const text = example('max_pool_no_stride.fx');
  const line = text.split('\n').findIndex((l) => l.includes('%max_pool2d :'));
  const col = text.split('\n')[line].indexOf('[2, 2])') + '[2, 2]'.length;
  const version = await client.change(uri, [{ range: { start: { line, character: col }, end: { line, character: col } }, text: ', [2, 2]' }]);
  const p = await client.waitDiagnostics(uri, (p) => p.version === version);
  assert.equal(p.diagnostics.filter((d) => d.code === 'pool-stride-default').length, 1);
});

test('hover on a target shows the schema, the binding table with filled defaults, and the MLIR op', async () => {
  const uri = LspClient.uri('max_pool_hover.fx');
  const text = example('max_pool_no_stride.fx');
  await client.openAndWait(uri, 'fx', text);
  const line = text.split('\n').findIndex((l) => l.includes('%max_pool2d :'));
  const character = text.split('\n')[line].indexOf('max_pool2d.default') + 3;
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const md = (hover.contents as { kind: string; value: string }).value;
  assert.match(md, /aten::max_pool2d\(Tensor self, int\[2\] kernel_size, int\[2\] stride=\[\]/);
  assert.match(md, /\| `stride` \| `int\[2\]` \| \*default\* `\[\]` \|/);
  assert.match(md, /torch\.aten\.max_pool2d/);
  assert.match(md, /ATen-level graph/);
});

test('hover on a node name shows its definition line and users', async () => {
  const uri = LspClient.uri('max_pool_hover.fx');
  const text = example('max_pool_no_stride.fx');
  const line = text.split('\n').findIndex((l) => l.includes('%x :'));
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
  const md = (hover.contents as { kind: string; value: string }).value;
  assert.match(md, /\*\*x\*\*: `placeholder`/);
  assert.match(md, /Users \(1\): `max_pool2d`/);
});

test('the turbine-2023 profile from initializationOptions turns the pooling note into an error', async () => {
  const other = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '20' });
  try {
    await other.initialize({ importer: 'turbine-2023' });
    const diags = await other.openAndWait(LspClient.uri('pool2023.fx'), 'fx', example('max_pool_no_stride.fx'));
    const pool = diags.filter((d) => d.code === 'pool-stride-default');
    assert.equal(pool.length, 2);
    assert.ok(pool.every((d) => d.severity === 1));
    assert.match(pool[0].message as string, /IndexError: list index out of range/);
  } finally {
    await other.close();
  }
});

test('rule settings turn a rule off', async () => {
  const other = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '20' });
  try {
    await other.initialize({ rules: { 'pool-stride-default': 'off' } });
    const diags = await other.openAndWait(LspClient.uri('pooloff.fx'), 'fx', example('max_pool_no_stride.fx'));
    assert.equal(diags.filter((d) => d.code === 'pool-stride-default').length, 0);
  } finally {
    await other.close();
  }
});

test('MLIR: diagnostics after didOpen, hover on an op and on a value, and the stride quick-fix', async () => {
  const uri = LspClient.uri('pool.mlir');
  const text = example('pool_stride_empty.mlir');
  const diags = await client.openAndWait(uri, 'mlir', text);
  const pool = diags.find((d) => d.code === 'pool-stride-default');
  assert.ok(pool, JSON.stringify(diags));
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('torch.aten.max_pool2d %arg0'));
  const opHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].indexOf('max_pool2d') } });
  const md = (opHover.contents as { kind: string; value: string }).value;
  assert.match(md, /torch-mlir definition/);
  assert.match(md, /`stride`: AnyTorchListOfTorchIntType/);
  assert.match(md, /aten::max_pool2d\(Tensor self, int\[2\] kernel_size, int\[2\] stride=\[\]/);
  const valHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line].indexOf('%1') + 1 } });
  const vmd = (valHover.contents as { kind: string; value: string }).value;
  assert.match(vmd, /\*\*%1\*\*: `!torch\.list<int>`/);
  assert.match(vmd, /torch\.prim\.ListConstruct  : \(\) -> !torch\.list<int>/);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: pool!.range, context: { diagnostics: [pool!] } });
  const out = applyEdits(text, actions[0].edit!.changes![uri]);
  assert.match(out, /torch\.aten\.max_pool2d %arg0, %0, %0, %2/);
});

test('MLIR examples over the server: each rule reaches the client with its code and severity', async () => {
  const expect: Record<string, [string, number][]> = {
    'optional_index_list.mlir': [['optional-tensor-list', 1]],
    'torch_operator_fallback.mlir': [['torch-operator-fallback', 2]],
    'complex_dtype_code.mlir': [['complex-dtype-code', 2]],
    'mlir_errors.mlir': [
      ['unknown-op', 1],
      ['operand-count', 1],
      ['none-into-tensor', 1],
      ['type-mismatch', 1],
      ['duplicate-definition', 1],
      ['undefined-value', 1],
    ],
  };
  for (const [file, codes] of Object.entries(expect)) {
    const diags = await client.openAndWait(LspClient.uri(`ex-${file}`), 'mlir', example(file));
    for (const [code, severity] of codes) {
      const d = diags.find((x) => x.code === code);
      assert.ok(d, `${file}: no ${code} in ${JSON.stringify(diags.map((x) => x.code))}`);
      assert.equal(d.severity, severity, `${file}: ${code}`);
    }
    assert.ok(!diags.some((d) => d.code === 'parse-error'), `${file}: parse error`);
  }
});

test('MLIR quick-fix over the server: Mark list elements optional rewrites every written type', async () => {
  const uri = LspClient.uri('ex-optional.mlir');
  const text = example('optional_index_list.mlir');
  const diags = await client.openAndWait(uri, 'mlir', text);
  const d = diags.find((x) => x.code === 'optional-tensor-list')!;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  const fix = actions.find((a) => a.title === 'Mark list elements optional')!;
  assert.equal(fix.edit!.changes![uri].length, 2);
  const out = applyEdits(text, fix.edit!.changes![uri]);
  assert.doesNotMatch(out, /!torch\.list<vtensor>/);
  assert.equal((out.match(/!torch\.list<optional<vtensor>>/g) ?? []).length, (text.match(/!torch\.list<optional<vtensor>>/g) ?? []).length + 2);
});
