// Runs the real-client end-to-end suites (test/e2e/*.e2e.ts) with Node's test runner.
// They expect torch-mlir-diagnostics.vsix (npm run package) and dist/server.js (npm run build),
// and clients installed by scripts/setup-e2e.sh. A missing client skips its suite with a loud
// message, except under CI=true, where it fails.
// Extra arguments filter the files by substring: `node scripts/run-e2e.mjs neovim`.
// E2E_FILES=a.fx,b.fx limits the example files; E2E_CACHE points at the client cache.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = join('test', 'e2e');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((n) => n.endsWith('.e2e.ts'))
  .map((n) => join(dir, n))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('run-e2e: no e2e files matched', filters);
  process.exit(1);
}
const ci = process.env.CI === 'true';
for (const [what, path, how] of [
  ['extension package', 'torch-mlir-diagnostics.vsix', 'npm run package'],
  ['language server bundle', join('dist', 'server.js'), 'npm run build'],
]) {
  if (!existsSync(path)) console.error(`run-e2e: warning: ${what} ${path} is missing (${how}); the suites that need it will fail`);
}
console.log(`run-e2e: ${files.join(' ')}${ci ? ' (CI=true: missing clients fail)' : ''}`);
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(r.status ?? 1);
