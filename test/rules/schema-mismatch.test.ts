import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, only } from './helpers';

test("the seed's F.max_pool2d(8, x): the tensor x is passed where kernel_size goes", () => {
  const text = `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[1, 2, 4, 4]"):
        l_x_ = L_x_
        max_pool2d = torch.nn.functional.max_pool2d(8, l_x_);  l_x_ = None
        return (max_pool2d,)
`;
  const ds = only(text, 'schema-mismatch');
  assert.equal(ds.length, 1, ds.map((d) => d.message).join('\n'));
  assert.equal(at(text, ds[0]), 'l_x_');
  assert.match(ds[0].message, /passes the tensor l_x_ where kernel_size \(int\[2\]\) goes/);
});

test('wrong kinds, unknown keywords and too many arguments', () => {
  const text = `graph():
    %x : [num_users=4] = placeholder[target=x]
    %view : [num_users=1] = call_function[target=torch.ops.aten.view.default](args = (%x, [2.0, 8]), kwargs = {})
    %r : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})
    %mean : [num_users=1] = call_function[target=torch.ops.aten.mean.dim](args = (%x, [1], %r), kwargs = {})
    %softmax : [num_users=1] = call_function[target=torch.ops.aten._softmax.default](args = (%x, -1, False), kwargs = {dims: 1})
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x, 1), kwargs = {})
    return (view, mean, softmax, relu)`;
  const ds = only(text, 'schema-mismatch');
  const msgs = ds.map((d) => d.message);
  assert.equal(ds.length, 4, msgs.join('\n'));
  assert.match(msgs[0], /2\.0.*size \(SymInt\[\]\).*element 0 is a float/);
  assert.match(msgs[1], /the tensor r where keepdim \(bool\)/);
  assert.match(msgs[2], /no parameter named 'dims'/);
  assert.match(msgs[3], /at most 1 positional argument, 2 given/);
});

test('int[2] takes one element (broadcast) or two, not three; SymInt nodes and python numbers for Tensor are fine', () => {
  const text = `graph():
    %x : [num_users=3] = placeholder[target=x]
    %s : [num_users=1] = call_function[target=torch.ops.aten.sym_size.int](args = (%x, 0), kwargs = {})
    %a : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2], [2, 2, 2]), kwargs = {})
    %v : [num_users=1] = call_function[target=torch.ops.aten.view.default](args = (%x, [%s, -1]), kwargs = {})
    %m : [num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%v, 2), kwargs = {})
    return (a, m)`;
  const ds = only(text, 'schema-mismatch');
  assert.equal(ds.length, 1, ds.map((d) => d.message).join('\n'));
  assert.match(ds[0].message, /stride \(int\[2\]\).*a list of 3 elements where 2/);
});

test('missing required arguments and None for a non-optional parameter', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%x,), kwargs = {})
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (None,), kwargs = {})
    return (add, relu)`;
  const ds = only(text, 'schema-mismatch');
  assert.equal(ds.length, 2, ds.map((d) => d.message).join('\n'));
  assert.match(ds[0].message, /missing required argument 'other' \(Tensor\)/);
  assert.match(ds[1].message, /None is not allowed/);
});

test('unknown producers keep the rule silent', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %foo : [num_users=1] = call_function[target=torch.ops.mylib.foo.default](args = (%x,), kwargs = {})
    %view : [num_users=1] = call_function[target=torch.ops.aten.view.default](args = (%x, %foo), kwargs = {})
    return (view,)`;
  assert.deepEqual(only(text, 'schema-mismatch'), []);
});
