import { test } from 'node:test';
import assert from 'node:assert/strict';
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
