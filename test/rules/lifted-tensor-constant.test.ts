import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, only } from './helpers';

const setitem = `graph():
    %x_1 : [num_users=1] = placeholder[target=x_1]
    %y_1 : [num_users=1] = placeholder[target=y_1]
    %eq : [num_users=1] = call_function[target=torch.ops.aten.eq.Scalar](args = (%y_1, 1), kwargs = {})
    %_tensor_constant0 : [num_users=1] = get_attr[target=_tensor_constant0]
    %lift_fresh_copy : [num_users=1] = call_function[target=torch.ops.aten.lift_fresh_copy.default](args = (%_tensor_constant0,), kwargs = {})
    %index_put_ : [num_users=1] = call_function[target=torch.ops.aten.index_put_.default](args = (%x_1, [%eq], %lift_fresh_copy), kwargs = {})
    return index_put_`;

test('turbine-2023: KeyError on the get_attr node', () => {
  const [d] = only(setitem, 'lifted-tensor-constant', 'turbine-2023');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /KeyError: \(_tensor_constant0, 0\)/);
  assert.equal(at(setitem, d), '_tensor_constant0');
});

test('torch-mlir: a single use is fine', () => {
  assert.deepEqual(only(setitem, 'lifted-tensor-constant'), []);
});

test('torch-mlir: two direct uses trip "Node already has a value"', () => {
  const text = `def forward(self, x_1):
    _tensor_constant0 = self._tensor_constant0
    add = torch.ops.aten.add.Tensor(x_1, _tensor_constant0);  x_1 = None
    mul = torch.ops.aten.mul.Tensor(add, _tensor_constant0);  add = _tensor_constant0 = None
    return mul
`;
  const [d] = only(text, 'lifted-tensor-constant');
  assert.match(d.message, /Node already has a value: _tensor_constant0/);
  assert.match(d.message, /use in mul/);
});

test('torch-mlir: a use inside a list first, then a direct use, is fine; the reverse fails', () => {
  const listFirst = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %c : [num_users=2] = get_attr[target=_tensor_constant0]
    %cat : [num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%x, %c],), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%cat, %c), kwargs = {})
    return (add,)`;
  // The list path binds the node; the later direct use still looks up the wrong key.
  assert.equal(only(listFirst, 'lifted-tensor-constant').length, 1);
  const directOnlyOnce = listFirst.replace('args = (%cat, %c)', 'args = (%cat, %x)');
  assert.deepEqual(only(directOnlyOnce, 'lifted-tensor-constant'), []);
});

test('torch-mlir: a dotted target fails the getattr', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %conv_weight : [num_users=1] = get_attr[target=conv.weight]
    %mul : [num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%x, %conv_weight), kwargs = {})
    return (mul,)`;
  const [d] = only(text, 'lifted-tensor-constant');
  assert.match(d.message, /Attempting to retrieve attribute 'conv\.weight'/);
  assert.equal(at(text, d), 'conv.weight');
});

test('get_attrs of HOP subgraphs are not tensors', () => {
  const text = `graph():
    %x_1 : [num_users=1] = placeholder[target=x_1]
    %true_graph_0 : [num_users=1] = get_attr[target=true_graph_0]
    %false_graph_0 : [num_users=1] = get_attr[target=false_graph_0]
    %conditional : [num_users=1] = call_function[target=torch.ops.higher_order.cond](args = (True, %true_graph_0, %false_graph_0, [%x_1]), kwargs = {})
    return conditional`;
  assert.deepEqual(only(text, 'lifted-tensor-constant', 'turbine-2023'), []);
});
