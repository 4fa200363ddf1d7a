import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, only } from './helpers';

test('a misspelt op gets the closest real names as fixes', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %relu : [num_users=1] = call_function[target=torch.ops.aten.reluu.default](args = (%x,), kwargs = {})
    return (relu,)`;
  const [d] = only(text, 'unknown-op');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /registers no op aten::reluu/);
  assert.ok(d.fixes.some((f) => f.title === 'Change to torch.ops.aten.relu.default'), d.fixes.map((f) => f.title).join());
  assert.match(fixed(text, d, /aten\.relu\.default$/), /target=torch\.ops\.aten\.relu\.default\]/);
});

test('a wrong overload lists the real overloads', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensorr](args = (%x, %x), kwargs = {})
    return (add,)`;
  const [d] = only(text, 'unknown-op');
  assert.match(d.message, /aten::add has no overload 'Tensorr'/);
  assert.ok(d.fixes.some((f) => /aten\.add\.Tensor$/.test(f.title)));
});

test('custom namespaces and torch-level functions that exist are silent', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %foo : [num_users=1] = call_function[target=torch.ops.mylib.foo.default](args = (%x,), kwargs = {})
    %relu : [num_users=1] = call_function[target=torch.nn.functional.relu](args = (%foo,), kwargs = {})
    return (relu,)`;
  assert.deepEqual(only(text, 'unknown-op'), []);
});

test('print_tabular targets are suggested in their own spelling', () => {
  const text = `opcode         name     target                 args      kwargs
-------------  -------  ---------------------  --------  --------
placeholder    x        x                      ()        {}
call_function  relu     aten.reluu.default     (x,)      {}
output         output   output                 (relu,)   {}`;
  const [d] = only(text, 'unknown-op');
  assert.ok(d.fixes.some((f) => f.title === 'Change to aten.relu.default'), d.fixes.map((f) => f.title).join());
});
