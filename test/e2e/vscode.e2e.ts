// End-to-end in a real VS Code: the packaged extension (torch-mlir-diagnostics.vsix, built by
// `npm run package`) installed into code-server, the workbench driven in headless Chromium by
// playwright-core. Checks what a person sees for each example in test/e2e/cases.ts: squiggles,
// Problems panel entries with rule ids, hover on a node target, a quick fix applied through the
// Ctrl+. menu, Outline entries. Screenshots go to test-artifacts/e2e/.
// Run: node scripts/run-e2e.mjs (after npm run package); clients come from scripts/setup-e2e.sh.
import { after, before, describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  CHROMIUM,
  CODE_SERVER_ENTRY,
  NODE24,
  VSIX,
  EXAMPLES,
  artifactsDir,
  removeDir,
  requireClients,
  waitFor,
  sleep,
} from './env';
import { installExtension, launchChromium, makeProfile, openWorkbench, startCodeServer, type CodeServer } from './codeServer';
import * as wb from './workbench';
import { selectedCases, type E2ECase } from './cases';
import type { Expectation } from './oracle';

// Loaded lazily: the oracle pulls in the whole analysis core, which a skipped suite never needs.
const oracle = (): typeof import('./oracle') => require('./oracle');

const SUITE = 'VS Code e2e (code-server + chromium)';
const EXTENSION_FOLDER_PREFIX = 'torch-mlir-diagnostics.torch-mlir-diagnostics-';

const ready = requireClients(SUITE, [
  { what: 'chromium', ok: existsSync(CHROMIUM), hint: `${CHROMIUM}; apt-get install chromium` },
  { what: 'Node 24 for code-server', ok: existsSync(NODE24), hint: NODE24 },
  { what: 'code-server', ok: existsSync(CODE_SERVER_ENTRY), hint: CODE_SERVER_ENTRY },
]);

const timings: [string, number][] = [];
async function timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([what, Date.now() - t0]);
  }
}

function escapeRe(s: string): RegExp {
  return new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The name a hover on this target should mention: `max_pool2d` for torch.ops.aten.max_pool2d.default. */
function opName(target: string): string {
  const parts = target.split('.');
  if (parts[0] === 'torch' && parts[1] === 'ops' && parts.length >= 4) return parts[3];
  return parts.length > 1 && /^(default|Tensor|Scalar|int|out)$/.test(parts[parts.length - 1]) ? parts[parts.length - 2] : parts[parts.length - 1];
}

if (ready) {
  describe(SUITE, { timeout: 20 * 60_000 }, () => {
    let root: string | undefined;
    let ws = '';
    let cs: CodeServer | undefined;
    let browser: Browser | undefined;
    let page: Page | undefined;
    const art = artifactsDir();
    const expectations = new Map<string, Expectation>();
    const expect = (c: E2ECase) => {
      let e = expectations.get(c.file);
      if (!e) {
        e = oracle().expectationFor(c.file, c.fixCode);
        expectations.set(c.file, e);
      }
      return e;
    };
    const shot = async (name: string) => {
      if (page) await page.screenshot({ path: join(art, `${name}.png`) }).catch(() => undefined);
    };
    /** Runs a step; on failure saves FAIL-<name>.png before rethrowing. */
    const step = async (name: string, fn: (p: Page) => Promise<void>) => {
      assert.ok(page, 'the workbench did not open (see the before hook)');
      try {
        await timed(name, () => fn(page!));
      } catch (e) {
        await shot(`FAIL-${name.replace(/[^\w.-]+/g, '_')}`);
        throw e;
      }
    };

    before(async () => {
      assert.ok(existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first (npm run test:e2e does)`);
      const profile = makeProfile();
      root = profile.root;
      ws = join(root, 'examples');
      cpSync(EXAMPLES, ws, { recursive: true });
      const installed = await timed('install vsix', async () => installExtension(profile, VSIX));
      assert.ok(
        installed.some((n) => n.startsWith(EXTENSION_FOLDER_PREFIX)),
        `the vsix did not install as ${EXTENSION_FOLDER_PREFIX}*: ${installed.join(', ')}`,
      );
      cs = await timed('start code-server', () => startCodeServer(profile, ws, join(art, 'code-server.log')));
      browser = await timed('launch chromium', () => launchChromium());
      page = await timed('open workbench', () => openWorkbench(browser!, cs!, ws));
      await sleep(1500);
      await shot('00-workbench');
    });

    after(async () => {
      await browser?.close().catch(() => undefined);
      await cs?.stop();
      if (root) {
        // Keep the workbench's logs (extension host, language client output) next to the screenshots.
        const logs = join(root, 'user-data', 'logs');
        if (existsSync(logs)) cpSync(logs, join(art, 'logs'), { recursive: true });
        removeDir(root);
      }
      const total = timings.reduce((a, [, ms]) => a + ms, 0);
      console.log(`\n${SUITE} timings (total ${(total / 1000).toFixed(1)} s):`);
      for (const [what, ms] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${what}`);
    });

    let first = true;
    for (const c of selectedCases()) {
      const base = c.file.replace(/\.[^.]+$/, '');

      test(`${c.file}: squiggles and Problems entries with rule ids`, async () => {
        const e = expect(c);
        for (const code of c.codes ?? []) {
          assert.ok(
            e.diagnostics.some((d) => d.code === code),
            `the core reports no ${code} for ${c.file} (it reports: ${e.diagnostics.map((d) => d.code).join(', ') || 'nothing'})`,
          );
        }
        assert.ok(e.diagnostics.length > 0, `the core reports no diagnostics for ${c.file}: not a useful e2e case`);
        await step(`${base}-diagnostics`, async (p) => {
          await wb.openFile(p, c.file);
          // The first file waits for the extension host, the client and the server to start.
          const squiggles = await waitFor(
            `squiggles in ${c.file}`,
            async () => {
              const n = await wb.countSquiggles(p);
              return n.error + n.warning + n.info + n.hint > 0 ? n : undefined;
            },
            first ? 120_000 : 30_000,
          );
          first = false;
          for (const sev of ['error', 'warning'] as const) {
            if (e.diagnostics.some((d) => d.severity === sev)) {
              assert.ok(squiggles[sev] > 0, `expected ${sev} squiggles in ${c.file}, saw ${JSON.stringify(squiggles)}`);
            }
          }
          const shown = e.diagnostics.filter((d) => d.severity !== 'hint'); // the Problems panel leaves hints out
          const rows = await wb.problemsFor(p, c.file, shown.length);
          await shot(`${base}-problems`);
          for (const d of shown) {
            const where = `[Ln ${d.line + 1}, Col ${d.character + 1}]`;
            assert.ok(
              rows.some((r) => r.includes(d.code) && r.includes(where)),
              `no Problems row with ${d.code} ${where} for ${c.file}; rows:\n  ${rows.join('\n  ')}`,
            );
          }
          assert.equal(rows.length, shown.length, `Problems rows for ${c.file}:\n  ${rows.join('\n  ')}`);
        });
      });

      // Registered only where the core's expectation has something to check: no skips.
      if (expect(c).hover) test(`${c.file}: hover on a node target`, async () => {
        const h = expect(c).hover!;
        await step(`${base}-hover`, async (p) => {
          await wb.openFile(p, c.file);
          const text = await wb.hoverText(p, h.targetText, h.line + 1, h.character + 1);
          await shot(`${base}-hover`);
          const parts = await wb.hoverProviderParts(p);
          assert.ok(parts.length > 0 && parts.join('').trim().length > 0, `the hover over ${h.targetText} shows no language-server content:\n${text}`);
          const name = opName(h.target);
          assert.ok(parts.join('\n').includes(name), `the hover over ${h.targetText} does not mention ${name}:\n${parts.join('\n---\n')}`);
          await p.keyboard.press('Escape');
        });
      });

      if (expect(c).fix) test(`${c.file}: quick fix through Ctrl+.`, async () => {
        const e = expect(c);
        const fix = e.fix!;
        await step(`${base}-quickfix`, async (p) => {
          await wb.openFile(p, c.file);
          const r = await wb.applyQuickFix(p, fix.at.line + 1, fix.at.character + 1, escapeRe(fix.title), () => shot(`${base}-quickfix-menu`));
          assert.equal(r.chosen, fix.title);
          await wb.saveActiveEditor(p);
          const diskPath = join(ws, c.file);
          const after = await waitFor('the saved file to change', () => {
            const t2 = readFileSync(diskPath, 'utf8');
            return t2 !== e.text ? t2 : undefined;
          }, 10_000);
          assert.equal(after, fix.after, `the document after "${fix.title}" differs from the fix's edits`);
          // The diagnostics follow the edit: the Problems panel now shows what the core reports for the new text.
          const now = oracle().diagnosticsOf(after, diskPath).filter((d) => d.severity !== 'hint');
          await waitFor(`the Problems panel to show ${now.length} row(s) after the fix`, async () => {
            const rows = await wb.problemsFor(p, c.file, now.length, 5_000).catch(() => undefined);
            return rows && rows.length === now.length ? rows : undefined;
          }, 30_000);
          await shot(`${base}-after-fix`);
          // Put the example back for later tests: undo in the editor and save.
          await wb.focusEditor(p);
          await p.keyboard.press('Control+Z');
          await wb.saveActiveEditor(p);
          const restored = await waitFor('the undo to be saved', () => readFileSync(diskPath, 'utf8') === e.text, 10_000).catch(() => false);
          if (!restored) writeFileSync(diskPath, e.text);
        });
      });

      if (expect(c).nodeNames.length > 0) test(`${c.file}: Outline entries`, async () => {
        const e = expect(c);
        await step(`${base}-outline`, async (p) => {
          await wb.openFile(p, c.file);
          const rows = await wb.outlineRows(p);
          await shot(`${base}-outline`);
          const seen = e.nodeNames.filter((n) => rows.some((r) => r === n || r.startsWith(`${n} `) || r.includes(n)));
          assert.ok(
            seen.length >= Math.min(2, e.nodeNames.length),
            `the Outline shows too few of the nodes ${JSON.stringify(e.nodeNames.slice(0, 5))}...: ${JSON.stringify(rows)}`,
          );
        });
      });
    }
  });
}
