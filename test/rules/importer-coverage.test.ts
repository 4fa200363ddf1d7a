import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, fixed, only } from './helpers';

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

test('heterogeneous-list: True in an int list and 2 in a float list; the 2023 importer on a SymInt node mixed with ints', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %sum_dim_int_list : [num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%x, [1, True]), kwargs = {})
    %up : [num_users=1] = call_function[target=torch.ops.aten.upsample_nearest2d.vec](args = (%x, None, [2, 2.0]), kwargs = {})
    return (sum_dim_int_list, up)`;
  const ds = only(text, 'heterogeneous-list');
  assert.equal(ds.length, 2, ds.map((d) => d.message).join('\n'));
  assert.equal(at(text, ds[0]), 'True');
  assert.match(ds[0].message, /expected <class 'int'>, got <class 'bool'>/);
  assert.equal(at(text, ds[1]), '2');
  assert.match(ds[1].message, /expected <class 'float'>, got <class 'int'>/);
  const sym = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %sym_size : [num_users=1] = call_function[target=torch.ops.aten.sym_size.int](args = (%x, 0), kwargs = {})
    %view : [num_users=1] = call_function[target=torch.ops.aten.view.default](args = (%x, [%sym_size, -1]), kwargs = {})
    return (view,)`;
  assert.deepEqual(only(sym, 'heterogeneous-list'), []);
  const [t] = only(sym, 'heterogeneous-list', 'turbine-2023');
  assert.match(t.message, /expected <class 'torch\.fx\.node\.Node'>, got <class 'int'>/);
});

test('tuple-for-list: the tuple is rewritten as a list', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %sum_dim_int_list : [num_users=1] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%x, (0, 1)), kwargs = {})
    return sum_dim_int_list`;
  const [d] = only(text, 'tuple-for-list');
  assert.match(d.message, /'list' object has no attribute 'type'/);
  assert.match(fixed(text, d), /args = \(%x, \[0, 1\]\)/);
});

test('scalar-for-list: a bare int for int[2] outside export graphs', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %max_pool2d : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, 2, [2, 2]), kwargs = {})
    return max_pool2d`;
  const [d] = only(text, 'scalar-for-list');
  assert.match(d.message, /'torch\.aten\.max_pool2d' \("operand #1 must be Int list type/);
  assert.match(fixed(text, d), /args = \(%x, \[2, 2\], \[2, 2\]\)/);
});

test('multi-result-direct-use: aten.max.dim used without getitem', () => {
  const text = `graph():
    %arg0_1 : [num_users=1] = placeholder[target=arg0_1]
    %max_1 : [num_users=2] = call_function[target=torch.ops.aten.max.dim](args = (%arg0_1, 1), kwargs = {})
    %getitem_1 : [num_users=0] = call_function[target=operator.getitem](args = (%max_1, 1), kwargs = {})
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%max_1,), kwargs = {})
    return relu`;
  const [d] = only(text, 'multi-result-direct-use');
  assert.equal(at(text, d), '%max_1');
  assert.ok(d.span.start > text.indexOf('%relu'));
  assert.match(d.message, /Attempt to de-reference a multi-result node/);
});

test('none-output: a None among the outputs, in FX and in MLIR', () => {
  const fx = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})
    return (relu, None)`;
  const [d] = only(fx, 'none-output');
  assert.equal(at(fx, d), 'None');
  assert.equal(d.severity, 'warning');
  const mlir = `func.func @main(%arg0: !torch.vtensor<[3],f32>) -> (!torch.vtensor<[3],f32>, !torch.none) {
  %none = torch.constant.none
  return %arg0, %none : !torch.vtensor<[3],f32>, !torch.none
}`;
  const [m] = only(mlir, 'none-output', 'torch-mlir', 'mlir');
  assert.match(m.message, /failed to legalize operation 'func\.func'/);
});

test('mutation: a BUFFER_MUTATION in the signature points at the buffer placeholder; !torch.tensor arguments in MLIR', () => {
  const text = `ExportedProgram:
    class GraphModule(torch.nn.Module):
        def forward(self, b_count: "i64[]", x: "f32[3]"):
            add: "i64[]" = torch.ops.aten.add.Tensor(b_count, 1);  b_count = None
            relu: "f32[3]" = torch.ops.aten.relu.default(x);  x = None
            return (add, relu)

Graph signature:
    # inputs
    b_count: BUFFER target='count' persistent=True
    x: USER_INPUT

    # outputs
    add: BUFFER_MUTATION target='count'
    relu: USER_OUTPUT

Range constraints: {}
`;
  const [d] = only(text, 'mutation');
  assert.equal(at(text, d), 'b_count');
  assert.match(d.message, /Store of a mutation/);
  const mlir = `func.func @main(%arg0: !torch.tensor<[4],f32>) -> !torch.vtensor<[4],f32> {
  %0 = torch.copy.to_vtensor %arg0 : !torch.vtensor<[4],f32>
  return %0 : !torch.vtensor<[4],f32>
}`;
  const [m] = only(mlir, 'mutation', 'torch-mlir', 'mlir');
  assert.match(m.message, /non-value tensor/);
});

test('type-mismatch: an ODS operand constraint violated (bare int for an int list)', () => {
  const mlir = `func.func @main(%arg0: !torch.vtensor<[1,1,4,4],f32>) -> !torch.vtensor<[1,1,2,2],f32> {
  %int2 = torch.constant.int 2
  %0 = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %int0 = torch.constant.int 0
  %1 = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
  %int1 = torch.constant.int 1
  %2 = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
  %false = torch.constant.bool false
  %3 = torch.aten.max_pool2d %arg0, %int2, %0, %1, %2, %false : !torch.vtensor<[1,1,4,4],f32>, !torch.int, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,1,2,2],f32>
  return %3 : !torch.vtensor<[1,1,2,2],f32>
}`;
  const [m] = only(mlir, 'type-mismatch', 'torch-mlir', 'mlir');
  assert.match(m.message, /'torch\.aten\.max_pool2d' op operand #1 \(kernel_size\) must be Int list type \(int\[\]\) of Torch IntType values, but got '!torch\.int'/);
});

test('torch-operator-fallback: a custom op (torch.library) in an ATen graph', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %scaled_tanh : [num_users=1] = call_function[target=torch.ops.corpus.scaled_tanh.default](args = (%x, 2.0), kwargs = {})
    return (scaled_tanh,)`;
  const [d] = only(text, 'torch-operator-fallback');
  assert.match(d.message, /torch\.operator "torch\.corpus\.scaled_tanh"/);
});
