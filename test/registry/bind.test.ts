import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { Registry } from '../../server/src/core/registry/registry';

// The binder on real schemas: positional and keyword arguments to parameters, defaults filled,
// problems reported with the argument's span; torch-level targets mapped to their aten op.

const reg = Registry.load();

function bindOf(line: string, name: string) {
  const text = `graph():\n    %x : [num_users=1] = placeholder[target=x]\n${line}\n    return (${name},)`;
  const r = analyze(text, 'fx', { ruleSet: [] });
  const node = r.fx!.doc.graphs[0].byName.get(name)!;
  return { text, info: r.fx!.info(node) };
}

test('aten.max_pool2d.default: positional args bind in order and defaults are filled', () => {
  const { text, info } = bindOf('    %m : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {ceil_mode: True})', 'm');
  assert.equal(info.schema?.text, reg.schema('aten::max_pool2d', '')!.text);
  const b = info.binding!;
  assert.deepEqual(b.args.map((a) => [a.param.name, a.source]), [
    ['self', 'positional'],
    ['kernel_size', 'positional'],
    ['stride', 'default'],
    ['padding', 'default'],
    ['dilation', 'default'],
    ['ceil_mode', 'keyword'],
  ]);
  assert.equal(b.byName.get('stride')!.param.default, '[]');
  const k = b.byName.get('kernel_size')!.value!;
  assert.equal(text.slice(k.span.start, k.span.end), '[2, 2]');
  assert.deepEqual(b.problems, []);
});

test('keyword-only parameters cannot be passed positionally; unknown keywords are reported with their span', () => {
  const { text, info } = bindOf('    %a : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%x, %x, 2), kwargs = {beta: 1})', 'a');
  const kinds = info.binding!.problems.map((p) => p.kind);
  assert.deepEqual(kinds, ['too-many', 'unknown-keyword']);
  const unknown = info.binding!.problems[1] as { span: { start: number; end: number } };
  assert.equal(text.slice(unknown.span.start, unknown.span.end), 'beta');
});

test('torch.nn.functional.max_pool2d binds by its Python signature, tied to aten::max_pool2d', () => {
  const text = `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[1, 1, 4, 4]"):
        l_x_ = L_x_
        max_pool2d = torch.nn.functional.max_pool2d(l_x_, 2, padding = 0);  l_x_ = None
        return (max_pool2d,)
`;
  const r = analyze(text, 'fx', { ruleSet: [] });
  const node = r.fx!.doc.graphs[0].byName.get('max_pool2d')!;
  const info = r.fx!.info(node);
  assert.equal(info.resolved?.kind, 'python');
  assert.equal(info.schema?.qualifiedName, 'aten::max_pool2d');
  const b = info.binding!;
  assert.equal(b.byName.get('input')!.param.arg?.name, 'self');
  assert.equal(b.byName.get('stride')!.source, 'default');
  assert.equal(b.byName.get('stride')!.param.default, 'None');
  assert.equal(b.byName.get('padding')!.source, 'keyword');
});

test('targets resolve: overloads, packets, builtins, higher-order ops, edge dialect, unknown ops', () => {
  assert.equal(reg.resolve('torch.ops.aten.add.Tensor').kind, 'overload');
  assert.equal(reg.resolve('torch.ops.aten.add').kind, 'packet');
  assert.equal(reg.resolve('operator.getitem').kind, 'builtin');
  assert.equal(reg.resolve('torch.ops.higher_order.cond').kind, 'hop');
  assert.equal(reg.resolve('executorch.exir.dialects.edge._ops.aten.add.Tensor').kind, 'overload');
  assert.equal(reg.resolve('torch.ops.aten.nope.default').kind, 'unknown-op');
  assert.equal(reg.resolve('torch.relu').kind, 'python');
  assert.equal(reg.resolve('view', 'call_method').kind, 'method');
});
