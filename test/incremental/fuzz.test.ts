import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIncremental, mutate, seeds } from '../robustness/harness';
import { bigFunction, torchOneFunction } from './oneFunction';

// Incremental re-analysis on every seed file of the robustness suite, whole and mutated: random
// one-character edits (anywhere, line breaks included) re-analysed from the previous version must
// give exactly what a full analysis gives. `npm run fuzz` runs the same property with random seeds.

test('random edits: incremental re-analysis equals a full analysis (FX and MLIR seeds, whole and mutated)', () => {
  let n = 0;
  for (const [i, s] of seeds().entries()) {
    for (const [k, text] of [s.text, mutate(s.text, 77 + i, 1 + (i % 5))].entries()) {
      const f = checkIncremental(text, s.language, 1000 * i + k);
      if (f) assert.fail(`${s.name}${k ? ' (mutated)' : ''}: ${f.reason}`);
      n++;
    }
  }
  assert.ok(n > 100, `only ${n} inputs`);
});

test('random edits in one function holding every op (the importer\'s shape): incremental equals full', () => {
  const inputs: [string, string][] = [
    ['corpus out.mlir in one function', torchOneFunction()],
    ['func/arith one function', bigFunction(1500)],
  ];
  for (const [name, text] of inputs) {
    for (let k = 0; k < 6; k++) {
      const f = checkIncremental(text, 'mlir', 500 + k, 4);
      if (f) assert.fail(`${name} (seed ${500 + k}): ${f.reason}`);
    }
  }
});
