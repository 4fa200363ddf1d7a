import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, LanguageId } from '../../server/src/core/analyze';
import { REAL_CORPUS } from './harness';

// Linear time: inputs built to trip backtracking or quadratic scans (a 10 MB line, 100,000 nested
// brackets, a 1 MB string, 100,000 `%` operands in one op, a 50 MB hex blob, 1 MB of blank lines)
// are analysed within 3× (+200 ms) the time of an ordinary dump of the same size. Medians of 3 runs
// below 5 MB; one run above (the pathological inputs are far below the bound). The ordinary time
// is that of a 1 MB real dump (repeated), scaled linearly to the input's size.

const ORDINARY: Record<LanguageId, string> = {
  fx: readFileSync(join(REAL_CORPUS, 'adaptive_avg_pool/export.graph.txt'), 'utf8'),
  mlir: readFileSync(join(REAL_CORPUS, 'adaptive_avg_pool/out.mlir'), 'utf8'),
};

function ms(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function median(text: string, language: LanguageId): number {
  const runs = text.length >= 5e6 ? 1 : 3;
  const times = Array.from({ length: runs }, () => ms(() => analyze(text, language)));
  return times.sort((a, b) => a - b)[runs >> 1];
}

const refCache = new Map<LanguageId, number>();
/** Analysis time per char of an ordinary 1 MB dump (a real one repeated), measured once per language. */
function ordinaryPerChar(language: LanguageId): number {
  if (!refCache.has(language)) {
    const base = ORDINARY[language];
    const size = 1_000_000;
    const text = base.repeat(Math.ceil(size / base.length)).slice(0, size);
    refCache.set(language, median(text, language) / size);
  }
  return refCache.get(language)!;
}

const FX_HEAD = 'graph():\n    %x : [num_users=1] = placeholder[target=x]\n';
const fxNode = (args: string) => `${FX_HEAD}    %y : [num_users=1] = call_function[target=torch.ops.aten.cat.default](args = (${args},), kwargs = {})\n    return (y,)\n`;
const mlirFunc = (body: string) => `module {\n  func.func @main(%arg0: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {\n${body}\n    return %arg0 : !torch.vtensor<[2],f32>\n  }\n}\n`;
const N = 100_000;

const INPUTS: { name: string; language: LanguageId; make: () => string }[] = [
  { name: 'FX: one 10 MB line (a node with 2.5M list items)', language: 'fx', make: () => fxNode('[' + '%x, '.repeat(2_500_000) + ']') },
  { name: 'FX: 100,000 nested brackets', language: 'fx', make: () => fxNode('['.repeat(N) + ']'.repeat(N)) },
  { name: 'FX: 100,000 unclosed brackets', language: 'fx', make: () => fxNode('(['.repeat(N)) },
  { name: 'FX: a 1 MB string literal', language: 'fx', make: () => fxNode(`'${'a'.repeat(1 << 20)}'`) },
  { name: 'FX: an unterminated 1 MB string literal', language: 'fx', make: () => fxNode(`'${'a\\'.repeat(1 << 19)}`) },
  { name: 'FX: 100,000 % tokens in one node', language: 'fx', make: () => fxNode('%'.repeat(N) + ' ' + '%x '.repeat(N)) },
  { name: 'FX: 1 MB of blank lines inside a graph', language: 'fx', make: () => FX_HEAD + '\n'.repeat(1 << 20) + '    %y : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})\n    return (y,)\n' },
  { name: 'FX: 1 MB of spaces on one line', language: 'fx', make: () => FX_HEAD + '    # ...' + ' '.repeat(1 << 20) + 'x\n    return (x,)\n' },
  {
    name: 'MLIR: one 10 MB line (a whole module without newlines)',
    language: 'mlir',
    make: () => mlirFunc(Array.from({ length: 250_000 }, (_, i) => `%c${i} = torch.constant.int ${i}`).join(' ')).replace(/\n/g, ' '),
  },
  { name: 'MLIR: 100,000 nested brackets in an attribute', language: 'mlir', make: () => mlirFunc(`    "foo.bar"() {a = ${'['.repeat(N)}${']'.repeat(N)}} : () -> ()`) },
  { name: 'MLIR: 100,000 nested !torch.list< types', language: 'mlir', make: () => mlirFunc(`    %0 = "foo.bar"() : () -> ${'!torch.list<'.repeat(N)}int${'>'.repeat(N)}`) },
  { name: 'MLIR: 100,000 unclosed brackets', language: 'mlir', make: () => mlirFunc(`    "foo.bar"() {a = ${'[('.repeat(N)}`) },
  { name: 'MLIR: a 1 MB string literal', language: 'mlir', make: () => mlirFunc(`    %0 = torch.constant.str "${'a'.repeat(1 << 20)}"`) },
  { name: 'MLIR: an unterminated 1 MB string literal', language: 'mlir', make: () => mlirFunc(`    %0 = torch.constant.str "${'a\\'.repeat(1 << 19)}`) },
  {
    name: 'MLIR: 100,000 % operands in one op',
    language: 'mlir',
    make: () => mlirFunc(`    %0 = torch.constant.int 1\n    %1 = torch.prim.ListConstruct ${Array(N).fill('%0').join(', ')} : (${Array(N).fill('!torch.int').join(', ')}) -> !torch.list<int>`),
  },
  { name: 'MLIR: 100,000 % tokens without commas', language: 'mlir', make: () => mlirFunc(`    %1 = torch.prim.ListConstruct ${'%'.repeat(N)} ${'%0 '.repeat(N)}`) },
  {
    name: 'MLIR: a 50 MB hex blob in dialect_resources',
    language: 'mlir',
    make: () => mlirFunc('    %0 = torch.vtensor.literal(dense_resource<blob> : tensor<2xf32>) : !torch.vtensor<[2],f32>') + `{-#\n  dialect_resources: {\n    builtin: {\n      blob: "0x04000000${'0123456789ABCDEF'.repeat(50 * 65536)}"\n    }\n  }\n#-}\n`,
  },
  { name: 'MLIR: an unterminated 50 MB hex blob', language: 'mlir', make: () => mlirFunc('') + `{-#\n  dialect_resources: {\n    builtin: {\n      blob: "0x04000000${'0123456789abcdef'.repeat(50 * 65536)}` },
];

const results: string[] = [];

for (const input of INPUTS) {
  test(input.name, (t) => {
    const text = input.make();
    const took = median(text, input.language);
    const ref = ordinaryPerChar(input.language) * text.length;
    const line = `${input.name}: ${(text.length / 1e6).toFixed(1)} MB in ${took.toFixed(0)} ms (ordinary ${input.language} dump of that size: ${ref.toFixed(0)} ms)`;
    results.push(line);
    t.diagnostic(line);
    console.log(line);
    assert.ok(took <= 3 * ref + 200, line);
  });
}
