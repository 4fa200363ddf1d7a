// Runs every test/**/*.test.ts with Node's built-in test runner (TypeScript through tsx).
// Extra arguments filter the files by substring: `node scripts/run-tests.mjs rules/`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    // Data folders, and the suites with runners of their own (the extension API suite runs inside
    // VS Code's extension host: scripts/run-extension-api.mjs; e2e: scripts/run-e2e.mjs).
    if (name === 'node_modules' || name === 'fixtures' || name === 'corpus' || name === 'extension-api') continue;
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = walk('test')
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no test files matched', filters);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
