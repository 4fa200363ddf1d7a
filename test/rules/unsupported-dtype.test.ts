import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importerFacts } from '../../server/src/core/registry/importerFacts';
import { at, only } from './helpers';

// Dtype literals are checked against the importer's TORCH_DTYPE_TO_INT, generated into
// importer_facts.json; the real cases come from scripts/corpus (torch 2.13.0+cpu, torch-mlir 20261001).

const REAL = join(__dirname, '../corpus/real');
const real = (c: string, f: string) => readFileSync(join(REAL, c, f), 'utf8');

const cast = (dtype: string) => `graph():
    %x : [num_users=1] = placeholder[target=x]
    %convert_element_type : [num_users=1] = call_function[target=torch.ops.prims.convert_element_type.default](args = (%x, ${dtype}), kwargs = {})
    return (convert_element_type,)`;

test('literals without a code in the generated table are errors, with their aliases; the others are not', () => {
  const dtypes = importerFacts().dtypes;
  for (const [name, d] of Object.entries(dtypes)) {
    const got = only(cast(name), 'unsupported-dtype').filter((x) => x.severity === 'error');
    assert.equal(got.length, d.literal_code === null ? 1 : 0, name);
    for (const alias of d.aliases ?? []) assert.equal(only(cast(alias), 'unsupported-dtype').filter((x) => x.severity === 'error').length, d.literal_code === null ? 1 : 0, alias);
  }
  assert.equal(dtypes['torch.qint8'].literal_code, null);
  assert.notEqual(dtypes['torch.float8_e4m3fn'].literal_code, null);
});

test('real: the qint8 literal of torch.quantize_per_tensor fails on that node', () => {
  const outcome = JSON.parse(real('quantize_per_tensor_qint8', 'outcome.json'));
  assert.match(outcome.import.message, /torch\.qint8/);
  for (const f of ['export.graph.txt', 'export.readable.txt', 'exported_program.txt']) {
    const text = real('quantize_per_tensor_qint8', f);
    const [d] = only(text, 'unsupported-dtype');
    assert.equal(d?.severity, 'error', f);
    assert.equal(at(text, d), 'torch.qint8');
  }
});

test('real controls: quantized_decomposed per-channel and float8 casts import and lower, and get no error', () => {
  for (const c of ['quantized_decomposed_per_channel', 'float8_e4m3fn_roundtrip']) {
    for (const f of ['export.graph.txt', 'export.readable.txt', 'exported_program.txt']) {
      assert.deepEqual(only(real(c, f), 'unsupported-dtype').filter((d) => d.severity === 'error'), [], `${c}/${f}`);
    }
  }
});
