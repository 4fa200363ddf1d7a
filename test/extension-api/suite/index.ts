// The test module VS Code's extension host loads (--extensionTestsPath): `run()` resolves when
// every test passed and rejects with an aggregated error otherwise; VS Code then exits the test
// run with code 0 or 1. Bundled by scripts/build-extension-tests.mjs into
// out/extension-api/suite/index.js (vscode stays external).
import * as vscode from 'vscode';
import { runAll, writeReport, log } from './harness';
import './extension.test';

export async function run(): Promise<void> {
  const host = `${vscode.env.appName} ${vscode.version} (${vscode.env.appHost}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? 'none'})`;
  log(`running in ${host}, node ${process.version}`);
  let report;
  try {
    report = await runAll(host, vscode.version);
  } catch (e) {
    writeReport({ host, vscodeVersion: vscode.version, passed: 0, failed: 1, ms: 0, results: [], fatal: String(e), done: true });
    throw e;
  }
  if (report.failed > 0) {
    const failures = report.results.filter((r) => !r.ok).map((r) => `- ${r.name}\n    ${(r.error ?? '').split('\n')[0]}`);
    throw new Error(`${report.failed} of ${report.results.length} extension API test(s) failed:\n${failures.join('\n')}`);
  }
}
