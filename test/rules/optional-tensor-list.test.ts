import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, only } from './helpers';

const index = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %i : [num_users=1] = placeholder[target=i]
    %j : [num_users=1] = placeholder[target=j]
    %index : [num_users=1] = call_function[target=torch.ops.aten.index.Tensor](args = (%x, [None, None, %i, %j]), kwargs = {})
    return (index,)`;

test('turbine-2023: the seed message, on the list', () => {
  const [d] = only(index, 'optional-tensor-list', 'turbine-2023');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /Heterogeneous lists are not supported: expected <class 'NoneType'>, got <class 'torch\.fx\.node\.Node'>/);
  assert.equal(at(index, d), '[None, None, %i, %j]');
});

test('torch-mlir: silent where the parameter is Tensor?[]', () => {
  assert.deepEqual(only(index, 'optional-tensor-list'), []);
});

test('torch-mlir: error where the parameter is Tensor[] (aten.cat)', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %cat : [num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%x, None],), kwargs = {})
    return (cat,)`;
  const [d] = only(text, 'optional-tensor-list');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /expected vtensor, got <class 'NoneType'>/);
  assert.equal(at(text, d), 'None');
});

test('lists of only None or only tensors are silent in both profiles', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %i : [num_users=1] = placeholder[target=i]
    %a : [num_users=1] = call_function[target=torch.ops.aten.index.Tensor](args = (%x, [%i]), kwargs = {})
    %b : [num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%x, %a],), kwargs = {})
    return (b,)`;
  assert.deepEqual(only(text, 'optional-tensor-list', 'turbine-2023'), []);
  assert.deepEqual(only(text, 'optional-tensor-list'), []);
});
