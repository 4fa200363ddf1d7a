import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { Diagnostic, Hover, InitializeResult, ServerCapabilities } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/analyze';
import { ALL_RULES } from '../../server/src/core/rules/index';
import type { Rule } from '../../server/src/core/rules/rule';
import { LspClient } from '../lsp/client';

// The real dist/server.js --stdio under abuse: stale and out-of-range changes, requests for
// documents never opened, positions past the end, cancellation of every request kind, two hundred
// documents at once, a client that vanishes without shutdown, a crashing rule, an oversized file.
// After each abuse the server must still answer a normal request correctly.

const EXAMPLES = join(__dirname, '../../examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const POOL = example('max_pool_no_stride.fx');
const SANE = LspClient.uri('abuse/sane.fx');

let client: LspClient;
let caps: ServerCapabilities;

/** Every request the server advertises, with params for `uri` at `position`. */
function requests(uri: string, position = { line: 3, character: 60 }): [string, unknown][] {
  const td = { textDocument: { uri } };
  const range = { start: position, end: position };
  const all: [string, unknown, boolean][] = [
    ['textDocument/hover', { ...td, position }, !!caps.hoverProvider],
    ['textDocument/codeAction', { ...td, range, context: { diagnostics: [] } }, !!caps.codeActionProvider],
    ['textDocument/codeAction', { ...td, range, context: { diagnostics: [], only: ['source.fixAll.torchMlir'] } }, !!caps.codeActionProvider],
    ['textDocument/definition', { ...td, position }, !!caps.definitionProvider],
    ['textDocument/references', { ...td, position, context: { includeDeclaration: true } }, !!caps.referencesProvider],
    ['textDocument/documentHighlight', { ...td, position }, !!caps.documentHighlightProvider],
    ['textDocument/prepareRename', { ...td, position }, !!caps.renameProvider],
    ['textDocument/rename', { ...td, position, newName: 'renamed' }, !!caps.renameProvider],
    ['textDocument/documentSymbol', td, !!caps.documentSymbolProvider],
    ['textDocument/foldingRange', td, !!caps.foldingRangeProvider],
    ['textDocument/documentLink', td, !!caps.documentLinkProvider],
    ['textDocument/inlayHint', { ...td, range: { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } } }, !!caps.inlayHintProvider],
    ['textDocument/completion', { ...td, position }, !!caps.completionProvider],
    ['textDocument/signatureHelp', { ...td, position }, !!caps.signatureHelpProvider],
    ['textDocument/semanticTokens/full', td, !!caps.semanticTokensProvider],
    ['textDocument/codeLens', td, !!caps.codeLensProvider],
  ];
  return all.filter(([, , on]) => on).map(([m, p]) => [m, p]);
}

/** Sends a request; a clean refusal (a ResponseError other than InternalError) counts as an answer. */
async function ask(method: string, params: unknown): Promise<unknown> {
  try {
    return await client.request<unknown>(method, params);
  } catch (e) {
    assert.ok(e instanceof ResponseError && e.code !== -32603, `${method} failed: ${e}`);
    return { refused: e.message };
  }
}

/** The server still works: hover on the pooling target of the sane document shows its schema. */
async function assertHealthy(): Promise<void> {
  const line = POOL.split('\n').findIndex((l) => l.includes('aten.max_pool2d'));
  const character = POOL.split('\n')[line].indexOf('aten.max_pool2d') + 6;
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: SANE }, position: { line, character } });
  assert.ok(h, 'hover answered');
  assert.match(JSON.stringify(h.contents), /aten::max_pool2d\(Tensor self/);
}

before(async () => {
  client = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '10' });
  const init = await client.initialize();
  caps = init.capabilities;
  const d = await client.openAndWait(SANE, 'fx', POOL);
  assert.ok(d.some((x) => x.code === 'pool-stride-default'));
});

after(async () => {
  await client.close();
});

test('didChange with a stale version, a range beyond the end, and an emptied document', async () => {
  const uri = LspClient.uri('abuse/changes.fx');
  await client.openAndWait(uri, 'fx', POOL);
  // a stale version (lower than the current one)
  await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 0 }, contentChanges: [{ text: POOL + '\n' }] });
  await assertHealthy();
  // a range far beyond the end, and one with end before start
  const v1 = await client.change(uri, [{ range: { start: { line: 5000, character: 7 }, end: { line: 9000, character: 99 } }, text: '\n# appended' }]);
  const v2 = await client.change(uri, [{ range: { start: { line: 2, character: 400 }, end: { line: 0, character: 0 } }, text: '' }]);
  const after = await client.waitDiagnostics(uri, (p) => p.version === v2);
  assert.ok(Array.isArray(after.diagnostics));
  assert.ok(v1 < v2);
  await assertHealthy();
  // emptied
  const v3 = await client.change(uri, [{ text: '' }]);
  const empty = await client.waitDiagnostics(uri, (p) => p.version === v3);
  assert.deepEqual(empty.diagnostics, []);
  for (const [method, params] of requests(uri)) await ask(method, params);
  await assertHealthy();
});

test('every advertised request for a document that was never opened answers empty, not an error', async () => {
  const reqs = requests(LspClient.uri('abuse/never-opened.fx'));
  assert.ok(reqs.length >= 10, `advertised requests: ${reqs.map((r) => r[0])}`);
  for (const [method, params] of reqs) {
    const r = await client.request<unknown>(method, params);
    assert.ok(r === null || (Array.isArray(r) && r.length === 0) || (typeof r === 'object' && JSON.stringify(r) === '{"data":[]}'), `${method}: ${JSON.stringify(r)}`);
  }
  const cmd = await client.request('workspace/executeCommand', { command: 'torchMlir.noSuchCommand', arguments: [] });
  assert.equal(cmd, null);
  await assertHealthy();
});

test('every request at positions past the end of the line and of the document', async () => {
  for (const position of [
    { line: 2, character: 10_000 },
    { line: 1_000_000, character: 0 },
    { line: 1_000_000, character: 1_000_000 },
  ]) {
    for (const [method, params] of requests(SANE, position)) await ask(method, params);
  }
  await assertHealthy();
});

test('$/cancelRequest for every request kind', async () => {
  let cancelled = 0;
  let answered = 0;
  // Keep the server busy analysing a 2 MB document so the requests queue up behind it and their
  // $/cancelRequest arrives before they run.
  const big = LspClient.uri('abuse/busy.fx');
  await client.open(big, 'fx', POOL.repeat(Math.ceil(2e6 / POOL.length)));
  const busy = client.request('textDocument/documentSymbol', { textDocument: { uri: big } });
  const pending: [string, Promise<unknown>][] = [];
  for (const [method, params] of requests(SANE)) {
    const source = new CancellationTokenSource();
    pending.push([method, client.conn.sendRequest(method, params, source.token)]);
    source.cancel();
  }
  for (const [method, p] of pending) {
    try {
      await p;
      answered++;
    } catch (e) {
      assert.ok(e instanceof ResponseError, `${method}: ${e}`);
      // cancelled, or (prepareRename on nothing) a clean refusal; never an internal error
      assert.notEqual(e.code, -32603, `${method}: ${e.message}`);
      if (e.code === -32800) cancelled++;
      else answered++;
    }
  }
  await busy;
  await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: big } });
  console.log(`cancellation: ${cancelled} cancelled, ${answered} answered first`);
  assert.equal(cancelled + answered, pending.length);
  await assertHealthy();
});

test('two hundred documents open at once all get diagnostics', async () => {
  const names = [...Array(200).keys()].map((i) => LspClient.uri(`abuse/many/${i}.${i % 4 === 0 ? 'mlir' : 'fx'}`));
  const mlir = example('pool_stride_empty.mlir');
  const waits = names.map((uri) => client.waitDiagnostics(uri, () => true, 60_000));
  for (const [i, uri] of names.entries()) await client.open(uri, i % 4 === 0 ? 'mlir' : 'fx', i % 4 === 0 ? mlir : POOL);
  const all = await Promise.all(waits);
  for (const [i, p] of all.entries()) {
    const codes = p.diagnostics.map((d: Diagnostic) => d.code);
    assert.ok(codes.includes('pool-stride-default'), `${names[i]}: ${codes}`);
  }
  for (const uri of names) await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await assertHealthy();
});

test('a crashing rule becomes one internal-error naming it, logged with its stack; the other rules still report', async () => {
  // In the core
  const throwing: Rule = { id: 'always-throws', description: 'test', severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' }, checkFx: () => { throw new Error('boom'); }, checkMlir: () => { throw new Error('boom'); } };
  for (const [text, lang] of [[POOL, 'fx'], [example('pool_stride_empty.mlir'), 'mlir']] as const) {
    const logs: string[] = [];
    const plain = analyze(text, lang).diagnostics;
    const got = analyze(text, lang, { ruleSet: [...ALL_RULES, throwing], log: (m) => logs.push(m) }).diagnostics;
    const internal = got.filter((d) => d.code === 'internal-error');
    assert.equal(internal.length, 1);
    assert.match(internal[0].message, /always-throws/);
    assert.deepEqual(got.filter((d) => d.code !== 'internal-error'), plain);
    assert.equal(logs.length, 1);
    assert.match(logs[0], /always-throws[\s\S]*Error: boom[\s\S]*at /);
  }
  // Through the server, with the test-only hook
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '10', TORCH_MLIR_TEST_THROWING_RULE: '1' });
  try {
    await c.initialize();
    const d = await c.openAndWait(LspClient.uri('abuse/throwing.fx'), 'fx', POOL);
    const internal = d.filter((x) => x.code === 'internal-error');
    assert.equal(internal.length, 1, JSON.stringify(d));
    assert.match(String(internal[0].message), /test-throwing-rule/);
    assert.ok(d.some((x) => x.code === 'pool-stride-default'));
    assert.ok(c.logs.some((l) => /test-throwing-rule[\s\S]*deliberate failure[\s\S]*\n\s+at /.test(l)), c.logs.join('\n'));
  } finally {
    await c.close();
  }
});

test('a file above torchMlir.maxFileSizeMB gets one information diagnostic and no rule diagnostics', async () => {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '10' });
  try {
    await c.initialize({ maxFileSizeMB: 1 });
    const big = POOL.repeat(Math.ceil(1.3e6 / POOL.length));
    const d = await c.openAndWait(LspClient.uri('abuse/big.fx'), 'fx', big);
    const notice = d.filter((x) => x.code === 'file-too-large');
    assert.equal(notice.length, 1);
    assert.equal(notice[0].severity, 3);
    assert.match(String(notice[0].message), /1\.\d MB, above the 1 MB limit \(torchMlir\.maxFileSizeMB\)/);
    assert.deepEqual(d.filter((x) => !['file-too-large', 'parse-error'].includes(String(x.code))), []);
    // a small file in the same server is analysed fully
    const small = await c.openAndWait(LspClient.uri('abuse/small.fx'), 'fx', POOL);
    assert.ok(small.some((x) => x.code === 'pool-stride-default'));
  } finally {
    await c.close();
  }
});

function exited(proc: import('node:child_process').ChildProcess, ms: number): Promise<boolean> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    proc.once('exit', () => (clearTimeout(t), resolve(true)));
  });
}

test('a client that goes away without shutdown leaves no server behind', async () => {
  // stdin closed without shutdown/exit
  const a = new LspClient();
  await a.initialize();
  a.conn.dispose();
  a.proc.stdin!.end();
  const aGone = await exited(a.proc, 5000);
  if (!aGone) a.proc.kill('SIGKILL');
  assert.ok(aGone, 'server exits when its input closes');

  // the editor process dies (initialize's processId): the server notices and exits
  const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const b = new LspClient();
  await b.conn.sendRequest<InitializeResult>('initialize', { processId: parent.pid, rootUri: null, capabilities: {} });
  await b.conn.sendNotification('initialized', {});
  parent.kill('SIGKILL');
  const bGone = await exited(b.proc, 10_000);
  if (!bGone) b.proc.kill('SIGKILL');
  b.conn.dispose();
  assert.ok(bGone, 'server exits when the client process dies');

  // exit without shutdown: exits (with code 1, as the protocol says)
  const c = new LspClient();
  await c.initialize();
  await c.conn.sendNotification('exit');
  const cGone = await exited(c.proc, 5000);
  if (!cGone) c.proc.kill('SIGKILL');
  c.conn.dispose();
  assert.ok(cGone, 'server exits on exit without shutdown');
  assert.equal(c.proc.exitCode, 1);
  await assertHealthy();
});
