import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The .vsix as the Marketplace and Open VSX receive it, and the repository as a newcomer meets it
// (issue 13): what `vsce ls` ships and what it leaves out, the manifest fields, the icon, the
// licence, minified bundles, README links that resolve inside the package, packaging that never
// prompts, dev tools that run on the Node version .nvmrc names. Needs dist/ (npm run build).

// semver comes with npm's own toolchain (a dependency of vsce); its typings are not installed.
const semver: { minVersion(range: string): { version: string } | null; satisfies(version: string, range: string): boolean } = require('semver');

const ROOT = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

let listed: string[] | undefined;
function vsceLs(): string[] {
  if (!listed) {
    const r = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    listed = r.stdout.split('\n').filter(Boolean);
  }
  return listed;
}

test('package.json: repository, bugs, homepage, keywords, gallery banner, icon, engines, bin', () => {
  assert.match(pkg.repository.url, /^https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
  const repo = pkg.repository.url.replace(/\.git$/, '');
  assert.equal(pkg.bugs.url, `${repo}/issues`);
  assert.ok(pkg.homepage.startsWith(repo));
  assert.ok(pkg.keywords.length >= 5 && pkg.keywords.length <= 30);
  assert.match(pkg.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  assert.ok(['dark', 'light'].includes(pkg.galleryBanner.theme));
  assert.equal(pkg.bin['torch-mlir-check'], 'dist/cli.js');
  // The Marketplace wants a PNG icon of at least 128x128.
  const icon = readFileSync(join(ROOT, pkg.icon));
  assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
});

test('vsce ls: the extension, its server, data, docs and metadata; no checker, source maps or test-only data', () => {
  const files = vsceLs();
  for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', pkg.icon, 'dist/extension.js', 'dist/server.js', 'server/data/torch_ops.json', 'server/data/torch_mlir_ops.json', 'docs/rules/not-a-dump.md']) {
    assert.ok(files.includes(f), `${f} is not in the .vsix:\n${files.join('\n')}`);
  }
  const unwanted = files.filter((f) => /^dist\/cli|\.map$|^test\/|^scripts\/|^bench\/|^server\/src\/|^client\/|\.ts$|node_modules/.test(f));
  assert.deepEqual(unwanted, []);
  // The shipped registry holds each op's schema text only (the server parses it); PyTorch's
  // parsed fields, read by tests alone, stay in test/data/torch_ops_parsed.json.
  const ops = JSON.parse(readFileSync(join(ROOT, 'server/data/torch_ops.json'), 'utf8')).ops;
  assert.ok(ops.length > 4000);
  assert.ok(ops.every((o: object) => Object.keys(o).join() === 'schema'));
  const bytes = files.reduce((n, f) => n + statSync(join(ROOT, f)).size, 0);
  assert.ok(bytes < 3.5 * 1024 * 1024, `${(bytes / 1048576).toFixed(2)} MB unpacked`);
});

test('the bundles are minified', () => {
  for (const f of ['dist/extension.js', 'dist/server.js']) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const lines = text.split('\n').length;
    assert.ok(text.length / lines > 500, `${f}: ${lines} lines for ${text.length} bytes: not minified`);
    assert.ok(text.length < 600 * 1024, `${f}: ${text.length} bytes`);
  }
});

test('README links resolve inside the package (or are absolute URLs)', () => {
  const files = new Set(vsceLs());
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  assert.ok(links.length > 10);
  const broken = links.filter((l) => !/^(https?:|mailto:|#)/.test(l)).filter((l) => !files.has(l.split('#')[0].replace(/^\.\//, '')));
  assert.deepEqual(broken, [], 'relative README links to files the .vsix does not ship');
});

test('LICENSE is the full Apache-2.0 text; CHANGELOG names this version', () => {
  const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
  for (const s of ['Apache License', 'Version 2.0, January 2004', 'TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION', '9. Accepting Warranty or Additional Liability.', 'END OF TERMS AND CONDITIONS']) {
    assert.ok(license.includes(s), s);
  }
  assert.ok(license.length > 11000);
  assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'));
});

test('SARIF help links and the checker name the declared repository', () => {
  const repo = pkg.repository.url.replace(/\.git$/, '');
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'sarif', join(ROOT, 'examples/unknown_op.fx')], { encoding: 'utf8' });
  const driver = JSON.parse(r.stdout).runs[0].tool.driver;
  assert.equal(driver.informationUri, repo);
  for (const rule of driver.rules) assert.equal(rule.helpUri, `${repo}/blob/main/docs/rules/${rule.id}.md`);
  for (const rule of driver.rules) assert.ok(existsSync(join(ROOT, 'docs/rules', `${rule.id}.md`)), rule.id);
});

test('packaging in a terminal never stops at a prompt', () => {
  // vsce asks "Do you want to continue? [y/N]" on a terminal when the manifest lacks fields; a
  // pseudo-terminal (script(1)) shows what a person running `npm test` would see.
  const out = mkdtempSync(join(tmpdir(), 'tmd-vsix-'));
  const vsix = join(out, 't.vsix');
  try {
    const cmd = `"${process.execPath}" "${VSCE}" package --no-dependencies --no-rewrite-relative-links -o "${vsix}"`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
    assert.doesNotMatch(r.stdout, /\[y\/N\]/, r.stdout);
    // vsce's only allowed warning is its own update notice (it is pinned to the last release that
    // supports Node 20): it asks nothing. Any other warning is a packaging problem.
    const warnings = r.stdout.split('\n').filter((l) => /WARNING/.test(l) && !/The latest version of @vscode\/vsce is/.test(l));
    assert.deepEqual(warnings, [], r.stdout);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.ok(existsSync(vsix));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a newcomer: .nvmrc and engines.node agree, and every locked dev tool supports that Node', () => {
  const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
  assert.match(nvmrc, /^\d+$/);
  const floor = `${nvmrc}.0.0`;
  assert.equal(semver.minVersion(pkg.engines.node)?.version, floor);
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  // Node 20's latest line, as nvm installs it: what EBADENGINE is checked against.
  const node = `${nvmrc}.19.0`;
  const refused = Object.entries(lock.packages as Record<string, { version: string; engines?: { node?: string } }>)
    .filter(([k, v]) => k && v.engines?.node && !semver.satisfies(node, v.engines.node))
    .map(([k, v]) => `${k}@${v.version} wants node ${v.engines!.node}`);
  assert.deepEqual(refused, []);
  assert.equal(pkg.scripts.test.includes('npm run test:e2e'), true);
  assert.match(readFileSync(join(ROOT, '.ci/run'), 'utf8'), /^npm test$/m);
});

test('README: users first, starting with the two commands; contributors read CONTRIBUTING.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const first = readme.split('```')[1];
  assert.match(first, /^sh\nnpm ci && npm run demo\s+#[^\n]*\nnpm test\s+#/);
  const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  assert.ok(headings.indexOf('Install') === 0, headings.join(' | '));
  for (const h of ['Dumps wherever PyTorch writes them', 'In the editor', "MLIR and LLVM's MLIR extension", 'The checker', 'Contributing']) assert.ok(headings.includes(h), h);
  assert.match(readme, /code --install-extension torch-mlir-diagnostics\.vsix/);
  assert.match(readme, /torchMlir\.detectDumps/);
  const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  for (const h of ['Prerequisites', 'Tested in real clients', 'Building and packaging', 'Reliability', 'Layout']) assert.match(contributing, new RegExp(`^## ${h}$`, 'm'));
});
