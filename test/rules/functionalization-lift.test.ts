import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, fixed, only } from './helpers';

const dynamo = `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[3]"):
        l_x_ = L_x_
        lift_fresh_copy_default: "f32[3]" = torch.ops.aten.lift_fresh_copy.default(l_x_);  l_x_ = None
        add: "f32[3]" = lift_fresh_copy_default + 1;  lift_fresh_copy_default = None
        return (add,)
`;

test('fires in a Dynamo-level graph: error under turbine-2023, a note under torch-mlir (PyTorch 2.13 handles it)', () => {
  for (const p of ['torch-mlir', 'turbine-2023'] as const) {
    const [d] = only(dynamo, 'functionalization-lift', p);
    assert.equal(d.severity, p === 'turbine-2023' ? 'error' : 'information');
    assert.equal(at(dynamo, d), 'torch.ops.aten.lift_fresh_copy.default');
    assert.match(d.message, /isFunctionalTensor/);
    assert.match(d.message, /yet to be functionalized \(placeholders named like/);
  }
});

test('the fix replaces the op with aten.clone, keeping the arguments', () => {
  const [d] = only(dynamo, 'functionalization-lift');
  const out = fixed(dynamo, d, /clone/);
  assert.match(out, /= torch\.ops\.aten\.clone\.default\(l_x_\);/);
  assert.deepEqual(only(out, 'functionalization-lift'), []);
});

test('aten.lift in code form and in str(graph) of a Dynamo graph', () => {
  const text = `graph():
    %l_x_ : [num_users=1] = placeholder[target=L_x_]
    %lift : [num_users=1] = call_function[target=torch.ops.aten.lift.default](args = (%l_x_,), kwargs = {})
    %relu : [num_users=1] = call_function[target=torch.relu](args = (%lift,), kwargs = {})
    return (relu,)`;
  const [d] = only(text, 'functionalization-lift');
  assert.match(fixed(text, d), /torch\.ops\.aten\.clone\.default\]/);
});

test('silent in AOT and export graphs, where lift_fresh_copy of a constant is normal', () => {
  const aot = `class <lambda>(torch.nn.Module):
    def forward(self, arg0_1: "f32[3]"):
        _tensor_constant0 = self._tensor_constant0
        lift_fresh_copy: "i64[3]" = torch.ops.aten.lift_fresh_copy.default(_tensor_constant0);  _tensor_constant0 = None
        add: "f32[3]" = torch.ops.aten.add.Tensor(arg0_1, lift_fresh_copy);  arg0_1 = lift_fresh_copy = None
        return (add,)
`;
  assert.deepEqual(only(aot, 'functionalization-lift'), []);
});
