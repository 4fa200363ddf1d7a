// A tiny test runner for the extension host (no mocha here): a list of named async tests, run one
// after another; prints one line per test and an `N passed, N failed` summary; writes a JSON
// results file when TMD_EXT_API_RESULTS names one (the launcher reads it); throws an aggregated
// error on any failure, which VS Code turns into a non-zero exit code of the test run.
import { writeFileSync } from 'node:fs';

export interface TestCase {
  name: string;
  fn: () => Promise<void>;
  timeoutMs?: number;
}

export interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export interface RunReport {
  host: string;
  vscodeVersion: string;
  passed: number;
  failed: number;
  ms: number;
  results: TestResult[];
  /** Set when the suite could not even start (setup failed). */
  fatal?: string;
  /** False while the run is in progress (the report is rewritten after each test). */
  done: boolean;
  /** The test running now, while in progress. */
  current?: string;
}

const tests: TestCase[] = [];

export function test(name: string, fn: () => Promise<void>, timeoutMs?: number): void {
  tests.push({ name, fn, timeoutMs });
}

export function log(line: string): void {
  // Goes to the extension host's stdout/log; the launcher also prints the JSON report.
  console.log(`[extension-api] ${line}`);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export function writeReport(report: RunReport): void {
  const path = process.env.TMD_EXT_API_RESULTS;
  if (!path) return;
  try {
    writeFileSync(path, JSON.stringify(report, null, 2));
  } catch (e) {
    log(`cannot write results to ${path}: ${String(e)}`);
  }
}

/** Runs every registered test (optionally filtered by TMD_EXT_API_GREP) and reports. */
export async function runAll(host: string, vscodeVersion: string): Promise<RunReport> {
  const grep = process.env.TMD_EXT_API_GREP;
  const selected = grep ? tests.filter((t) => t.name.includes(grep)) : tests;
  const t0 = Date.now();
  const results: TestResult[] = [];
  const progress = (current?: string) => {
    const passed = results.filter((r) => r.ok).length;
    writeReport({ host, vscodeVersion, passed, failed: results.length - passed, ms: Date.now() - t0, results, done: false, current });
  };
  for (const t of selected) {
    progress(t.name);
    const s = Date.now();
    try {
      await withTimeout(t.fn(), t.timeoutMs ?? 60_000, t.name);
      results.push({ name: t.name, ok: true, ms: Date.now() - s });
      log(`  ok    ${t.name} (${Date.now() - s} ms)`);
    } catch (e) {
      const error = e instanceof Error ? `${e.message}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}` : String(e);
      results.push({ name: t.name, ok: false, ms: Date.now() - s, error });
      log(`  FAIL  ${t.name} (${Date.now() - s} ms)\n        ${error.replace(/\n/g, '\n        ')}`);
    }
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const report: RunReport = { host, vscodeVersion, passed, failed, ms: Date.now() - t0, results, done: true };
  log(`${passed} passed, ${failed} failed (${report.ms} ms)`);
  writeReport(report);
  return report;
}

// ---- assertions ------------------------------------------------------------------------------

export class AssertionError extends Error {}

export function ok(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new AssertionError(msg);
}

export function equal<T>(actual: T, expected: T, msg: string): void {
  if (actual !== expected) throw new AssertionError(`${msg}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, msg: string): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new AssertionError(`${msg}:\n  expected ${b}\n  got      ${a}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `fn` until it returns a truthy value; throws with the last value seen on timeout. */
export async function waitFor<T>(what: string, fn: () => T | undefined | false | null | Promise<T | undefined | false | null>, timeoutMs = 20_000, everyMs = 100, describeLast?: () => string): Promise<T> {
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
      const extra = describeLast ? `; last: ${describeLast()}` : lastErr ? `: ${String(lastErr)}` : '';
      throw new AssertionError(`timed out after ${timeoutMs} ms waiting for ${what}${extra}`);
    }
    await sleep(everyMs);
  }
}
