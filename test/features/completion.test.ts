import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callContextAt } from '../../server/src/features/callContext';
import { fxCompletions } from '../../server/src/features/completion';
import { fxSignatureHelp } from '../../server/src/features/signatureHelp';
import { cursor, fx } from './helpers';

// Completion (targets, keywords, node names) and signature help, on text being typed.

const HEAD = 'graph():\n    %x : [num_users=1] = placeholder[target=x]\n    %y : [num_users=1] = ';

function complete(marked: string) {
  const { text, offset } = cursor(marked);
  const a = fx(text);
  return { list: fxCompletions(a.doc, a.registry, offset), text, offset, a };
}

const labels = (l: { label: string }[]) => l.map((c) => c.label);

test('targets complete segment by segment: namespaces, op names, overloads', () => {
  const ns = complete(HEAD + 'call_function[target=torch.ops.|');
  assert.ok(labels(ns.list).includes('aten') && labels(ns.list).includes('prims'));
  const ops = complete(HEAD + 'call_function[target=torch.ops.aten.max_po|');
  assert.ok(labels(ops.list).includes('max_pool2d'));
  assert.equal(ops.text.slice(ops.list[0].replace.start, ops.list[0].replace.end), 'max_po');
  const ov = complete(HEAD + 'call_function[target=torch.ops.aten.add.|');
  assert.ok(['Tensor', 'Scalar', 'out'].every((o) => labels(ov.list).includes(o)));
  const tensor = ov.list.find((c) => c.label === 'Tensor')!;
  assert.match(tensor.detail!, /^aten::add\.Tensor\(Tensor self, Tensor other, \*, Scalar alpha=1\) -> Tensor$/);
  assert.match(tensor.documentation!, /torch\.aten\.add\.Tensor/);
  const code = complete('def forward(self, x):\n    y = torch.ops.aten.relu.|');
  assert.ok(labels(code.list).includes('default'));
  assert.deepEqual(labels(complete(HEAD + 'call_function[target=|').list), ['torch']);
});

test('node names after % in str(graph), defined before the cursor', () => {
  const { list } = complete(HEAD + 'call_function[target=torch.ops.aten.relu.default](args = (%|');
  assert.deepEqual(labels(list), ['x']);
});

test('keyword arguments of the call being written, minus those already given', () => {
  const g = complete(HEAD + 'call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {|})');
  assert.deepEqual(labels(g.list), ['stride:', 'padding:', 'dilation:', 'ceil_mode:']);
  const c = complete('def forward(self, x):\n    y = torch.ops.aten.max_pool2d.default(x, [2, 2], padding=1, st|');
  assert.deepEqual(labels(c.list.filter((i) => i.kind === 'keyword')), ['stride=', 'dilation=', 'ceil_mode=']);
  assert.ok(labels(c.list).includes('x'), 'code-form arguments also offer node names');
});

test('the call context reads args, kwargs, keywords and nesting', () => {
  const { text, offset } = cursor("    y = torch.ops.aten.arange.start(0, 8, device=device(type='cpu'), dty|");
  const ctx = callContextAt(text, offset)!;
  assert.equal(ctx.callee, 'torch.ops.aten.arange.start');
  assert.deepEqual(ctx.keywords, ['device']);
  assert.equal(ctx.positionalBefore, 2);
  assert.equal(ctx.partialWord, 'dty');
  assert.equal(callContextAt('    # File: a.py:1 in f, code: torch.ops.aten.add(x, ', 50), undefined);
});

test('signature help: the active parameter by position and by keyword', () => {
  const sh = (marked: string) => {
    const { text, offset } = cursor(marked);
    return fxSignatureHelp(text, fx(text).registry, offset)!;
  };
  const g = sh(HEAD + 'call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2], |');
  assert.equal(g.signatures.length, 1);
  const s = g.signatures[0];
  assert.equal(s.label, 'aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> Tensor');
  assert.equal(s.active, 2);
  assert.equal(s.label.slice(...s.params[2].range), 'int[2] stride=[]');
  const k = sh(HEAD + 'call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {ceil_mode: |})');
  assert.equal(k.signatures[0].active, 5);
  const code = sh('def forward(self, x):\n    y = torch.nn.functional.max_pool2d(x, |');
  assert.match(code.signatures[0].label, /^torch\.nn\.functional\.max_pool2d\(input, kernel_size, stride=None/);
  assert.equal(code.signatures[0].active, 1);
  const packet = sh('def forward(self, x):\n    y = torch.ops.aten.add(x, x, alpha=|');
  assert.ok(packet.signatures.length > 1);
  assert.match(packet.signatures[packet.activeSignature].label, /alpha/);
  const { text, offset } = cursor('def forward(self, x):\n    y = x|');
  assert.equal(fxSignatureHelp(text, fx(text).registry, offset), undefined);
});
