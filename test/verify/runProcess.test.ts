import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess, runningTools } from '../../server/src/tools/runProcess';

// The one way the project starts a process: no shell, time limit, cancellation, output cap, and
// nothing left running when the editor (or checker) goes away. Real processes (this Node binary).

const NODE = process.execPath;
const limits = { timeoutMs: 30_000, maxOutputBytes: 1 << 20 };

test('stdin in, stdout and stderr out, exit code kept', async () => {
  const r = await runProcess({ command: NODE, args: ['-e', 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{process.stdout.write(s.toUpperCase());console.error("e");process.exit(3)})'], input: 'abc', ...limits });
  assert.deepEqual([r.outcome, r.code, r.stdout, r.stderr.trim()], ['exited', 3, 'ABC', 'e']);
});

test('no shell: metacharacters in arguments reach the program as they are', async () => {
  const arg = '$(echo pwned); rm -rf / `id` | cat > x && echo "hi"';
  const r = await runProcess({ command: NODE, args: ['-e', 'process.stdout.write(process.argv[1])', arg], ...limits });
  assert.equal(r.stdout, arg);
});

test('a timeout stops the tool and says so, well before the tool would have finished', async () => {
  const t0 = Date.now();
  const r = await runProcess({ command: NODE, args: ['-e', 'setTimeout(() => {}, 60000)'], timeoutMs: 300, maxOutputBytes: 1024 });
  assert.equal(r.outcome, 'timeout');
  assert.ok(Date.now() - t0 < 10_000, `${Date.now() - t0} ms`);
  assert.equal(runningTools(), 0);
});

test('cancellation (the progress notification\'s Cancel) stops the tool', async () => {
  const abort = new AbortController();
  const t0 = Date.now();
  const p = runProcess({ command: NODE, args: ['-e', 'setTimeout(() => {}, 60000)'], ...limits, signal: abort.signal });
  setTimeout(() => abort.abort(), 200);
  const r = await p;
  assert.equal(r.outcome, 'cancelled');
  assert.ok(Date.now() - t0 < 10_000);
  assert.equal(runningTools(), 0);
});

test('output beyond the cap is dropped and the tool stopped', async () => {
  const r = await runProcess({ command: NODE, args: ['-e', 'const b="x".repeat(65536);for(;;)process.stdout.write(b)'], timeoutMs: 30_000, maxOutputBytes: 100_000 });
  assert.equal(r.outcome, 'output-limit');
  assert.ok(r.stdout.length <= 100_000);
});

test('a missing tool is a spawn error with the command, not a hang', async () => {
  const r = await runProcess({ command: '/nonexistent/torch-mlir-opt', args: ['-'], input: 'module {}', ...limits });
  assert.equal(r.outcome, 'spawn-error');
  assert.match(r.error!, /ENOENT/);
  assert.equal(r.commandLine, '/nonexistent/torch-mlir-opt -');
});

test('a tool still running when its parent exits is killed with it', async () => {
  // A parent (Node running the runner through tsx) starts a long tool, prints its pid, then exits.
  const script = `
    const { runProcess } = require(${JSON.stringify(join(__dirname, '../../server/src/tools/runProcess.ts'))});
    runProcess({ command: process.execPath, args: ['-e', 'setTimeout(() => {}, 60000)'], timeoutMs: 60000, maxOutputBytes: 1024 });
    setTimeout(() => { const { execSync } = require('node:child_process'); process.stdout.write(execSync('pgrep -P ' + process.pid).toString()); process.exit(0); }, 500);`;
  const parent = spawn(NODE, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  parent.stdout.on('data', (d) => (out += d));
  await new Promise((r) => parent.on('close', r));
  const pids = out.trim().split(/\s+/).filter(Boolean).map(Number);
  assert.ok(pids.length >= 1, `child pids: '${out}'`);
  await new Promise((r) => setTimeout(r, 200));
  for (const pid of pids) {
    // Gone, or a zombie waiting for a reaper (killed; containers' PID 1 may not reap).
    let alive = true;
    try {
      alive = !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      alive = false;
    }
    assert.equal(alive, false, `tool ${pid} outlived its parent`);
  }
});
