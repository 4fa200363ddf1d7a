// End-to-end "Verify with torch-mlir" in a real VS Code (code-server + Chromium): the packaged
// extension with torchMlir.torchMlirOpt set to the real torch-mlir-opt, a corpus out.mlir whose
// lowering fails; the code lens is there, the command runs from the Command Palette, the
// Problems panel gains the torch-mlir-opt row beside our prediction, and the prediction's hover
// says confirmed. Screenshots: test-artifacts/e2e/verify-*.png.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, CODE_SERVER_ENTRY, NODE24, REPO, VSIX, artifactsDir, removeDir, requireClients, sleep, waitFor } from './env';
import { installExtension, launchChromium, makeProfile, openWorkbench, startCodeServer, USER_SETTINGS, type CodeServer } from './codeServer';
import * as wb from './workbench';
import { findRealTools } from '../verify/tools';

const SUITE = 'VS Code e2e: Verify with torch-mlir (code-server + chromium + torch-mlir-opt)';
const tools = findRealTools();
const ready = requireClients(SUITE, [
  { what: 'chromium', ok: existsSync(CHROMIUM), hint: `${CHROMIUM}; apt-get install chromium` },
  { what: 'Node 24 for code-server', ok: existsSync(NODE24), hint: NODE24 },
  { what: 'code-server', ok: existsSync(CODE_SERVER_ENTRY), hint: CODE_SERVER_ENTRY },
  { what: 'torch-mlir-opt', ok: !!tools, hint: 'TORCH_MLIR_OPT / TORCH_MLIR_PYTHON, or bash scripts/setup-venv.sh' },
]);

const FILE = 'hypot.mlir';
const SAVED = 'nometa.mlir';

if (ready) {
  describe(SUITE, { timeout: 10 * 60_000 }, () => {
    let root: string | undefined;
    let cs: CodeServer | undefined;
    let browser: Browser | undefined;
    let page: Page | undefined;
    const art = artifactsDir();
    const shot = async (name: string) => {
      if (page) await page.screenshot({ path: join(art, `verify-${name}.png`) }).catch(() => undefined);
    };

    before(async () => {
      assert.ok(existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first`);
      const profile = makeProfile();
      root = profile.root;
      writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, 'torchMlir.torchMlirOpt': tools!.opt }, null, 2));
      const ws = join(root, 'ws');
      mkdirSync(ws);
      cpSync(join(REPO, 'test/corpus/real/unregistered_aten_hypot/out.mlir'), join(ws, FILE));
      cpSync(join(REPO, 'test/corpus/real/fx_trace_nometa/out.mlir'), join(ws, SAVED));
      mkdirSync(join(ws, '.vscode'));
      // Workspace settings (a trusted workspace may choose the tool: code-server's remote host
      // reads machine-overridable settings from here, not from the browser's user settings).
      writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'torchMlir.torchMlirOpt': tools!.opt, 'torchMlir.verify.onSave': 'verify' }));
      installExtension(profile, VSIX);
      cs = await startCodeServer(profile, ws, join(art, 'verify-code-server.log'));
      browser = await launchChromium();
      page = await openWorkbench(browser, cs, ws);
      // Quick Open finds files once the explorer has read the folder.
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAVED }).first().waitFor({ state: 'visible', timeout: 60_000 });
      await sleep(3000);
    });

    after(async () => {
      await browser?.close().catch(() => undefined);
      await cs?.stop();
      if (root) {
        const logs = join(root, 'user-data', 'logs');
        if (existsSync(logs)) cpSync(logs, join(art, 'verify-logs'), { recursive: true });
        removeDir(root);
      }
    });

    test('the command puts torch-mlir-opt\'s error beside our prediction, which its hover marks confirmed', async () => {
      const p = page!;
      try {
        await wb.openFile(p, FILE);
        // Our prediction first (the server is up), then the code lens on func.func.
        const before = await wb.problemsFor(p, FILE, 1, 120_000);
        assert.equal(before.length, 1, before.join('\n'));
        assert.match(before[0], /torch-operator-fallback/);
        await wb.focusEditor(p);
        const lens = await waitFor('the code lens on func.func', async () => {
          const t = await p.locator('.contentWidgets .codelens-decoration, .codelens-decoration').allInnerTexts();
          return t.join(' ').includes('Verify with torch-mlir') ? t.join(' ') : undefined;
        }, 30_000);
        assert.match(lens, /Verify with torch-mlir[\s|]*Verify and lower/);
        await shot('codelens');

        await wb.runCommand(p, 'torch-mlir: Verify and Lower with torch-mlir');
        const rows = await wb.problemsFor(p, FILE, 2, 60_000);
        await shot('problems');
        const real = rows.find((r) => r.includes('torch-mlir-opt'));
        assert.ok(real, `no torch-mlir-opt row: ${rows.join('\n')}`);
        assert.match(real!, /failed to legalize operation 'torch.operator'.*\[Ln 6, Col 25\]/);
        assert.ok(rows.some((r) => r.includes('torch-operator-fallback')), rows.join('\n'));
        const toast = await p.locator('.notifications-toasts .notification-toast').allInnerTexts();
        assert.ok(toast.some((t) => /torch-mlir-opt \(lower\): 1 error; 1 prediction confirmed, 0 not confirmed/.test(t)), `notification: ${toast.join(' | ')}`);

        await wb.openFile(p, FILE);
        const text = readFileSync(join(REPO, 'test/corpus/real/unregistered_aten_hypot/out.mlir'), 'utf8');
        const line = text.split('\n')[5];
        const hover = await wb.hoverText(p, '"torch.aten.hypot"', 6, line.indexOf('"torch.aten.hypot"') + 1);
        await shot('hover-confirmed');
        assert.match(hover, /`?torch-operator-fallback`? prediction: confirmed by torch-mlir-opt \(lower\)/);
      } catch (e) {
        await shot('FAIL');
        throw e;
      }
    });

    test('torchMlir.verify.onSave = verify: saving runs the verifier, whose error joins the Problems panel', async () => {
      const p = page!;
      try {
        await wb.openFile(p, SAVED);
        const before = await wb.problemsFor(p, SAVED, 1, 60_000);
        assert.equal(before.length, 1, before.join('\n'));
        assert.match(before[0], /none-into-tensor/);
        await wb.focusEditor(p);
        await p.keyboard.press('Control+End');
        await p.keyboard.type('// saved\n');
        await wb.saveActiveEditor(p);
        const rows = await wb.problemsFor(p, SAVED, 2, 60_000);
        await shot('on-save');
        const real = rows.find((r) => r.includes('torch-mlir-opt'));
        assert.match(real ?? rows.join('\n'), /'torch.aten.relu' op operand #0 must be Any Torch tensor type, but got '!torch.none' torch-mlir-opt[ (]*verify\)? \[Ln 4, Col 10\]/);
      } catch (e) {
        await shot('FAIL-on-save');
        throw e;
      }
    });
  });
}
