import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The checker as people install and script it (issue 13): the `torch-mlir-check` bin, tlparse
// output folders, files that hold no dump, folders with bad entries, closed pipes, the
// documented exit codes. TORCH_MLIR_CHECK_CLI points the suite at another build (to show that a
// test fails before a change).

const ROOT = join(__dirname, '../..');
const CLI = process.env.TORCH_MLIR_CHECK_CLI ?? join(ROOT, 'dist/cli.js');
const EXAMPLES = join(ROOT, 'examples');
const TLPARSE = join(ROOT, 'test/fixtures/tlparse');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'tmd-usable-'));

test('package.json declares the torch-mlir-check bin, and npx runs it from the repository', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin['torch-mlir-check'], 'dist/cli.js');
  assert.match(readFileSync(join(ROOT, pkg.bin['torch-mlir-check']), 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node/);
  const r = spawnSync('npx', ['--no-install', 'torch-mlir-check', '--version'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `torch-mlir-check ${pkg.version}\n`);
});

test('--version and -V print the version; -h prints usage with the exit codes', () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  for (const flag of ['--version', '-V']) {
    const r = run([flag]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `torch-mlir-check ${version}\n`);
  }
  const h = run(['-h']);
  assert.equal(h.code, 0);
  assert.match(h.out, /Exit codes: 0 no errors[\s\S]*1 errors found[\s\S]*2 bad usage/);
});

test('a tlparse output folder is checked as is: its .txt graphs, not its guards or bytecode', () => {
  const r = run([TLPARSE]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /-_1_0_0\/inductor_post_grad_graph_31\.txt:\d+:\d+: warning \[torch-operator-fallback\]/);
  assert.match(r.out, /-_1_0_0\/fx_graph_runnable_29\.txt:\d+:\d+: warning \[torch-operator-fallback\]/);
  assert.doesNotMatch(r.out, /guards|BYTECODE|not-a-dump|parse-error/);
  assert.match(r.out, /\n18 files checked: 0 errors, 6 warnings\.\n$/);
});

test("a glob over a tlparse folder checks the .txt graphs and passes over tlparse's other .txt files, as a folder does", () => {
  const r = run(['-_*/*.txt'], TLPARSE);
  assert.equal(r.code, 0, r.err);
  assert.doesNotMatch(r.out, /not-a-dump/);
  assert.match(r.out, /\n18 files checked: 0 errors, 6 warnings\.\n$/);
});

test("tlparse's folder names (-_1_0_0) are paths, not options; fx_graph_runnable_N.txt named alone is read as FX", () => {
  const a = run(['-_1_0_0', '-j2'], TLPARSE);
  assert.equal(a.code, 0, a.err);
  assert.match(a.out, /^-_1_0_0\/after_joint_graph_28\.txt:/m);
  assert.match(a.out, /9 files checked/);
  const b = run(['-_1_0_0/fx_graph_runnable_29.txt'], TLPARSE);
  assert.equal(b.code, 0, b.out);
  assert.doesNotMatch(b.out, /parse-error|: error \[/);
  assert.match(b.out, /fx_graph_runnable_29\.txt:67:45: warning \[torch-operator-fallback\]/);
});

test('a file named explicitly that holds no dump gets one not-a-dump warning: ELF, PNG named .fx, empty, README', () => {
  const dir = tmp();
  copyFileSync(process.execPath, join(dir, 'node'));
  copyFileSync(join(ROOT, 'docs/images/quickfix-menu.png'), join(dir, 'image.fx'));
  writeFileSync(join(dir, 'empty.fx'), '');
  writeFileSync(join(dir, 'README.md'), '# My model\n\nRun `python train.py` to train it.\n');
  const r = run(['node', 'image.fx', 'empty.fx', 'README.md'], dir);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.deepEqual(lines.slice(0, 4).sort(), [
    'node:1:1: warning [not-a-dump] This file is an ELF executable: not a PyTorch FX graph dump or torch-dialect MLIR, so nothing was checked.',
    'image.fx:1:1: warning [not-a-dump] This file is a PNG image: not a PyTorch FX graph dump or torch-dialect MLIR, so nothing was checked.',
    'empty.fx:1:1: warning [not-a-dump] This file is empty: not a PyTorch FX graph dump or torch-dialect MLIR, so nothing was checked.',
    "README.md:1:1: warning [not-a-dump] No FX graph or torch-dialect MLIR found in this file's first 64 KB: it is not a PyTorch FX graph dump or torch-dialect MLIR, so nothing was checked.",
  ].sort());
  assert.equal(lines.at(-1), '4 files checked: 0 errors, 4 warnings.');
  // Scripts can make it fail: a warning is counted by --max-warnings.
  assert.equal(run(['--max-warnings', '0', 'README.md'], dir).code, 1);
});

test('a folder with a broken symlink and a symlink loop: one unreadable warning each, every dump still checked', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'dumps'));
  copyFileSync(join(EXAMPLES, 'unknown_op.fx'), join(dir, 'dumps', 'unknown_op.fx'));
  symlinkSync(join(dir, 'missing.fx'), join(dir, 'dumps', 'broken.fx'));
  symlinkSync('..', join(dir, 'dumps', 'loop'));
  symlinkSync('self', join(dir, 'dumps', 'self'));
  const r = run(['dumps'], dir);
  assert.equal(r.code, 1, r.err); // the unknown op is an error
  assert.equal(r.err, '');
  assert.match(r.out, /^dumps\/broken\.fx:1:1: warning \[unreadable\] cannot read 'dumps\/broken\.fx': a broken symbolic link: skipped\.$/m);
  assert.match(r.out, /^dumps\/self:1:1: warning \[unreadable\] cannot read 'dumps\/self': a symbolic link loop: skipped\.$/m);
  // dumps/loop -> .. is walked once (it is the folder above); inside it, dumps/ leads back.
  assert.match(r.out, /^dumps\/loop\/dumps:1:1: warning \[unreadable\] cannot read 'dumps\/loop\/dumps': a symbolic link loop \(it leads back to '.*dumps'\): skipped\.$/m);
  assert.match(r.out, /^dumps\/unknown_op\.fx:\d+:\d+: error \[unknown-op\]/m);
  assert.match(r.out, /\n1 file checked: 2 errors, 3 warnings\./);
  // The same folder in JSON and SARIF carries the warnings too.
  const sarif = JSON.parse(run(['--format', 'sarif', 'dumps'], dir).out);
  assert.equal(sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'unreadable').length, 3);
});

test('a folder without read permission is one unreadable warning, and the rest is checked', () => {
  const dir = tmp();
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'locked'));
  copyFileSync(join(EXAMPLES, 'unknown_op.fx'), join(dir, 'unknown_op.fx'));
  chmodSync(join(dir, 'unknown_op.fx'), 0o644);
  chmodSync(join(dir, 'locked'), 0);
  // root reads every folder: run the checker as `nobody` then, as an ordinary user meets it.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, [CLI, '.'], { cwd: dir, encoding: 'utf8', ...asUser });
  chmodSync(join(dir, 'locked'), 0o755);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /^locked:1:1: warning \[unreadable\] cannot read folder 'locked': EACCES/m);
  assert.match(r.stdout, /^unknown_op\.fx:\d+:\d+: error \[unknown-op\]/m);
});

test('a closed pipe ends the run quietly: `torch-mlir-check big.fx | head -1`', () => {
  const dir = tmp();
  // 3,000 undefined references: far more output than a pipe holds once `head` has gone.
  const nodes = Array.from({ length: 3000 }, (_, i) => `    %r${i} : [num_users=0] = call_function[target=torch.ops.aten.relu.default](args = (%nope${i},), kwargs = {})`);
  writeFileSync(join(dir, 'big.fx'), ['graph():', '    %x : [num_users=1] = placeholder[target=x]', ...nodes, '    return (x,)', ''].join('\n'));
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" big.fx | head -1`], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'big.fx:3:85: error [undefined-value] nope0 is not defined in this graph.\n');
});

test('options: `--` ends them, -j2 and --jobs=2 work, unknown options and rule ids are refused with the list', () => {
  const dir = tmp();
  copyFileSync(join(EXAMPLES, 'max_pool_no_stride.fx'), join(dir, '--odd.fx'));
  const a = run(['--', '--odd.fx'], dir);
  assert.equal(a.code, 0, a.err);
  assert.match(a.out, /^--odd\.fx:5:\d+: information \[pool-stride-default\]/m);
  assert.equal(run(['-j2', EXAMPLES]).code, 1);
  assert.equal(run(['--jobs=2', EXAMPLES]).code, 1);
  const b = run(['--rule', 'pool-stride-defualt=off', EXAMPLES]);
  assert.equal(b.code, 2);
  assert.match(b.err, /unknown rule 'pool-stride-defualt' in --rule; the rule ids are: .*pool-stride-default/);
  const c = run(['--frobnicate', EXAMPLES]);
  assert.equal(c.code, 2);
  assert.match(c.err, /unknown option '--frobnicate'/);
  const d = run(['-x', EXAMPLES]);
  assert.equal(d.code, 2);
  assert.match(d.err, /unknown option '-x'/);
});

test('exit codes as documented: 0 clean, 1 errors or too many warnings, 2 bad usage or unreadable PATH', () => {
  const dir = tmp();
  cpSync(join(EXAMPLES, 'max_pool_no_stride.fx'), join(dir, 'note.fx'));
  cpSync(join(EXAMPLES, 'unknown_op.fx'), join(dir, 'error.fx'));
  cpSync(join(EXAMPLES, 'torch_operator_fallback.mlir'), join(dir, 'warning.mlir'));
  assert.equal(run(['note.fx'], dir).code, 0);
  assert.equal(run(['warning.mlir'], dir).code, 0);
  assert.equal(run(['--max-warnings', '0', 'warning.mlir'], dir).code, 1);
  assert.equal(run(['error.fx'], dir).code, 1);
  assert.equal(run(['--exit-zero', 'error.fx'], dir).code, 0);
  assert.equal(run(['--format', 'yaml', 'note.fx'], dir).code, 2);
  assert.equal(run(['missing.fx', 'note.fx'], dir).code, 2);
  // The README documents the same codes.
  assert.ok(/Exit codes: `0` no errors[\s\S]{0,200}`1` errors found[\s\S]{0,200}`2` bad usage/.test(readFileSync(join(ROOT, 'README.md'), 'utf8')), 'README documents the exit codes');
});
