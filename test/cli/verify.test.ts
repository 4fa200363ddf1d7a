import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { requireRealTools } from '../verify/tools';

// The checker's --verify[=lower]: the real torch-mlir-opt on each .mlir path, in parallel, its
// errors beside our predictions in text, JSON and SARIF.

const tools = requireRealTools('cli/verify');
const skip = !tools && 'torch-mlir-opt not installed (see the banner)';
const REPO = join(__dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const file = (c: string) => `test/corpus/real/${c}/out.mlir`;

function cli(args: string[], env: Record<string, string | undefined> = { TORCH_MLIR_OPT: tools?.opt }) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('--verify=lower --format json: the tool\'s errors join each file\'s diagnostics, predictions carry verified, files carry how the tool ran', { skip }, () => {
  const r = cli(['--verify=lower', '--format', 'json', '--jobs', '2', file('unregistered_aten_hypot'), file('adaptive_avg_pool'), file('seed_upsample_bilinear_align_corners_aot'), 'examples/max_pool_no_stride.fx']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { code: string; verified?: string; range: { start: { line: number; character: number } }; message: string }[]; verification?: { mode: string; status: string; command: string } }[] };
  const by = new Map(out.files.map((f) => [f.path, f]));
  const hypot = by.get(file('unregistered_aten_hypot'))!;
  assert.deepEqual(hypot.verification?.status, 'failed');
  assert.equal(hypot.verification?.mode, 'lower');
  assert.match(hypot.verification!.command, /torch-mlir-opt -o \/dev\/null '--pass-pipeline=.*' - < test\/corpus\/real\/unregistered_aten_hypot\/out.mlir$/);
  assert.deepEqual(hypot.diagnostics.map((d) => [d.code, d.verified, d.range.start]), [
    ['torch-operator-fallback', 'confirmed', { line: 5, character: 24 }],
    ['torch-mlir-opt', undefined, { line: 5, character: 24 }],
  ]);
  assert.match(hypot.diagnostics[1].message, /^\(lower\) failed to legalize operation 'torch.operator'/);
  const clean = by.get(file('adaptive_avg_pool'))!;
  assert.equal(clean.verification?.status, 'passed');
  assert.deepEqual(clean.diagnostics.filter((d) => d.code === 'torch-mlir-opt'), []);
  const upsample = by.get(file('seed_upsample_bilinear_align_corners_aot'))!;
  // Four torch.operator uses of one op are one grouped finding (core/grouping.ts); the tool fails on the first.
  assert.deepEqual(upsample.diagnostics.filter((d) => d.verified).map((d) => d.verified), ['confirmed']);
  assert.match(upsample.diagnostics.find((d) => d.verified)!.message, /\(4 occurrences; the others are listed as related locations\)/);
  // FX dumps are not verified (torch-mlir-opt reads MLIR).
  assert.equal(by.get('examples/max_pool_no_stride.fx')?.verification, undefined);
});

test('--verify (text): the verifier\'s error on its line, the prediction marked', { skip }, () => {
  const r = cli(['--verify', file('fx_trace_nometa')]);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0], /^test\/corpus\/real\/fx_trace_nometa\/out.mlir:4:28: error \[none-into-tensor\] .* \[confirmed by torch-mlir-opt\]$/);
  assert.equal(lines[1], "test/corpus/real/fx_trace_nometa/out.mlir:4:10: error [torch-mlir-opt] (verify) 'torch.aten.relu' op operand #0 must be Any Torch tensor type, but got '!torch.none'");
});

test('--verify=lower --format sarif: tool results under rule torch-mlir-opt, predictions with properties.verified', { skip }, () => {
  const r = cli(['--verify=lower', '--format', 'sarif', file('unregistered_aten_hypot')]);
  const run = JSON.parse(r.stdout).runs[0];
  assert.deepEqual(run.results.map((x: { ruleId: string; properties?: { verified?: string } }) => [x.ruleId, x.properties?.verified]), [
    ['torch-operator-fallback', 'confirmed'],
    ['torch-mlir-opt', undefined],
  ]);
  assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'torch-mlir-opt'));
});

test('a missing torch-mlir-opt: one message naming the variable, exit 2, nothing checked', () => {
  const r = cli(['--verify', file('unregistered_aten_hypot')], { TORCH_MLIR_OPT: '/nonexistent/torch-mlir-opt', TORCH_MLIR_PYTHON: undefined });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "torch-mlir-check: --verify: $TORCH_MLIR_OPT is set to '/nonexistent/torch-mlir-opt', which is not an executable file.\n");
});

test('--verify takes no value or =lower', () => {
  const r = cli(['--verify=fast', file('unregistered_aten_hypot')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--verify takes no value or =lower, got '--verify=fast'/);
});
