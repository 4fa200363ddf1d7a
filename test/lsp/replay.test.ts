import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER } from './client';

// The benchmark's editor replay (bench/replay.mjs) on small generated inputs: after didOpen and
// each edit, the requests VS Code sends for a visible file all arrive, answered and well-formed,
// and the diagnostics of each version are published. Speed is the benchmark's business, not this test's.

const dir = mkdtempSync(join(tmpdir(), 'tmd-replay-'));
const gen = spawnSync(process.execPath, [join(__dirname, '../../bench/generate.mjs'), '--nodes', '2000', '--small', '--out', dir], { encoding: 'utf8' });

const EXPECTED = [
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/semanticTokens/range',
  'textDocument/documentLink',
  'textDocument/inlayHint',
  'textDocument/codeAction',
  'textDocument/documentHighlight',
];

for (const [name, languageId] of [
  ['fx_str_graph_100k_diag1k.fx', 'fx'],
  ['fx_graph_readable_100k.fx', 'fx'],
  ['torch_100k_diag1k.mlir', 'mlir'],
  ['arith_100k.mlir', 'mlir'],
] as const) {
  test(`replay of the editor's requests on ${name}`, async () => {
    assert.equal(gen.status, 0, gen.stderr);
    const { replay, malformed } = await import('../../bench/replay.mjs');
    const file = join(dir, name);
    const r = await replay({ cmd: process.execPath, args: [SERVER, '--stdio'], env: { TORCH_MLIR_DEBOUNCE_MS: '0' }, file, text: readFileSync(file, 'utf8'), languageId, edits: 2, rootUri: `file://${dir}`, timeoutMs: 60_000 });
    assert.equal(r.error, undefined, r.stderr);
    assert.deepEqual(r.phases.map((p) => p.phase), ['open', 'edit 1', 'edit 2']);
    assert.equal(malformed('textDocument/semanticTokens/full', { data: [1, 2] }), 'textDocument/semanticTokens/full: data is not a multiple of 5 integers', 'the checker itself checks');
    for (const p of r.phases) {
      assert.ok(p.diagnosticsMs !== null, `${p.phase}: diagnostics published`);
      const methods = Object.keys(p.responses);
      for (const m of EXPECTED) assert.ok(methods.includes(m), `${p.phase}: no ${m} in ${methods}`);
      assert.ok(methods.includes(p.phase === 'open' ? 'textDocument/semanticTokens/full' : 'textDocument/semanticTokens/full/delta'), `${p.phase}: ${methods}`);
      for (const [m, x] of Object.entries(p.responses)) {
        assert.equal(x.error, undefined, `${p.phase} ${m}: ${x.error}`);
        assert.equal(x.malformed, undefined, `${p.phase} ${m}: ${x.malformed}`);
        assert.ok((x.bytes ?? 0) > 0);
      }
    }
    if (name.includes('diag1k')) assert.ok(r.phases[0].diagnostics > 0, 'the generated findings are reported');
  });
}
