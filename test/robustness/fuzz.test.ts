import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { LanguageId } from '../../server/src/core/analyze';
import { checkBoth, mutate, mutateOnce, rng, Seed, seeds } from './harness';

// Never crash, never hang, never lie: every seed file, transformed whole and mutated at random
// (fixed seeds here; `npm run fuzz` runs the same properties with random seeds), analysed under both
// importer profiles, never throws, finishes in bounded time, and keeps every span inside the text.

const SEEDS: Seed[] = seeds();
const other = (l: LanguageId): LanguageId => (l === 'fx' ? 'mlir' : 'fx');

function expectOk(text: string, language: LanguageId, what: string): void {
  const f = checkBoth(text, language);
  if (f) assert.fail(`${what} (${language}, ${f.profile}): ${f.reason}\ninput (${text.length} chars): ${JSON.stringify(text.slice(0, 400))}`);
}

test('whole-file transforms of every seed: CRLF, lone CR, tabs, BOM, NUL bytes, unicode, the other parser', (t) => {
  const transforms: [string, (s: string, r: () => number) => string][] = [
    ['crlf', (s) => s.replace(/\n/g, '\r\n')],
    ['lone-cr', (s) => s.replace(/\n/g, '\r')],
    ['tabs', (s) => s.replace(/ {2}/g, '\t')],
    ['bom', (s) => '\uFEFF' + s],
    ['nul', (s, r) => [...Array(4)].reduce((acc: string) => mutateOnce(acc, 'nul', r), s)],
    ['unicode', (s, r) => [...Array(4)].reduce((acc: string) => mutateOnce(acc, 'unicode', r), s)],
    ['no-final-newline', (s) => s.replace(/\s+$/, '')],
    ['empty-lines-only', (s) => s.replace(/[^\n]/g, '')],
  ];
  let n = 0;
  for (const [i, s] of SEEDS.entries()) {
    for (const [k, [name, f]] of transforms.entries()) {
      // Small seeds get every transform; larger ones a round-robin third of them (all are covered).
      if (s.text.length > 4000 && (i + k) % 3 !== 0) continue;
      expectOk(f(s.text, rng(i)), s.language, `${name} of ${s.name}`);
      n += 2;
    }
    // The wrong parser on a whole file (a mis-detected language).
    expectOk(s.text, other(s.language), `${s.name} as ${other(s.language)}`);
    n += 2;
  }
  t.diagnostic(`${SEEDS.length} seed files, ${n} analyses`);
  console.log(`whole-file transforms: ${SEEDS.length} seeds, ${n} analyses`);
});

test('truncation at every line and deletion of every line of the small seeds', (t) => {
  let n = 0;
  const small = SEEDS.filter((s) => s.text.length < 1500);
  for (const s of small) {
    const lines = s.text.split('\n');
    for (let i = 0; i <= lines.length; i++) {
      expectOk(lines.slice(0, i).join('\n'), s.language, `${s.name} truncated at line ${i}`);
      n += 2;
      if (i >= lines.length || i % 3 !== 0) continue;
      // a cut in the middle of the line, and the file without that line
      expectOk(lines.slice(0, i).join('\n') + '\n' + lines[i].slice(0, lines[i].length >> 1), s.language, `${s.name} cut inside line ${i}`);
      expectOk([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'), s.language, `${s.name} without line ${i}`);
      n += 4;
    }
  }
  t.diagnostic(`${small.length} small seeds, ${n} analyses`);
  console.log(`truncations: ${small.length} small seeds, ${n} analyses`);
});

test('random mutation sequences (byte flips, deletions, duplications, swaps, tokens, unicode, CRLF, tabs, BOM, NUL)', (t) => {
  let n = 0;
  fc.assert(
    fc.property(fc.nat(SEEDS.length - 1), fc.integer(), fc.integer({ min: 1, max: 12 }), fc.nat(9), (si, seed, count, langPick) => {
      const s = SEEDS[si];
      const text = mutate(s.text, seed, count);
      const language = langPick === 0 ? other(s.language) : s.language;
      const f = checkBoth(text, language);
      n += 2;
      if (f) throw new Error(`mutate(${s.name}, seed ${seed}, ${count}) as ${language}, ${f.profile}: ${f.reason}`);
    }),
    { seed: 20261001, numRuns: 1200 },
  );
  t.diagnostic(`${n} analyses of mutated seeds`);
  console.log(`random mutations: ${n} analyses`);
});

test('arbitrary strings (full unicode, binary, and token soup) through both parsers', (t) => {
  let n = 0;
  const soup = fc.array(fc.constantFrom('(', ')', '[', ']', '{', '}', '"', '%', '%0 = ', 'loc(', '#loc', ':', ',', '\n', ' ', 'torch.aten.add', '!torch.vtensor<[2],f32>', 'graph():', '    %x', ' = call_function[target=', 'aten.add.Tensor', ']', 'args = (', 'kwargs = {', 'def forward(self', 'x', '1', '{-#', '#-}', 'dialect_resources', '"0x0400', '\\'), { maxLength: 300 }).map((a) => a.join(''));
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ unit: 'grapheme', maxLength: 200 }), soup), fc.boolean(), (text, fx) => {
      const language: LanguageId = fx ? 'fx' : 'mlir';
      const f = checkBoth(text, language);
      n += 2;
      if (f) throw new Error(`${language}, ${f.profile}: ${f.reason}`);
    }),
    { seed: 7, numRuns: 1500 },
  );
  t.diagnostic(`${n} analyses of generated strings`);
  console.log(`generated strings: ${n} analyses`);
});
