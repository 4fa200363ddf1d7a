// Invariants of server/data/importer_facts.json (scripts/gen_importer_facts.py; see scripts/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importerFacts } from '../../server/src/core/registry/importerFacts';

const data = join(__dirname, '..', '..', 'server', 'data');
const mlirOps = JSON.parse(readFileSync(join(data, 'torch_mlir_ops.json'), 'utf8'));

test('source: generator, date and the same package versions as the op registry', () => {
  const f = importerFacts();
  assert.equal(f.source.generator, 'scripts/gen_importer_facts.py');
  assert.match(f.source.generated, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(f.source['torch-mlir'], mlirOps.source.version);
  assert.match(f.source.torch, /^2\.13\.0/);
});

test('higher-order ops: the handlers, every probed op with a verdict, and the HOPs torch registers', () => {
  const h = importerFacts().higher_order_ops;
  assert.deepEqual([...h.handlers].sort(), ['auto_functionalized', 'flex_attention', 'while_loop']);
  for (const name of ['cond', 'while_loop', 'map', 'scan', 'associative_scan', 'with_effects', 'auto_functionalized', 'auto_functionalized_v2', 'invoke_subgraph', 'wrap_with_set_grad_enabled', 'flex_attention']) {
    const p = h.ops[name]?.probe;
    assert.ok(p && (p.import || p.export_error), `${name} has a probe verdict`);
  }
  assert.ok(h.ops.map_impl?.registered_in_torch && !h.ops.map_impl.handled);
});

test('symbolic builtins and canonicalizations are read from the importer', () => {
  const f = importerFacts();
  assert.equal(f.symbolic.py_builtin_to_torch_op.truediv, 'aten.div');
  assert.equal(f.symbolic.py_builtin_to_torch_op.mod, 'aten.fmod');
  assert.equal(f.symbolic.symbolic_torch_ops['aten.sym_size.int'], 'aten.size.int');
  assert.equal(f.node_canonicalizations['aten._assert_async.msg'], null, '_assert_async is dropped');
});

test('non-persistent buffers: the frozen path fails, import_program imports; transformers names', () => {
  const f = importerFacts();
  const verdicts = Object.entries(f.nonpersistent_buffer_import);
  assert.deepEqual(verdicts.map(([k, v]) => [/import_program/.test(k), v === 'ok']), [[false, false], [true, true]]);
  assert.match(verdicts[0][1], /Could not find state mapping for buffer/);
  for (const n of ['inv_freq', 'original_inv_freq', 'position_ids']) assert.ok(f.nonpersistent_buffer_names.names[n], n);
});

test('a damaged file gives one clear error naming it and the generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'facts-'));
  writeFileSync(join(dir, 'importer_facts.json'), '{"source": {}, "higher_order_ops": ');
  assert.throws(() => importerFacts(dir), /importer_facts\.json cannot be read .*gen_importer_facts\.py/);
  writeFileSync(join(dir, 'importer_facts.json'), '{"source": {}}');
  assert.throws(() => importerFacts(dir), /importer_facts\.json is damaged \(missing higher_order_ops/);
});
