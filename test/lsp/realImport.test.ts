import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Diagnostic, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from './client';
import { requireRealTools } from '../verify/tools';

// "Run the real import" over the real server with the real Python, torch 2.13.0 and torch-mlir
// 20261001, on runnable repros made by scripts/gen_runnable_repros.py (as tlparse writes them).

const tools = requireRealTools('lsp/realImport');
const skip = !tools && 'Python with torch-mlir not installed (see the banner)';
const FIXTURES = join(__dirname, '../fixtures/runnable');
const repro = (name: string) => join(FIXTURES, name, 'fx_graph_runnable.py');

interface Summary {
  status: string;
  message: string;
  mlir?: string;
  confirmed?: number;
  notConfirmed?: number;
  commandLine?: string;
}

let client: LspClient;

before(async () => {
  if (!tools) return;
  client = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '10' });
  await client.conn.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { workspaceTrusted: true, settings: { python: tools.python, verify: { timeoutSeconds: 300 } } } });
  await client.conn.sendNotification('initialized', {});
});

after(async () => {
  await client?.close();
});

const run = (uri: string) => client.request<Summary>('workspace/executeCommand', { command: 'torchMlir.runRealImport', arguments: [{ uri }] });

test('a repro the importer rejects: its failure lands on the dump\'s node (through the stack trace: _to_copy re-traced as convert_element_type) and confirms our prediction', { skip }, async () => {
  const file = repro('uint16');
  const uri = pathToFileURL(file).toString();
  const ours = await client.openAndWait(uri, 'fx', readFileSync(file, 'utf8'));
  assert.deepEqual(ours.map((d) => d.code), ['unsupported-dtype']);
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.deepEqual(lenses.map((l) => [l.command?.title, l.command?.command]), [['Run the real import (torch-mlir)', 'torchMlir.runRealImport']]);
  const s = await run(uri);
  assert.equal(s.status, 'failed', s.message);
  assert.equal(s.message, 'The real import failed on node _to_copy: KeyError: torch.uint16');
  assert.deepEqual([s.confirmed, s.notConfirmed], [1, 0]);
  assert.match(s.commandLine!, /python .*server\/python\/real_import\.py .*fx_graph_runnable\.py$/);
  const p = await client.waitDiagnostics(uri, (p) => p.diagnostics.some((d: Diagnostic) => d.source === 'torch-mlir importer'));
  const real = p.diagnostics.find((d) => d.source === 'torch-mlir importer')!;
  const line = readFileSync(file, 'utf8').split('\n')[real.range.start.line];
  assert.match(line, /^\s+_to_copy = torch\.ops\.aten\._to_copy\.default\(/);
  assert.equal(line.slice(real.range.start.character, real.range.end.character), '_to_copy');
  assert.equal(String(real.message), 'KeyError: torch.uint16');
  const prediction = p.diagnostics.find((d) => d.code === 'unsupported-dtype')!;
  assert.match(String(prediction.message), /✓ confirmed by the real import$/);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: prediction.range.start });
  assert.match((hover.contents as { value: string }).value, /`unsupported-dtype` prediction: \*\*confirmed\*\* by the real import: KeyError: torch.uint16/);
});

test('a repro that imports: the imported module comes back for the side editor', { skip }, async () => {
  const file = repro('imports');
  const uri = pathToFileURL(file).toString();
  await client.openAndWait(uri, 'fx', readFileSync(file, 'utf8'));
  const s = await run(uri);
  assert.equal(s.status, 'imported', s.message);
  assert.match(s.mlir!, /^module \{\n {2}func\.func @main\(%arg0: !torch\.vtensor<\[1,1,4,4\],f32>\) -> !torch\.vtensor<\[1,1,2,2\],f32>/);
  assert.match(s.mlir!, /torch\.aten\.max_pool2d/);
});
