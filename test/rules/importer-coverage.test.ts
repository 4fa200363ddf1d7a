import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, only } from './helpers';

// The failure classes the real importer corpus (test/corpus/real) shows, each on its smallest dump.

test('torch-operator-fallback: an aten op torch-mlir does not register is a warning naming the op', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %hypot : [num_users=1] = call_function[target=torch.ops.aten.hypot.default](args = (%x, %x), kwargs = {})
    return (hypot,)`;
  const [d] = only(text, 'torch-operator-fallback');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /torch\.operator "torch\.aten\.hypot"/);
  assert.match(d.message, /failed to legalize operation 'torch\.operator'/);
  const reg = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})
    return (relu,)`;
  assert.deepEqual(only(reg, 'torch-operator-fallback'), []);
});

test('unsupported-higher-order-op: cond fails, while_loop imports', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %true_graph_0 : [num_users=1] = get_attr[target=true_graph_0]
    %false_graph_0 : [num_users=1] = get_attr[target=false_graph_0]
    %cond : [num_users=1] = call_function[target=torch.ops.higher_order.cond](args = (True, %true_graph_0, %false_graph_0, (%x,)), kwargs = {})
    %getitem : [num_users=1] = call_function[target=operator.getitem](args = (%cond, 0), kwargs = {})
    return (getitem,)`;
  const [d] = only(text, 'unsupported-higher-order-op');
  assert.equal(at(text, d), 'torch.ops.higher_order.cond');
  assert.match(d.message, /Higher-order operation 'cond' not implemented in the FxImporter/);
  assert.deepEqual(only(text.replace('higher_order.cond', 'higher_order.while_loop'), 'unsupported-higher-order-op'), []);
});

test('unsupported-node: the call_module result the return uses is the one the KeyError names', () => {
  const text = `graph():
    %input_1 : [num_users=1] = placeholder[target=input]
    %_0 : [num_users=1] = call_module[target=0](args = (%input_1,), kwargs = {})
    %_1 : [num_users=1] = call_module[target=1](args = (%_0,), kwargs = {})
    return _1`;
  const ds = only(text, 'unsupported-node');
  assert.equal(ds.length, 2);
  const err = ds.find((d) => d.severity === 'error')!;
  assert.equal(at(text, err), '_1');
  assert.match(err.message, /KeyError: 'FX Node _1 has not been bound to an MLIR value'/);
  assert.equal(ds.find((d) => d.severity === 'warning') && at(text, ds.find((d) => d.severity === 'warning')!), '_0');
});

test('unsupported-node: torch-level targets in a symbolic_trace graph, packets in an ATen graph', () => {
  const traced = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %fc : [num_users=1] = call_module[target=fc](args = (%x,), kwargs = {})
    %relu : [num_users=1] = call_function[target=torch.relu](args = (%fc,), kwargs = {})
    return relu`;
  const ds = only(traced, 'unsupported-node');
  assert.equal(ds.length, 2, ds.map((d) => d.message).join('\n'));
  assert.match(ds[1].message, /Unimplemented call_function: target=torch\.relu/);
  const aten = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.add](args = (%relu, %x), kwargs = {})
    return (add,)`;
  const [p] = only(aten, 'unsupported-node');
  assert.match(p.message, /Name an overload, e\.g\. torch\.ops\.aten\.add\./);
  const dynamo = traced
    .replace('%x : [num_users=1] = placeholder[target=x]', '%l_x_ : [num_users=1] = placeholder[target=L_x_]')
    .replace('%fc : [num_users=1] = call_module[target=fc](args = (%x,), kwargs = {})', '%fc : [num_users=1] = call_function[target=torch.sigmoid](args = (%l_x_,), kwargs = {})');
  assert.deepEqual(only(dynamo, 'unsupported-node'), [], 'Dynamo-level graphs are lowered before import');
});

test('unsupported-dtype: complex128 and uint16 literals are KeyErrors; complex64 is off by one', () => {
  const text = `graph():
    %args_0 : [num_users=3] = placeholder[target=args_0]
    %a : [num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%args_0, torch.complex128), kwargs = {})
    %b : [num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%args_0, torch.uint16), kwargs = {})
    %c : [num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%args_0, torch.complex64), kwargs = {})
    return (a, b, c)`;
  const ds = only(text, 'unsupported-dtype');
  assert.equal(ds.length, 3);
  assert.match(ds[0].message, /KeyError: torch\.complex128/);
  assert.equal(ds[0].severity, 'error');
  assert.match(ds[1].message, /KeyError: torch\.uint16/);
  assert.equal(ds[2].severity, 'warning');
  assert.match(ds[2].message, /off by one/);
});

test('parameter-in-list: a frozen parameter directly in aten.cat', () => {
  const text = `graph():
    %p_weight : [num_users=1] = placeholder[target=p_weight]
    %x : [num_users=1] = placeholder[target=x]
    %cat : [num_users=1] = call_function[target=torch.ops.aten.cat.default](args = ([%x, %p_weight],), kwargs = {})
    return (cat,)`;
  const [d] = only(text, 'parameter-in-list');
  assert.equal(at(text, d), '%p_weight');
  assert.match(d.message, /expected vtensor, got <class 'torch\.nn\.parameter\.Parameter'>/);
  assert.deepEqual(only(text, 'parameter-in-list', 'turbine-2023'), []);
});
