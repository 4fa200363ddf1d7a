import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CodeLens, Diagnostic, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from './client';
import { requireRealTools } from '../verify/tools';

// "Verify with torch-mlir" over the real server (stdio) with the real torch-mlir-opt: the tool's
// errors as diagnostics (source torch-mlir-opt) at the op they name, our predictions marked
// confirmed / not confirmed in their message and hover, code lenses, and the refusals: untrusted
// workspace, missing or broken tool, timeout, cancellation.

const tools = requireRealTools('lsp/verify');
const skip = !tools && 'torch-mlir-opt not installed (see the banner)';
const CORPUS = join(__dirname, '../corpus/real');
const corpus = (c: string, f = 'out.mlir') => readFileSync(join(CORPUS, c, f), 'utf8');

interface Summary {
  status: string;
  message: string;
  errors?: number;
  confirmed?: number;
  notConfirmed?: number;
  commandLine?: string;
}

async function start(init: Record<string, unknown>): Promise<LspClient> {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '10' });
  await c.conn.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } }, initializationOptions: init });
  await c.conn.sendNotification('initialized', {});
  return c;
}

const verify = (c: LspClient, uri: string, mode: 'verify' | 'lower') => c.request<Summary>('workspace/executeCommand', { command: 'torchMlir.verify', arguments: [{ uri, mode }] });
const fromTool = (ds: Diagnostic[]) => ds.filter((d) => d.source === 'torch-mlir-opt');
const configure = (c: LspClient, torchMlir: Record<string, unknown>) => c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { torchMlir } });

let trusted: LspClient;
let untrusted: LspClient;
let tmp: string;

before(async () => {
  if (!tools) return;
  tmp = mkdtempSync(join(tmpdir(), 'tmd-verify-'));
  trusted = await start({ workspaceTrusted: true, settings: { torchMlirOpt: tools.opt } });
  untrusted = await start({ settings: { torchMlirOpt: tools.opt } });
});

after(async () => {
  await trusted?.close();
  await untrusted?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('lower: torch-mlir-opt\'s error is published on the torch.operator it names, and the fallback prediction is confirmed in its message and hover', { skip }, async () => {
  const uri = LspClient.uri('verify/hypot.mlir');
  const ours = await trusted.openAndWait(uri, 'mlir', corpus('unregistered_aten_hypot'));
  assert.deepEqual(ours.map((d) => d.code), ['torch-operator-fallback']);
  const summary = await verify(trusted, uri, 'lower');
  assert.deepEqual([summary.status, summary.errors, summary.confirmed, summary.notConfirmed], ['failed', 1, 1, 0], summary.message);
  assert.match(summary.commandLine!, /torch-mlir-opt -o \/dev\/null '--pass-pipeline=builtin.module\(.*torchdynamo-export-to-torch-backend-pipeline.*torch-backend-to-linalg-on-tensors-backend-pipeline.*\)' - < /);
  const p = await trusted.waitDiagnostics(uri, (p) => fromTool(p.diagnostics).length > 0);
  const [real] = fromTool(p.diagnostics);
  // torch-mlir-opt says <stdin>:6:10 (the op): shown on the torch.operator's quoted name, as our prediction.
  assert.deepEqual(real.range, { start: { line: 5, character: 24 }, end: { line: 5, character: 24 + '"torch.aten.hypot"'.length } });
  assert.deepEqual(real.range, ours[0].range);
  assert.equal(real.code, 'lower');
  assert.equal(real.severity, 1);
  assert.match(String(real.message), /^failed to legalize operation 'torch.operator' that was explicitly marked illegal/);
  const prediction = p.diagnostics.find((d) => d.code === 'torch-operator-fallback')!;
  assert.match(String(prediction.message), /✓ confirmed by torch-mlir-opt \(lower\)$/);
  const hover = await trusted.request<Hover>('textDocument/hover', { textDocument: { uri }, position: prediction.range.start });
  assert.match((hover.contents as { value: string }).value, /`torch-operator-fallback` prediction: \*\*confirmed\*\* by torch-mlir-opt \(lower\): failed to legalize operation 'torch.operator'/);
});

test('a lowering stops at its first failing op: the grouped finding on that op (four uses of one op) is confirmed once', { skip }, async () => {
  const uri = LspClient.uri('verify/upsample.mlir');
  await trusted.openAndWait(uri, 'mlir', corpus('seed_upsample_bilinear_align_corners_aot'));
  const summary = await verify(trusted, uri, 'lower');
  assert.deepEqual([summary.status, summary.confirmed, summary.notConfirmed], ['failed', 1, 0]);
  const p = await trusted.waitDiagnostics(uri, (p) => fromTool(p.diagnostics).length > 0);
  const marks = p.diagnostics.filter((d) => d.code === 'torch-operator-fallback').map((d) => [d.range.start.line, /✓ confirmed/.test(String(d.message)) ? 'confirmed' : /✗ not confirmed/.test(String(d.message)) ? 'not confirmed' : '?']);
  // The four torch.operator uses of one op are one grouped finding (core/grouping.ts) on the first.
  assert.deepEqual(marks, [[74, 'confirmed']]);
  assert.equal(fromTool(p.diagnostics)[0].range.start.line, 74);
});

test('verify: the verifier\'s error at <stdin>:4:10 lands on "torch.aten.relu", and an edit drops the now stale result', { skip }, async () => {
  const uri = LspClient.uri('verify/nometa.mlir');
  const text = corpus('fx_trace_nometa');
  await trusted.openAndWait(uri, 'mlir', text);
  const summary = await verify(trusted, uri, 'verify');
  assert.deepEqual([summary.status, summary.confirmed], ['failed', 1]);
  const p = await trusted.waitDiagnostics(uri, (p) => fromTool(p.diagnostics).length > 0);
  assert.deepEqual(fromTool(p.diagnostics).map((d) => [d.range.start, d.code, String(d.message)]), [[{ line: 3, character: 9 }, 'verify', "'torch.aten.relu' op operand #0 must be Any Torch tensor type, but got '!torch.none'"]]);
  trusted.diagnostics.delete(uri);
  await trusted.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
  const after = await trusted.waitDiagnostics(uri);
  assert.deepEqual(fromTool(after.diagnostics), []);
  assert.ok(after.diagnostics.every((d) => !/confirmed by torch-mlir-opt/.test(String(d.message))));
});

test('code lenses on each func.func run Verify and Verify and lower, in a trusted workspace', { skip }, async () => {
  const uri = LspClient.uri('verify/hypot.mlir');
  const lenses = await trusted.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.deepEqual(
    lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]),
    [
      [1, 'Verify with torch-mlir', 'torchMlir.verify', [{ uri, mode: 'verify' }]],
      [1, 'Verify and lower', 'torchMlir.verify', [{ uri, mode: 'lower' }]],
    ],
  );
});

test('tool status: torch-mlir-opt and Python found (next to the interpreter when only torchMlir.python is set) with their versions', { skip }, async () => {
  const c = await start({ workspaceTrusted: true, settings: { python: tools!.python } });
  try {
    const s = await c.request<{ trusted: boolean; opt?: { path: string; from: string; version?: string }; python?: { version?: string }; problems: string[] }>('workspace/executeCommand', { command: 'torchMlir.toolStatus', arguments: [] });
    assert.equal(s.trusted, true);
    assert.equal(s.opt?.path, join(tools!.python, '..', 'torch-mlir-opt'));
    assert.equal(s.opt?.from, 'next to python');
    assert.match(s.opt?.version ?? '', /^LLVM \d+/);
    assert.match(s.python?.version ?? '', /^Python 3\.\d+\.\d+, torch 2\.13\.0\+cpu, torch-mlir 20261001$/);
    assert.deepEqual(s.problems, []);
  } finally {
    await c.close();
  }
});

test('untrusted workspace: the server refuses to run anything, offers no code lens, and says why', { skip }, async () => {
  const uri = LspClient.uri('verify/untrusted.mlir');
  await untrusted.openAndWait(uri, 'mlir', corpus('unregistered_aten_hypot'));
  const summary = await verify(untrusted, uri, 'lower');
  assert.equal(summary.status, 'untrusted');
  assert.match(summary.message, /until you trust this workspace/);
  assert.deepEqual(await untrusted.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
  const status = await untrusted.request<{ trusted: boolean; opt?: { version?: string } }>('workspace/executeCommand', { command: 'torchMlir.toolStatus', arguments: [] });
  assert.equal(status.trusted, false);
  assert.equal(status.opt?.version, undefined, 'no tool is run to ask its version');
  // Trust granted (VS Code's onDidGrantWorkspaceTrust): the client tells the server.
  await untrusted.conn.sendNotification('torchMlir/toolContext', { workspaceTrusted: true });
  assert.equal((await verify(untrusted, uri, 'verify')).status, 'passed');
});

test('a missing tool: one clear message naming the setting, nothing run', { skip }, async () => {
  const c = await start({ workspaceTrusted: true, settings: { torchMlirOpt: '/nonexistent/bin/torch-mlir-opt' } });
  try {
    const uri = LspClient.uri('verify/missing.mlir');
    await c.openAndWait(uri, 'mlir', corpus('unregistered_aten_hypot'));
    const s = await verify(c, uri, 'verify');
    assert.equal(s.status, 'no-tool');
    assert.equal(s.message, "torchMlir.torchMlirOpt is set to '/nonexistent/bin/torch-mlir-opt', which is not an executable file.");
  } finally {
    await c.close();
  }
});

test('a broken tool: the message gives the command that failed and what it printed', { skip }, async () => {
  const broken = join(tmp, 'torch-mlir-opt');
  writeFileSync(broken, '#!/bin/sh\necho "torch-mlir-opt: cannot load libTorchMLIR.so" >&2\nexit 3\n');
  chmodSync(broken, 0o755);
  await configure(trusted, { torchMlirOpt: broken });
  try {
    const uri = LspClient.uri('verify/hypot.mlir');
    const s = await verify(trusted, uri, 'verify');
    assert.equal(s.status, 'tool-error');
    assert.equal(s.message, `torch-mlir-opt failed: \`${broken} -o /dev/null - < /tmp/torch-mlir-tests/verify/hypot.mlir\` exited with code 3: torch-mlir-opt: cannot load libTorchMLIR.so`);
  } finally {
    await configure(trusted, { torchMlirOpt: tools!.opt });
  }
});

test('a timeout stops torch-mlir-opt and says which setting to raise', { skip }, async () => {
  await configure(trusted, { torchMlirOpt: tools!.opt, verify: { timeoutSeconds: 0.001 } });
  try {
    const s = await verify(trusted, LspClient.uri('verify/upsample.mlir'), 'lower');
    assert.equal(s.status, 'timeout');
    assert.match(s.message, /^torch-mlir-opt did not finish within 0 s and was stopped: `.*torch-mlir-opt .*` \(raise torchMlir.verify.timeoutSeconds\)$/);
  } finally {
    await configure(trusted, { torchMlirOpt: tools!.opt });
  }
});

test('cancelling the request (the progress notification\'s Cancel) stops torch-mlir-opt at once', { skip }, async () => {
  const uri = LspClient.uri('verify/big.mlir');
  // A model whose whole lowering takes torch-mlir-opt about half a second, so the cancel lands while it runs.
  await trusted.openAndWait(uri, 'mlir', corpus('hf_mobilevit'));
  const source = new CancellationTokenSource();
  const t0 = Date.now();
  const p = trusted.conn.sendRequest<Summary>('workspace/executeCommand', { command: 'torchMlir.verify', arguments: [{ uri, mode: 'lower' }] }, source.token);
  setTimeout(() => source.cancel(), 50);
  const outcome = await p.then(
    (s) => s.status,
    (e: { code?: number }) => (e.code === -32800 ? 'cancelled' : `error ${e.code}`),
  );
  assert.equal(outcome, 'cancelled');
  assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
});
