import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fxRenameProblem } from '../../server/src/core/analysis/references';
import { mlirOccurrencesAt } from '../../server/src/features/mlirSupport';
import { fxSymbolOccurrences, renameEdits } from '../../server/src/features/navigation';
import { apply, CODE_FORM, cursor, fx, mlir, MLIR_BASIC, READABLE, slice, STR_GRAPH } from './helpers';

// Definitions, references and rename over the core model: FX node names in every syntax, MLIR names.

function at(text: string, needle: string, delta = 1): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not in text`);
  return i + delta;
}

test('str(graph): a %ref finds its definition and every use, without the % sigil', () => {
  const a = fx(STR_GRAPH);
  const sym = fxSymbolOccurrences(a, at(STR_GRAPH, '%x, [2'))!;
  assert.equal(sym.name, 'x');
  assert.deepEqual(sym.occurrences.map((o) => [slice(STR_GRAPH, o.span), o.definition]), [
    ['x', true],
    ['x', false],
    ['x', false],
  ]);
  assert.equal(sym.definitionSpans.length, 1);
  assert.equal(STR_GRAPH.slice(0, sym.definitionSpans[0].start).split('\n').length, 2);
});

test('str(graph): rename changes the definition, %refs and the return line', () => {
  const a = fx(STR_GRAPH);
  const r = renameEdits(fxSymbolOccurrences(a, at(STR_GRAPH, '%add :', 2)), 'total');
  assert.ok('edits' in r);
  const out = apply(STR_GRAPH, r.edits);
  assert.match(out, /%total : \[num_users=1\] = call_function\[target=torch\.ops\.aten\.add\.Tensor\]/);
  assert.match(out, /return \(total,\)/);
  assert.doesNotMatch(out, /\badd\b(?!\.Tensor)/);
});

test('code form: rename covers uses, the `;  x = None` frees and the return line', () => {
  const a = fx(CODE_FORM);
  const { offset } = cursor(CODE_FORM.replace('mul = torch', 'm|ul = torch'));
  const sym = fxSymbolOccurrences(a, offset)!;
  assert.equal(sym.name, 'mul');
  const r = renameEdits(sym, 'product');
  assert.ok('edits' in r);
  assert.match(apply(CODE_FORM, r.edits), /product = torch\.ops\.aten\.mul\.Tensor\(add, _tensor_constant0\);[^\n]*\n    return product\n/);
  const c = fxSymbolOccurrences(a, at(CODE_FORM, '_tensor_constant0 = self'))!;
  assert.deepEqual(
    c.occurrences.map((o) => o.definition),
    [true, false, false, false],
    'definition, two uses and the free',
  );
  const r2 = renameEdits(c, 'const0');
  assert.ok('edits' in r2);
  const out = apply(CODE_FORM, r2.edits);
  assert.match(out, /const0 = self\._tensor_constant0/, 'the get_attr target keeps its attribute name');
  assert.match(out, /add = const0 = None/);
  assert.equal(out.match(/\bconst0\b/g)!.length, 4);
});

test('code form: the cursor on a free or a parameter finds the node', () => {
  const a = fx(CODE_FORM);
  const free = fxSymbolOccurrences(a, at(CODE_FORM, 'x_1 = None'))!;
  assert.equal(free.name, 'x_1');
  assert.equal(free.occurrences.length, 3);
  const r = renameEdits(free, 'inp');
  assert.ok('edits' in r);
  const out = apply(CODE_FORM, r.edits);
  assert.match(out, /def forward\(self, inp\):/);
  assert.match(out, /add\.Tensor\(inp, _tensor_constant0\);  inp = None/);
});

test('print_readable: Dynamo alias lines (l_x_ = L_x_) are the definition', () => {
  const a = fx(READABLE);
  const sym = fxSymbolOccurrences(a, at(READABLE, 'l_x_ = L_x_'))!;
  assert.equal(sym.name, 'l_x_');
  const r = renameEdits(sym, 'inp');
  assert.ok('edits' in r);
  const out = apply(READABLE, r.edits);
  assert.match(out, /inp = L_x_/);
  assert.match(out, /max_pool2d\(inp, 2\)/);
  assert.match(out, /max_pool2d\(8, inp\);  inp = None/);
});

test('exported program: rename updates the graph signature rows', () => {
  const text = `ExportedProgram:
    class GraphModule(torch.nn.Module):
        def forward(self, p_weight: "f32[2, 2]", x: "f32[2, 2]"):
            mm: "f32[2, 2]" = torch.ops.aten.mm.default(x, p_weight);  x = p_weight = None
            return (mm,)

Graph signature:
    # inputs
    p_weight: PARAMETER target='weight'
    x: USER_INPUT

    # outputs
    mm: USER_OUTPUT

Range constraints: {}
`;
  const a = fx(text);
  const r = renameEdits(fxSymbolOccurrences(a, at(text, 'p_weight:')), 'w');
  assert.ok('edits' in r);
  const out = apply(text, r.edits);
  assert.match(out, /forward\(self, w: "f32\[2, 2\]"/);
  assert.match(out, /mm\.default\(x, w\);  x = w = None/);
  assert.match(out, /\n    w: PARAMETER target='weight'/);
  // From the signature row too.
  const fromSig = fxSymbolOccurrences(a, at(text, 'mm: USER_OUTPUT'))!;
  assert.equal(fromSig.name, 'mm');
});

test('rename refuses invalid identifiers, keywords and existing names', () => {
  const a = fx(STR_GRAPH);
  const sym = fxSymbolOccurrences(a, at(STR_GRAPH, '%max_pool2d :', 2))!;
  for (const bad of ['1x', 'a-b', 'a b', '', '%y']) {
    const r = renameEdits(sym, bad);
    assert.ok('error' in r, bad);
    assert.match(r.error, /not a valid FX node name/);
  }
  const kw = renameEdits(sym, 'lambda');
  assert.ok('error' in kw && /keyword/.test(kw.error));
  const taken = renameEdits(sym, 'add');
  assert.ok('error' in taken && /already the name of a node/.test(taken.error));
  assert.equal(fxRenameProblem(a.doc.graphs[0], 'x', 'x'), undefined);
  assert.ok('error' in renameEdits(undefined, 'y'));
});

test('duplicate definitions: both are definitions', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%x, %x), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%add, %x), kwargs = {})
    return (add,)
`;
  const sym = fxSymbolOccurrences(fx(text), at(text, '(%add, %x)', 2))!;
  assert.equal(sym.definitionSpans.length, 2);
});

test('MLIR: values, %x#N uses, block labels and symbols; rename keeps sigils and :N / #N', () => {
  const doc = mlir(MLIR_BASIC);
  const six = mlirOccurrencesAt(doc, at(MLIR_BASIC, '%6#1'))!;
  assert.equal(six.name, '%6');
  assert.deepEqual(six.occurrences.map((o) => slice(MLIR_BASIC, o.span)), ['%6', '%6']);
  const r = renameEdits(six, 'multi');
  assert.ok('edits' in r);
  const out = apply(MLIR_BASIC, r.edits);
  assert.match(out, /%multi:3 = torch\.operator/);
  assert.match(out, /torch\.aten\.mul\.Tensor %multi#1, %0/);

  const helper = mlirOccurrencesAt(doc, at(MLIR_BASIC, '@helper('))!;
  assert.equal(helper.occurrences.length, 2);
  const r2 = renameEdits(helper, '@callee');
  assert.ok('edits' in r2);
  const out2 = apply(MLIR_BASIC, r2.edits);
  assert.match(out2, /func\.call @callee\(%1\)/);
  assert.match(out2, /func\.func private @callee\(/);

  const bb = mlirOccurrencesAt(doc, at(MLIR_BASIC, '^bb1('))!;
  assert.equal(bb.name, '^bb1');
  const r3 = renameEdits(bb, 'exit');
  assert.ok('edits' in r3);
  assert.equal(apply(MLIR_BASIC, r3.edits).match(/\^exit\(/g)!.length, 2);
});

test('MLIR rename refuses names already defined in the function and invalid names', () => {
  const doc = mlir(MLIR_BASIC);
  const v = mlirOccurrencesAt(doc, at(MLIR_BASIC, '%1 = torch'))!;
  const clash = renameEdits(v, '%0');
  assert.ok('error' in clash && /already defined/.test(clash.error));
  // %r lives in @helper: %0 is free there.
  const r = mlirOccurrencesAt(doc, at(MLIR_BASIC, '%r = foo'))!;
  assert.ok('edits' in renameEdits(r, '%0'));
  assert.ok('error' in renameEdits(v, '%a b'));
  const sym = mlirOccurrencesAt(doc, at(MLIR_BASIC, '@main'))!;
  const s = renameEdits(sym, 'helper');
  assert.ok('error' in s && /already defined/.test(s.error));
});
