import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { LspClient } from './client';

// Over stdio, as an editor drives the server: the diagnostics of a version are published before
// the outline, tokens and the rest are answered; a cancelled request, and one superseded by a
// newer request of the same kind, answer RequestCancelled (-32800).

const REQUEST_CANCELLED = -32800;

/** A print(gm.graph) dump of `n` nodes with a pooling finding every 50 nodes. */
function dump(n: number): string {
  const lines = ['graph():', `    %x : [num_users=1] = placeholder[target=x]`];
  let prev = 'x';
  for (let i = 0; i < n; i++) {
    const target = i % 50 === 0 ? 'torch.ops.aten.max_pool2d.default' : 'torch.ops.aten.relu.default';
    const args = i % 50 === 0 ? `(%${prev}, [2, 2])` : `(%${prev},)`;
    lines.push(`    %n${i} : [num_users=1] = call_function[target=${target}](args = ${args}, kwargs = {})`);
    prev = `n${i}`;
  }
  lines.push(`    return (%${prev},)`, '');
  return lines.join('\n');
}

async function rejection(p: Promise<unknown>): Promise<ResponseError<unknown> | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e as ResponseError<unknown>;
  }
}

test('diagnostics are published before the editor requests sent with didOpen are answered', async () => {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '0' });
  try {
    await c.initialize();
    const uri = LspClient.uri('first.fx');
    const order: string[] = [];
    const diags = c.waitDiagnostics(uri, () => true, 60_000).then(() => order.push('diagnostics'));
    await c.open(uri, 'fx', dump(5000));
    const requests = [
      c.request('textDocument/documentSymbol', { textDocument: { uri } }).then(() => order.push('symbols')),
      c.request('textDocument/semanticTokens/full', { textDocument: { uri } }).then(() => order.push('tokens')),
      c.request('textDocument/foldingRange', { textDocument: { uri } }).then(() => order.push('folding')),
    ];
    await Promise.all([diags, ...requests]);
    assert.equal(order[0], 'diagnostics', order.join(', '));
  } finally {
    await c.close();
  }
});

test('a cancelled request answers RequestCancelled; the document stays usable', async () => {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '0' });
  try {
    await c.initialize();
    const uri = LspClient.uri('cancel.fx');
    await c.open(uri, 'fx', dump(5000));
    const source = new CancellationTokenSource();
    const cancelled = c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token);
    source.cancel();
    const e = await rejection(cancelled);
    assert.ok(e, 'the cancelled request was answered normally');
    assert.equal(e.code, REQUEST_CANCELLED, e.message);
    const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
  } finally {
    await c.close();
  }
});

test('two views asking for one version both get answers; a request overtaken by an edit is answered or cancelled, never stale', async () => {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '0' });
  try {
    await c.initialize();
    const uri = LspClient.uri('superseded.fx');
    const text = dump(5000);
    await c.open(uri, 'fx', text);
    // VS Code's Outline and breadcrumbs ask for the same version at once: cancelling one of them
    // left the Outline saying "No symbols found" in the real workbench.
    const outline = c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const breadcrumbs = c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok((await outline).length > 0);
    assert.ok((await breadcrumbs).length > 0);
    const older = c.request('textDocument/documentSymbol', { textDocument: { uri } });
    await c.change(uri, [{ text: text + '\n' }]);
    const newer = c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    // The older request is answered if it was served before the edit arrived, else cancelled.
    const e = await rejection(older);
    if (e) assert.equal(e.code, REQUEST_CANCELLED);
    assert.ok((await newer).length > 0);
  } finally {
    await c.close();
  }
});

test('published diagnostics: one per cause, and the per-file budget from torchMlir.maxDiagnostics', async () => {
  const c = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '0' });
  try {
    await c.initialize({ maxDiagnostics: 40 });
    const uri = LspClient.uri('budget.fx');
    const diagnostics = await c.openAndWait(uri, 'fx', dump(5000));
    assert.equal(diagnostics.length, 40);
    const summary = diagnostics.find((d) => d.code === 'diagnostics-withheld');
    assert.match(String(summary?.message ?? ''), /^61 more findings not shown \(pool-stride-default ×61\)/);
    const repeated = LspClient.uri('repeated.mlir');
    const uses = 2000;
    const many = await c.openAndWait(repeated, 'mlir', `func.func @main() {\n  "test.use"(${Array(uses).fill('%a').join(', ')}) : (${Array(uses).fill('i32').join(', ')}) -> ()\n  return\n}\n`);
    assert.equal(many.length, 1);
    assert.match(String(many[0].message), /2,000 occurrences/);
    assert.equal(many[0].relatedInformation?.length, 20);
    // Its quick-fixes and code actions still resolve against the first finding.
    const actions = await c.request<unknown[]>('textDocument/codeAction', { textDocument: { uri: repeated }, range: many[0].range, context: { diagnostics: many } });
    assert.ok(Array.isArray(actions));
  } finally {
    await c.close();
  }
});
