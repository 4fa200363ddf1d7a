import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importerFacts } from '../../server/src/core/registry/importerFacts';
import { at, only } from './helpers';

// Real cases from scripts/corpus/cases_importer.py (torch 2.13.0+cpu, torch-mlir 20261001):
// symint_pow and symint_lshift fail with "Unsupported builtin function for symbolic types";
// symint_floordiv and symint_mul_view import and lower.

const REAL = join(__dirname, '../corpus/real');
const real = (c: string, f: string) => readFileSync(join(REAL, c, f), 'utf8');
const FACING = ['export.graph.txt', 'export.readable.txt', 'export.code.txt', 'exported_program.txt'];

const graph = (op: string) => `graph():
    %x : [num_users=1] = placeholder[target=x]
    %sym_size_int_1 : [num_users=1] = call_function[target=torch.ops.aten.sym_size.int](args = (%x, 0), kwargs = {})
    %r : [num_users=1] = call_function[target=operator.${op}](args = (%sym_size_int_1, 2), kwargs = {})
    %new_zeros : [num_users=1] = call_function[target=torch.ops.aten.new_zeros.default](args = (%x, [%r]), kwargs = {})
    return (new_zeros,)`;

test('operator.pow on a SymInt: an error quoting the importer', () => {
  const text = graph('pow');
  const [d] = only(text, 'unsupported-symbolic-builtin');
  assert.equal(d.severity, 'error');
  assert.equal(at(text, d), 'operator.pow');
  assert.match(d.message, /Unsupported builtin function for symbolic types: <built-in function pow> with args \(sym_size_int_1, 2\)/);
});

test('every builtin of the generated table is accepted; others are not', () => {
  const table = Object.keys(importerFacts().symbolic.py_builtin_to_torch_op);
  assert.ok(table.includes('floordiv') && table.includes('neg') && !table.includes('pow'));
  for (const op of table) assert.deepEqual(only(graph(op), 'unsupported-symbolic-builtin'), [], op);
  for (const op of ['pow', 'lshift', 'rshift', 'and_']) assert.equal(only(graph(op), 'unsupported-symbolic-builtin').length, 1, op);
  assert.deepEqual(only(graph('pow'), 'unsupported-symbolic-builtin', 'turbine-2023'), []);
});

test('a builtin whose value is known not to be symbolic is left to unsupported-node', () => {
  const text = `class GraphModule(torch.nn.Module):
    def forward(self, x: "f32[4, 3]"):
        pow_1: "f32[4, 3]" = x ** 2
        return (pow_1,)`;
  assert.deepEqual(only(text, 'unsupported-symbolic-builtin'), []);
});

test('real failing cases: an error on the node the importer names, in every import-facing dump', () => {
  for (const [c, node] of [['symint_pow', 'pow_1'], ['symint_lshift', 'lshift']]) {
    const outcome = JSON.parse(real(c, 'outcome.json'));
    assert.equal(outcome.import.node, node);
    assert.match(outcome.import.message, /Unsupported builtin function for symbolic types/);
    for (const f of FACING) {
      const text = real(c, f);
      const errors = only(text, 'unsupported-symbolic-builtin').filter((d) => d.severity === 'error');
      assert.equal(errors.length, 1, `${c}/${f}`);
      assert.ok(text.slice(0, errors[0].span.start).lastIndexOf(node) > text.slice(0, errors[0].span.start).lastIndexOf('\n'), `${c}/${f}: on ${node}'s line`);
    }
  }
});

test('real controls: mapped builtins (floordiv, mul) get no error', () => {
  for (const c of ['symint_floordiv', 'symint_mul_view']) {
    for (const f of FACING) assert.deepEqual(only(real(c, f), 'unsupported-symbolic-builtin').filter((d) => d.severity === 'error'), [], `${c}/${f}`);
  }
});

test('shape expressions the affine translation lacks: information, once where they first appear', () => {
  // print_readable of torch.cat([x, x[: x.shape[0] // 2]]) exported with a dynamic batch.
  const text = `class GraphModule(torch.nn.Module):
    def forward(self, x: "f32[s77, 3]"):
        sym_size_int_1: "Sym(s77)" = torch.ops.aten.sym_size.int(x, 0)
        floordiv: "Sym((s77//2))" = sym_size_int_1 // 2;  sym_size_int_1 = None
        slice_1: "f32[(s77//2), 3]" = torch.ops.aten.slice.Tensor(x, 0, None, floordiv);  floordiv = None
        neg: "f32[(s77//2), 3]" = torch.ops.aten.neg.default(slice_1)
        cat: "f32[s77 + ((s77//2)), 3]" = torch.ops.aten.cat.default([x, neg]);  x = slice_1 = None
        return (cat,)`;
  const ds = only(text, 'unsupported-symbolic-builtin');
  assert.deepEqual(ds.map((d) => [d.severity, at(text, d)]), [['information', '"f32[(s77//2), 3]"']]);
  assert.match(ds[0].message, /import_symbolic_shape_expressions=True .*FloorDiv not implemented yet/);
  assert.deepEqual(only(text.replace(/\/\/2/g, '+1'), 'unsupported-symbolic-builtin'), []);
});
