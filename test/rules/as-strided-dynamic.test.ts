import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, only } from './helpers';

// Real cases from scripts/corpus/cases_importer.py (torch 2.13.0+cpu, torch-mlir 20261001).

const REAL = join(__dirname, '../corpus/real');
const real = (c: string, f: string) => readFileSync(join(REAL, c, f), 'utf8');

test('a SymInt in the size list: an error on it quoting the rewrite', () => {
  const text = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %sym_size_int_1 : [num_users=1] = call_function[target=torch.ops.aten.sym_size.int](args = (%x, 0), kwargs = {})
    %as_strided : [num_users=1] = call_function[target=torch.ops.aten.as_strided.default](args = (%x, [%sym_size_int_1, 2], [4, 1]), kwargs = {})
    return (as_strided,)`;
  const [d] = only(text, 'as-strided-dynamic');
  assert.equal(d.severity, 'error');
  assert.equal(at(text, d), '%sym_size_int_1');
  assert.match(d.message, /ValueError: aten\.as_strided\.default `size` must be a static int list/);
  assert.deepEqual(only(text.replace('%sym_size_int_1, 2', '2, 2'), 'as-strided-dynamic'), []);
  assert.deepEqual(only(text, 'as-strided-dynamic', 'turbine-2023'), []);
});

test('a base with a symbolic dimension in a typed dump: an error on the input', () => {
  const text = `class GraphModule(torch.nn.Module):
    def forward(self, x: "f32[s77, 4]"):
        as_strided: "f32[2, 2]" = torch.ops.aten.as_strided.default(x, [2, 2], [4, 1], 1);  x = None
        return (as_strided,)`;
  const [d] = only(text, 'as-strided-dynamic');
  assert.match(d.message, /`base\.shape` must be static before Torch IR import/);
  assert.equal(at(text, d), 'x');
  assert.deepEqual(only(text.replace('s77', '4'), 'as-strided-dynamic'), []);
});

test('real cases: the failing node gets the error; the static as_strided control gets none', () => {
  for (const [c, files] of [
    ['as_strided_symbolic_size', ['export.graph.txt', 'export.readable.txt', 'exported_program.txt']],
    ['as_strided_dynamic_base', ['export.readable.txt', 'exported_program.txt']],
  ] as const) {
    const outcome = JSON.parse(real(c, 'outcome.json'));
    assert.match(outcome.import.message, /aten\.as_strided\.default `[\w.]+` must be/);
    assert.equal(outcome.import.node, 'as_strided');
    for (const f of files) assert.equal(only(real(c, f), 'as-strided-dynamic').length, 1, `${c}/${f}`);
  }
  for (const f of ['export.graph.txt', 'export.readable.txt']) assert.deepEqual(only(real('export_as_strided', f), 'as-strided-dynamic'), [], f);
});
