import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { parseMlir } from '../../server/src/core/mlir/parse';
import { FIXTURES, fixture, op } from './helpers';

function errors(text: string) {
  const doc = parseMlir(text);
  for (const d of doc.diagnostics) {
    assert.equal(d.code, 'parse-error');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.fixes, []);
  }
  return { doc, diags: doc.diagnostics };
}

test('missing type list: one error at the end of the operands, next op still parsed', () => {
  const text = [
    'func.func @f(%a: !torch.int) -> !torch.int {',
    '  %0 = torch.aten.neg.int %a',
    '  %1 = torch.aten.neg.int %0 : !torch.int -> !torch.int',
    '  return %1 : !torch.int',
    '}',
  ].join('\n');
  const { doc, diags } = errors(text);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].message, "expected ':' followed by operand types");
  assert.equal(diags[0].span.start, text.indexOf('%a\n') + 2);
  assert.deepEqual(doc.allOps.map((o) => o.name), ['func.func', 'torch.aten.neg.int', 'torch.aten.neg.int', 'return']);
  assert.equal(op(doc, '%1').operands[0].name, '%0');
});

test('operand / type count mismatch in the default form is reported where torch-mlir reports it', () => {
  const text = 'func.func @f(%a: !torch.int) {\n  %0 = torch.aten.add.int %a, %a : !torch.int -> !torch.int\n  return\n}\n';
  const { diags } = errors(text);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].message, 'number of operands and types do not match: got 2 operands and 1 types');
  assert.equal(diags[0].span.start, text.indexOf('%a, %a'));
  // Results: at the op, as MLIR's "operation defines N results but was provided M to bind".
  const res = errors('%0:2 = torch.aten.foo %a : !torch.int -> !torch.int\n').diags;
  assert.deepEqual(res.map((d) => [d.message, d.span.start]), [['operation defines 1 results but was provided 2 to bind', 0]]);
  // Results need not be bound.
  assert.deepEqual(errors('torch.aten.foo %a : !torch.int -> !torch.int\n').diags, []);
});

test('unbalanced brace: one error at the unclosed region', () => {
  const text = 'module {\n  func.func @f(%a: !torch.int) {\n    return\n  }\n';
  const { doc, diags } = errors(text);
  assert.equal(diags.length, 1);
  assert.match(diags[0].message, /unbalanced '\{' \(line 1\)/);
  // Where torch-mlir-opt reports it: after the last text, where it expects another op.
  assert.equal(diags[0].span.start, text.trimEnd().length);
  assert.equal(doc.allOps.length, 3);
  const extra = errors('func.func @f() {\n  return\n}\n}\nfunc.func @g() {\n  return\n}\n');
  assert.deepEqual(extra.diags.map((d) => d.message), ["unexpected '}'"]);
  assert.equal(extra.doc.allOps.length, 4);
});

test('truncated file mid-op: exactly one error, earlier ops kept', () => {
  const text = 'module {\n  func.func @f(%a: !torch.int) -> !torch.int {\n    %0 = torch.aten.neg.int %a : !torch.int -> !torch.int\n    %1 = torch.aten.add.int %0, ';
  const { doc, diags } = errors(text);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].message, 'expected SSA operand');
  assert.equal(diags[0].span.start, text.length - 1);
  assert.deepEqual(doc.allOps.map((o) => o.name), ['module', 'func.func', 'torch.aten.neg.int', 'torch.aten.add.int']);
  // Truncated inside a type.
  const t2 = 'func.func @f(%a: !torch.int) {\n  %0 = torch.aten.neg.int %a : !torch.vtensor<[2],f3';
  assert.equal(errors(t2).diags.length, 1);
});

test('garbage line in a function: one error, resynchronized at the next op', () => {
  const text = [
    'func.func @f(%a: !torch.int) -> !torch.int {',
    '  %0 = torch.aten.neg.int %a : !torch.int -> !torch.int',
    '  this is not mlir at all',
    '  %1 = torch.aten.neg.int %0 : !torch.int -> !torch.int',
    '  return %1 : !torch.int',
    '}',
  ].join('\n');
  const { doc, diags } = errors(text);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].message, "custom op 'this' is unknown");
  assert.equal(diags[0].span.start, text.indexOf('this'));
  assert.equal(doc.allOps.length, 4);

  const t2 = 'func.func @f() {\n  %x + %y\n  ))) {{\n  %1 = torch.aten.neg.int %0 : !torch.int -> !torch.int\n  return\n}\n';
  const r2 = errors(t2);
  assert.deepEqual(r2.diags.map((d) => [d.message, d.span.start]), [["expected '=' after SSA name list", t2.indexOf(' +')]]);
  assert.equal(r2.doc.allOps.length, 3);
});

test('broken function signature: the body is still parsed into the function', () => {
  const text = 'func.func @f(%a: ) -> !torch.int {\n  %0 = torch.aten.neg.int %a : !torch.int -> !torch.int\n  return %0 : !torch.int\n}\nfunc.func @g() {\n  return\n}\n';
  const { doc, diags } = errors(text);
  assert.deepEqual(diags.map((d) => [d.message, d.span.start]), [['expected non-function type', text.indexOf(' )')]]);
  const f = op(doc, 'func.func');
  assert.equal(f.regions.length, 1);
  assert.equal(f.regions[0].blocks[0].ops.length, 2);
  assert.equal(op(doc, 'func.func', 1).symbolName, '@g');
});

test('broken ops in known forms report where MLIR reports a wrong token: right after the text before it', () => {
  // [text, message, text before the error position, span text]
  const cases: [string, string, string, string][] = [
    // (custom op parsers report a bad literal at the token itself)
    ['%0 = torch.constant.int foo\n', 'expected integer value', '%0 = torch.constant.int ', 'foo'],
    ['%0 = torch.constant.bool maybe\n', "expected 'true' or 'false'", '%0 = torch.constant.bool ', 'maybe'],
    ['%0 = torch.aten.neg %a : !torch.int -> \n', 'expected non-function type', '%0 = torch.aten.neg %a : !torch.int ->', ''],
    ['%0 = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int -> !torch.list<int>\n', "expected ')' after operand types", '%0 = torch.prim.ListConstruct %a, %b : (!torch.int, !torch.int', ' ->'],
    ['%0 = "foo.bar"(%a : (i32) -> i32\n', "expected ')' to end operand list", '%0 = "foo.bar"(%a', ' :'],
    ['%0 = torch.aten.neg %a, : !torch.int -> !torch.int\n', 'expected SSA operand', '%0 = torch.aten.neg %a,', ' :'],
    ['%0 = torch.aten.neg %a {x = [1, 2} : !torch.int -> !torch.int\n', "expected ']'", '%0 = torch.aten.neg %a {x = [1, 2', '}'],
    ['%0 = torch.operator "x"(%a) : (!torch.int) -> !torch.int garbage\n', "unexpected 'garbage' after operation", '%0 = torch.operator "x"(%a) : (!torch.int) -> !torch.int', ' garbage'],
    ['%0 = torch.constant.str "unterminated\n', 'expected \'"\' in string literal', '%0 = torch.constant.str "unterminated', ''],
  ];
  for (const [text, message, before, at] of cases) {
    const { diags } = errors(text);
    assert.equal(diags.length, 1, text);
    assert.equal(diags[0].message, message, text);
    assert.equal(diags[0].span.start, before.length, text);
    assert.equal(text.slice(diags[0].span.start, diags[0].span.end), at, text);
  }
});

test('unknown ops never produce errors', () => {
  const text = [
    'func.func @f(%arg0: tensor<?xf32>) {',
    '  %0 = mydialect.weird %arg0 ??? <<< [[ "string" } : whatever',
    '  %1:2 = other.op(%0) {a = 1} ^bb1 @sym #attr !type',
    '  stablehlo.custom_call @foo(%arg0) {backend_config = ""} : (tensor<?xf32>) -> ()',
    '  return',
    '}',
  ].join('\n');
  const { doc, diags } = errors(text);
  assert.deepEqual(diags, []);
  assert.equal(doc.allOps.length, 5);
  assert.deepEqual(op(doc, 'other.op').results.map((r) => [r.name, r.count]), [['%1', 2]]);
});

test('error count is capped and cascades are avoided', () => {
  const lines = ['func.func @f() {'];
  for (let i = 0; i < 500; i++) lines.push(`  %${i} = torch.aten.neg %a`);
  lines.push('}');
  const { doc, diags } = errors(lines.join('\n'));
  assert.equal(diags.length, 100);
  // Parsing stops at the cap; what was read is kept.
  assert.ok(doc.allOps.length >= 100);
  // Many unclosed brackets stay fast (no rescans past the cap).
  const many = Array.from({ length: 20_000 }, (_, i) => `%${i} = torch.aten.neg %a {x = [`).join('\n');
  const t0 = performance.now();
  assert.equal(parseMlir(many).diagnostics.length, 100);
  assert.ok(performance.now() - t0 < 2000);
});

test('empty, whitespace, comments-only and binary input never throw', () => {
  for (const text of ['', '   \n\n', '// only a comment\n', '// -----', '\u0000\u0001\u0002\uffff\ud800', '{-#', '#-}', '{', '}', '%', '^', '@', '"', '!', '#', 'loc(', '<<<>>>']) {
    const doc = parseMlir(text);
    assert.ok(Array.isArray(doc.allOps));
    for (const d of doc.diagnostics) assert.doesNotMatch(d.message, /internal/);
  }
  assert.deepEqual(parseMlir('').diagnostics, []);
  assert.deepEqual(parseMlir('// only a comment\n').diagnostics, []);
});

test('random garbage and mutated fixtures never throw, never report internal errors', () => {
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const alphabet = '%^@#!"(){}[]<>:,=-> \n\tabcxyz0129.?*/-#{-##-}loc';
  for (let i = 0; i < 300; i++) {
    let s = '';
    const n = Math.floor(rand() * 200);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
    const doc = parseMlir(s);
    for (const d of doc.diagnostics) assert.doesNotMatch(d.message, /internal/, JSON.stringify(s));
    assert.ok(doc.diagnostics.length <= 100);
  }
  for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.mlir'))) {
    const text = fixture(f);
    for (let cut = 0; cut < text.length; cut += 7) {
      const truncated = parseMlir(text.slice(0, cut));
      for (const d of truncated.diagnostics) assert.doesNotMatch(d.message, /internal/, `${f} cut ${cut}`);
      const pos = Math.floor(rand() * text.length);
      const mutated = text.slice(0, pos) + alphabet[Math.floor(rand() * alphabet.length)] + text.slice(pos + 1);
      for (const d of parseMlir(mutated).diagnostics) assert.doesNotMatch(d.message, /internal/, `${f} mutated at ${pos}`);
    }
  }
});

test('pathological inputs stay fast (no backtracking, no quadratic scans)', () => {
  const inputs = [
    '%0 = foo.bar ' + '('.repeat(50_000),
    '%0 = torch.aten.neg %a {x = ' + '['.repeat(50_000) + '\n',
    '"'.repeat(100_000),
    '%0 = ' + '<'.repeat(100_000),
    'func.func @f() {\n'.repeat(5_000),
    '{-#\n dialect_resources: { builtin: { x: "0x' + 'AB'.repeat(500_000),
    '%a, '.repeat(50_000),
  ];
  for (const text of inputs) {
    const t0 = performance.now();
    parseMlir(text);
    assert.ok(performance.now() - t0 < 2000, text.slice(0, 30));
  }
});
