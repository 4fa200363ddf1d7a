import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFx } from '../../server/src/core/fx/parse';
import { allGraphs, type FxDocument, type FxGraph, type FxNode, type FxValue } from '../../server/src/core/fx/model';
import type { Span } from '../../server/src/core/text';
import { bigPrintReadable, bigStrGraph } from './generate';

const at = (text: string, s: Span) => text.slice(s.start, s.end);

function only(doc: FxDocument): FxGraph {
  assert.equal(doc.diagnostics.length, 0, JSON.stringify(doc.diagnostics));
  assert.equal(doc.graphs.length, 1);
  return doc.graphs[0];
}

function node(g: FxGraph, name: string): FxNode {
  const n = g.byName.get(name);
  assert.ok(n, `node ${name} missing`);
  return n;
}

/** Compact rendering of a value, for structural assertions. */
function show(v: FxValue): string {
  switch (v.kind) {
    case 'ref':
      return `%${v.name}`;
    case 'int':
    case 'float':
      return v.text;
    case 'bool':
      return String(v.value);
    case 'none':
      return 'None';
    case 'string':
      return v.quoted ? JSON.stringify(v.value) : `s:${v.value}`;
    case 'name':
      return `n:${v.text}`;
    case 'list':
      return `[${v.items.map(show).join(', ')}]`;
    case 'tuple':
      return `(${v.items.map(show).join(', ')})`;
    case 'dict':
      return `{${v.entries.map((e) => `${e.key}: ${show(e.value)}`).join(', ')}}`;
    case 'call':
      return `${v.callee}(${[...v.args.map(show), ...v.kwargs.map((k) => `${k.name}=${show(k.value)}`)].join(', ')})`;
    case 'raw':
      return `raw<${v.text}>`;
  }
}

const args = (n: FxNode) => n.args.map(show).join(', ');
const kwargs = (n: FxNode) => n.kwargs.map((k) => `${k.name}=${show(k.value)}`).join(', ');
const users = (n: FxNode) => n.users.map((u) => u.name);

test('str(graph) new form: ops, targets, args, kwargs, users, spans', () => {
  const text = [
    'graph():',
    '    %x : [num_users=2] = placeholder[target=x]',
    '    %w : torch.Tensor [num_users=1] = placeholder[target=w](default=None)',
    '    %s : [num_users=1] = placeholder[target=s](default=)',
    '    %getitem : [num_users=1] = call_function[target=operator.getitem](args = (%x, (%w, slice(None, x, None))), kwargs = {})',
    '    %idx : [num_users=1] = call_function[target=torch.ops.aten.index.Tensor](args = (%getitem, [None, %x]), kwargs = {})',
    '    %z : [num_users=1] = call_function[target=torch.ops.aten.zeros.default](args = ([2, -3],), kwargs = {dtype: torch.float32, layout: torch.strided, device: cuda:0, pin_memory: False, mode: floor})',
    '    %f : [num_users=0] = call_function[target=torch.ops.aten.div.Tensor_mode](args = (%idx, 1e-05, -inf, inf, (((1, 1280), torch.float32),), error), kwargs = {out: %z})',
    '    %v : [num_users=1] = call_method[target=view](args = (%s, [1, -1]), kwargs = {})',
    '    %m : [num_users=1] = call_module[target=layer1.0.conv1](args = (%v,), kwargs = {})',
    '    %a : [num_users=1] = get_attr[target=conv.weight]',
    '    return (m, a)',
  ].join('\n');
  const g = only(parseFx(text));
  assert.equal(g.format, 'str-graph');
  assert.equal(g.name, 'graph');
  assert.deepEqual(g.nodes.map((n) => n.op), ['placeholder', 'placeholder', 'placeholder', 'call_function', 'call_function', 'call_function', 'call_function', 'call_method', 'call_module', 'get_attr', 'output']);
  const w = node(g, 'w');
  assert.equal(w.type?.kind, 'python');
  assert.equal(w.type?.text, 'torch.Tensor');
  assert.equal(w.defaultText, 'None');
  assert.equal(node(g, 's').defaultText, '');
  const gi = node(g, 'getitem');
  assert.equal(gi.target, 'operator.getitem');
  // Inside slice(...), a bare word naming an earlier node is a ref.
  assert.equal(args(gi), '%x, (%w, slice(None, %x, None))');
  assert.equal(at(text, gi.argsSpan!), '%x, (%w, slice(None, x, None))');
  assert.equal(args(node(g, 'idx')), '%getitem, [None, %x]');
  const z = node(g, 'z');
  assert.equal(args(z), '[2, -3]');
  assert.equal(z.args[0].kind, 'list');
  assert.equal(kwargs(z), 'dtype=n:torch.float32, layout=n:torch.strided, device=n:cuda:0, pin_memory=false, mode=s:floor');
  assert.equal(at(text, z.kwargs[0].span), 'dtype: torch.float32');
  const f = node(g, 'f');
  assert.equal(args(f), '%idx, 1e-05, -inf, inf, (((1, 1280), n:torch.float32)), s:error');
  assert.equal(kwargs(f), 'out=%z');
  assert.equal(f.declaredUsers, 0);
  const v = node(g, 'v');
  assert.equal(v.target, 'view');
  const m = node(g, 'm');
  assert.equal(m.target, 'layer1.0.conv1');
  assert.equal(node(g, 'a').target, 'conv.weight');
  assert.deepEqual(users(node(g, 'x')), ['getitem', 'idx']);
  assert.deepEqual(users(m), ['output']);
  assert.equal(g.output?.name, 'output');
  assert.equal(args(g.output!), '(%m, %a)');
  // Spans.
  assert.equal(at(text, gi.nameSpan), 'getitem');
  assert.equal(at(text, gi.targetSpan), 'operator.getitem');
  assert.ok(at(text, gi.span).startsWith('%getitem : [num_users=1]'));
  assert.ok(at(text, gi.span).endsWith('kwargs = {})'));
  const floatArg = f.args[1];
  assert.equal(floatArg.kind, 'float');
  assert.equal(at(text, floatArg.span), '1e-05');
  assert.equal(at(text, g.headerSpan), 'graph():');
  assert.equal(g.level, 'aot');
});

test('str(graph) old [#users=N], no header, no return, 0 indentation', () => {
  const text = [
    '%input_2 : [#users=2] = placeholder[target=placeholder](default=)',
    '%addmm_default : [#users=1] = call_function[target=torch.ops.aten.addmm.default](args = (None, %input_2, None), kwargs = {})',
    '%sum_1 : [#users=0] = call_function[target=torch.ops.aten.sum.dim_IntList](args = (%input_2, [None], None), kwargs = {dtype: None})',
  ].join('\n');
  const g = only(parseFx(text));
  assert.equal(g.nodes.length, 3);
  assert.equal(g.output, undefined);
  assert.equal(node(g, 'input_2').declaredUsers, 2);
  assert.equal(node(g, 'input_2').target, 'placeholder');
  assert.equal(args(node(g, 'addmm_default')), 'None, %input_2, None');
  assert.equal(args(node(g, 'sum_1')), '%input_2, [None], None');
  assert.deepEqual(users(node(g, 'input_2')), ['addmm_default', 'sum_1']);
});

test('1.8-era graph(x, y): header and <built-in function add>', () => {
  const text = 'graph(x, y):\n    %add_1 : [#users=1] = call_function[target=<built-in function add>](args = (%x, %y), kwargs = {})\n    return add_1';
  const g = only(parseFx(text));
  assert.deepEqual(g.nodes.map((n) => `${n.op}:${n.name}`), ['placeholder:x', 'placeholder:y', 'call_function:add_1', 'output:output']);
  const add = node(g, 'add_1');
  assert.equal(add.target, 'operator.add');
  assert.equal(add.targetText, '<built-in function add>');
  assert.equal(at(text, node(g, 'y').nameSpan), 'y');
  assert.deepEqual(users(node(g, 'x')), ['add_1']);
  assert.equal(args(g.output!), '%add_1');
});

test('return line shapes', () => {
  const cases: [string, string][] = [
    ['return (a, b)', '(%a, %b)'],
    ['return a', '%a'],
    ['return [a]', '[%a]'],
    ['return None', 'None'],
    ['return ()', '()'],
    ["return {'a': a}", '{a: %a}'],
    ['return (a, None)', '(%a, None)'],
  ];
  for (const [ret, expected] of cases) {
    const text = `graph():\n    %a : [num_users=1] = placeholder[target=a]\n    %b : [num_users=1] = placeholder[target=b]\n    ${ret}`;
    const g = only(parseFx(text));
    assert.equal(args(g.output!), expected, ret);
  }
});

test('typed str(graph) nodes and Inductor graph fragments', () => {
  const text = [
    '# kernel path: /tmp/x.py',
    '# Graph fragment:',
    '#   %arg0_1 : Tensor "bf16[16, 256][256, 1]cuda:0" = PlaceHolder[target=arg0_1]',
    '#   %mm : Tensor "bf16[16, 16][16, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mm.default](args = (%arg0_1, %arg0_1), kwargs = {})',
    '#   return %mm,%arg0_1',
    'def call(args):',
  ].join('\n');
  const g = only(parseFx(text));
  assert.equal(g.format, 'inductor-fragment');
  assert.equal(g.level, 'inductor');
  const p = node(g, 'arg0_1');
  assert.equal(p.op, 'placeholder');
  assert.equal(p.type?.dtype, 'bf16');
  assert.deepEqual(p.type?.shape, ['16', '256']);
  assert.deepEqual(p.type?.stride, ['256', '1']);
  assert.equal(p.type?.device, 'cuda:0');
  const mm = node(g, 'mm');
  assert.equal(mm.declaredUsers, 1);
  assert.equal(at(text, mm.type!.span), 'Tensor "bf16[16, 16][16, 1]cuda:0"');
  assert.deepEqual(users(p), ['mm', 'output']);
  assert.equal(args(g.output!), '(%mm, %arg0_1)');
});

test('executorch nested lowered graph', () => {
  const text = [
    'graph():',
    '  %x : [num_users=1] = placeholder[target=x]',
    '  %lowered_module_0 : [num_users=1] = get_attr[target=lowered_module_0]',
    '    backend_id: XnnpackBackend',
    '    lowered graph():',
    '      %p : [num_users=1] = placeholder[target=p]',
    '      %relu : [num_users=1] = call_function[target=executorch.exir.dialects.edge._ops.aten.relu.default](args = (%p,), kwargs = {})',
    '      return (relu,)',
    '  %call : [num_users=1] = call_function[target=torch.ops.higher_order.executorch_call_delegate](args = (%lowered_module_0, %x), kwargs = {})',
    '  return (call,)',
  ].join('\n');
  const g = only(parseFx(text));
  assert.equal(g.children.length, 1);
  const c = g.children[0];
  assert.equal(c.parent, g);
  assert.equal(c.name, 'lowered_module_0');
  assert.deepEqual(c.nodes.map((n) => n.name), ['p', 'relu', 'output']);
  assert.deepEqual(g.nodes.map((n) => n.name), ['x', 'lowered_module_0', 'call', 'output']);
  assert.deepEqual(users(node(g, 'lowered_module_0')), ['call']);
  assert.equal(allGraphs(parseFx(text)).length, 2);
});

test('gm.code: operators, methods, modules, get_attr, frees, builtins.getattr', () => {
  const text = [
    'def forward(self, x : torch.Tensor, y, z = 1.0):',
    '    conv_weight = self.conv.weight',
    '    c = self._tensor_constant0',
    '    linear = self.linear(x);  x = None',
    '    conv1 = getattr(self.layer1, "0").conv1(linear)',
    '    view = conv_weight.view([1, -1, 1, 1]);  conv_weight = None',
    '    add = conv1 + view',
    '    neg = -add',
    '    ge = y >= 0',
    '    shape = add.shape',
    '    size = add.size()',
    '    getitem = size[0];  size = None',
    '    full = torch.ops.aten.full.default([], True, dtype = torch.bool, device = device(type=\'cuda\', index=0), pin_memory = False)',
    '    a = torch.ops.aten._assert_scalar.default(ge, "failed on node \'ge\'");  ge = a = None',
    '    _rf.__enter__()',
    '    torch._check(y > 0)',
    '    args_iter = iter(y)',
    '    return (neg, getitem, shape, full, c)',
  ].join('\n');
  const g = only(parseFx(text));
  assert.equal(g.format, 'code');
  const x = node(g, 'x');
  assert.equal(x.op, 'placeholder');
  assert.equal(x.type?.text, 'torch.Tensor');
  assert.equal(node(g, 'z').defaultText, '1.0');
  assert.equal(node(g, 'conv_weight').op, 'get_attr');
  assert.equal(node(g, 'conv_weight').target, 'conv.weight');
  assert.equal(node(g, 'c').target, '_tensor_constant0');
  assert.equal(node(g, 'linear').op, 'call_module');
  assert.equal(node(g, 'linear').target, 'linear');
  assert.equal(node(g, 'linear').targetText, 'self.linear');
  assert.equal(node(g, 'conv1').target, 'layer1.0.conv1');
  const view = node(g, 'view');
  assert.equal(view.op, 'call_method');
  assert.equal(view.target, 'view');
  assert.equal(args(view), '%conv_weight, [1, -1, 1, 1]');
  assert.equal(at(text, view.argsSpan!), '[1, -1, 1, 1]');
  const add = node(g, 'add');
  assert.equal(add.target, 'operator.add');
  assert.equal(add.targetText, '+');
  assert.equal(add.argsSpan, undefined);
  assert.equal(node(g, 'neg').target, 'operator.neg');
  assert.equal(node(g, 'ge').target, 'operator.ge');
  assert.equal(args(node(g, 'ge')), '%y, 0');
  assert.equal(node(g, 'shape').target, 'builtins.getattr');
  assert.equal(args(node(g, 'shape')), '%add, s:shape');
  assert.equal(node(g, 'size').op, 'call_method');
  assert.equal(node(g, 'getitem').target, 'operator.getitem');
  assert.equal(args(node(g, 'getitem')), '%size, 0');
  const full = node(g, 'full');
  assert.equal(args(full), '[], true');
  assert.equal(kwargs(full), "dtype=n:torch.bool, device=device(type=\"cuda\", index=0), pin_memory=false");
  assert.equal(at(text, full.kwargs[0].span), 'dtype = torch.bool');
  assert.equal(args(node(g, 'a')), `%ge, "failed on node 'ge'"`);
  assert.equal(node(g, 'args_iter').target, 'builtins.iter');
  assert.ok(at(text, add.span) === 'add = conv1 + view');
  assert.ok(at(text, view.span).endsWith('conv_weight = None'));
  assert.deepEqual(users(add), ['neg', 'shape', 'size']);
  assert.equal(args(g.output!), '(%neg, %getitem, %shape, %full, %c)');
});

test('print_readable: annotations, provenance, nested classes, pytree, dynamo aliases', () => {
  const text = [
    'class GraphModule(torch.nn.Module):',
    '    def forward(self, x):',
    '        x: "f32[3, 3]";',
    '',
    '        x, = fx_pytree.tree_flatten_spec(([x], {}), self._in_spec)',
    '        ',
    '         # File: /home/u/m.py:12 in forward, code: return x.sum()',
    '        sum_1: "f32[]" = torch.ops.aten.sum.default(x)',
    '        s: "Sym(u0 >= 0)" = sum_1 > 0',
    '        # No stacktrace found for following nodes',
    '        true_graph_0 = self.true_graph_0',
    '        cond = torch.ops.higher_order.cond(s, true_graph_0, true_graph_0, (x,));  s = true_graph_0 = None',
    '        return pytree.tree_unflatten((cond,), self._out_spec)',
    '        ',
    '    class true_graph_0(torch.nn.Module):',
    '        def forward(self, y_1: "f32[3]"):',
    '            return (y_1,)',
  ].join('\n');
  const g = only(parseFx(text));
  assert.equal(g.format, 'print-readable');
  assert.equal(g.name, 'GraphModule');
  const x = node(g, 'x');
  assert.equal(x.type?.kind, 'tensor');
  assert.deepEqual(x.type?.shape, ['3', '3']);
  assert.deepEqual(g.nodes.filter((n) => n.op === 'placeholder').map((n) => n.name), ['x']);
  assert.equal(g.level, 'aot');
  const sum = node(g, 'sum_1');
  assert.equal(sum.provenance?.file, '/home/u/m.py');
  assert.equal(sum.provenance?.line, 12);
  assert.equal(sum.provenance?.fn, 'forward');
  assert.equal(sum.provenance?.code, 'return x.sum()');
  assert.equal(at(text, sum.provenance!.locationSpan), '/home/u/m.py:12');
  assert.deepEqual(sum.type?.shape, []);
  const s = node(g, 's');
  assert.equal(s.type?.kind, 'sym');
  assert.equal(s.type?.symExpr, 'u0 >= 0');
  assert.equal(s.target, 'operator.gt');
  assert.equal(node(g, 'true_graph_0').provenance, undefined);
  assert.equal(args(node(g, 'cond')), '%s, %true_graph_0, %true_graph_0, (%x)');
  assert.deepEqual(users(node(g, 'true_graph_0')), ['cond']);
  assert.equal(args(g.output!), '(%cond)');
  assert.equal(g.children.length, 1);
  assert.equal(g.children[0].name, 'true_graph_0');
  assert.equal(g.children[0].nodes.length, 2);
});

test('print_readable of the 2.1 era (unquoted annotations), expanded_def, pass bodies', () => {
  const text = [
    'class GraphModule(torch.nn.Module):',
    '    def forward(self, arg0_1: f32[10, 100], arg1_1: Sym(s0)):',
    '        add: f32[10, 100] = torch.ops.aten.add.Tensor(arg0_1, arg1_1);  arg0_1 = None',
    '        ge: Sym(s0 >= 0) = arg1_1 >= 0',
    '        return (add, ge)',
    '',
    'class Expanded(torch.nn.Module):',
    '    def forward(',
    '        self,',
    '        primals_1: "f32[3]",  # PlainAOTInput(idx=0)',
    '    ):',
    '        sin = torch.ops.aten.sin.default(primals_1)',
    '        return (',
    '            sin,  # PlainAOTOutput(idx=0)',
    '        )',
    '',
    'class Empty(torch.nn.Module):',
    '    def forward(self):',
    '        pass',
  ].join('\n');
  const doc = parseFx(text);
  assert.equal(doc.diagnostics.length, 0, JSON.stringify(doc.diagnostics));
  const [a, b, c] = doc.graphs;
  assert.equal(node(a, 'arg0_1').type?.dtype, 'f32');
  assert.equal(node(a, 'arg1_1').type?.symExpr, 's0');
  assert.equal(node(a, 'add').type?.text, 'f32[10, 100]');
  assert.equal(node(a, 'ge').type?.symExpr, 's0 >= 0');
  assert.equal(node(a, 'ge').target, 'operator.ge');
  assert.deepEqual(b.nodes.map((n) => n.name), ['primals_1', 'sin', 'output']);
  assert.equal(args(b.output!), '(%sin)');
  assert.equal(c.nodes.length, 0);
});

test('TORCH_LOGS glog prefixes: spans point into the original text, names from headers', () => {
  const P = 'V0121 18:50:26.787000 3022540 site-packages/torch/_dynamo/output_graph.py:1983] [0/0] [__graph_code]';
  const text = [
    'some warning line',
    `${P} TRACED GRAPH`,
    `${P}  ===== __compiled_fn_1 =====`,
    `${P}  /opt/torch/fx/_lazy_graph_module.py class GraphModule(torch.nn.Module):`,
    `${P}     def forward(self, L_x_: "f32[8][1]cpu"):`,
    `${P}         l_x_ = L_x_`,
    `${P}         `,
    `${P}          # File: /a/b.py:3 in f, code: return x.sin()`,
    `${P}         sin: "f32[8][1]cpu" = torch.sin(l_x_);  l_x_ = None`,
    `${P}         return (sin,)`,
    `${P}         `,
    `${P} `,
    'I0121 18:50:27.204000 3022540 site-packages/torch/_functorch/_aot_autograd/graph_compile.py:1581] [0/0] [__aot_graphs] aot_config id: 0, fw_metadata=ViewAndMutationMeta(input_info=[])',
    'I0121 18:50:27.204000 3022540 x.py:1] [0/0] [__aot_graphs] TRACED GRAPH',
    'I0121 18:50:27.204000 3022540 x.py:1] [0/0] [__aot_graphs]  ===== Forward graph 0 =====',
    'I0121 18:50:27.204000 3022540 x.py:1] [0/0] [__aot_graphs]  <eval_with_key>.2 class <lambda>(torch.nn.Module):',
    'I0121 18:50:27.204000 3022540 x.py:1] [0/0] [__aot_graphs]     def forward(self, primals_1: "f32[8][1]cpu"):',
    'I0121 18:50:27.204000 3022540 x.py:1] [0/0] [__aot_graphs]         sin: "f32[8][1]cpu" = torch.ops.aten.sin.default(primals_1)',
    'I0121 18:50:27.204000 3022540 x.py:1] [0/0] [__aot_graphs]         return (sin, primals_1)',
  ].join('\n');
  const doc = parseFx(text);
  assert.equal(doc.diagnostics.length, 0, JSON.stringify(doc.diagnostics));
  assert.deepEqual(doc.graphs.map((g) => g.name), ['__compiled_fn_1', 'Forward graph 0']);
  const [dyn, fw] = doc.graphs;
  assert.equal(dyn.level, 'dynamo');
  assert.equal(fw.level, 'aot');
  const sin = node(dyn, 'sin');
  assert.equal(sin.target, 'torch.sin');
  assert.equal(at(text, sin.span), 'sin: "f32[8][1]cpu" = torch.sin(l_x_);  l_x_ = None');
  assert.equal(at(text, sin.provenance!.span), '# File: /a/b.py:3 in f, code: return x.sin()');
  assert.equal(at(text, node(dyn, 'l_x_').nameSpan), 'l_x_');
  assert.deepEqual(users(node(fw, 'primals_1')), ['sin', 'output']);
});

test('TORCH_LOGS 2.1 prefixes, TORCH_TRACE tab payloads and ANSI colors', () => {
  const P = '[2025-02-06 16:46:56,300] [0/0] torch._dynamo.output_graph.__graph_code: [DEBUG]';
  const text21 = [
    `${P} TRACED GRAPH`,
    `${P}  ===== __compiled_fn_0 =====`,
    `${P}  <eval_with_key>.0 class GraphModule(torch.nn.Module):`,
    `${P}     def forward(self, L_var_ : torch.Tensor):`,
    `${P}         l_var_ = L_var_`,
    `${P}`,
    `${P}         relu = torch.relu(l_var_);  l_var_ = None`,
    `${P}         return (relu,)`,
  ].join('\n');
  const g = only(parseFx(text21));
  assert.equal(g.name, '__compiled_fn_0');
  assert.equal(node(g, 'l_var_').type?.text, 'torch.Tensor');
  assert.equal(at(text21, node(g, 'relu').targetSpan), 'torch.relu');

  const trace = [
    'V0215 20:16:02.044000 4099470 torch/_dynamo/output_graph.py:1359] {"dynamo_output_graph": {"sizes": {}}, "frame_id": 2}',
    '\tclass GraphModule(torch.nn.Module):',
    '\t    def forward(self, x: "f32[3]"):',
    '\t        s: "f32[][]cpu" = x.sum();  x = None',
    '\t        return (s,)',
  ].join('\n');
  const tg = only(parseFx(trace));
  assert.equal(tg.level, 'dynamo');
  assert.equal(node(tg, 's').op, 'call_method');
  assert.equal(at(trace, node(tg, 's').span), 's: "f32[][]cpu" = x.sum();  x = None');

  const ansi = 'graph():\n    %x : [num_users=1] = placeholder[target=x]\n    %y : [num_users=1] = call_function[target=\x1b[34mtorch.ops.aten.relu.default\x1b[0m](args = (%x,), kwargs = {})\n    return y';
  const ag = only(parseFx(ansi));
  const y = node(ag, 'y');
  assert.equal(y.target, 'torch.ops.aten.relu.default');
  assert.equal(at(ansi, y.nameSpan), 'y');
  assert.equal(at(ansi, y.args[0].span), '%x');
});

test('print_tabular', () => {
  const text = [
    'opcode         name           target                   args                 kwargs',
    '-------------  -------------  -----------------------  -------------------  --------',
    'placeholder    x              x                        ()                   {}',
    'get_attr       _bias          _bias                    ()                   {}',
    'call_function  addmm_default  aten.addmm.default       (_bias, x, [1, 2])   {}',
    "call_function  add_1          <built-in function add>  (addmm_default, 1)   {'alpha': 2}",
    'output         output         output                   (add_1,)             {}',
  ].join('\n');
  const g = only(parseFx(text));
  assert.equal(g.format, 'tabular');
  const addmm = node(g, 'addmm_default');
  assert.equal(addmm.target, 'torch.ops.aten.addmm.default');
  assert.equal(addmm.targetText, 'aten.addmm.default');
  assert.equal(args(addmm), '%_bias, %x, [1, 2]');
  const add = node(g, 'add_1');
  assert.equal(add.target, 'operator.add');
  assert.equal(kwargs(add), 'alpha=2');
  assert.equal(node(g, '_bias').op, 'get_attr');
  assert.deepEqual(users(addmm), ['add_1']);
  assert.equal(g.output?.name, 'output');
  assert.equal(args(g.output!), '%add_1');
  assert.equal(at(text, addmm.nameSpan), 'addmm_default');
});

test('print(exported_program): 2.2-2.7 InputSpec signature and 2.8+ # inputs blocks', () => {
  const body = [
    'ExportedProgram:',
    '    class GraphModule(torch.nn.Module):',
    '        def forward(self, p_lin_weight: "f32[4, 4]", x: "f32[2, 4]"):',
    '            linear: "f32[2, 4]" = torch.ops.aten.linear.default(x, p_lin_weight);  x = p_lin_weight = None',
    '            return (linear,)',
    '            ',
  ];
  const old = [
    ...body,
    "Graph signature: ExportGraphSignature(input_specs=[InputSpec(kind=<InputKind.PARAMETER: 2>, arg=TensorArgument(name='p_lin_weight'), target='lin.weight', persistent=None), InputSpec(kind=<InputKind.USER_INPUT: 1>, arg=TensorArgument(name='x'), target=None, persistent=None)], output_specs=[OutputSpec(kind=<OutputKind.USER_OUTPUT: 1>, arg=TensorArgument(name='linear'), target=None)])",
    'Range constraints: {s0: VR[2, int_oo]}',
  ].join('\n');
  const g = only(parseFx(old));
  assert.equal(g.format, 'exported-program');
  assert.equal(g.level, 'export');
  assert.deepEqual(
    g.signature?.inputs.map(({ name, kind, target, persistent }) => ({ name, kind, target, persistent })),
    [
      { name: 'p_lin_weight', kind: 'PARAMETER', target: 'lin.weight', persistent: undefined },
      { name: 'x', kind: 'USER_INPUT', target: undefined, persistent: undefined },
    ],
  );
  assert.deepEqual(g.signature?.outputs, [{ name: 'linear', kind: 'USER_OUTPUT', target: undefined }]);

  const neu = [
    ...body,
    'Graph signature: ',
    '    # inputs',
    "    p_lin_weight: PARAMETER target='lin.weight'",
    '    x: USER_INPUT',
    '    ',
    '    # outputs',
    '    linear: USER_OUTPUT',
    '    ',
    'Range constraints: {}',
    '',
  ].join('\n');
  const g2 = only(parseFx(neu));
  assert.deepEqual(g2.signature?.inputs.map((i) => `${i.name}:${i.kind}:${i.target ?? ''}`), ['p_lin_weight:PARAMETER:lin.weight', 'x:USER_INPUT:']);
  assert.deepEqual(g2.signature?.outputs.map((i) => `${i.name}:${i.kind}`), ['linear:USER_OUTPUT']);
});

test('level detection', () => {
  const lv = (text: string) => only(parseFx(text)).level;
  assert.equal(lv('graph():\n    %l_x_ : [num_users=1] = placeholder[target=L_x_]\n    return l_x_'), 'dynamo');
  assert.equal(lv('graph():\n    %x : [num_users=1] = placeholder[target=x]\n    %r : [num_users=1] = call_function[target=torch._C._nn.linear](args = (%x, %x), kwargs = {})\n    return r'), 'fx-trace', 'torch-level targets with plain placeholder names come from symbolic_trace');
  assert.equal(lv('graph():\n    %primals_1 : [num_users=1] = placeholder[target=primals_1]\n    return primals_1'), 'aot');
  assert.equal(lv('graph():\n    %x : [num_users=1] = placeholder[target=x]\n    %r : [num_users=1] = call_module[target=relu](args = (%x,), kwargs = {})\n    return r'), 'fx-trace');
  assert.equal(lv('class <lambda>(torch.nn.Module):\n    def forward(self, arg0_1: "f32[3]"):\n        return (arg0_1,)'), 'inductor');
  assert.equal(lv('class joint_helper(torch.nn.Module):\n    def forward(self, primals, tangents):\n        return (primals,)'), 'aot');
  assert.equal(lv('graph():\n    %x : [num_users=1] = placeholder[target=x]\n    return x'), 'unknown');
});

test('a damaged node line is one parse-error where it breaks, and earlier nodes are kept', () => {
  const text = [
    'graph():',
    '    %x : [num_users=1] = placeholder[target=x]',
    '    %y : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x, kwargs = {})',
    '    %z : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x, ',
    '    return y',
  ].join('\n');
  const doc = parseFx(text);
  assert.equal(doc.diagnostics.length, 1);
  const d = doc.diagnostics[0];
  assert.equal(d.code, 'parse-error');
  assert.equal(d.severity, 'error');
  assert.deepEqual(d.fixes, []);
  assert.match(d.message, /^Cannot parse this node line: expected '\)'/);
  assert.ok(d.span.start > text.indexOf('%y') && d.span.start < text.indexOf('%z'));
  assert.equal(doc.graphs[0].nodes[0].name, 'x');

  const code = 'def forward(self, x):\n    y = torch.ops.aten.relu.default(x\n    return y';
  const cd = parseFx(code);
  assert.equal(cd.diagnostics.length, 1);
  assert.match(cd.diagnostics[0].message, /expected '\)'/);
});

test('large dumps: 20k-node str(graph) and print_readable parse completely', () => {
  const a = parseFx(bigStrGraph(20_000));
  assert.equal(a.diagnostics.length, 0);
  assert.equal(a.graphs[0].nodes.filter((n) => n.op === 'call_function').length, 20_000);
  const b = parseFx(bigPrintReadable(20_000));
  assert.equal(b.diagnostics.length, 0);
  assert.equal(b.graphs[0].nodes.filter((n) => n.op === 'call_function').length, 20_000);
  assert.deepEqual(b.graphs[0].nodes[5].users.map((u) => u.name), [b.graphs[0].nodes[6].name]);
});
