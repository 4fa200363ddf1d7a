import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, AnalysisResult, AnalyzeOptions } from '../../server/src/core/analyze';
import type { MlirAnalysis } from '../../server/src/core/analysis/mlirAnalysis';
import type { Profile } from '../../server/src/core/diagnostics';
import { diffTexts, reanalyze } from '../../server/src/core/incremental/index';
import type { MlirDocument } from '../../server/src/core/mlir/model';
import { Registry } from '../../server/src/core/registry/registry';
import { LineIndex } from '../../server/src/core/text';
import { mlirDocumentOf, mlirOccurrencesAt } from '../../server/src/features/mlirSupport';
import { rng } from '../robustness/harness';
import { publicCorpus } from '../publicCorpus';
import { bigFunction, torchOneFunction } from './oneFunction';

// Differential test of incremental MLIR re-analysis: on real and generated MLIR, after every
// pseudo-random edit (alone and chained, including edits that break the op so the fallback runs)
// the incremental result must equal a full analysis of the edited text: the same diagnostics, the
// same model (every span of every op, region, type, attribute, location, alias) and the same name
// resolution (each definition, each use and what it resolves to).

const ROOT = path.resolve(__dirname, '../..');
const PUBLIC = publicCorpus('incremental/mlir');
const registry = Registry.load();
/** Another seed explores other edits: MLIR_INCREMENTAL_SEED=N. */
const SEED = Number(process.env.MLIR_INCREMENTAL_SEED ?? 0);

function mlirFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return; // the shared corpus sits beside the clone; without it the repository's files still run
    }
    for (const name of names) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.mlir')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'examples'));
  walk(path.join(ROOT, 'test/corpus/real'));
  walk(path.join(ROOT, 'test/mlir-oracle'));
  if (PUBLIC) walk(PUBLIC);
  return out;
}

/** A small func/arith module like bench/generate.mjs's, with calls between functions and a torch function. */
function generated(): string {
  const out = ['#map = affine_map<(d0) -> (d0)>', '!t = i32', 'module {'];
  for (let f = 0; f < 6; f++) {
    out.push(`  func.func @f${f}(%arg0: i32 loc(#loc1), %arg1: !t) -> i32${f % 2 ? ' attributes {llvm.emit_c_interface, m = #map}' : ''} {`);
    out.push('    %c1_i32 = arith.constant 1 : i32');
    out.push('    %cst = arith.constant 5.000000e-01 : f32');
    let iv = '%arg0';
    let fv = '%cst';
    for (let i = 0; i < 24; i++) {
      const r = `%${i}`;
      switch ((i * 7 + f) % 6) {
        case 0: out.push(`    ${r} = arith.addi ${iv}, %c1_i32 : i32 loc(#loc${1 + (i % 2)})`); iv = r; break;
        case 1: out.push(`    ${r} = arith.muli ${iv}, %arg1 : i32`); iv = r; break;
        case 2: out.push(`    ${r} = arith.sitofp ${iv} : i32 to f32`); break;
        case 3: out.push(`    ${r} = arith.addf ${fv}, ${fv} : f32`); fv = r; break;
        case 4: out.push(`    ${r} = arith.mulf ${fv}, %cst : f32`); fv = r; break;
        default: out.push(f > 0 ? `    ${r} = func.call @f${f - 1}(${iv}, %arg1) : (i32, i32) -> i32` : `    ${r} = arith.cmpi slt, ${iv}, %arg1 : i32`);
          if (f > 0) iv = r;
      }
    }
    out.push(`    return ${iv} : i32`);
    out.push('  }');
  }
  out.push('  func.func @t(%arg0: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32> {');
  out.push('    %int1 = torch.constant.int 1');
  out.push('    %none = torch.constant.none');
  out.push('    %0 = torch.aten.add.Tensor %arg0, %arg0, %int1 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[3,4],f32>');
  out.push('    %1 = torch.aten.lift_fresh_copy %0 : !torch.vtensor<[3,4],f32> -> !torch.vtensor<[3,4],f32>');
  out.push('    return %1 : !torch.vtensor<[3,4],f32>');
  out.push('  }');
  // A duplicate symbol, a declaration, a call to nothing, a nested module.
  out.push('  func.func @f1() {\n    %0 = func.call @nowhere() : () -> i32\n    %1 = func.call @decl(%0) : (i32) -> i32\n    return\n  }');
  out.push('  func.func private @decl(i32) -> i32');
  out.push('  module @inner {\n    func.func @h(%arg0: i32) -> i32 {\n      %0 = arith.addi %arg0, %arg0 : i32\n      return %0 : i32\n    }\n  }');
  out.push('  "func.func"() <{sym_name = "g", function_type = () -> ()}> ({\n    "func.return"() : () -> () loc(callsite("a.py":1:2 at #loc2))\n  }) : () -> ()');
  out.push('} loc(#loc1)');
  out.push('#loc1 = loc("model.py":10:4)');
  out.push('#loc2 = loc(fused["model.py":11:8, #loc1])');
  return out.join('\n') + '\n';
}

const TYPE_SWAPS: [RegExp, string][] = [
  [/\bi32\b/, 'i64'],
  [/\bf32>/, 'si64>'],
  [/\bsi64>/, 'f32>'],
  [/!torch\.int\b/, '!torch.float'],
  [/!torch\.vtensor</, '!torch.tensor<'],
  [/!torch\.none\b/, '!torch.int'],
  [/\bf32\b/, 'f16'],
];
const OP_NAMES = ['arith.subi', 'torch.aten.mul.Tensor', 'torch.aten.lift', 'torch.aten.frobnicate', 'torch.operator', 'arith.foo', 'return', 'torch.aten.max_pool2d'];

/** One pseudo-random edit, mostly inside an op nested in a function: the new text, or undefined. */
function mutate(text: string, result: AnalysisResult, r: () => number): string | undefined {
  const ops = result.mlir!.doc.allOps.filter((o) => o.parent.parent && 'blocks' in o.parent.parent);
  // One edit in ten lands anywhere (module level, aliases, locations, resources, between ops).
  const anywhere = r() < 0.1 || !ops.length;
  const { start, end } = anywhere ? { start: 0, end: text.length } : ops[Math.floor(r() * ops.length)].span;
  const seg = text.slice(start, end);
  if (!seg.length) return undefined;
  const splice = (a: number, b: number, s: string) => text.slice(0, start + a) + s + text.slice(start + b);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  switch (Math.floor(r() * 10)) {
    case 0: {
      const digits = [...seg.matchAll(/\d/g)];
      if (!digits.length) return undefined;
      const m = pick(digits);
      return splice(m.index!, m.index! + 1, String((Number(m[0]) + 1 + Math.floor(r() * 8)) % 10));
    }
    case 1: {
      const at = Math.floor(r() * (seg.length + 1));
      return splice(at, at, ' ');
    }
    case 2: {
      const at = Math.floor(r() * seg.length);
      return splice(at, at + 1, '');
    }
    case 3: {
      const m = /(?:= |^)"?([a-z_]+\.[a-z_.]+|return)"?/.exec(seg);
      if (!m) return undefined;
      const at = m.index + m[0].indexOf(m[1]);
      return splice(at, at + m[1].length, pick(OP_NAMES));
    }
    case 4: {
      const swaps = TYPE_SWAPS.filter(([re]) => re.test(seg));
      if (!swaps.length) return undefined;
      const [re, to] = pick(swaps);
      const m = re.exec(seg)!;
      return splice(m.index, m.index + m[0].length, to);
    }
    case 5: {
      const uses = [...seg.matchAll(/%(\d+)\b/g)];
      if (!uses.length) return undefined;
      const m = pick(uses);
      return splice(m.index! + 1, m.index! + m[0].length, String(Math.max(0, Number(m[1]) + Math.floor(r() * 5) - 2)));
    }
    case 6: {
      const uses = [...seg.matchAll(/%[\w.$-]+/g)];
      if (!uses.length) return undefined;
      const m = pick(uses);
      return splice(m.index!, m.index! + m[0].length, pick(['%arg0', '%nowhere', '%0', '%int1', '%none']));
    }
    case 7: {
      // Breaks the syntax: the fallback path, and the next edit starts from a broken version.
      const at = Math.floor(r() * (seg.length + 1));
      return splice(at, at, pick(['%', '}', '{', ':', '(', '"', '\n', 'loc(', '#loc9', '@f0']));
    }
    case 8: {
      const m = /\(%\w+/.exec(seg) ?? /, %\w+/.exec(seg);
      if (!m) return undefined;
      return splice(m.index + 1, m.index + 1, '%0, ');
    }
    default: {
      // Line end of the op (the benchmark's "space" edit) or a comment.
      const at = seg.length - 1;
      return splice(at, at, r() < 0.5 ? ' ' : ' // x');
    }
  }
}

/** Every field of the model, spans included (parent pointers and the text left out), as JSON. */
function modelDump(doc: MlirDocument): string {
  const seen = new Set<object>();
  const json = JSON.stringify({ chunks: doc.chunks, diagnostics: doc.diagnostics }, (key, value) => {
    if (key === 'parent' || key === 'desc' || key === 'text' && typeof value === 'string' && value.length > 10000) return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value) && 'span' in value && 'nameSpan' in value && 'results' in value) {
      // Ops appear once in the tree; a second sight would be a splice that shared an op.
      if (seen.has(value)) return '<op seen twice>';
      seen.add(value);
    }
    return value;
  });
  const list = doc.allOps.map((o) => `${o.name}@${o.span.start}-${o.span.end}`).join(' ');
  return json + '\n' + list + '\n' + JSON.stringify([doc.resources, doc.locAliases, doc.aliases]);
}

/** Name resolution as the editor features and rules read it. */
function scopeDump(m: MlirAnalysis): string {
  const s = m.scope;
  const def = (d: { kind: string; name: string; span: { start: number; end: number }; chunk: number; origin: string; op?: { span: { start: number } }; block?: { span: { start: number } }; count?: number; index?: number } | undefined) =>
    d ? [d.kind, d.name, d.span.start, d.span.end, d.chunk, d.origin, d.op?.span.start, d.block?.span.start, d.count, d.index] : null;
  const use = (u: (typeof s.uses)[number]) => [u.kind, u.name, u.span.start, u.span.end, u.chunk, u.op?.span.start, u.resultIndex, def(u.def)];
  const operands = m.doc.allOps.flatMap((o) => o.operands.map((x) => [x.span.start, def(m.defOf(x)), m.typeOfOperand(x)?.text ?? null]));
  const refs = s.defs.filter((d) => d.kind === 'value').slice(0, 200).map((d) => m.usesOf(d).map((u) => u.span.start));
  // What hover and navigation look up by position (an index incremental analysis carries along).
  const at = [...s.defs.slice(0, 1000).map((d) => d.span.start), ...s.uses.slice(0, 1000).map((u) => u.span.end)].map((o) => {
    const hit = s.at(o);
    return hit ? [o, def(hit.def), hit.use ? hit.use.span.start : null] : [o, null];
  });
  return JSON.stringify({
    defs: s.defs.map(def),
    uses: s.uses.map(use),
    undefined: s.undefinedUses.map(use),
    duplicates: s.duplicates.map((x) => [def(x.def), def(x.previous)]),
    operands,
    refs,
    at,
  });
}

/** assert.equal without its diff of two large dumps (which takes minutes): the first difference. */
function sameText(got: string, want: string, message: string): void {
  if (got === want) return;
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  assert.fail(`${message}: at ${i}: got …${got.slice(Math.max(0, i - 200), i + 200)}… want …${want.slice(Math.max(0, i - 200), i + 200)}…`);
}

interface Stats {
  files: number;
  edits: number;
  reused: number;
  clean: number;
  cleanReused: number;
  why: Map<string, number>;
}

function step(label: string, text: string, next: string, prev: AnalysisResult, options: AnalyzeOptions, stats: Stats, readModel = true): AnalysisResult {
  const want = analyze(next, 'mlir', options);
  // As the server does once it published: the position index is built (and then carried along).
  if (readModel) prev.mlir?.scope.at(0);
  const got = reanalyze(prev, next, diffTexts(text, next), 'mlir', options);
  stats.edits++;
  if (got.incremental?.reused) stats.reused++;
  // Edits between two clean versions: the ones an editor mostly sends.
  const clean = !prev.diagnostics.some((d) => d.code === 'parse-error') && !want.diagnostics.some((d) => d.code === 'parse-error');
  if (clean) stats.clean++;
  if (clean && got.incremental?.reused) stats.cleanReused++;
  if (!got.incremental?.reused) stats.why.set(got.incremental?.why ?? '?', (stats.why.get(got.incremental?.why ?? '?') ?? 0) + 1);
  const where = `${label} (${got.incremental?.reused ? 'incremental' : 'full: ' + got.incremental?.why}) at ${diffTexts(text, next).start}`;
  assert.deepStrictEqual(got.diagnostics, want.diagnostics, `diagnostics differ: ${where}`);
  // Without reading the model, the next edit's re-analysis completes it (the deferred span shift).
  if (!readModel) return got;
  assert.equal(got.mlir!.doc.text, next);
  sameText(modelDump(got.mlir!.doc), modelDump(want.mlir!.doc), `model differs: ${where}`);
  sameText(scopeDump(got.mlir!), scopeDump(want.mlir!), `scope differs: ${where}`);
  return got;
}

function check(label: string, text0: string, profile: Profile, seed: number, stats: Stats, singles: number, chains: number) {
  const r = rng(seed);
  const options: AnalyzeOptions = { profile, registry };
  const base = () => analyze(text0, 'mlir', options);
  // Single edits on the original (a fresh previous analysis each: reanalyze may update it in place).
  for (let i = 0; i < singles; i++) {
    const prev = base();
    const next = mutate(text0, prev, r);
    if (next === undefined || next === text0) continue;
    step(`${label} single ${i}`, text0, next, prev, options, stats);
  }
  // Chains: each result (incremental or full) is the next edit's previous version.
  for (let c = 0; c < chains; c++) {
    let text = text0;
    let prev = base();
    for (let s = 0; s < 4; s++) {
      const next = mutate(text, prev, r);
      if (next === undefined || next === text) continue;
      prev = step(`${label} chain ${c} step ${s}`, text, next, prev, options, stats, s % 2 === 1 || s === 3);
      text = next;
    }
  }
  stats.files++;
}

test('incremental MLIR re-analysis equals a full analysis after every edit', () => {
  const stats: Stats = { files: 0, edits: 0, reused: 0, clean: 0, cleanReused: 0, why: new Map() };
  const files = mlirFiles();
  files.forEach((f, i) => {
    const text = readFileSync(f, 'utf8');
    if (text.length > 400_000) return;
    const small = text.length < 30_000;
    check(path.relative(ROOT, f), text, i % 4 === 3 ? 'turbine-2023' : 'torch-mlir', SEED + 100 + i, stats, small ? 6 : 2, small ? 2 : 1);
    // Windows line ends (offsets count both characters; the parser treats `\r` as a break).
    if (small && i % 10 === 0) check(path.relative(ROOT, f) + ' (CRLF)', text.replace(/\r?\n/g, '\r\n'), 'torch-mlir', SEED + 900 + i, stats, 4, 1);
  });
  check('generated func/arith', generated(), 'torch-mlir', SEED + 7, stats, 60, 15);
  // One function holding every op, as the importer prints a model.
  check('corpus out.mlir in one function', torchOneFunction(), 'torch-mlir', SEED + 11, stats, 16, 4);
  check('func/arith one function', bigFunction(1500), 'torch-mlir', SEED + 13, stats, 8, 2);
  const why = [...stats.why].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${n} ${w}`).join('; ');
  console.log(`  ${stats.files} files, ${stats.edits} edits, ${stats.reused} incremental; between clean versions ${stats.cleanReused} of ${stats.clean}; fallbacks: ${why}`);
  assert.ok(stats.files > 100 && stats.edits > 2000, `only ${stats.files} files / ${stats.edits} edits`);
  // Many edits break the op on purpose (a full analysis then reports the parse error).
  assert.ok(stats.reused / stats.edits > 0.2, `only ${stats.reused} of ${stats.edits} edits were incremental`);
  assert.ok(stats.cleanReused / stats.clean > 0.7, `only ${stats.cleanReused} of ${stats.clean} edits between clean versions were incremental`);
});

test('plain edits inside a function body take the incremental path and re-check that function only', () => {
  const text = generated();
  const options: AnalyzeOptions = { registry };
  const cases: [string, string][] = [
    ['%3 = arith.sitofp', '%3 = arith.sitofp '], // a space
    ['emit_c_interface, m = #map} {\n    %c1_i32 = arith.constant 1 :', 'emit_c_interface, m = #map} {\n    %c1_i32 = arith.constant 2 :'], // a digit
    ['%arg0: i32 loc(#loc1), %arg1: !t) -> i32 {', '%arg0: i32 loc(#loc2), %arg1: !t) -> i32 {'], // a location alias use
    ['sym_name = "g", function_type = () -> ()}> ({\n    "func.return"() : () -> () loc(callsite("a.py":1:2', 'sym_name = "g", function_type = () -> ()}> ({\n    "func.return"() : () -> () loc(callsite("a.py":1:22'], // generic form
    ['%0 = arith.addi %arg0', '%0 = arith.addi %arg1'], // a use
    ['%0 = arith.addi %arg0, %c1_i32 : i32', '%0 = arith.addi %arg0, %c1_i32 : i64'], // a type: type-mismatch
    ['torch.aten.lift_fresh_copy', 'torch.aten.lift_fresh_copx'], // an op name: unknown-op
    ['%1 = torch.aten.lift_fresh_copy %0', '%1 = torch.aten.lift_fresh_copy %7'], // undefined-value
  ];
  cases.push(['%0 = arith.addi %arg0, %arg0 : i32\n      return', '%0 = arith.addi %arg0, %arg1 : i32\n      return']); // in a nested module
  cases.push(['%1 = func.call @decl(%0)', '%1 = func.call @decl(%7)']); // in a function whose name is a duplicate
  // Breaks a nested op: the function is parsed again with its error, as a full parse reports it.
  cases.push(['%int1 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.int ->', '%int1 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32> !torch.int ->']);
  for (const [from, to] of cases) {
    assert.ok(text.includes(from), from);
    const next = text.replace(from, to);
    const prev = analyze(text, 'mlir', options);
    const got = reanalyze(prev, next, diffTexts(text, next), 'mlir', options);
    assert.equal(got.incremental?.reused, true, `${to}: ${got.incremental?.why}`);
    assert.ok((got.incremental?.rechecked ?? 0) > 0 && (got.incremental?.rechecked ?? 999) <= 30, `rechecked ${got.incremental?.rechecked}`);
    assert.deepStrictEqual(got.diagnostics, analyze(next, 'mlir', options).diagnostics, to);
  }
  assert.ok(analyze(text.replace(cases.at(-1)![0], cases.at(-1)![1]), 'mlir', options).diagnostics.some((d) => d.code === 'parse-error'));
});

test('in one function holding every op, an edit inside one op re-checks that op, its users and producers only', () => {
  const options: AnalyzeOptions = { registry };
  const torch = torchOneFunction();
  const arith = bigFunction(20_000);
  const op = (text: string, re: RegExp) => {
    const m = re.exec(text);
    assert.ok(m, String(re));
    return { text, at: m.index, line: m[0] };
  };
  const cases: [{ text: string; at: number; line: string }, (l: string) => string][] = [
    [op(torch, /%k\d+_int\d+ = torch\.constant\.int \d+/), (l) => l.replace(/\d+$/, (d) => String(Number(d) + 1))], // a constant its users read
    [op(torch, /%k\d+_\d+ = torch\.aten\.\w+(\.\w+)? %k\d+_\w+[^\n]*: !torch\.vtensor<\[[^\n]*/), (l) => l.replace('!torch.vtensor<[', '!torch.vtensor<[7,')], // a written type
    [op(torch, /%k\d+_\d+ = torch\.aten\.\w+(\.\w+)? %k\d+_\w+[^\n]*/), (l) => l.replace(/ %k(\d+)_\w+/, ' %k$1_nowhere')], // an undefined use
    [op(torch, /%k\d+_\d+ = torch\.aten\.\w+/), (l) => l.replace('torch.aten.', 'torch.aten.x')], // an unknown op
    [op(torch, /%k\d+_\d+ = torch\.aten\.[^\n]*/), (l) => l + ' '], // a space at the line end: nothing to parse
    [op(arith, /%5000 = arith\.\w+ [^\n]*/), (l) => l.replace('%c1_i32', '%arg1')], // another operand
    [op(arith, /%6001 = arith\.\w+ [^\n]*/), (l) => l.replace(/: i32$/, ': i64')], // a type its users see
    [op(arith, /%7000 = arith\.addi [^\n]*/), (l) => l.replace('%c1_i32', '%19999')], // a forward reference
  ];
  for (const [{ text, at, line }, edit] of cases) {
    const next = text.slice(0, at) + edit(line) + text.slice(at + line.length);
    assert.notEqual(next, text);
    const prev = analyze(text, 'mlir', options);
    const got = reanalyze(prev, next, diffTexts(text, next), 'mlir', options);
    assert.equal(got.incremental?.reused, true, `${edit(line)}: ${got.incremental?.why}`);
    assert.ok((got.incremental?.reparsed ?? 9) <= 1, `${edit(line)}: ${got.incremental?.why}`);
    assert.ok((got.incremental?.rechecked ?? 999) <= 12, `${edit(line)}: rechecked ${got.incremental?.rechecked}`);
    const want = analyze(next, 'mlir', options);
    assert.deepStrictEqual(got.diagnostics, want.diagnostics, edit(line));
    sameText(scopeDump(got.mlir!), scopeDump(want.mlir!), edit(line));
  }
});

test('edits it cannot take incrementally fall back to a full analysis with a reason', () => {
  const text = generated();
  const options: AnalyzeOptions = { registry };
  const cases: [string, string, RegExp][] = [
    ['func.func @f2(', 'func.func @g2(', /name or symbol/], // the symbol other functions call
    ['module {', 'module  {', /module-level/], // module-level text
    ['%3 = arith.sitofp', '%3 = arith.sitofp {'], // breaks the op
  ].map(([a, b, c]) => [a, b, (c as RegExp) ?? /./]) as [string, string, RegExp][];
  cases[2][2] = /parse|ends/;
  // In one function that is most of a large file (torch_100k.mlir's shape), an edit that changes an
  // op's results: re-parsing the function costs what a full analysis does.
  const big = bigFunction(30_000);
  assert.ok(big.length > 1 << 20);
  cases.push([big, big.replace('%8 = arith.addi', '%8a = arith.addi'), /most of a large file.*the op alone: .*(first token|results)/]);
  for (const [from, to, why] of cases) {
    const base = from === big ? big : text;
    const next = from === big ? to : text.replace(from, to);
    const prev = analyze(base, 'mlir', options);
    const got = reanalyze(prev, next, diffTexts(base, next), 'mlir', options);
    assert.equal(got.incremental?.reused, false, to.slice(0, 80));
    assert.match(got.incremental?.why ?? '', why);
    assert.deepStrictEqual(got.diagnostics, analyze(next, 'mlir', options).diagnostics);
  }
});

test('editor features read the new version after an incremental edit (not a cache of the old document)', () => {
  const text = generated();
  const options: AnalyzeOptions = { registry };
  const prev = analyze(text, 'mlir', options);
  const an = (t: string, result: AnalysisResult, version: number) => ({ uri: 'file:///g.mlir', version, text: t, lines: new LineIndex(t), result });
  const at = text.indexOf('%1 = torch.aten.lift_fresh_copy %0') + '%1 = torch.aten.lift_fresh_copy '.length;
  // The features resolve names of the previous version once (cached per document)...
  const before = mlirOccurrencesAt(mlirDocumentOf(an(text, prev, 1))!, at + 1);
  assert.ok(before);
  // ...then a use moves to another value, and an edit earlier in the file shifts everything.
  const edited = text.replace('%1 = torch.aten.lift_fresh_copy %0', '%1 = torch.aten.lift_fresh_copy %int1').replace('%3 = arith.sitofp', '%3 =  arith.sitofp');
  const got = reanalyze(prev, edited, diffTexts(text, edited), 'mlir', options);
  assert.equal(got.incremental?.reused, false); // two functions changed: one composed edit spans both
  assert.ok(mlirOccurrencesAt(mlirDocumentOf(an(edited, got, 2))!, at + 1)); // cached for this version's document
  const next = edited.replace('%1 = torch.aten.lift_fresh_copy %int1', '%1 = torch.aten.lift_fresh_copy %none');
  const got2 = reanalyze(got, next, diffTexts(edited, next), 'mlir', options);
  assert.equal(got2.incremental?.reused, true, got2.incremental?.why);
  const use = next.indexOf('%none', next.indexOf('torch.aten.lift_fresh_copy'));
  const occ = mlirOccurrencesAt(mlirDocumentOf(an(next, got2, 3))!, use + 1);
  const fresh = mlirOccurrencesAt(mlirDocumentOf(an(next, analyze(next, 'mlir', options), 4))!, use + 1);
  assert.ok(occ && fresh);
  assert.deepStrictEqual(JSON.parse(JSON.stringify(occ)), JSON.parse(JSON.stringify(fresh)));
});

test('a full analysis depends on the text only (found by this test: a type-check cache remembered a bad type as valid)', () => {
  // `!torch.in` read while an earlier type error was still pending was cached as a valid type, so
  // the second analysis of the same text reported another error than the first.
  const text = readFileSync(path.join(ROOT, 'test/mlir-oracle/inputs/prim_if_loop.mlir'), 'utf8')
    .replace('-> !torch.int\n', '-> !torch.in t\n')
    .replace('torch.prim.If.yield %5 : !torch.int', 'torch.primIf.yield %5 : !torch.in // xt');
  const first = analyze(text, 'mlir', { registry }).diagnostics;
  assert.ok(first.some((d) => d.code === 'parse-error'));
  assert.deepStrictEqual(analyze(text, 'mlir', { registry }).diagnostics, first);
});
