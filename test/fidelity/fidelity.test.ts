import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCorpus, formatTable, KNOWN_LIMITS, totals } from './fidelity';

// Our diagnostics against the real importer (test/corpus/real, made by scripts/corpus/generate.py
// with torch 2.13.0+cpu and torch-mlir 20261001), under the torch-mlir profile.

const results = evaluateCorpus();
const t = totals(results);

test('the corpus is there: at least 60 cases, 30 of them clean', () => {
  assert.ok(t.cases >= 60, `${t.cases} cases`);
  assert.ok(t.clean >= 30, `${t.clean} clean cases`);
});

test('every dump and every out.mlir parses with no parse-error', () => {
  const bad = results.flatMap((r) => r.parseErrors.map((e) => `${r.name}/${e}`));
  assert.deepEqual(bad, []);
});

test('no error-severity diagnostic on a case that imported and lowered cleanly', () => {
  const bad = results.filter((r) => r.verdict === 'false-alarm').map((r) => `${r.name}: ${r.detail}`);
  assert.deepEqual(bad, []);
});

test('every import failure has an error from the matching rule on the node the failure names', () => {
  const missed = results.filter((r) => r.category === 'import-failed' && r.verdict === 'missed').map((r) => `${r.name}: ${r.detail}`);
  assert.deepEqual(missed, []);
});

test('every lowering failure after a clean import has a warning or error naming the op responsible', () => {
  const missed = results.filter((r) => r.category === 'lowering-failed' && r.verdict === 'missed').map((r) => `${r.name}: ${r.detail}`);
  assert.deepEqual(missed, []);
});

test('known limits stay in the table, each with its reason, and are still predicted as warnings', () => {
  for (const [name, limit] of Object.entries(KNOWN_LIMITS)) {
    const r = results.find((x) => x.name === name);
    assert.ok(r, `known-limit case ${name} is missing from the corpus`);
    assert.equal(r.verdict, 'known-limit', `${name}: ${r.detail}`);
    assert.ok(limit.reason.length > 20);
  }
});

test('the table prints every case and the totals', () => {
  const table = formatTable(results);
  for (const r of results) assert.ok(table.includes(r.name));
  assert.match(table, /failures predicted \d+, missed 0/);
});
