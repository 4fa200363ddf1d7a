import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import type { Diagnostic, Severity } from '../../server/src/core/diagnostics';
import { groupDiagnostics, RELATED_CAP, WITHHELD_CODE } from '../../server/src/core/grouping';

// What a reader is shown: findings grouped by cause, and a per-file budget with a summary.

const finding = (code: string, severity: Severity, message: string, start: number): Diagnostic => ({ code, severity, message, span: { start, end: start + 1 }, fixes: [] });

test('one undefined value used many times: one diagnostic on the first use, the next ones related, all counted', () => {
  const uses = 5000;
  const text = `func.func @main() {\n  "test.use"(${Array(uses).fill('%a').join(', ')}) : (${Array(uses).fill('i32').join(', ')}) -> ()\n  return\n}\n`;
  const r = analyze(text, 'mlir');
  assert.equal(r.diagnostics.filter((d) => d.code === 'undefined-value').length, uses, 'the core finds every use');
  const shown = groupDiagnostics(r.diagnostics);
  const undef = shown.filter((s) => s.diagnostic.code === 'undefined-value');
  assert.equal(undef.length, 1);
  const d = undef[0].diagnostic;
  assert.equal(undef[0].count, uses);
  assert.equal(d.span.start, text.indexOf('%a'), 'anchored on the first use');
  assert.match(d.message, /^%a: undefined value .*\(5,000 occurrences; the next 20 are listed, 4,979 more not as related locations\)$/);
  assert.equal(d.related!.length, RELATED_CAP);
  assert.equal(d.related![0].span.start, text.indexOf('%a', d.span.start + 1));
  assert.equal(r.diagnostics[undef[0].index], r.diagnostics.find((x) => x.code === 'undefined-value'), 'index points at the first finding');
});

test('different messages, codes or severities are different causes; a single finding is shown unchanged', () => {
  const diags = [finding('r', 'error', 'x', 0), finding('r', 'error', 'y', 2), finding('s', 'error', 'x', 4), finding('r', 'warning', 'x', 6), finding('r', 'error', 'x', 8)];
  const shown = groupDiagnostics(diags);
  assert.deepEqual(shown.map((s) => [s.diagnostic.code, s.diagnostic.severity, s.count]), [['r', 'error', 2], ['r', 'error', 1], ['s', 'error', 1], ['r', 'warning', 1]]);
  assert.equal(shown[1].diagnostic, diags[1], 'not copied');
  assert.match(shown[0].diagnostic.message, /^x \(2 occurrences; the others are listed as related locations\)$/);
});

test('past the budget: the most severe first, in file order, and one summary of the rest by rule', () => {
  const diags: Diagnostic[] = [];
  for (let i = 0; i < 30; i++) diags.push(finding('pool-stride-default', 'information', `n${i}`, 10 * i));
  diags.push(finding('undefined-value', 'error', 'late error', 1000));
  diags.push(finding('torch-operator-fallback', 'warning', 'late warning', 1010));
  const shown = groupDiagnostics(diags, { maxDiagnostics: 10 });
  assert.equal(shown.length, 10, 'the summary counts against the budget');
  const kept = shown.slice(0, -1).map((s) => s.diagnostic);
  assert.deepEqual(kept.slice(0, 7).map((d) => d.message), ['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  assert.deepEqual(kept.slice(7).map((d) => d.code), ['undefined-value', 'torch-operator-fallback'], 'errors and warnings are never the ones withheld first');
  const summary = shown.at(-1)!;
  assert.equal(summary.index, -1);
  assert.equal(summary.count, 23);
  assert.equal(summary.diagnostic.code, WITHHELD_CODE);
  assert.equal(summary.diagnostic.severity, 'information');
  assert.match(summary.diagnostic.message, /^23 more findings not shown \(pool-stride-default ×23\): at most 10 diagnostics/);
});

test('the summary takes the severity of the most severe withheld finding; 0 means no limit', () => {
  const diags = [finding('a', 'error', 'e1', 0), finding('a', 'error', 'e2', 2), finding('b', 'error', 'e3', 4)];
  const shown = groupDiagnostics(diags, { maxDiagnostics: 2 });
  assert.equal(shown.length, 2);
  assert.equal(shown[1].diagnostic.severity, 'error');
  assert.match(shown[1].diagnostic.message, /^2 more findings not shown \(a ×1, b ×1\)|^2 more findings not shown \(b ×1, a ×1\)/);
  assert.equal(groupDiagnostics(diags, { maxDiagnostics: 0 }).length, 3);
});
