// What a person does in the VS Code workbench, as playwright-core steps: open a file, read the
// squiggles and the Problems panel, hover, apply a quick fix, read the Outline view.
import type { Page } from 'playwright-core';
import { sleep, waitFor } from './env';

const isMac = process.platform === 'darwin';
const MOD = isMac ? 'Meta' : 'Control';

export const SQUIGGLES = ['error', 'warning', 'info', 'hint'] as const;

/** Runs a command through the Command Palette (F1), by its label as shown there. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await dismissQuickInput(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await sleep(150);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => undefined);
}

export async function dismissQuickInput(page: Page): Promise<void> {
  if (await page.locator('.quick-input-widget').isVisible().catch(() => false)) {
    await page.keyboard.press('Escape');
    await sleep(100);
  }
}

/** Opens `relPath` (relative to the workspace folder) with Quick Open and waits for its editor tab. */
export async function openFile(page: Page, relPath: string): Promise<void> {
  const base = relPath.split('/').pop()!;
  await dismissQuickInput(page);
  await page.keyboard.press(`${MOD}+P`);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(relPath);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: base }).first();
  await row.waitFor({ state: 'visible', timeout: 20_000 });
  await sleep(150);
  await input.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ state: 'visible', timeout: 20_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 20_000 });
  await focusEditor(page);
}

export async function focusEditor(page: Page): Promise<void> {
  await page.locator('.editor-instance .monaco-editor textarea.inputarea, .editor-instance .monaco-editor .native-edit-context').first().focus();
}

/** Moves the cursor with Go to Line (Ctrl+G); line and column are 1-based, as the UI shows them. */
export async function gotoLineColumn(page: Page, line: number, column: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`:${line}:${column}`);
  await sleep(150);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => undefined);
  await waitFor(
    `cursor at ${line}:${column}`,
    async () => {
      const status = await statusBarCursor(page);
      return status === `Ln ${line}, Col ${column}` ? status : undefined;
    },
    10_000,
  );
}

/** The status bar's "Ln X, Col Y" text. */
export async function statusBarCursor(page: Page): Promise<string | undefined> {
  const t = await page.locator('#status\\.editor\\.selection').first().innerText({ timeout: 2_000 }).catch(() => undefined);
  return t?.trim();
}

/** Counts squiggle decorations by severity in the active editor. */
export async function countSquiggles(page: Page): Promise<Record<(typeof SQUIGGLES)[number], number>> {
  const out = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const s of SQUIGGLES) {
    out[s] = await page.locator(`.editor-instance .monaco-editor .squiggly-${s}`).count();
  }
  return out;
}

/** Opens the Problems panel and returns the text of each row (file rows and marker rows). */
export async function problemsRows(page: Page): Promise<string[]> {
  await runCommand(page, 'View: Focus Problems');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  // Rows are virtualized; the panel is large enough to hold a handful of markers.
  return waitFor(
    'rows in the Problems panel',
    async () => {
      const rows = await panel.locator('.monaco-list-row').allInnerTexts();
      return rows.length > 0 ? rows.map((r) => r.replace(/\s+/g, ' ').trim()) : undefined;
    },
    20_000,
  );
}

/**
 * The Problems panel rows of one file: its markers' texts (message, source, code, [Ln, Col]),
 * read with the panel's filter set to the file's glob.
 */
export async function problemsFor(page: Page, file: string, expectedCount: number, timeoutMs = 30_000): Promise<string[]> {
  await runCommand(page, 'View: Focus Problems');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  const filter = page.locator('.panel .viewpane-filter input, .panel .markers-panel-action-filter input').first();
  await filter.fill(`**/${file}`);
  let last: unknown;
  try {
    return await waitFor(
      `${expectedCount} marker row(s) for ${file} in the Problems panel`,
      async () => {
        // Resource rows name a file, marker rows carry a severity icon, related-information rows
        // name the related location; only marker rows count.
        const rows = await panel.locator('.monaco-list-row').evaluateAll((els) =>
          els.map((el) => ({
            kind: el.querySelector('.marker-icon') ? 'marker' : el.querySelector('.related-info-resource') ? 'related' : 'resource',
            text: ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim(),
          })),
        );
        last = rows;
        const resources = rows.filter((r) => r.kind === 'resource');
        if (resources.length === 0) return expectedCount === 0 && rows.length === 0 ? [] : undefined;
        if (!resources.every((r) => r.text.startsWith(file))) return undefined;
        const markers = rows.filter((r) => r.kind === 'marker').map((r) => r.text);
        return markers.length >= expectedCount ? markers : undefined;
      },
      timeoutMs,
      500,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}; rows seen: ${JSON.stringify(last)}`);
  }
}

/** Text of the hover's parts contributed by hover providers (not the problem part). */
export async function hoverProviderParts(page: Page): Promise<string[]> {
  return page.locator('.monaco-hover:not(.hidden) .markdown-hover .hover-contents').allInnerTexts();
}

/**
 * Finds `needle` on the rendered editor line that holds the cursor and returns the screen point
 * at the middle of its `charIndex`-th character.
 */
export async function pointOfText(page: Page, needle: string, charIndex = Math.floor(needle.length / 2)): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(
    ({ needle, charIndex }) => {
      const editor = document.querySelector('.editor-instance .monaco-editor.focused, .editor-instance .monaco-editor');
      if (!editor) return undefined;
      const cursor = editor.querySelector('.cursors-layer .cursor');
      const cy = cursor ? cursor.getBoundingClientRect().top + cursor.getBoundingClientRect().height / 2 : undefined;
      const lines = Array.from(editor.querySelectorAll('.view-lines .view-line'));
      for (const line of lines) {
        const lr = line.getBoundingClientRect();
        if (cy !== undefined && (cy < lr.top || cy > lr.bottom)) continue;
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = text.indexOf(needle);
        if (at < 0) continue;
        let target = at + charIndex;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          if (target < len) {
            const range = document.createRange();
            range.setStart(n, target);
            range.setEnd(n, target + 1);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          target -= len;
        }
      }
      return undefined;
    },
    { needle, charIndex },
  );
}

/** Hovers the mouse over `needle` (on `line`, 1-based, which is revealed first) and returns the hover's text. */
export async function hoverText(page: Page, needle: string, line: number, column: number): Promise<string> {
  // Visit the end first, so that a long line scrolls the whole needle into view.
  await gotoLineColumn(page, line, column + needle.length);
  await gotoLineColumn(page, line, column);
  const pt = await waitFor(`"${needle}" rendered in the editor`, () => pointOfText(page, needle), 10_000);
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(pt.x - 30, pt.y + 200);
    await sleep(200);
    await page.mouse.move(pt.x, pt.y, { steps: 4 });
    const ok = await hover.waitFor({ state: 'visible', timeout: 8_000 }).then(
      () => true,
      () => false,
    );
    if (ok) {
      // Let every hover participant (diagnostic + language server) render.
      await sleep(800);
      return (await hover.innerText()).trim();
    }
  }
  throw new Error(`no hover appeared over "${needle}"`);
}

export interface QuickFixResult {
  offered: string[];
  chosen: string;
}

/**
 * Puts the cursor at line:column, opens the Quick Fix menu with Ctrl+. and applies the first
 * entry whose text matches `title`.
 */
export async function applyQuickFix(
  page: Page,
  line: number,
  column: number,
  title: RegExp,
  beforeChoose?: () => Promise<unknown>,
): Promise<QuickFixResult> {
  await page.mouse.move(5, 5);
  await gotoLineColumn(page, line, column);
  await sleep(300);
  await page.keyboard.press(`${MOD}+Period`);
  const widget = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
  await widget.waitFor({ state: 'visible', timeout: 15_000 });
  const rows = widget.locator('.monaco-list-row.action');
  await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
  const offered = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  const index = offered.findIndex((t) => title.test(t));
  if (beforeChoose) await beforeChoose();
  if (index < 0) throw new Error(`no quick fix matching ${title} among: ${JSON.stringify(offered)}`);
  await rows.nth(index).click();
  await widget.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
  return { offered, chosen: offered[index] };
}

export async function saveActiveEditor(page: Page): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press(`${MOD}+S`);
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** Shows the Outline view for the active editor and returns the labels of its rows. */
export async function outlineRows(page: Page, minRows = 1): Promise<string[]> {
  await runCommand(page, 'Explorer: Focus on Outline View');
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) }).first();
  await pane.waitFor({ state: 'visible', timeout: 15_000 });
  let said = '';
  try {
    return await waitFor(
      'entries in the Outline view',
      async () => {
        const message = pane.locator('.outline-message:visible').first();
        said = (await message.count()) ? (await message.innerText()).trim() : '';
        const rows = pane.locator('.pane-body .monaco-list-row');
        const texts: string[] = [];
        for (let i = 0; i < (await rows.count()); i++) {
          const name = rows.nth(i).locator('.label-name').first();
          const t = (await name.count()) ? await name.innerText() : await rows.nth(i).innerText();
          if (t.trim()) texts.push(t.replace(/\s+/g, ' ').trim());
        }
        return texts.length >= minRows ? texts : undefined;
      },
      15_000,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}${said ? `; the Outline says: "${said}"` : ''}`);
  }
}
