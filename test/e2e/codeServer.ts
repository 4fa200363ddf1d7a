// Starts code-server (VS Code's workbench served to a browser) on loopback with a throwaway
// user-data-dir and extensions dir, and drives it with Debian's chromium via playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync, createWriteStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CODE_SERVER_ENTRY, NODE24, freePort, removeDir, sleep, tempDir, waitFor } from './env';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
  '--metrics-recording-only',
  '--password-store=basic',
];

/** User settings for the throwaway profile: no trust prompt, no welcome page, nothing phoning home. */
export const USER_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 150,
  'editor.lightbulb.enabled': 'on',
  'files.autoSave': 'off',
  'window.commandCenter': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'outline.collapseItems': 'alwaysExpand',
  'breadcrumbs.enabled': true,
};

// Process groups started here; killed on exit even if a test's after() hook never ran.
const live = new Set<number>();
process.on('exit', () => {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

export interface CodeServer {
  url: string;
  port: number;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

function baseArgs(userDataDir: string, extensionsDir: string): string[] {
  return [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
}

// Keep the extension gallery (an outside service) unreachable: point it at a closed loopback port.
const childEnv = {
  ...process.env,
  EXTENSIONS_GALLERY: JSON.stringify({
    serviceUrl: 'http://127.0.0.1:9/gallery',
    itemUrl: 'http://127.0.0.1:9/item',
    resourceUrlTemplate: 'http://127.0.0.1:9/{publisher}/{name}/{version}/{path}',
  }),
};

/** Prepares a user-data-dir with USER_SETTINGS and an empty extensions dir. */
export function makeProfile(): { root: string; userDataDir: string; extensionsDir: string } {
  const root = tempDir('cs');
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  return { root, userDataDir, extensionsDir };
}

/** `code-server --install-extension FILE.vsix` into the profile; returns the installed folder names. */
export function installExtension(profile: { userDataDir: string; extensionsDir: string }, vsix: string): string[] {
  const r = spawnSync(NODE24, [...baseArgs(profile.userDataDir, profile.extensionsDir), '--install-extension', vsix], {
    encoding: 'utf8',
    env: childEnv,
    timeout: 120_000,
  });
  if (r.status !== 0) {
    throw new Error(`code-server --install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return readdirSync(profile.extensionsDir).filter((n) => !n.startsWith('.') && n !== 'extensions.json');
}

/** Starts code-server for `folder` and waits until it answers HTTP. */
export async function startCodeServer(
  profile: { root: string; userDataDir: string; extensionsDir: string },
  folder: string,
  logFile: string,
): Promise<CodeServer> {
  const port = await freePort();
  const log = createWriteStream(logFile);
  const proc = spawn(
    NODE24,
    [...baseArgs(profile.userDataDir, profile.extensionsDir), '--bind-addr', `127.0.0.1:${port}`, '--log', 'info', folder],
    { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (proc.pid) live.add(proc.pid);
  proc.stdout?.pipe(log);
  proc.stderr?.pipe(log);
  let exited: string | undefined;
  proc.on('exit', (code, sig) => {
    exited = `code-server exited (code ${code}, signal ${sig}); see ${logFile}`;
  });
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null && proc.pid) {
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      for (let i = 0; i < 40 && proc.exitCode === null && proc.signalCode === null; i++) await sleep(100);
      if (proc.exitCode === null && proc.signalCode === null) {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    if (proc.pid) live.delete(proc.pid);
    log.end();
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      'code-server to answer /healthz',
      async () => {
        if (exited) throw new Error(exited);
        const res = await fetch(`${url}/healthz`).catch(() => undefined);
        return res?.ok;
      },
      60_000,
      250,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, proc, logFile, userDataDir: profile.userDataDir, extensionsDir: profile.extensionsDir, stop };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

/** Opens the workbench for `folder` and waits until the explorer shows the folder. */
export async function openWorkbench(browser: Browser, cs: CodeServer, folder: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${cs.url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible', timeout: 60_000 });
  return page;
}

export { removeDir };
