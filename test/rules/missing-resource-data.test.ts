import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, only } from './helpers';

const fixture = (f: string) => readFileSync(join(__dirname, '../fixtures/mlir', f), 'utf8');
const real = (c: string) => readFileSync(join(__dirname, '../corpus/real', c, 'out.mlir'), 'utf8');

test('real importer output printed with its blobs elided: a warning per constant, no undefined-value error', () => {
  const text = fixture('elided_resources.mlir');
  const ds = only(text, 'missing-resource-data', 'torch-mlir', 'mlir');
  const uses = text.match(/dense_resource</g)!.length;
  assert.equal(ds.length, uses);
  assert.ok(ds.every((d) => d.severity === 'warning'));
  assert.match(ds[0].message, /the section is empty: the blobs were elided/);
  assert.match(at(text, ds[0]), /^torch_tensor_/);
  assert.deepEqual(only(text, 'undefined-value', 'torch-mlir', 'mlir'), []);
});

test('the same module with its blobs: nothing', () => {
  assert.deepEqual(only(real('attention_handwritten'), 'missing-resource-data', 'torch-mlir', 'mlir'), []);
});

test('dense_resource<__elided__>: a warning saying the data was replaced by a placeholder', () => {
  const text = real('attention_handwritten').replace('dense_resource<torch_tensor_4_4_torch.float32>', 'dense_resource<__elided__>');
  const ds = only(text, 'missing-resource-data', 'torch-mlir', 'mlir');
  assert.equal(ds.length, 1);
  assert.equal(at(text, ds[0]), '__elided__');
  assert.match(ds[0].message, /placeholder/);
  assert.equal(only(text, 'missing-resource-data', 'turbine-2023', 'mlir')[0].severity, 'warning');
});

test('a name the section lacks while it has other blobs', () => {
  const text = real('attention_handwritten').replace('dense_resource<torch_tensor_4_4_torch.float32>', 'dense_resource<not_in_the_section>');
  const [d] = only(text, 'missing-resource-data', 'torch-mlir', 'mlir');
  assert.match(d.message, /has other blobs but not this one/);
});
