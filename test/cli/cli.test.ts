import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The checker as users run it: dist/cli.js in a child process.

const CLI = join(__dirname, '../../dist/cli.js');
const EXAMPLES = join(__dirname, '../../examples');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('text output over the examples folder: every rule fires, exit 1 for errors', () => {
  const r = run([EXAMPLES]);
  assert.equal(r.code, 1, r.err);
  for (const code of ['optional-tensor-list', 'pool-stride-default', 'lifted-tensor-constant', 'functionalization-lift', 'unknown-op', 'schema-mismatch', 'undefined-value', 'duplicate-definition']) {
    assert.match(r.out, new RegExp(`\\[${code}\\]`), `no ${code} in:\n${r.out}`);
  }
  assert.match(r.out, /max_pool_no_stride\.fx:5:\d+: information \[pool-stride-default\]/);
  assert.match(r.out, /files? checked: \d+ errors?, \d+ warnings?\./);
});

test('JSON output has the documented shape, 0-based LSP positions and fixes', () => {
  const r = run(['--format', 'json', join(EXAMPLES, 'max_pool_no_stride.fx')]);
  assert.equal(r.code, 0, r.err); // information only
  const json = JSON.parse(r.out);
  assert.equal(json.files.length, 1);
  const d = json.files[0].diagnostics.find((x: any) => x.code === 'pool-stride-default');
  assert.equal(d.severity, 'information');
  assert.deepEqual(Object.keys(d.range), ['start', 'end']);
  assert.equal(d.range.start.line, 4);
  assert.equal(d.fixes[0].title, 'Insert explicit stride ([2, 2])');
  assert.deepEqual(Object.keys(d.fixes[0].edits[0]), ['range', 'newText']);
});

test('--importer turbine-2023 makes the pooling note an error (exit 1)', () => {
  const r = run(['--importer', 'turbine-2023', join(EXAMPLES, 'max_pool_no_stride.fx')]);
  assert.equal(r.code, 1);
  assert.match(r.out, /error \[pool-stride-default\].*IndexError/);
});

test('--fix applies safe fixes atomically and reports them; a second run changes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tmd-cli-'));
  const f = join(dir, 'pool.fx');
  copyFileSync(join(EXAMPLES, 'max_pool_no_stride.fx'), f);
  const r = run(['--fix', f]);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /applied 2 fixes/);
  const after = readFileSync(f, 'utf8');
  assert.match(after, /\(%x, \[2, 2\], \[2, 2\]\)/);
  const again = run(['--fix', f]);
  assert.doesNotMatch(again.out, /applied/);
  assert.equal(readFileSync(f, 'utf8'), after);
});

test('files are never written without --fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tmd-cli-'));
  const f = join(dir, 'pool.fx');
  copyFileSync(join(EXAMPLES, 'max_pool_no_stride.fx'), f);
  const before = readFileSync(f, 'utf8');
  run([f]);
  assert.equal(readFileSync(f, 'utf8'), before);
});

test('bad usage and unreadable input exit 2 with a clear message', () => {
  const a = run(['--importer', 'nope', EXAMPLES]);
  assert.equal(a.code, 2);
  assert.match(a.err, /unknown importer 'nope'/);
  const b = run(['/nonexistent/file.fx']);
  assert.equal(b.code, 2);
  assert.match(b.err, /cannot read '\/nonexistent\/file\.fx'/);
  const c = run([]);
  assert.equal(c.code, 2);
  assert.match(c.err, /no PATH given/);
});

test('--max-warnings and --rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tmd-cli-'));
  const f = join(dir, 'w.fx');
  writeFileSync(f, readFileSync(join(EXAMPLES, 'max_pool_no_stride.fx'), 'utf8'));
  assert.equal(run(['--rule', 'pool-stride-default=warning', '--max-warnings', '1', f]).code, 1);
  assert.equal(run(['--rule', 'pool-stride-default=warning', '--max-warnings', '2', f]).code, 0);
  assert.equal(run(['--rule', 'pool-stride-default=error', f]).code, 1);
});
