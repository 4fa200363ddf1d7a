import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMlir } from '../../server/src/core/mlir/parse';
import { resolveScopes } from '../../server/src/core/mlir/scope';
import { fixture, slice } from './helpers';

function scope(text: string) {
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, [], 'fixture parses cleanly');
  return { doc, s: resolveScopes(doc) };
}

test('definitions and uses: results, func args, block args, %x#N', () => {
  const text = fixture('importer_basic.mlir');
  const { s } = scope(text);
  assert.deepEqual(s.undefinedUses, []);
  assert.deepEqual(s.duplicates, []);
  const arg0 = s.defs.find((d) => d.name === '%arg0')!;
  assert.equal(arg0.origin, 'func-arg');
  assert.equal(arg0.index, 0);
  assert.equal(slice(text, arg0.span), '%arg0');
  const refs = s.referencesOf(arg0);
  assert.equal(refs.length, 3);
  assert.ok(refs.every((u) => slice(text, u.span) === '%arg0'));
  const six = s.defs.find((d) => d.name === '%6')!;
  assert.equal(six.count, 3);
  const use = s.referencesOf(six)[0];
  assert.equal(use.resultIndex, 1);
  assert.equal(slice(text, use.span), '%6#1');
  // at(): from a use to its definition, and on the definition itself.
  const hit = s.at(use.span.start + 1)!;
  assert.equal(hit.def, six);
  assert.equal(hit.use, use);
  assert.equal(s.at(six.span.start)!.def, six);
  assert.equal(s.at(text.indexOf('torch.aten.add.Tensor') + 3), undefined);
  // Resource references resolve to the blob.
  const res = s.uses.find((u) => u.kind === 'resource')!;
  assert.equal(res.def!.name, 'torch_tensor_3_1_torch.float32');
  assert.equal(slice(text, res.def!.span), 'torch_tensor_3_1_torch.float32');
});

test('undefined %x, ^bb, @f, #alias, !alias and dense_resource uses', () => {
  const text = [
    '#map = affine_map<(d0) -> (d0)>',
    'func.func @f(%a: !torch.int) -> !torch.int {',
    '  %0 = torch.aten.add.int %a, %missing : !torch.int, !torch.int -> !torch.int',
    '  %1 = func.call @nowhere(%0) : (!torch.int) -> !torch.int',
    '  %2 = func.call @f(%1) : (!torch.int) -> !torch.int',
    '  %3 = torch.vtensor.literal(dense_resource<nope> : tensor<1xf32>) : !torch.vtensor<[1],f32>',
    '  %4 = foo.bar %2 {m = #map, n = #unknownmap} : !undefinedtype',
    '  cf.br ^bb9',
    '^bb1:',
    '  return %2 : !torch.int loc(#loc9)',
    '}',
  ].join('\n');
  const { s } = scope(text);
  assert.deepEqual(
    s.undefinedUses.map((u) => [u.kind, u.name, slice(text, u.span)]),
    [
      ['value', '%missing', '%missing'],
      ['symbol', '@nowhere', '@nowhere'],
      ['resource', 'nope', 'nope'],
      ['alias', '#unknownmap', '#unknownmap'],
      ['alias', '!undefinedtype', '!undefinedtype'],
      ['block', '^bb9', '^bb9'],
      ['alias', '#loc9', '#loc9'],
    ],
  );
  const f = s.uses.find((u) => u.name === '@f')!;
  assert.equal(f.def!.op!.name, 'func.func');
  const map = s.uses.find((u) => u.name === '#map')!;
  assert.equal(map.def!.origin, 'attribute-alias');
});

test('duplicate definitions: values, block labels, symbols, aliases', () => {
  const text = [
    '#m = affine_map<(d0) -> (d0)>',
    '#m = affine_map<(d0) -> (d0 + 1)>',
    'func.func @f(%a: i32) {',
    '  %0 = arith.addi %a, %a : i32',
    '  %0 = arith.muli %a, %a : i32',
    '  %a = arith.constant 1 : i32',
    '  cf.br ^bb1',
    '^bb1:',
    '  cf.br ^bb1',
    '^bb1:',
    '  return',
    '}',
    'func.func @f() {',
    '  return',
    '}',
  ].join('\n');
  const { s } = scope(text);
  assert.deepEqual(
    s.duplicates.map((d) => [d.def.name, d.def.origin, text.slice(d.previous.span.start, d.previous.span.end)]),
    [
      ['#m', 'attribute-alias', '#m'],
      ['%0', 'result', '%0'],
      ['%a', 'result', '%a'],
      ['^bb1', 'block-label', '^bb1'],
      ['@f', 'symbol', '@f'],
    ],
  );
  const dup0 = s.duplicates.find((d) => d.def.name === '%0')!;
  assert.ok(dup0.def.span.start > dup0.previous.span.start);
});

test('region visibility: nested regions see outer values; isolated ops do not; siblings reuse names', () => {
  const text = [
    'func.func @outer(%x: !torch.int, %c: !torch.bool) -> !torch.int {',
    '  %0 = torch.prim.If %c -> (!torch.int) {',
    '    %y = torch.aten.add.int %x, %x : !torch.int, !torch.int -> !torch.int',
    '    torch.prim.If.yield %y : !torch.int',
    '  } else {',
    '    %y = torch.aten.neg.int %x : !torch.int -> !torch.int',
    '    torch.prim.If.yield %y : !torch.int',
    '  }',
    '  %1 = torch.aten.add.int %0, %y : !torch.int, !torch.int -> !torch.int',
    '  return %1 : !torch.int',
    '}',
    'func.func @inner() -> !torch.int {',
    '  return %x : !torch.int',
    '}',
  ].join('\n');
  const { s } = scope(text);
  assert.deepEqual(s.duplicates, []);
  // %y escapes neither branch; %x is not visible in another function.
  assert.deepEqual(s.undefinedUses.map((u) => [u.name, u.op!.name]), [['%y', 'torch.aten.add.int'], ['%x', 'return']]);
  const x = s.defs.find((d) => d.name === '%x')!;
  assert.equal(s.referencesOf(x).length, 3);
  // Loop block args and forward references in graph-like regions.
  const t2 = fixture('control_flow.mlir');
  const r2 = scope(t2).s;
  assert.deepEqual(r2.undefinedUses, []);
  const i = r2.defs.find((d) => d.name === '%i')!;
  assert.equal(i.origin, 'block-arg');
  assert.equal(i.block!.label, '^bb0');
  const helper = r2.uses.find((u) => u.name === '@helper')!;
  assert.equal(helper.def!.op!.func!.visibility, 'private');
});

test('forward references, successors and loose region args', () => {
  const text = [
    'func.func @g(%lb: index, %ub: index) {',
    '  cf.br ^bb2(%lb : index)',
    '^bb1(%v: index):',
    '  %w = arith.addi %v, %late : index',
    '  return',
    '^bb2(%u: index):',
    '  %late = arith.addi %u, %u : index',
    '  scf.for %i = %lb to %ub step %u {',
    '    %z = arith.addi %i, %late : index',
    '  }',
    '  cf.br ^bb1(%late : index)',
    '}',
  ].join('\n');
  const { s } = scope(text);
  assert.deepEqual(s.undefinedUses, []);
  const late = s.defs.find((d) => d.name === '%late')!;
  assert.equal(s.referencesOf(late).length, 3);
  const bb2 = s.defs.find((d) => d.name === '^bb2')!;
  assert.equal(bb2.origin, 'block-label');
  assert.equal(s.referencesOf(bb2).length, 1);
  const i = s.defs.find((d) => d.name === '%i')!;
  assert.equal(i.origin, 'region-arg');
  assert.equal(s.referencesOf(i).length, 1);
  // Region args are not visible after the op.
  const t2 = 'func.func @h(%n: index) {\n  scf.for %i = %n to %n step %n {\n  }\n  %q = arith.addi %i, %i : index\n  return\n}\n';
  assert.deepEqual(scope(t2).s.undefinedUses.map((u) => u.name), ['%i', '%i']);
});

test('split chunks are separate scopes; loc aliases resolve within their chunk', () => {
  const text = [
    'func.func @a(%arg0: i32) -> i32 {',
    '  return %arg0 : i32 loc(#loc1)',
    '}',
    '#loc1 = loc("a.py":1:0)',
    '// -----',
    'func.func @a(%arg1: i32) -> i32 {',
    '  %0 = func.call @b(%arg0) : (i32) -> i32',
    '  return %0 : i32 loc(#loc1)',
    '}',
  ].join('\n');
  const { s } = scope(text);
  assert.deepEqual(s.duplicates, []);
  assert.deepEqual(s.undefinedUses.map((u) => [u.chunk, u.name]), [[1, '@b'], [1, '%arg0'], [1, '#loc1']]);
  const loc1 = s.defs.find((d) => d.name === '#loc1')!;
  assert.equal(loc1.origin, 'loc-alias');
  assert.equal(s.referencesOf(loc1).length, 1);
  const split = scope(fixture('split.mlir')).s;
  assert.deepEqual(split.undefinedUses, []);
  assert.deepEqual(split.duplicates, []);
});

test('all fixtures resolve without undefined names', () => {
  for (const f of ['debug_locations.mlir', 'generic_onnx.mlir', 'symbolic.mlir', 'other_dialects.mlir', 'types.mlir']) {
    const { s } = scope(fixture(f));
    const allowed = f === 'symbolic.mlir' ? ['%l', '%l2'] : [];
    assert.deepEqual(s.undefinedUses.map((u) => u.name), allowed, f);
    assert.deepEqual(s.duplicates, [], f);
  }
});

const CORPUS = join(__dirname, '..', 'corpus', 'real');
const corpusFiles = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .map((d) => join(CORPUS, d, 'out.mlir'))
      .filter((f) => existsSync(f))
  : [];

test('real torch-mlir importer outputs parse with no parse-error and resolve every name', { skip: corpusFiles.length === 0 }, () => {
  for (const f of corpusFiles) {
    const text = readFileSync(f, 'utf8');
    const doc = parseMlir(text);
    assert.deepEqual(doc.diagnostics.map((d) => d.message), [], f);
    assert.ok(doc.allOps.length > 0, f);
    const s = resolveScopes(doc);
    assert.deepEqual(s.undefinedUses.map((u) => u.name), [], f);
    assert.deepEqual(s.duplicates, [], f);
  }
});
