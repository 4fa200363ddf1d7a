// `npm run fidelity`: prints the fidelity table of our diagnostics against the real importer corpus.
import { evaluateCorpus, formatTable, totals } from '../test/fidelity/fidelity';

const results = evaluateCorpus();
process.stdout.write(formatTable(results) + '\n');
const t = totals(results);
process.exitCode = t.missed || t.falseAlarmCases || t.parseErrors ? 1 : 0;
