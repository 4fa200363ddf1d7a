import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/text';
import { encodeTokens, fxTokens, mlirTokens, Token, TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { Registry } from '../../server/src/core/registry/registry';
import { CODE_FORM, fx, mlir, MLIR_BASIC, slice } from './helpers';

// Semantic tokens: definitions vs uses, placeholders as parameters, unknown and fallback targets.

const show = (text: string, toks: Token[]) => toks.map((t) => `${slice(text, t.span)}:${t.type}${t.modifiers.length ? '+' + t.modifiers.join('+') : ''}`);

test('FX: declarations, uses, parameters, unknown and torch.operator-fallback targets', () => {
  const text = `graph():
    %x : [num_users=3] = placeholder[target=x]
    %relu : [num_users=1] = call_function[target=torch.ops.aten.reluu.default](args = (%x,), kwargs = {})
    %cdist : [num_users=1] = call_function[target=torch.ops.aten._cdist_forward.default](args = (%x, %x, 2.0, None), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%relu, %cdist), kwargs = {})
    return (add,)
`;
  const out = show(text, fxTokens(fx(text)));
  assert.ok(out.includes('x:parameter+declaration'), out.join('\n'));
  assert.ok(out.includes('relu:variable+declaration'));
  assert.ok(out.includes('torch.ops.aten.reluu.default:function+unknown+deprecated'));
  assert.ok(out.includes('torch.ops.aten.add.Tensor:function+defaultLibrary'));
  assert.equal(out.filter((t) => t === 'x:parameter').length, 3);
  assert.ok(out.includes('add:variable'), 'the return line is a use');
  const fallback = out.find((t) => t.startsWith('torch.ops.aten._cdist_forward'));
  const reg = Registry.load();
  const expect = reg.mlirOp('torch.aten._cdist_forward') ? 'defaultLibrary' : 'fallback';
  assert.equal(fallback, `torch.ops.aten._cdist_forward.default:function+${expect}`);
});

test('FX code form: frees are uses', () => {
  const out = show(CODE_FORM, fxTokens(fx(CODE_FORM)));
  assert.equal(out.filter((t) => t === '_tensor_constant0:property').length, 3);
  assert.ok(out.includes('x_1:parameter+declaration'));
});

test('MLIR: values, parameters, blocks, symbols and torch.operator fallbacks', () => {
  const out = show(MLIR_BASIC, mlirTokens(mlir(MLIR_BASIC), Registry.load()));
  for (const t of ['%arg0:parameter+declaration', '%arg0:parameter', '%6:variable+declaration', '%6:variable', '@helper:function+declaration', '@helper:function', '^bb1:label+declaration', '^bb1:label', '"torch.my_lib.multi":function+fallback']) {
    assert.ok(out.includes(t), `${t} in ${out.join(' ')}`);
  }
});

test('MLIR: torch.aten ops the dialect does not register are unknown', () => {
  const text = 'func.func @f(%a: !torch.int) -> !torch.int {\n  %0 = torch.aten.frobnicate %a : !torch.int -> !torch.int\n  %1 = torch.aten.add.int %0, %a : !torch.int, !torch.int -> !torch.int\n  return %1 : !torch.int\n}\n';
  const out = show(text, mlirTokens(mlir(text), Registry.load()));
  assert.ok(out.includes('torch.aten.frobnicate:function+unknown+deprecated'), out.join(' '));
  assert.ok(!out.some((t) => t.startsWith('torch.aten.add.int')));
});

test('encoding: relative positions, one token per range, legend indices', () => {
  const text = 'ab cd\nef';
  const data = encodeTokens(new LineIndex(text), [
    { span: { start: 6, end: 8 }, type: 'function', modifiers: ['fallback'] },
    { span: { start: 0, end: 2 }, type: 'variable', modifiers: ['declaration'] },
    { span: { start: 3, end: 5 }, type: 'parameter', modifiers: [] },
    { span: { start: 3, end: 4 }, type: 'parameter', modifiers: [] },
  ]);
  assert.deepEqual(data, [
    0, 0, 2, TOKEN_TYPES.indexOf('variable'), 1 << TOKEN_MODIFIERS.indexOf('declaration'),
    0, 3, 2, TOKEN_TYPES.indexOf('parameter'), 0,
    1, 0, 2, TOKEN_TYPES.indexOf('function'), 1 << TOKEN_MODIFIERS.indexOf('fallback'),
  ]);
});
