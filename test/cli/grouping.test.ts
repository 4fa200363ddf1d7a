import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The checker shows findings as the editor does: grouped by cause, within --max-diagnostics.

const CLI = join(__dirname, '../../dist/cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

const dir = mkdtempSync(join(tmpdir(), 'tmd-grouping-'));
const uses = 3000;
const repeated = join(dir, 'repeated.mlir');
writeFileSync(repeated, `func.func @main() {\n  "test.use"(${Array(uses).fill('%a').join(', ')}) : (${Array(uses).fill('i32').join(', ')}) -> ()\n  return\n}\n`);
// Distinct findings: pooling without stride in 12 nodes, each its own cause.
const pools = join(dir, 'pools.fx');
writeFileSync(pools, ['graph():', '    %x : [num_users=12] = placeholder[target=x]', ...Array.from({ length: 12 }, (_, i) => `    %p${i} : [num_users=0] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {})`), '    return (%x,)', ''].join('\n'));

test('text: one diagnostic for one undefined name used 3,000 times, with the count', () => {
  const r = run(['--exit-zero', repeated]);
  const lines = r.stdout.split('\n').filter((l) => l.includes('[undefined-value]'));
  assert.equal(lines.length, 1, r.stdout.slice(0, 2000));
  assert.match(lines[0], /repeated\.mlir:2:\d+: error \[undefined-value\] %a: undefined value .*3,000 occurrences/);
});

test('JSON: the grouped diagnostic lists the next occurrences as related locations', () => {
  const r = run(['--format', 'json', '--exit-zero', repeated]);
  const d = JSON.parse(r.stdout).files[0].diagnostics.filter((x: any) => x.code === 'undefined-value');
  assert.equal(d.length, 1);
  assert.equal(d[0].related.length, 20);
  assert.equal(d[0].related[0].range.start.line, 1);
});

test('--max-diagnostics: the budget, a summary by rule, in text, JSON and SARIF', () => {
  const text = run(['--max-diagnostics', '5', pools]);
  assert.equal(text.status, 0, text.stderr);
  assert.equal(text.stdout.split('\n').filter((l) => l.includes('[pool-stride-default]')).length, 4);
  assert.match(text.stdout, /pools\.fx:1:1: information \[diagnostics-withheld\] 8 more findings not shown \(pool-stride-default ×8\)/);
  const json = JSON.parse(run(['--format', 'json', '--max-diagnostics=5', pools]).stdout);
  assert.equal(json.files[0].diagnostics.length, 5);
  assert.equal(json.files[0].diagnostics.at(-1).code, 'diagnostics-withheld');
  const sarif = JSON.parse(run(['--format', 'sarif', '--max-diagnostics', '5', pools]).stdout);
  const results = sarif.runs[0].results;
  assert.equal(results.length, 5);
  assert.equal(results.at(-1).ruleId, 'diagnostics-withheld');
  assert.ok(sarif.runs[0].tool.driver.rules.some((r: any) => r.id === 'diagnostics-withheld' && r.helpUri.endsWith('diagnostics-withheld.md')));
  const all = JSON.parse(run(['--format', 'json', '--max-diagnostics', '0', pools]).stdout);
  assert.equal(all.files[0].diagnostics.length, 12);
});

test('--max-diagnostics rejects what is not a whole number', () => {
  const r = run(['--max-diagnostics', 'many', pools]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--max-diagnostics takes a whole number/);
});
