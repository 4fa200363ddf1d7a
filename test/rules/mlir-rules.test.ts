import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, fixed, only } from './helpers';

// Each MLIR rule on the smallest module that fires it, and one that must not.

const wrap = (body: string, args = '%arg0: !torch.vtensor<[1,3,8,8],f32>', ret = '!torch.vtensor<[1,3,4,4],f32>') =>
  `module {\n  func.func @main(${args}) -> ${ret} {\n${body}\n  }\n}\n`;

test('pool-stride-default: empty stride list; the fix passes the kernel-size list', () => {
  const text = wrap(`    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %int0 = torch.constant.int 0
    %2 = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1 = torch.constant.int 1
    %3 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %4 = torch.aten.max_pool2d %arg0, %0, %1, %2, %3, %false : !torch.vtensor<[1,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4,4],f32>
    return %4 : !torch.vtensor<[1,3,4,4],f32>`);
  const [d] = only(text, 'pool-stride-default', 'torch-mlir', 'mlir');
  assert.equal(d.severity, 'information');
  assert.equal(at(text, d), '%1');
  const out = fixed(text, d);
  assert.match(out, /torch\.aten\.max_pool2d %arg0, %0, %0, %2, %3, %false/);
  assert.deepEqual(only(out, 'pool-stride-default', 'torch-mlir', 'mlir'), []);
  assert.deepEqual(only(out, 'type-mismatch', 'torch-mlir', 'mlir'), []);
  assert.equal(only(text, 'pool-stride-default', 'turbine-2023', 'mlir')[0].severity, 'error');
});

test('optional-tensor-list: None in a list typed list<vtensor>; the fix retypes it everywhere it is written', () => {
  const text = wrap(`    %none = torch.constant.none
    %0 = torch.prim.ListConstruct %none, %arg1 : (!torch.none, !torch.vtensor<[4],si64>) -> !torch.list<vtensor>
    %1 = torch.aten.index.Tensor %arg0, %0 : !torch.vtensor<[3,4],f32>, !torch.list<vtensor> -> !torch.vtensor<[3,4],f32>
    return %1 : !torch.vtensor<[3,4],f32>`, '%arg0: !torch.vtensor<[3,4],f32>, %arg1: !torch.vtensor<[4],si64>', '!torch.vtensor<[3,4],f32>');
  const [d] = only(text, 'optional-tensor-list', 'torch-mlir', 'mlir');
  assert.equal(at(text, d), '%none');
  const out = fixed(text, d, /optional/);
  assert.equal((out.match(/!torch\.list<optional<vtensor>>/g) ?? []).length, 2);
  assert.doesNotMatch(out, /!torch\.list<vtensor>/);
  assert.deepEqual(only(out, 'optional-tensor-list', 'torch-mlir', 'mlir'), []);
  assert.deepEqual(only(out, 'type-mismatch', 'torch-mlir', 'mlir'), []);
});

test('torch-operator-fallback: an unregistered aten op names the op and its schema; registered ones are silent', () => {
  const text = wrap(`    %0 = torch.operator "torch.aten.hypot"(%arg0, %arg0) : (!torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32>
    return %0 : !torch.vtensor<[3],f32>`, '%arg0: !torch.vtensor<[3],f32>', '!torch.vtensor<[3],f32>');
  const [d] = only(text, 'torch-operator-fallback', 'torch-mlir', 'mlir');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /failed to legalize operation 'torch\.operator'/);
  assert.match(d.message, /aten::hypot\(Tensor self, Tensor other\) -> Tensor/);
  const ok = text.replace('torch.aten.hypot', 'torch.aten.relu');
  assert.deepEqual(only(ok, 'torch-operator-fallback', 'torch-mlir', 'mlir'), []);
});

test('unknown-op: a misspelt torch op gets close names; a PyTorch op torch-mlir lacks is explained', () => {
  const text = wrap(`    %0 = torch.aten.reluu %arg0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %1 = torch.aten.hypot %0, %0 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    return %1 : !torch.vtensor<[3],f32>`, '%arg0: !torch.vtensor<[3],f32>', '!torch.vtensor<[3],f32>');
  const [a, b] = only(text, 'unknown-op', 'torch-mlir', 'mlir');
  assert.equal(at(text, a), 'torch.aten.reluu');
  assert.ok(a.fixes.some((f) => f.title === 'Change to torch.aten.relu'), a.fixes.map((f) => f.title).join());
  assert.match(b.message, /torch\.operator "torch\.aten\.hypot"/);
});

test('operand-count: too few operands for the registered definition', () => {
  const text = wrap(`    %int1 = torch.constant.int 1
    %0 = torch.aten.add.Tensor %arg0, %arg0 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %1 = torch.aten.add.Tensor %0, %arg0, %int1 : !torch.vtensor<[3],f32>, !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[3],f32>
    return %1 : !torch.vtensor<[3],f32>`, '%arg0: !torch.vtensor<[3],f32>', '!torch.vtensor<[3],f32>');
  const [d] = only(text, 'operand-count', 'torch-mlir', 'mlir');
  assert.match(d.message, /takes 3 operands \(self, other, alpha\), 2 given: missing alpha/);
});

test('type-mismatch: a use written with another type, and a return that does not match the signature', () => {
  const text = wrap(`    %0 = torch.aten.relu %arg0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %1 = torch.aten.relu %0 : !torch.vtensor<[3],f16> -> !torch.vtensor<[3],f32>
    return %1 : !torch.vtensor<[3],f32>`, '%arg0: !torch.vtensor<[3],f32>', '!torch.vtensor<[4],f32>');
  const ds = only(text, 'type-mismatch', 'torch-mlir', 'mlir');
  assert.equal(ds.length, 2, ds.map((d) => d.message).join('\n'));
  assert.equal(at(text, ds[0]), '!torch.vtensor<[3],f16>');
  assert.match(ds[1].message, /doesn't match function result type \(!torch\.vtensor<\[4\],f32>\)/);
});

test('none-into-tensor: a !torch.none where a tensor operand goes', () => {
  const text = wrap(`    %none = torch.constant.none
    %0 = torch.aten.relu %none : !torch.none -> !torch.vtensor<[3],f32>
    return %0 : !torch.vtensor<[3],f32>`, '', '!torch.vtensor<[3],f32>');
  const [d] = only(text, 'none-into-tensor', 'torch-mlir', 'mlir');
  assert.match(d.message, /operand #0 \(self\) must be Any Torch tensor type, but got '!torch\.none'/);
});

test('complex-dtype-code: the importer\'s code 10 for a complex<f32> result', () => {
  const text = wrap(`    %int10 = torch.constant.int 10
    %0 = torch.prims.convert_element_type %arg0, %int10 : !torch.vtensor<[3],f32>, !torch.int -> !torch.vtensor<[3],complex<f32>>
    return %0 : !torch.vtensor<[3],complex<f32>>`, '%arg0: !torch.vtensor<[3],f32>', '!torch.vtensor<[3],complex<f32>>');
  const [d] = only(text, 'complex-dtype-code', 'torch-mlir', 'mlir');
  assert.match(d.message, /write torch\.constant\.int 9/);
  assert.deepEqual(only(text.replace(/int10/g, 'int9').replace('constant.int 10', 'constant.int 9'), 'complex-dtype-code', 'torch-mlir', 'mlir'), []);
});

test('undefined-value and duplicate-definition on MLIR', () => {
  const text = wrap(`    %0 = torch.aten.relu %arg0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %0 = torch.aten.relu %5 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    return %0 : !torch.vtensor<[3],f32>`, '%arg0: !torch.vtensor<[3],f32>', '!torch.vtensor<[3],f32>');
  const [u] = only(text, 'undefined-value', 'torch-mlir', 'mlir');
  assert.equal(at(text, u), '%5');
  const [d] = only(text, 'duplicate-definition', 'torch-mlir', 'mlir');
  assert.match(d.message, /redefinition of SSA value %0/);
});

test('lift_fresh_copy and lift surviving in MLIR', () => {
  const text = wrap(`    %0 = torch.aten.lift_fresh_copy %arg0 : !torch.vtensor<[3],f32> -> !torch.vtensor<[3],f32>
    %1 = torch.operator "torch.aten.lift"(%0) : (!torch.vtensor<[3],f32>) -> !torch.vtensor<[3],f32>
    return %1 : !torch.vtensor<[3],f32>`, '%arg0: !torch.vtensor<[3],f32>', '!torch.vtensor<[3],f32>');
  assert.equal(only(text, 'lifted-tensor-constant', 'torch-mlir', 'mlir')[0].severity, 'information');
  assert.equal(only(text, 'lifted-tensor-constant', 'turbine-2023', 'mlir')[0].severity, 'warning');
  assert.match(only(text, 'functionalization-lift', 'torch-mlir', 'mlir')[0].message, /pytorch#107961/);
});

test('operand-count also checks the result count; type-mismatch flags a scalar where a tensor operand goes', () => {
  const text = wrap(`    %int2 = torch.constant.int 2
    %0 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %false = torch.constant.bool false
    %2 = torch.aten.max_pool2d_with_indices %arg0, %0, %1, %0, %0, %false : !torch.vtensor<[1,3,8,8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,3,4,4],f32>
    %float = torch.constant.float 1.000000e+00
    %int1 = torch.constant.int 1
    %3 = torch.aten.add.Tensor %2, %float, %int1 : !torch.vtensor<[1,3,4,4],f32>, !torch.float, !torch.int -> !torch.vtensor<[1,3,4,4],f32>
    return %3 : !torch.vtensor<[1,3,4,4],f32>`);
  const [r] = only(text, 'operand-count', 'torch-mlir', 'mlir');
  assert.match(r.message, /'torch\.aten\.max_pool2d_with_indices' op expected 2 results \(result0, result1\), 1 written/);
  const [t] = only(text, 'type-mismatch', 'torch-mlir', 'mlir');
  assert.match(t.message, /'torch\.aten\.add\.Tensor' op operand #1 \(other\) must be Any Torch tensor type, but got '!torch\.float'/);
});
