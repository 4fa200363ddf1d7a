import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBoth, regressionFiles } from './harness';

// Every input `npm run fuzz` (or a robustness test) ever caught failing, replayed on every run:
// test/robustness/regressions/<hash>.fx|.mlir, analysed with the language its extension names.

test('every saved fuzz regression keeps the properties under both profiles', (t) => {
  const files = regressionFiles();
  for (const r of files) {
    const f = checkBoth(r.text, r.language);
    if (f) assert.fail(`${r.path} (${f.profile}): ${f.reason}`);
    // and under the other parser
    const g = checkBoth(r.text, r.language === 'fx' ? 'mlir' : 'fx');
    if (g) assert.fail(`${r.path} as the other language (${g.profile}): ${g.reason}`);
  }
  t.diagnostic(`${files.length} regression inputs replayed`);
  console.log(`regressions: ${files.length} inputs replayed`);
});
