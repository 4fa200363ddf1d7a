// Invariants of the generated op data in server/data (see scripts/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTorchOps } from './torchOps';

const root = join(__dirname, '..', '..');
const load = (f: string) => JSON.parse(readFileSync(join(root, 'server', 'data', f), 'utf8'));

interface Arg { name: string; type: string; default?: string; kwarg_only?: boolean; alias?: string }
interface Op { name: string; overload: string; schema: string; args: Arg[]; returns: { name?: string; type: string }[] }

const torchOps = loadTorchOps();
const mlirOps = load('torch_mlir_ops.json');
const ops: Op[] = torchOps.ops;
const find = (name: string, overload = '') => ops.find((o) => o.name === name && o.overload === overload);

test('torch_ops.json: source and counts', () => {
  assert.equal(torchOps.source.package, 'torch');
  assert.match(torchOps.source.version, /^2\.13\.0/);
  assert.equal(torchOps.source.generator, 'scripts/gen_op_registry.py');
  assert.ok(ops.length > 4000, `ops: ${ops.length}`);
  const ns = new Set(ops.map((o) => o.name.split('::')[0]));
  for (const n of ['aten', 'prim', 'prims', 'quantized', 'quantized_decomposed', '_c10d_functional']) {
    assert.ok(ns.has(n), `namespace ${n}`);
  }
  assert.ok(Object.keys(torchOps.python).length > 500);
  assert.ok(Object.keys(torchOps.methods).length > 300);
  for (const h of ['cond', 'while_loop', 'map_impl', 'auto_functionalized', 'flex_attention']) {
    assert.ok(torchOps.higher_order.includes(h), h);
  }
});

test('torch_ops.json: sorted, unique, defaults match the schema text', () => {
  const keys = ops.map((o) => `${o.name}\u0000${o.overload}`);
  assert.deepEqual([...keys].sort(), keys);
  assert.equal(new Set(keys).size, keys.length);
  for (const o of ops) {
    assert.ok(o.schema.startsWith(o.name + (o.overload ? '.' + o.overload : '') + '('), o.schema);
    for (const a of o.args) {
      if (a.default !== undefined) assert.ok(o.schema.includes(` ${a.name}=${a.default}`), `${o.schema}: ${a.name}`);
      assert.ok(!a.type.includes('!'), `alias left in type: ${o.schema}`);
    }
  }
});

test('torch_ops.json: aten::max_pool2d', () => {
  const op = find('aten::max_pool2d');
  assert.ok(op);
  assert.equal(
    op.schema,
    'aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor',
  );
  assert.deepEqual(op.args, [
    { name: 'self', type: 'Tensor' },
    { name: 'kernel_size', type: 'int[2]' },
    { name: 'stride', type: 'int[2]', default: '[]' },
    { name: 'padding', type: 'int[2]', default: '0' },
    { name: 'dilation', type: 'int[2]', default: '1' },
    { name: 'ceil_mode', type: 'bool', default: 'False' },
  ]);
  assert.deepEqual(op.returns, [{ type: 'Tensor' }]);
});

test('torch_ops.json: types, aliases, kwarg-only, named returns', () => {
  assert.deepEqual(find('aten::index', 'Tensor')?.args[1], { name: 'indices', type: 'Tensor?[]' });
  const add_ = find('aten::add_', 'Tensor');
  assert.deepEqual(add_?.args[0], { name: 'self', type: 'Tensor', alias: 'a!' });
  assert.deepEqual(add_?.args[2], { name: 'alpha', type: 'Scalar', default: '1', kwarg_only: true });
  const es = find('aten::empty_strided');
  assert.equal(es?.args[0].type, 'SymInt[]');
  assert.equal(es?.args.find((a) => a.name === 'dtype')?.type, 'ScalarType?');
  assert.deepEqual(find('aten::max', 'dim')?.returns.map((r) => r.name), ['values', 'indices']);
});

test('torch_ops.json: python callables and methods', () => {
  const mp = torchOps.python['torch.nn.functional.max_pool2d'];
  assert.equal(mp.op, 'aten::max_pool2d');
  assert.deepEqual(mp.params.slice(0, 3), [{ name: 'input' }, { name: 'kernel_size' }, { name: 'stride', default: 'None' }]);
  assert.equal(mp.doc, 'https://pytorch.org/docs/stable/generated/torch.nn.functional.max_pool2d.html');
  assert.equal(torchOps.python['torch.nn.functional.avg_pool2d'].op, 'aten::avg_pool2d');
  assert.equal(torchOps.python['torch.nn.functional.interpolate'].op, undefined);
  assert.equal(torchOps.python['torch._C._nn.linear'].op, 'aten::linear');
  assert.equal(torchOps.python['torch._C._nn.linear'].doc, undefined);
  for (const k of ['torch.relu', 'torch.conv2d', 'torch.add', 'torch.flatten', 'torch._C._nn.upsample_bilinear2d']) {
    assert.ok(torchOps.python[k]?.op, k);
  }
  assert.equal(torchOps.methods.view, 'aten::view');
  assert.equal(torchOps.methods.relu, 'aten::relu');
});

test('torch_mlir_ops.json: source and counts', () => {
  assert.equal(mlirOps.source.package, 'torch-mlir');
  assert.equal(mlirOps.source.version, '20261001');
  const entries = Object.entries(mlirOps.ops) as [string, any][];
  const hand = entries.filter(([, v]) => v.handwritten);
  const gen = entries.filter(([, v]) => !v.handwritten);
  assert.ok(gen.length >= 770 && gen.length <= 800, `generated ${gen.length}`);
  assert.ok(hand.length >= 55 && hand.length <= 80, `hand-written ${hand.length}`);
  for (const [k] of entries) assert.ok(k.startsWith('torch.'), k);
});

test('torch_mlir_ops.json: generated ops', () => {
  const mp = mlirOps.ops['torch.aten.max_pool2d'];
  assert.equal(mp.key, 'aten::max_pool2d : (Tensor, int[], int[], int[], int[], bool) -> (Tensor)');
  assert.equal(mp.operands.length, 6);
  assert.deepEqual(mp.operands.map((o: any) => o.name), ['self', 'kernel_size', 'stride', 'padding', 'dilation', 'ceil_mode']);
  assert.equal(mp.operands[0].type, 'AnyTorchTensorType');
  assert.equal(mp.operands[1].type, 'AnyTorchListOfTorchIntType');
  assert.equal(mp.operands[5].type, 'Torch_BoolType');
  assert.deepEqual(mp.results, [{ name: 'result', type: 'AnyTorchOptionalTensorType' }]);
  const idx = mlirOps.ops['torch.aten.index.Tensor'];
  assert.equal(idx.operands.find((o: any) => o.name === 'indices').type, 'AnyTorchListOfOptionalTensorType');
  assert.equal(mlirOps.ops['torch.aten.add_.Tensor'].operands[0].type, 'Torch_NonValueTensorType');
});

test('torch_mlir_ops.json: hand-written and missing ops', () => {
  for (const k of ['torch.constant.int', 'torch.constant.none', 'torch.prim.ListConstruct', 'torch.vtensor.literal',
    'torch.operator', 'torch.symbolic_int', 'torch.bind_symbolic_shape', 'torch.hop_flex_attention',
    'torch.quantized_decomposed.quantize_per_tensor']) {
    assert.equal(mlirOps.ops[k]?.handwritten, true, k);
  }
  assert.deepEqual(mlirOps.ops['torch.constant.int'].operands, []);
  assert.equal(mlirOps.ops['torch.constant.int'].results[0].type, 'Torch_IntType');
  // torch-mlir 20261001 does register aten.lift_fresh_copy (a generated op);
  // aten.lift_fresh is not.
  assert.equal(mlirOps.ops['torch.aten.lift_fresh_copy']?.key, 'aten::lift_fresh_copy : (Tensor) -> (Tensor)');
  // Not registered by torch-mlir: these import as torch.operator.
  for (const k of ['torch.aten.lift_fresh', 'torch.aten.max_pool2d_with_indices_backward.grad_input',
    'torch.aten._foreach_add.Scalar', 'torch.aten.searchsorted.Tensor']) {
    assert.equal(mlirOps.ops[k], undefined, k);
  }
});
