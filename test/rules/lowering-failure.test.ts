import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from '../../server/src/core/registry/registry';
import { LegalityDataError, LoweringLegality } from '../../server/src/core/registry/loweringLegality';
import { at, only } from './helpers';

const root = join(__dirname, '..', '..');
const table = JSON.parse(readFileSync(join(root, 'server', 'data', 'lowering_legality.json'), 'utf8'));
const real = (c: string, f: string) => readFileSync(join(root, 'test', 'corpus', 'real', c, f), 'utf8');


// Dumps printed by PyTorch 2.13.0 / torch-mlir 20261001 for the OpInfo samples the table was probed with
// (scripts/gen_lowering_legality.py: OpInfo erfinv and argmax, float32, sample 0).
const erfinvReadable = `class GraphModule(torch.nn.Module):
    def forward(self, inputs_0: "f32[20, 20]"):
        erfinv: "f32[20, 20]" = torch.ops.aten.erfinv.default(inputs_0);  inputs_0 = None
        return (erfinv,)`;
const erfinvMlir = `module {
  func.func @main(%arg0: !torch.vtensor<[20,20],f32>) -> !torch.vtensor<[20,20],f32> {
    %0 = torch.aten.erfinv %arg0 : !torch.vtensor<[20,20],f32> -> !torch.vtensor<[20,20],f32>
    return %0 : !torch.vtensor<[20,20],f32>
  }
}`;
const argmax0d = `class GraphModule(torch.nn.Module):
    def forward(self, inputs_0: "f32[]"):
        argmax: "i64[]" = torch.ops.aten.argmax.default(inputs_0);  inputs_0 = None
        return (argmax,)`;

test('the table says erfinv on float32 does not lower: warning naming op, dtype, shapes and the real message', () => {
  assert.equal(table.ops['torch.aten.erfinv']['float32/static'].v, 'fails');
  for (const profile of ['torch-mlir', 'turbine-2023'] as const) {
    const [d] = only(erfinvReadable, 'lowering-failure', profile);
    assert.equal(d.severity, 'warning');
    assert.equal(at(erfinvReadable, d), 'torch.ops.aten.erfinv.default');
    assert.match(d.message, /^erfinv: torch\.aten\.erfinv on float32 with static shapes does not lower in torch 2\.13\.0\+cpu, torch-mlir 20261001: torch-backend-to-linalg-on-tensors-backend-pipeline fails with "failed to legalize operation 'torch\.aten\.erfinv'"/);
  }
  const [m] = only(erfinvMlir, 'lowering-failure', 'torch-mlir', 'mlir');
  assert.equal(at(erfinvMlir, m), 'torch.aten.erfinv');
  assert.match(m.message, /float32 with static shapes/);
});

// OpInfo nn.functional.max_pool2d, int64, sample 0 (kernel 3, stride 2, ceil_mode): a multi-result op,
// so the FX key comes from its getitem users' annotations.
const poolInt = `class GraphModule(torch.nn.Module):
    def forward(self, inputs_0: "i64[1, 2, 3, 6]"):
        max_pool2d_with_indices = torch.ops.aten.max_pool2d_with_indices.default(inputs_0, [3, 3], [2, 2], [0, 0], [1, 1], True);  inputs_0 = None
        getitem: "i64[1, 2, 1, 3]" = max_pool2d_with_indices[0]
        getitem_1: "i64[1, 2, 1, 3]" = max_pool2d_with_indices[1];  max_pool2d_with_indices = None
        return (getitem, getitem_1)`;
const poolIntMlir = `module {
  func.func @main(%arg0: !torch.vtensor<[1,2,3,6],si64>) -> (!torch.vtensor<[1,2,1,3],si64>, !torch.vtensor<[1,2,1,3],si64>) {
    %int3 = torch.constant.int 3
    %0 = torch.prim.ListConstruct %int3, %int3 : (!torch.int, !torch.int) -> !torch.list<int>
    %int2 = torch.constant.int 2
    %1 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0 = torch.constant.int 0
    %2 = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1 = torch.constant.int 1
    %3 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %true = torch.constant.bool true
    %result0, %result1 = torch.aten.max_pool2d_with_indices %arg0, %0, %1, %2, %3, %true : !torch.vtensor<[1,2,3,6],si64>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,2,1,3],si64>, !torch.vtensor<[1,2,1,3],si64>
    return %result0, %result1 : !torch.vtensor<[1,2,1,3],si64>, !torch.vtensor<[1,2,1,3],si64>
  }
}`;

test('integer max pooling: the lowering emits arith.cmpf on integers (FX via getitem annotations, and MLIR)', () => {
  assert.equal(table.ops['torch.aten.max_pool2d_with_indices']['int64/static'].v, 'fails');
  assert.equal(table.ops['torch.aten.max_pool2d_with_indices']['float32/static'], 'lowers');
  const [d] = only(poolInt, 'lowering-failure');
  assert.equal(at(poolInt, d), 'torch.ops.aten.max_pool2d_with_indices.default');
  assert.match(d.message, /torch\.aten\.max_pool2d_with_indices on int64 with static shapes .*"'arith\.cmpf' op operand #0 must be floating-point-like, but got 'i64'"/);
  const [m] = only(poolIntMlir, 'lowering-failure', 'torch-mlir', 'mlir');
  assert.equal(at(poolIntMlir, m), 'torch.aten.max_pool2d_with_indices');
  // The float32 control lowers.
  assert.deepEqual(only(poolInt.replace(/i64\[/g, 'f32['), 'lowering-failure'), []);
  assert.deepEqual(only(poolIntMlir.replace(/si64>/g, 'f32>'), 'lowering-failure', 'torch-mlir', 'mlir'), []);
  // A getitem user without an annotation: the results cannot be read, so no verdict.
  assert.deepEqual(only(poolInt.replace('getitem_1: "i64[1, 2, 1, 3]" =', 'getitem_1 ='), 'lowering-failure'), []);
});

test('controls: an op and dtype that lower are silent (FX and MLIR)', () => {
  assert.equal(table.ops['torch.aten.abs']['float32/static'], 'lowers');
  const abs = erfinvReadable.replace(/erfinv/g, 'abs');
  assert.deepEqual(only(abs, 'lowering-failure'), []);
  assert.deepEqual(only(erfinvMlir.replace(/erfinv/g, 'abs'), 'lowering-failure', 'torch-mlir', 'mlir'), []);
});

test('no verdict when the dtype or shape cannot be read, or the table has no entry for the key', () => {
  // str(graph): no annotations at all.
  const bare = `graph():
    %inputs_0 : [num_users=1] = placeholder[target=inputs_0]
    %erfinv : [num_users=1] = call_function[target=torch.ops.aten.erfinv.default](args = (%inputs_0,), kwargs = {})
    return (erfinv,)`;
  assert.deepEqual(only(bare, 'lowering-failure'), []);
  // Annotated output but an operand whose producer is not annotated: could be any dtype.
  const half = `class GraphModule(torch.nn.Module):
    def forward(self, inputs_0):
        erfinv: "f32[20, 20]" = torch.ops.aten.erfinv.default(inputs_0);  inputs_0 = None
        return (erfinv,)`;
  assert.deepEqual(only(half, 'lowering-failure'), []);
  // Unranked / unknown-dtype MLIR types.
  const unranked = erfinvMlir.replace(/!torch\.vtensor<\[20,20\],f32>/g, '!torch.vtensor<*,f32>');
  assert.deepEqual(only(unranked, 'lowering-failure', 'torch-mlir', 'mlir'), []);
  const unk = erfinvMlir.replace(/!torch\.vtensor<\[20,20\],f32>/g, '!torch.vtensor<[20,20],unk>');
  assert.deepEqual(only(unk, 'lowering-failure', 'torch-mlir', 'mlir'), []);
  // A dynamic dim: the probes never reached erfinv with one, so the table has no verdict.
  assert.equal(table.ops['torch.aten.erfinv']['float32/dynamic'], undefined);
  assert.deepEqual(only(erfinvReadable.replace(/f32\[20, 20\]/g, 'f32[s0, 20]'), 'lowering-failure'), []);
  assert.deepEqual(only(erfinvMlir.replace(/\[20,20\]/g, '[?,20]'), 'lowering-failure', 'torch-mlir', 'mlir'), []);
});

test('0-d tensors are their own key: argmax of a 0-d tensor fails, of a ranked one it does not', () => {
  assert.equal(table.ops['torch.aten.argmax']['float32/0d'].v, 'fails');
  const [d] = only(argmax0d, 'lowering-failure');
  assert.match(d.message, /torch\.aten\.argmax on float32 with 0-d tensors .*"failed to legalize operation 'torch\.constant\.bool'"/);
  assert.deepEqual(only(argmax0d.replace('"f32[]"', '"f32[2, 3]"').replace('"i64[]"', '"i64[]"'), 'lowering-failure'), []);
});

test('Dynamo-level graphs are decomposed before import: no verdict', () => {
  const dynamo = `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[20, 20]"):
        l_x_ = L_x_
        erfinv: "f32[20, 20]" = torch.erfinv(l_x_);  l_x_ = None
        return (erfinv,)`;
  assert.deepEqual(only(dynamo, 'lowering-failure'), []);
});

test('real corpus case whose lowering failed for its dtype: abs of a complex64 tensor (every dump kind that has dtypes)', () => {
  const outcome = JSON.parse(real('dtype_complex64_literal', 'outcome.json'));
  assert.equal(outcome.lowering.ok, false);
  assert.match(outcome.lowering.error, /'math\.absf' op operand #0 must be floating-point-like, but got 'complex<f32>'/);
  for (const f of ['export.readable.txt', 'exported_program.txt', 'aot.forward.txt']) {
    const text = real('dtype_complex64_literal', f);
    const ds = only(text, 'lowering-failure');
    assert.equal(ds.length, 1, f);
    assert.match(at(text, ds[0]), /aten\.abs\.default/);
    assert.match(ds[0].message, /torch\.aten\.abs on complex64 with static shapes .*'math\.absf' op operand #0 must be floating-point-like, but got 'complex<f32>'/);
  }
  const mlir = real('dtype_complex64_literal', 'out.mlir');
  const [m] = only(mlir, 'lowering-failure', 'torch-mlir', 'mlir');
  assert.equal(at(mlir, m), 'torch.aten.abs');
  // The code dump has no annotations: no verdict rather than a guess.
  assert.deepEqual(only(real('dtype_complex64_literal', 'export.code.txt'), 'lowering-failure'), []);
});

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

/**
 * Runs analyze() on an FX and an MLIR dump in a fresh process whose table comes from `tableText`
 * (undefined: a missing file), the way a user's server or checker meets a damaged install.
 */
function analyzeWithTable(tableText: string | undefined, fx: string, mlir: string): { code: string; message: string }[][] {
  const dir = mkdtempSync(join(tmpdir(), 'legality-'));
  const tablePath = join(dir, 'lowering_legality.json');
  if (tableText !== undefined) writeFileSync(tablePath, tableText);
  writeFileSync(join(dir, 'dump.txt'), fx);
  writeFileSync(join(dir, 'dump.mlir'), mlir);
  const script = join(dir, 'run.ts');
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';
import { analyze } from ${JSON.stringify(join(root, 'server', 'src', 'core', 'analyze'))};
const out = [['dump.txt', 'fx'], ['dump.mlir', 'mlir']].map(([f, language]) =>
  analyze(readFileSync(${JSON.stringify(dir)} + '/' + f, 'utf8'), language as 'fx' | 'mlir', { profile: 'torch-mlir' }).diagnostics.map((d) => ({ code: d.code, message: d.message })));
console.log(JSON.stringify(out));
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

test('a damaged or missing table gives one clear internal-error per file, and the other rules still report', () => {
  const fx = real('unregistered_aten_hypot', 'export.readable.txt');
  const mlir = real('unregistered_aten_hypot', 'out.mlir');
  const cases: [string | undefined, RegExp][] = [
    ['{"source": {"torch": "2.13.0+cpu", "torch_mlir": "20261001"}, "ops": {"torch.aten.abs": {"complex64/static"', /lowering_legality\.json is damaged \(.*JSON.*\); regenerate it with scripts\/gen_lowering_legality\.py/],
    [undefined, /cannot read .*lowering_legality\.json/],
  ];
  for (const [text, message] of cases) {
    for (const ds of analyzeWithTable(text, fx, mlir)) {
      const internal = ds.filter((d) => d.code === 'internal-error');
      assert.equal(internal.length, 1, JSON.stringify(ds));
      assert.match(internal[0].message, /rule lowering-failure/);
      assert.match(internal[0].message, message);
      assert.ok(ds.some((d) => d.code === 'torch-operator-fallback'), 'other rules still report');
    }
  }
});

test('the table is validated when loaded: a wrong shape is named, not half-read', () => {
  const source = { torch: '2.13.0+cpu', torch_mlir: '20261001' };
  const cases: [unknown, RegExp][] = [
    [{ ops: {} }, /is damaged \(no source versions\)/],
    [{ source }, /is damaged \(no ops object\)/],
    [{ source, ops: { 'torch.aten.abs': { 'complex64/static': { v: 'fails' } } } }, /is damaged \(verdict for torch\.aten\.abs complex64\/static\)/],
    [{ source, ops: { 'torch.aten.abs': { complex64: 'lowers' } } }, /is damaged \(key "complex64" of torch\.aten\.abs\)/],
    [{ source, ops: { abs: {} } }, /is damaged \(entry "abs"\)/],
  ];
  for (const [json, message] of cases) {
    assert.throws(() => new LoweringLegality(json, 'lowering_legality.json'), (e: Error) => e instanceof LegalityDataError && message.test(e.message));
  }
  const ok = new LoweringLegality({ source, ops: { 'torch.aten.abs': { 'complex64/static': { v: 'fails', stage: 'linalg', msg: 'm', n: [0, 1], from: 'abs|complex64' } } } }, 'x');
  assert.deepEqual(ok.verdict('torch.aten.abs', 'complex64', 'static'), { verdict: 'fails', stage: 'linalg', message: 'm', lowered: 0, failed: 1, from: 'abs|complex64' });
  assert.equal(ok.verdict('torch.aten.abs', 'complex64', 'dynamic'), undefined);
});
