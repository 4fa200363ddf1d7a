import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fxInlayHints } from '../../server/src/features/inlayHints';
import type { Hint } from '../../server/src/features/shapes';
import { mlirTypeHints } from '../../server/src/features/mlirSupport';
import { CODE_FORM, fx, mlir, MLIR_BASIC, READABLE, STR_GRAPH } from './helpers';

// Inlay hints from the FX binding (parameter names, left-out defaults) and MLIR value types.

const ALL = { parameterNames: true, defaults: true, mlirTypes: true };

function render(text: string, hints: Hint[]): string {
  let out = text;
  for (const h of [...hints].sort((a, b) => b.offset - a.offset)) out = out.slice(0, h.offset) + `⟨${h.label}⟩` + out.slice(h.offset);
  return out;
}

test('str(graph): parameter names before positional args, defaults at the end of args', () => {
  const out = render(STR_GRAPH, fxInlayHints(fx(STR_GRAPH), ALL));
  assert.match(out, /args = \(%x, ⟨kernel_size=⟩\[2, 2\]⟨, stride=\[\], padding=0, dilation=1, ceil_mode=False⟩\), kwargs = \{\}/);
  // `self` is not labelled; kwarg-only defaults are shown (alpha=1).
  assert.match(out, /args = \(%max_pool2d, ⟨other=⟩%x⟨, alpha=1⟩\)/);
});

test('code form and torch-level callables bind to the Python signature', () => {
  const out = render(READABLE, fxInlayHints(fx(READABLE), ALL));
  assert.match(out, /max_pool2d\(⟨input=⟩l_x_, ⟨kernel_size=⟩2⟨, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False⟩\)/);
  const code = render(CODE_FORM, fxInlayHints(fx(CODE_FORM), ALL));
  assert.match(code, /add\.Tensor\(x_1, ⟨other=⟩_tensor_constant0⟨, alpha=1⟩\)/);
});

test('each kind can be turned off, and a range limits the hints', () => {
  const a = fx(STR_GRAPH);
  const names = fxInlayHints(a, { ...ALL, defaults: false });
  assert.ok(names.length > 0 && names.every((h) => h.kind === 'parameter'));
  const defs = fxInlayHints(a, { ...ALL, parameterNames: false });
  assert.ok(defs.length > 0 && defs.every((h) => h.kind === 'default'));
  assert.deepEqual(fxInlayHints(a, { ...ALL, parameterNames: false, defaults: false }), []);
  const line3 = STR_GRAPH.indexOf('%add :');
  const ranged = fxInlayHints(a, ALL, { start: line3, end: line3 + 10 });
  assert.ok(ranged.length > 0 && ranged.every((h) => h.offset > line3));
});

test('calls that do not bind get no defaults hint', () => {
  const text = `graph():
    %x : [num_users=1] = placeholder[target=x]
    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x, 1), kwargs = {})
    return (relu,)
`;
  assert.ok(fxInlayHints(fx(text), ALL).every((h) => h.kind !== 'default'));
});

test('MLIR: types at uses on lines that do not spell them', () => {
  const hints = mlirTypeHints(mlir(MLIR_BASIC));
  assert.deepEqual(
    hints.map((h) => [MLIR_BASIC.slice(h.offset - 2, h.offset), h.label]),
    [['%b', ': !torch.vtensor<[3,4],f32>']],
  );
});
