import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from '../../server/src/core/registry/registry';
import { at, diagnose, only } from './helpers';

const root = join(__dirname, '..', '..');
const table = JSON.parse(readFileSync(join(root, 'server', 'data', 'lowering_legality.json'), 'utf8'));
const real = (c: string, f: string) => readFileSync(join(root, 'test', 'corpus', 'real', c, f), 'utf8');

// __DATA_TESTS__

test('the table and torch-operator-fallback never overlap: every op in it is a registered torch-dialect op', () => {
  const reg = Registry.load();
  const ops = Object.keys(table.ops);
  assert.ok(ops.length > 0);
  for (const op of ops) assert.ok(reg.mlirOp(op), `${op} is not registered: it would be torch-operator-fallback's`);
});

test('an op the dialect does not register stays torch-operator-fallback\'s', () => {
  const hypot = real('unregistered_aten_hypot', 'export.readable.txt');
  assert.equal(only(hypot, 'lowering-failure').length, 0);
  assert.ok(only(hypot, 'torch-operator-fallback').length > 0);
});

/** Runs analyze() in a fresh process whose table comes from `tableText` (undefined: a missing file). */
function analyzeWithTable(tableText: string | undefined, dump: string, language: 'fx' | 'mlir'): { code: string; message: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'legality-'));
  const tablePath = join(dir, 'lowering_legality.json');
  if (tableText !== undefined) writeFileSync(tablePath, tableText);
  const dumpPath = join(dir, language === 'fx' ? 'dump.txt' : 'dump.mlir');
  writeFileSync(dumpPath, dump);
  const script = join(dir, 'run.ts');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
import { analyze } from ${JSON.stringify(join(root, 'server', 'src', 'core', 'analyze'))};
const r = analyze(readFileSync(${JSON.stringify(dumpPath)}, 'utf8'), ${JSON.stringify(language)}, { profile: 'torch-mlir' });
console.log(JSON.stringify(r.diagnostics.map((d) => ({ code: d.code, message: d.message }))));
`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, TORCH_MLIR_LOWERING_LEGALITY: tablePath },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

test('a damaged or missing table gives one clear internal-error, and the other rules still report', () => {
  const dump = real('unregistered_aten_hypot', 'export.readable.txt');
  const cases: [string | undefined, RegExp][] = [
    ['{"source": {"torch": "2.13.0+cpu", "torch_mlir": "20261001"}, "ops": {"torch.aten.abs": {"complex64/static"', /lowering_legality\.json is damaged \(.*JSON/],
    [JSON.stringify({ source: { torch: '2.13.0+cpu', torch_mlir: '20261001' }, ops: { 'torch.aten.abs': { 'complex64/static': { v: 'fails' } } } }), /is damaged \(verdict for torch\.aten\.abs complex64\/static\)/],
    [JSON.stringify({ ops: {} }), /is damaged \(no source versions\)/],
    [undefined, /cannot read .*lowering_legality\.json/],
  ];
  for (const [text, message] of cases) {
    const ds = analyzeWithTable(text, dump, 'fx');
    const internal = ds.filter((d) => d.code === 'internal-error');
    assert.equal(internal.length, 1, JSON.stringify(ds));
    assert.match(internal[0].message, /rule lowering-failure/);
    assert.match(internal[0].message, message);
    assert.ok(ds.some((d) => d.code === 'torch-operator-fallback'), 'other rules still report');
  }
  const mlir = analyzeWithTable('[]', real('unregistered_aten_hypot', 'out.mlir'), 'mlir');
  assert.equal(mlir.filter((d) => d.code === 'internal-error').length, 1);
});

void at;
void diagnose;
