import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { at, only } from './helpers';

const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%x, %x), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add, %sigmoid), kwargs = {})
    return (add,)`;

test('undefined-value: a reference no node defines', () => {
  const [d] = only(text, 'undefined-value');
  assert.equal(at(text, d), '%sigmoid');
  assert.equal(d.severity, 'error');
});

test('duplicate-definition: the second definition, related to the first', () => {
  const [d] = only(text, 'duplicate-definition');
  assert.equal(at(text, d), 'add');
  assert.equal(d.related?.length, 1);
  assert.ok(d.span.start > text.indexOf('%add'));
});

test('use before definition', () => {
  const t = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %a : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%b,), kwargs = {})
    %b : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})
    return (a,)`;
  const [d] = only(t, 'undefined-value');
  assert.match(d.message, /used by a before its definition/);
});

test('elided dumps are not checked', () => {
  const t = `graph():
    %x : [num_users=1] = placeholder[target=x]
    ...
    %fc : [num_users=1] = call_module[target=fc](args = (%flatten,), kwargs = {})
    return fc`;
  assert.deepEqual(only(t, 'undefined-value'), []);
});

test('undefined-value (MLIR): ml_program globals are symbols of the module, whatever keywords precede their name', () => {
  // torch-mlir-opt 20261001 accepts this file; `private mutable @_cache` was once read as a use.
  const text = readFileSync(join(__dirname, '../fixtures/mlir/ml_program_globals.mlir'), 'utf8');
  assert.deepEqual(only(text, 'undefined-value', 'torch-mlir', 'mlir'), []);
  const scope = analyze(text, 'mlir', { profile: 'torch-mlir' }).mlir!.scope;
  const cache = scope.defs.find((d) => d.name === '@_cache');
  assert.ok(cache, '@_cache is defined');
  assert.equal(scope.referencesOf(cache).length, 2, 'global_load and global_store resolve to it');
  for (const mod of ['memref.global "private" constant @g : memref<2xf32> = dense<0.0>', 'llvm.mlir.global internal constant @g(1 : i32) : i32']) {
    const t = `module {\n  ${mod}\n}\n`;
    assert.deepEqual(analyze(t, 'mlir', { profile: 'torch-mlir' }).mlir!.scope.defs.filter((d) => d.kind === 'symbol').map((d) => d.name), ['@g'], mod);
  }
});

test('undefined-value (MLIR): a load of a global no op defines is still reported', () => {
  const text = `module {
  ml_program.global private mutable @_cache(dense<0.0> : tensor<4xf32>) : tensor<4xf32>
  func.func @main() -> tensor<4xf32> {
    %0 = ml_program.global_load @_missing : tensor<4xf32>
    return %0 : tensor<4xf32>
  }
}
`;
  const ds = only(text, 'undefined-value', 'torch-mlir', 'mlir');
  assert.deepEqual(ds.map((d) => at(text, d)), ['@_missing']);
});
