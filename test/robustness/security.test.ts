import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink, InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from '../lsp/client';
import { REPO } from './harness';

// Nothing in a dump is executed; document links never leave the workspace; the checker writes only
// with --fix, atomically, through symlinks, keeping permissions, and leaves the original on failure.

const CLI = join(REPO, 'dist/cli.js');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

// The one module allowed to start a process: "Verify with torch-mlir" (tools/runProcess.ts), which
// spawns the configured torch-mlir-opt / Python without a shell, in trusted workspaces only.
const PROCESS_RUNNER = 'server/src/tools/runProcess.ts';

test('no eval, new Function, vm or child_process in the server, the core or the client (but the tool runner)', () => {
  const files = [...sources(join(REPO, 'server/src')), ...sources(join(REPO, 'client/src'))];
  assert.ok(files.length > 40);
  const offenders: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    for (const [what, re] of [
      ['eval', /(?<![\w.$])eval\s*\(/],
      ['new Function', /new\s+Function\s*\(/],
      ['node:vm', /['"](node:)?vm['"]/],
      ['child_process', /child_process/],
      ['Worker eval', /eval\s*:\s*true/],
    ] as const) {
      if (what === 'child_process' && relative(REPO, f) === PROCESS_RUNNER) continue;
      if (re.test(text)) offenders.push(`${relative(REPO, f)}: ${what}`);
    }
  }
  // The checker's pool uses worker_threads running dist/cliWorker.js (our own code), never a shell.
  assert.deepEqual(offenders, []);
});

test('the tool runner spawns without a shell and only through spawn()', () => {
  const text = readFileSync(join(REPO, PROCESS_RUNNER), 'utf8');
  assert.match(text, /shell: false/);
  assert.doesNotMatch(text, /\b(exec|execSync|execFile|execFileSync|spawnSync|fork)\s*\(/);
  assert.doesNotMatch(text, /shell: true/);
});

test('the extension declares limited untrusted-workspace support (tool paths restricted) and virtual-workspace support', () => {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, 'limited');
  assert.deepEqual(pkg.capabilities?.untrustedWorkspaces?.restrictedConfigurations?.sort(), ['torchMlir.python', 'torchMlir.torchMlirOpt', 'torchMlir.verify.onSave']);
  for (const c of ['torchMlir.verify', 'torchMlir.verifyAndLower', 'torchMlir.runRealImport']) {
    const when = pkg.contributes.menus.commandPalette.find((m: { command: string }) => m.command === c)?.when ?? '';
    assert.match(when, /isWorkspaceTrusted/, c);
  }
  assert.equal(pkg.capabilities?.virtualWorkspaces, true);
});

// ---- Document links stay inside the workspace (through the real server) ----------------------

let base: string;
let ws: string;
let client: LspClient;

before(async () => {
  base = mkdtempSync(join(tmpdir(), 'tmd-sec-'));
  ws = join(base, 'ws');
  mkdirSync(join(ws, 'src'), { recursive: true });
  mkdirSync(join(base, 'ws-evil'), { recursive: true });
  writeFileSync(join(ws, 'src', 'model.py'), 'x = 1\n'.repeat(20));
  writeFileSync(join(base, 'secret.py'), 'secret\n');
  writeFileSync(join(base, 'ws-evil', 'secret.py'), 'secret\n');
  symlinkSync(join(base, 'secret.py'), join(ws, 'src', 'escape.py'));
  symlinkSync(base, join(ws, 'up'));
  client = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '10' });
  await client.conn.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ws).toString(),
    workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
    capabilities: {},
  });
  await client.conn.sendNotification('initialized', {});
});

after(async () => {
  await client.close();
  rmSync(base, { recursive: true, force: true });
});

const INSIDE = ['src/model.py', 'src/../src/model.py', '__ABS_INSIDE__'];
const OUTSIDE = ['../secret.py', 'src/../../secret.py', '__ABS_OUTSIDE__', '__ABS_EVIL__', 'src/escape.py', 'up/secret.py', '/etc/passwd', '~/.ssh/id_rsa', 'src/model.py\u0000x', '..\\secret.py', 'file:///etc/passwd', '%2e%2e/secret.py'];

function paths(list: string[]): string[] {
  return list.map((p) => p.replace('__ABS_INSIDE__', join(ws, 'src', 'model.py')).replace('__ABS_OUTSIDE__', join(base, 'secret.py')).replace('__ABS_EVIL__', join(base, 'ws-evil', 'secret.py')));
}

test('FX # File: and MLIR loc(...) links open only files inside the workspace', async () => {
  const all = [...paths(INSIDE), ...paths(OUTSIDE)];
  const fxLines = ['class GraphModule(torch.nn.Module):', '    def forward(self, x: "f32[2]"):'];
  all.forEach((p, i) => {
    fxLines.push(`        # File: ${p}:${i + 1} in forward, code: y${i} = x.relu()`);
    fxLines.push(`        y${i}: "f32[2]" = torch.ops.aten.relu.default(x)`);
  });
  fxLines.push('        return (y0,)', '');
  const fxUri = pathToFileURL(join(ws, 'dump.fx')).toString();
  await client.openAndWait(fxUri, 'fx', fxLines.join('\n'));
  const fxLinks = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: fxUri } });

  const mlirLines = ['module {', '  func.func @main(%arg0: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {'];
  all.forEach((p, i) => mlirLines.push(`    %${i} = torch.aten.relu %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32> loc(${JSON.stringify(p)}:${i + 1}:0)`));
  mlirLines.push('    return %arg0 : !torch.vtensor<[2],f32>', '  }', '}', '');
  const mlirUri = pathToFileURL(join(ws, 'dump.mlir')).toString();
  await client.openAndWait(mlirUri, 'mlir', mlirLines.join('\n'));
  const mlirLinks = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: mlirUri } });

  const model = pathToFileURL(join(ws, 'src', 'model.py')).toString();
  for (const [what, links] of [['FX', fxLinks], ['MLIR', mlirLinks]] as const) {
    assert.deepEqual(
      links.map((l) => l.target),
      INSIDE.map((_, i) => `${model}#L${i + 1}`),
      `${what}: ${JSON.stringify(links.map((l) => l.target))}`,
    );
  }
});

// ---- The checker writes only with --fix, atomically, and never loses the original ---------------

function cli(args: string[], cwd = REPO) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of readdirSync(dir).sort()) out[n] = readFileSync(join(dir, n), 'utf8') + '@' + statSync(join(dir, n)).mtimeMs;
  return out;
}

test('without --fix the checker writes nothing, in every output format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tmd-nofix-'));
  try {
    cpSync(join(REPO, 'examples'), dir, { recursive: true });
    const before = snapshot(dir);
    for (const format of ['text', 'json', 'sarif']) {
      const r = cli(['--format', format, '--show-fixes', dir].filter((a) => format === 'text' || a !== '--show-fixes'));
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
    }
    assert.deepEqual(snapshot(dir), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix writes atomically: no temp files left, fixes written through a symlink, permissions kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tmd-fix-'));
  try {
    const original = readFileSync(join(REPO, 'examples/max_pool_no_stride.fx'), 'utf8');
    writeFileSync(join(dir, 'real.fx'), original);
    chmodSync(join(dir, 'real.fx'), 0o640);
    symlinkSync(join(dir, 'real.fx'), join(dir, 'link.fx'));
    const r = cli(['--fix', join(dir, 'link.fx')]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(lstatSync(join(dir, 'link.fx')).isSymbolicLink(), 'the link is still a link');
    assert.match(readFileSync(join(dir, 'real.fx'), 'utf8'), /\[2, 2\], \[2, 2\]/);
    assert.equal(statSync(join(dir, 'real.fx')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).sort(), ['link.fx', 'real.fx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix that cannot write keeps the original, says so, and exits 2', () => {
  // Running as root ignores permission bits, so make the temp file impossible instead: a file name
  // just under NAME_MAX leaves no room for the `.torch-mlir-fix-…tmp` suffix (ENAMETOOLONG).
  const dir = mkdtempSync(join(tmpdir(), 'tmd-fixfail-'));
  try {
    const original = readFileSync(join(REPO, 'examples/max_pool_no_stride.fx'), 'utf8');
    const target = join(dir, 'a'.repeat(250) + '.fx');
    writeFileSync(target, original);
    const r = cli(['--fix', target]);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /cannot write fixes to '.*': .*ENAMETOOLONG.*\(file left unchanged\)/);
    assert.equal(readFileSync(target, 'utf8'), original);
    assert.deepEqual(readdirSync(dir), ['a'.repeat(250) + '.fx']);
    // the diagnostics of the unfixed file are still reported
    assert.match(r.stdout, /pool-stride-default/);
    assert.ok(existsSync(target));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
