// `npm run fidelity`: prints the fidelity tables of our diagnostics against the real importer corpus:
// per case, per dump kind, the failure classes, and the issue-11 targets beside the measured values.
import { evaluateCorpus, formatTable, loadCorpus, totals } from '../test/fidelity/fidelity';
import { evaluateKinds, formatKindTable, formatTargets } from '../test/fidelity/dumpKinds';
import { failureClasses, formatClasses } from '../test/fidelity/failureClasses';
import { printVerifyColumn } from '../test/fidelity/verify';

const cases = loadCorpus();
const results = evaluateCorpus(cases);
const kinds = evaluateKinds(cases);
const t = totals(results);
const count = (cat: string) => ({
  hit: results.filter((r) => r.category === cat && r.verdict === 'predicted').length,
  n: results.filter((r) => r.category === cat).length,
  knownLimits: results.filter((r) => r.category === cat && r.verdict === 'known-limit').length,
});
const out = [
  formatTable(results),
  '',
  formatKindTable(kinds),
  '',
  formatClasses(failureClasses(cases, results)),
  '',
  formatTargets(kinds, count('import-failed'), count('lowering-failed'), t.falseAlarmCases),
];
if (process.argv.includes('--misses')) {
  const m = kinds.total.misses;
  out.push('', 'Missed import failures (dumps):', ...m.import.map((x) => `  ${x}`));
  out.push('', 'Missed lowering failures (dumps):', ...m.lowering.map((x) => `  ${x}`));
  out.push('', 'Error false alarms (dumps):', ...m.falseAlarms.map((x) => `  ${x}`));
  out.push('', 'False fallback/lowering warnings:', ...m.falseWarnings.map((x) => `  ${x}`));
}
process.stdout.write(out.join('\n') + '\n');
process.exitCode = t.missed || t.falseAlarmCases || t.parseErrors ? 1 : 0;

// The torch-mlir-opt column (test/fidelity/verify.ts): every out.mlir through --verify=lower.
void printVerifyColumn().then((code) => {
  if (code) process.exitCode = code;
});
