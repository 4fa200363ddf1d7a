// End-to-end with Neovim (Debian's 0.7.x, headless) as a second LSP client of
// `node dist/server.js --stdio`: diagnostics, hover, definition (request + the built-in jump) and
// a code action applied with vim.lsp.util.apply_workspace_edit. test/e2e/nvim-probe.lua prints
// JSON lines; this file checks them against the core's own analysis (test/e2e/oracle.ts).
// Run: node scripts/run-e2e.mjs (after npm run build).
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLES, NVIM, SERVER_JS, onPath, removeDir, requireClients, tempDir } from './env';
import { selectedCases, type E2ECase } from './cases';

// Loaded lazily: the oracle pulls in the whole analysis core, which a skipped suite never needs.
const oracle = (): typeof import('./oracle') => require('./oracle');

const SUITE = 'Neovim e2e (LSP client)';
const PROBE = join(__dirname, 'nvim-probe.lua');
const TIMEOUT_MS = 20_000;

const ready = requireClients(SUITE, [{ what: 'nvim', ok: onPath(NVIM), hint: `${NVIM} on PATH; apt-get install neovim` }]);

interface ProbeLine {
  event: string;
  ms: number;
  [k: string]: any;
}

function runProbe(config: Record<string, unknown>, dir: string): { lines: ProbeLine[]; stderr: string; wallMs: number } {
  const cfgPath = join(dir, 'probe.json');
  writeFileSync(cfgPath, JSON.stringify(config));
  const t0 = Date.now();
  const r = spawnSync(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${PROBE}`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 5 * TIMEOUT_MS,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      E2E_NVIM_CONFIG: cfgPath,
      // Keep nvim's lsp.log and state out of $HOME.
      XDG_CACHE_HOME: join(dir, 'cache'),
      XDG_STATE_HOME: join(dir, 'state'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CONFIG_HOME: join(dir, 'config'),
    },
  });
  const wallMs = Date.now() - t0;
  const lines: ProbeLine[] = [];
  for (const l of (r.stdout ?? '').split('\n')) {
    const s = l.trim();
    if (!s.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(s));
    } catch {
      /* not ours */
    }
  }
  if (r.error) throw new Error(`nvim failed: ${r.error.message}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return { lines, stderr: r.stderr ?? '', wallMs };
}

interface Run {
  e: import('./oracle').Expectation;
  file: string;
  fixDiagnosticsAfter?: number;
  get: (ev: string) => ProbeLine | undefined;
  transcript: string;
  wallMs: number;
}

/** Runs the probe once for an example file; the tests below read its transcript. */
function probe(c: E2ECase): Run {
  assert.ok(existsSync(SERVER_JS), `${SERVER_JS} is missing: run \`npm run build\` first`);
  const e = oracle().expectationFor(c.file, c.fixCode);
  const dir = tempDir('nvim');
  try {
    const ws = join(dir, 'examples');
    cpSync(EXAMPLES, ws, { recursive: true });
    const file = join(ws, c.file);
    const fixDiagnosticsAfter = e.fix ? oracle().diagnosticsOf(e.fix.after, file).length : undefined;
    const config = {
      cmd: [process.execPath, SERVER_JS, '--stdio'],
      root: ws,
      file,
      settings: { torchMlir: { importer: 'torch-mlir', rules: {}, trace: { server: 'off' } } },
      timeout: TIMEOUT_MS,
      expectDiagnostics: e.diagnostics.length,
      hover: e.hover ? { line: e.hover.line, character: e.hover.character + Math.floor(e.hover.targetText.length / 2) } : null,
      definition: e.definition ? { line: e.definition.line, character: e.definition.character } : null,
      fix: e.fix ? { line: e.fix.at.line, character: e.fix.at.character, title: e.fix.title, diagnosticsAfter: fixDiagnosticsAfter } : null,
    };
    const { lines, stderr, wallMs } = runProbe(config, dir);
    const get = (ev: string) => lines.find((l) => l.event === ev);
    const transcript = `probe output:\n${lines.map((l) => JSON.stringify(l)).join('\n')}\nstderr:\n${stderr.slice(-2000)}`;
    return { e, file: pathToFileURL(file).href, fixDiagnosticsAfter, get, transcript, wallMs };
  } finally {
    removeDir(dir);
  }
}

if (ready) {
  describe(SUITE, { timeout: 10 * 60_000 }, () => {
    for (const c of selectedCases()) {
      let run: Run | undefined;
      const once = () => (run ??= probe(c));

      test(`${c.file}: server starts, diagnostics equal the core's`, (t: TestContext) => {
        const { e, get, transcript, wallMs } = once();
        const error = get('error');
        assert.equal(error, undefined, `the probe failed: ${error?.message}\n${transcript}`);
        assert.ok(get('done'), `the probe did not finish\n${transcript}`);
        assert.ok(get('initialized'), transcript);
        const diags = get('diagnostics')?.items as { lnum: number; col: number; code: unknown; message: string }[];
        assert.ok(Array.isArray(diags), transcript);
        const got = diags.map((d) => `${d.lnum}:${d.col} ${String(d.code)}`).sort();
        const want = e.diagnostics.map((d) => `${d.line}:${d.character} ${d.code}`).sort();
        assert.deepEqual(got, want, `diagnostics in Neovim differ from the core's\n${transcript}`);
        for (const code of c.codes ?? []) assert.ok(got.some((g) => g.endsWith(` ${code}`)), `no ${code} diagnostic\n${transcript}`);
        const timing = ['initialized', 'diagnostics', 'hover', 'definition', 'codeAction', 'diagnostics-after-fix']
          .map((ev) => get(ev))
          .filter(Boolean)
          .map((l) => `${l!.event}@${l!.ms}ms${l!.took !== undefined ? `(${l!.took}ms)` : ''}`)
          .join(' ');
        t.diagnostic(`nvim ${wallMs} ms wall: ${timing}`);
      });

      // Registered only where the core's expectation has something to check: no skips.
      const expected = oracle().expectationFor(c.file, c.fixCode);
      if (expected.hover) test(`${c.file}: hover on a node target`, () => {
        const { get, transcript } = once();
        const e = { hover: expected.hover! };
        const h = get('hover');
        assert.ok(h, transcript);
        assert.equal(h.unsupported, undefined, `the server does not advertise hoverProvider\n${transcript}`);
        assert.ok(typeof h.text === 'string' && h.text.trim().length > 0, `empty hover on ${e.hover.targetText}\n${transcript}`);
        const parts = e.hover.target.split('.');
        const name = parts[0] === 'torch' && parts[1] === 'ops' && parts.length >= 4 ? parts[3] : parts[parts.length - 1];
        assert.ok(h.text.includes(name), `the hover on ${e.hover.targetText} does not mention ${name}:\n${h.text}`);
      });

      if (expected.definition) test(`${c.file}: definition of a referenced node`, () => {
        const { get, file, transcript } = once();
        const e = { definition: expected.definition! };
        const d = get('definition');
        assert.ok(d, transcript);
        assert.equal(d.unsupported, undefined, `the server does not advertise definitionProvider\n${transcript}`);
        assert.equal(d.error ?? undefined, undefined, transcript);
        assert.equal(d.uri, file, `definition of ${e.definition.name} in another file\n${transcript}`);
        assert.equal(d.line, e.definition.defLine, `definition of ${e.definition.name} on the wrong line\n${transcript}`);
        assert.equal(d.cursor_line, e.definition.defLine, `vim.lsp.buf.definition() did not jump to ${e.definition.name}\n${transcript}`);
      });

      if (expected.fix) test(`${c.file}: code action applied`, () => {
        const { get, fixDiagnosticsAfter, transcript } = once();
        const e = { fix: expected.fix! };
        const a = get('codeAction');
        assert.ok(a, transcript);
        assert.equal(a.unsupported, undefined, `the server does not advertise codeActionProvider\n${transcript}`);
        assert.ok((a.titles as string[]).includes(e.fix.title), `code action "${e.fix.title}" not offered: ${JSON.stringify(a.titles)}\n${transcript}`);
        assert.equal(a.applied, 'edit', transcript);
        assert.equal(a.text, e.fix.after, `the buffer after "${e.fix.title}" differs from the fix's edits`);
        const afterFix = get('diagnostics-after-fix');
        assert.equal(afterFix?.items.length, fixDiagnosticsAfter, `diagnostics after the fix\n${transcript}`);
      });
    }
  });
}
