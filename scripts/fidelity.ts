// `npm run fidelity`: prints the fidelity table of our diagnostics against the real importer corpus.
import { evaluateCorpus, formatTable, totals } from '../test/fidelity/fidelity';
import { printVerifyColumn } from '../test/fidelity/verify';

const results = evaluateCorpus();
process.stdout.write(formatTable(results) + '\n');
const t = totals(results);
process.exitCode = t.missed || t.falseAlarmCases || t.parseErrors ? 1 : 0;

// The torch-mlir-opt column (test/fidelity/verify.ts): every out.mlir through --verify=lower.
void printVerifyColumn().then((code) => {
  if (code) process.exitCode = code;
});
