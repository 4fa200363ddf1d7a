import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSchema, typeToString } from '../../server/src/core/registry/schema';
import { loadTorchOps } from '../data/torchOps';

const data = loadTorchOps();

test('every schema PyTorch 2.13 registers parses, agreeing with PyTorch on names, types, defaults, kwarg-only marks', () => {
  let checked = 0;
  for (const op of data.ops) {
    const s = parseSchema(op.schema);
    assert.equal(s.qualifiedName, op.name, op.schema);
    assert.equal(s.overload, op.overload, op.schema);
    assert.equal(s.args.length, op.args.length, op.schema);
    op.args.forEach((want: any, i: number) => {
      const got = s.args[i];
      assert.equal(got.name, want.name, op.schema);
      assert.equal(got.typeText, want.type, `${op.schema}: arg ${want.name}`);
      assert.equal(got.default, want.default, `${op.schema}: default of ${want.name}`);
      assert.equal(got.kwargOnly, !!want.kwarg_only, `${op.schema}: kwarg_only of ${want.name}`);
      assert.equal(got.alias, want.alias, `${op.schema}: alias of ${want.name}`);
    });
    assert.equal(s.returns.length, op.returns.length, op.schema);
    op.returns.forEach((want: any, i: number) => {
      assert.equal(s.returns[i].typeText, want.type, op.schema);
      assert.equal(s.returns[i].name, want.name, op.schema);
    });
    checked++;
  }
  assert.ok(checked > 4000, `checked ${checked} schemas`);
});

test('list, optional and alias suffixes bind left to right', () => {
  const s = parseSchema('aten::index.Tensor(Tensor self, Tensor?[] indices) -> Tensor');
  assert.deepEqual(s.args[1].type, { kind: 'list', elem: { kind: 'optional', elem: { kind: 'base', name: 'Tensor' } } });
  const t = parseSchema('aten::foo(SymInt[1]? size, Tensor(a!)[] outs, int[2] k=[1, 1]) -> (Tensor a, Tensor b)');
  assert.equal(typeToString(t.args[0].type), 'SymInt[1]?');
  assert.equal(t.args[1].alias, 'a!');
  assert.equal(t.args[2].default, '[1, 1]');
  assert.deepEqual(t.returns.map((r) => r.name), ['a', 'b']);
});
