import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, diagnose, fixed, only } from './helpers';

const omitted = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %max_pool2d : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {})
    return (max_pool2d,)`;

test('omitted stride: information under torch-mlir, error under turbine-2023', () => {
  const [d] = only(omitted, 'pool-stride-default');
  assert.equal(d.severity, 'information');
  assert.match(d.message, /uses kernel_size \(\[2, 2\]\) as the stride/);
  assert.equal(at(omitted, d), 'torch.ops.aten.max_pool2d.default');
  const [e] = only(omitted, 'pool-stride-default', 'turbine-2023');
  assert.equal(e.severity, 'error');
  assert.match(e.message, /IndexError: list index out of range/);
});

test('fix inserts the kernel size as a positional stride', () => {
  const [d] = only(omitted, 'pool-stride-default');
  assert.ok(d.fixes[0].safe);
  const out = fixed(omitted, d);
  assert.match(out, /args = \(%x, \[2, 2\], \[2, 2\]\), kwargs = \{\}/);
  assert.deepEqual(only(out, 'pool-stride-default'), []);
});

test('explicit empty stride is replaced; None too; with_indices and avg variants', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %a : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d_with_indices.default](args = (%x, [8, 8], []), kwargs = {})
    %b : [num_users=1] = call_function[target=torch.ops.aten.avg_pool1d.default](args = (%x, [3]), kwargs = {stride: []})
    %c : [num_users=1] = call_function[target=torch.ops.aten.avg_pool3d.default](args = (%x, [2, 2, 2], [], [0, 0, 0]), kwargs = {})
    return (a, b, c)`;
  const ds = only(text, 'pool-stride-default');
  assert.equal(ds.length, 3);
  assert.equal(at(text, ds[0]), '[]');
  assert.match(fixed(text, ds[0]), /\(%x, \[8, 8\], \[8, 8\]\)/);
  assert.match(fixed(text, ds[1]), /kwargs = \{stride: \[3\]\}/);
  assert.match(fixed(text, ds[2]), /\(%x, \[2, 2, 2\], \[2, 2, 2\], \[0, 0, 0\]\)/);
});

test('explicit stride and backward ops are silent', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %a : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2], [1, 1]), kwargs = {})
    %g : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d_with_indices_backward.default](args = (%x, %x, [2, 2], [], [0, 0], [1, 1], False, %a), kwargs = {})
    return (a, g)`;
  assert.deepEqual(diagnose(text).filter((d) => d.code === 'pool-stride-default'), []);
});

test('torch.nn.functional level in a Dynamo graph: fix inserts the stride in code syntax', () => {
  const text = `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[1, 2, 4, 4]"):
        l_x_ = L_x_
        max_pool2d: "f32[1, 2, 2, 2]" = torch.nn.functional.max_pool2d(l_x_, 2);  l_x_ = None
        return (max_pool2d,)
`;
  const [d] = only(text, 'pool-stride-default');
  assert.match(fixed(text, d), /torch\.nn\.functional\.max_pool2d\(l_x_, 2, 2\);/);
  const kw = text.replace('max_pool2d(l_x_, 2)', 'max_pool2d(l_x_, kernel_size = 2, padding = 0)');
  const [k] = only(kw, 'pool-stride-default');
  assert.match(fixed(kw, k), /max_pool2d\(l_x_, kernel_size = 2, padding = 0, stride = 2\)/);
});
