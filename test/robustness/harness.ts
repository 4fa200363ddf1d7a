import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffTexts, reanalyze } from '../../server/src/core/incremental/index';
import { analyze, languageOf, LanguageId } from '../../server/src/core/analyze';
import type { Profile } from '../../server/src/core/diagnostics';
import { applyEdits } from '../../server/src/core/fixes';
import type { Span } from '../../server/src/core/text';
import { publicCorpus } from '../publicCorpus';
import { bigFunction, torchOneFunction } from '../incremental/oneFunction';

// Shared by the robustness tests and scripts/fuzz.ts: the seed files, deterministic mutations of
// them, and the properties every analysis must keep (no throw, bounded time, spans inside the text).

export const REPO = resolve(__dirname, '../..');
export const REAL_CORPUS = join(REPO, 'test/corpus/real');
export const REGRESSIONS = join(REPO, 'test/robustness/regressions');
export const PROFILES: Profile[] = ['torch-mlir', 'turbine-2023'];

export interface Seed {
  name: string;
  text: string;
  language: LanguageId;
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile());
}

function seed(path: string): Seed {
  const text = readFileSync(path, 'utf8');
  return { name: path.slice(REPO.length + 1), text, language: languageOf(path, text) };
}

/**
 * The seed files: the public corpus, examples/, the MLIR fixtures, and a deterministic sample of
 * the real corpus (every dump of every `stride`-th case, and every out.mlir).
 */
export function seeds(opts: { realStride?: number; oneFunction?: boolean } = {}): Seed[] {
  const out: Seed[] = [];
  // Whole models as the importer prints them: one function holding every op.
  if (opts.oneFunction) out.push({ name: 'generated: corpus out.mlir in one function', text: torchOneFunction(), language: 'mlir' }, { name: 'generated: func/arith one function', text: bigFunction(1500), language: 'mlir' });
  const corpus = publicCorpus('robustness seeds');
  if (corpus) for (const p of files(corpus)) if (p.endsWith('.txt')) out.push(seed(p));
  for (const p of files(join(REPO, 'examples'))) out.push(seed(p));
  for (const p of files(join(REPO, 'test/fixtures/mlir'))) out.push(seed(p));
  const stride = opts.realStride ?? 8;
  const cases = existsSync(REAL_CORPUS) ? readdirSync(REAL_CORPUS).sort().filter((c) => statSync(join(REAL_CORPUS, c)).isDirectory()) : [];
  cases.forEach((c, i) => {
    for (const p of files(join(REAL_CORPUS, c))) {
      if (p.endsWith('.json')) continue;
      if (i % stride === 0 || p.endsWith('/out.mlir')) out.push(seed(p));
    }
  });
  return out;
}

// ---- Deterministic mutations ----------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG, so every mutated input is reproducible from (seed, index). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fragments that steer mutations into the parsers' interesting states. */
export const TOKENS = [
  '(', ')', '[', ']', '{', '}', '<', '>', '"', "'", '\\', '%', '%0', '%arg0', '#', '#loc', '#loc1 = loc(', 'loc(', 'loc("a.py":1:2)', '@', '^bb0:',
  ':', ',', '=', ' = ', '->', '!torch.vtensor<[', '!torch.int', '!torch.list<', 'torch.aten.max_pool2d', 'torch.constant.int', 'torch.prim.ListConstruct',
  'torch.operator "x"', 'func.func @f(', 'module {', '{-#', '#-}', 'dialect_resources: {', 'builtin: {', '"0x04000000', 'dense_resource<', 'dense<', 'return ',
  'graph():', 'class GraphModule(torch.nn.Module):', 'ExportedProgram:', 'def forward(self, ', '    ', '\t', 'call_function[target=', 'get_attr[target=',
  'placeholder[target=', 'call_module[target=', 'call_method[target=', 'aten.max_pool2d.default', 'aten.lift_fresh_copy.default', 'torch.ops.aten.',
  'args = (', 'kwargs = {', '[num_users=', '[#users=', 'None', 'True', '1e999', '-0', '9999999999999999999999', 'inf', 'nan', '...', '# File: x.py:3 in f, code: y = f(x)',
  '_tensor_constant0', 'self.', 'f32[2, 3]', 'Tensor[]', 'Sym(s0)', '"f32[2]"', 'opcode         name', '-------------', 'Graph signature:', 'Range constraints:',
  'TRACED GRAPH', '===== ', '\u001b[31m', '\\n', '"""', '#', '//', '/*',
];

const UNICODE = ['\u0000', '\uFEFF', '\u00e9', '\u0301', '\u200d', '\u202e', '\u2028', '\u2029', '\u00a0', '\uD83D\uDE00', '\uD800', '\uDC00', '\uFFFD', '\u3000', '\r', '\v', '\f', '\u0085', 'é', '中'];

export type Mutation =
  | 'flip'
  | 'delete'
  | 'duplicate'
  | 'truncate'
  | 'swapLines'
  | 'unicode'
  | 'crlf'
  | 'tabs'
  | 'bom'
  | 'nul'
  | 'token'
  | 'deleteLine'
  | 'repeatLine';
export const MUTATIONS: Mutation[] = ['flip', 'delete', 'duplicate', 'truncate', 'swapLines', 'unicode', 'crlf', 'tabs', 'bom', 'nul', 'token', 'deleteLine', 'repeatLine'];

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

export function mutateOnce(text: string, kind: Mutation, r: () => number): string {
  const n = text.length;
  const pos = Math.floor(r() * (n + 1));
  const len = 1 + Math.floor(r() * r() * 64);
  switch (kind) {
    case 'flip': {
      if (!n) return text;
      const p = Math.min(pos, n - 1);
      const c = text.charCodeAt(p) ^ (1 << Math.floor(r() * 8));
      return text.slice(0, p) + String.fromCharCode(c) + text.slice(p + 1);
    }
    case 'delete':
      return text.slice(0, pos) + text.slice(pos + len);
    case 'duplicate': {
      const chunk = text.slice(pos, pos + len * 4);
      const at = Math.floor(r() * (n + 1));
      return text.slice(0, at) + chunk + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, pos);
    case 'swapLines': {
      const lines = text.split('\n');
      const a = Math.floor(r() * lines.length);
      const b = Math.floor(r() * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'unicode':
      return text.slice(0, pos) + UNICODE[Math.floor(r() * UNICODE.length)] + text.slice(pos);
    case 'crlf':
      return r() < 0.5 ? text.replace(/\n/g, '\r\n') : text.slice(0, pos) + (r() < 0.5 ? '\r' : '\r\n') + text.slice(pos);
    case 'tabs':
      return r() < 0.5 ? text.replace(/^( {4})+/gm, (m) => '\t'.repeat(m.length / 4)) : text.slice(0, pos) + '\t' + text.slice(pos);
    case 'bom':
      return '\uFEFF' + text;
    case 'nul':
      return text.slice(0, pos) + '\0'.repeat(1 + Math.floor(r() * 3)) + text.slice(pos);
    case 'token':
      return text.slice(0, pos) + TOKENS[Math.floor(r() * TOKENS.length)] + text.slice(pos);
    case 'deleteLine': {
      const starts = lineStarts(text);
      const i = Math.floor(r() * starts.length);
      return text.slice(0, starts[i]) + text.slice(starts[i + 1] ?? n);
    }
    case 'repeatLine': {
      const starts = lineStarts(text);
      const i = Math.floor(r() * starts.length);
      const line = text.slice(starts[i], starts[i + 1] ?? n);
      return text.slice(0, starts[i]) + line.repeat(1 + Math.floor(r() * 4)) + text.slice(starts[i]);
    }
  }
}

/** Random text built from parser-significant tokens, unicode and noise, reproducible from `seed`. */
export function soup(seed: number, maxTokens = 300): string {
  const r = rng(seed);
  const n = Math.floor(r() * maxTokens);
  let out = '';
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.6) out += TOKENS[Math.floor(r() * TOKENS.length)];
    else if (x < 0.7) out += UNICODE[Math.floor(r() * UNICODE.length)];
    else if (x < 0.85) out += r() < 0.5 ? '\n' : ' ';
    else out += String.fromCharCode(Math.floor(r() * 128));
  }
  return out;
}

/** `count` random mutations of `text`, reproducible from `seed`. */
export function mutate(text: string, seed: number, count: number): string {
  const r = rng(seed);
  let out = text;
  for (let i = 0; i < count; i++) out = mutateOnce(out, MUTATIONS[Math.floor(r() * MUTATIONS.length)], r);
  return out;
}

// ---- The properties ---------------------------------------------------------------------------

/** Generous time bound for one analysis: a real hang or super-linear blow-up, not a slow CI box. */
export function timeBudgetMs(length: number): number {
  return 4000 + length * 0.05;
}

function badSpan(s: Span | undefined, length: number): boolean {
  return !s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.start > s.end || s.end > length;
}

export interface Failure {
  reason: string;
  ms: number;
}

/**
 * Analyses `text` and returns what went wrong, or undefined: a throw, an internal-error (a rule
 * crashed), a span outside the document (diagnostic, related or fix edit), a fix whose edits cannot
 * be applied, or an analysis slower than timeBudgetMs.
 */
export function checkInvariants(text: string, language: LanguageId, profile: Profile): Failure | undefined {
  const t0 = performance.now();
  let diagnostics;
  try {
    diagnostics = analyze(text, language, { profile }).diagnostics;
  } catch (e) {
    return { reason: `analyze threw: ${(e as Error)?.stack ?? e}`, ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  if (ms > timeBudgetMs(text.length)) return { reason: `analysis took ${ms.toFixed(0)} ms for ${text.length} chars`, ms };
  for (const d of diagnostics) {
    const where = `${d.code} "${d.message.slice(0, 80)}"`;
    if (d.code === 'internal-error') return { reason: `internal error: ${d.message}`, ms };
    if (badSpan(d.span, text.length)) return { reason: `diagnostic span ${JSON.stringify(d.span)} outside 0..${text.length}: ${where}`, ms };
    for (const rel of d.related ?? []) if (badSpan(rel.span, text.length)) return { reason: `related span ${JSON.stringify(rel.span)} outside 0..${text.length}: ${where}`, ms };
    for (const f of d.fixes) {
      for (const e of f.edits) {
        if (badSpan(e.span, text.length)) return { reason: `fix "${f.title}" edit span ${JSON.stringify(e.span)} outside 0..${text.length}: ${where}`, ms };
        if (typeof e.newText !== 'string') return { reason: `fix "${f.title}" has no newText: ${where}`, ms };
      }
      const sorted = [...f.edits].sort((a, b) => a.span.start - b.span.start);
      for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].span.start < sorted[i - 1].span.end) return { reason: `fix "${f.title}" has overlapping edits: ${where}`, ms };
      }
      applyEdits(text, f.edits);
    }
  }
  return undefined;
}

/**
 * Incremental re-analysis never lies: `steps` small random edits (a character inserted, deleted
 * or replaced, mostly inside a line), each re-analysed from the previous version's result, give
 * exactly the diagnostics a full analysis of the edited text gives.
 */
export function checkIncremental(text: string, language: LanguageId, seed: number, steps = 3): Failure | undefined {
  const r = rng(seed);
  const t0 = performance.now();
  const chars = ' x0%(),[]:=."\n';
  let prev = analyze(text, language);
  for (let i = 0; i < steps; i++) {
    const n = text.length;
    const pos = Math.floor(r() * (n + 1));
    const x = r();
    const ch = chars[Math.floor(r() * chars.length)];
    const next = x < 0.4 ? text.slice(0, pos) + ch + text.slice(pos) : x < 0.7 ? text.slice(0, pos) + text.slice(pos + 1) : text.slice(0, pos) + ch + text.slice(pos + 1);
    let got;
    try {
      got = reanalyze(prev, next, diffTexts(text, next), language);
    } catch (e) {
      return { reason: `reanalyze threw: ${(e as Error)?.stack ?? e}`, ms: performance.now() - t0 };
    }
    const want = analyze(next, language);
    const a = JSON.stringify(got.diagnostics);
    const b = JSON.stringify(want.diagnostics);
    if (a !== b) {
      return { reason: `incremental (${got.incremental?.reused ? 'reused' : got.incremental?.why}) differs from full after edit ${i} at ${pos}: ${a.slice(0, 300)} vs ${b.slice(0, 300)}`, ms: performance.now() - t0 };
    }
    text = next;
    prev = got;
  }
  return undefined;
}

/** Both profiles; the first failure. */
export function checkBoth(text: string, language: LanguageId): (Failure & { profile: Profile }) | undefined {
  for (const profile of PROFILES) {
    const f = checkInvariants(text, language, profile);
    if (f) return { ...f, profile };
  }
  return undefined;
}

// ---- Regressions --------------------------------------------------------------------------------

/** Saves a failing input as test/robustness/regressions/<hash>.<fx|mlir>; returns its path. */
export function saveRegression(text: string, language: LanguageId): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  mkdirSync(REGRESSIONS, { recursive: true });
  const path = join(REGRESSIONS, `${hash}.${language}`);
  writeFileSync(path, text);
  return path;
}

export function regressionFiles(): { path: string; text: string; language: LanguageId }[] {
  return files(REGRESSIONS)
    .filter((p) => /\.(fx|mlir)$/.test(p))
    .map((p) => ({ path: p, text: readFileSync(p, 'utf8'), language: p.endsWith('.mlir') ? 'mlir' : 'fx' }));
}
