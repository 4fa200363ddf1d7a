import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, AnalysisResult, languageOf } from '../../server/src/core/analyze';
import type { Profile } from '../../server/src/core/diagnostics';
import { allGraphs, FxDocument } from '../../server/src/core/fx/model';
import { diffTexts, reanalyze } from '../../server/src/core/incremental/index';
import { Registry } from '../../server/src/core/registry/registry';
import { LineIndex } from '../../server/src/core/text';
import { rng } from '../robustness/harness';
import { publicCorpus } from '../publicCorpus';

// Differential test of incremental FX re-analysis: on real dumps, every edit's incremental result
// must equal a full analysis of the edited text, in diagnostics and in the model the editor
// features read. Edits are deterministic pseudo-random changes to node lines, alone and chained.

const ROOT = path.resolve(__dirname, '../..');
const PUBLIC = publicCorpus('incremental/fx');
const registry = Registry.load();

function files(): string[] {
  const out: string[] = [];
  const walk = (dir: string, every = 1) => {
    let i = 0;
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p, every);
      else if (/\.(fx|txt)$/.test(name) && languageOf(p, readFileSync(p, 'utf8')) === 'fx' && i++ % every === 0) out.push(p);
    }
  };
  walk(path.join(ROOT, 'examples'));
  walk(path.join(ROOT, 'test/corpus/real'), 5);
  // Without the public corpus (a plain clone) the repository's own dumps still run.
  if (PUBLIC) walk(PUBLIC);
  return out;
}

const TARGET_SWAPS: [RegExp, string][] = [
  [/\.default\b/, '.Tensor'],
  [/\.Tensor\b/, '.Scalar'],
  [/aten\.(\w+)/, 'aten.$1x'],
  [/aten\.add\b/, 'aten.sub'],
  [/aten\.convolution\b/, 'aten.max_pool2d'],
  [/operator\.getitem/, 'operator.add'],
];

/** One pseudo-random edit inside a node's line: the new text, or undefined when none applies. */
function mutate(text: string, result: AnalysisResult, r: () => number): string | undefined {
  const doc = result.fx!.doc;
  const nodes = allGraphs(doc).flatMap((g) => g.nodes.filter((n) => n.op !== 'output' && (n.op !== 'placeholder' || r() < 0.3)));
  if (!nodes.length) return undefined;
  const n = nodes[Math.floor(r() * nodes.length)];
  const { start, end } = n.span;
  const line = text.slice(start, end);
  const names = nodes.map((x) => x.name);
  const kind = Math.floor(r() * 13);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const splice = (a: number, b: number, s: string) => text.slice(0, start + a) + s + text.slice(start + b);
  switch (kind) {
    case 0: {
      const digits = [...line.matchAll(/\d/g)];
      if (!digits.length) return splice(line.length, line.length, ' ');
      const m = digits[Math.floor(r() * digits.length)];
      return splice(m.index!, m.index! + 1, String((Number(m[0]) + 1 + Math.floor(r() * 8)) % 10));
    }
    case 1: {
      if (r() < 0.3) {
        // At the very end of the line, after any trailing blanks an earlier edit left.
        let e = text.indexOf('\n', end);
        if (e < 0) e = text.length;
        return text.slice(0, e) + ' ' + text.slice(e);
      }
      const at = r() < 0.5 ? line.length : Math.max(0, line.indexOf(',') + 1);
      return splice(at, at, ' ');
    }
    case 2: {
      const at = Math.floor(r() * line.length);
      return splice(at, at + 1, '');
    }
    case 3: {
      const swaps = TARGET_SWAPS.filter(([re]) => re.test(line));
      if (!swaps.length) return splice(line.length, line.length, ' ');
      const [re, to] = swaps[Math.floor(r() * swaps.length)];
      return splice(0, line.length, line.replace(re, to));
    }
    case 4: {
      const refs = [...line.matchAll(/%(\w+)|\b([a-z_]\w*)\b/g)].filter((m) => names.includes(m[1] ?? m[2]) && (m[1] ?? m[2]) !== n.name);
      if (!refs.length) return undefined;
      const m = refs[Math.floor(r() * refs.length)];
      const to = r() < 0.2 ? 'nowhere_1' : names[Math.floor(r() * names.length)];
      const at = m.index! + (m[1] ? 1 : 0);
      return splice(at, at + (m[1] ?? m[2]).length, to);
    }
    case 5: {
      const m = /\b(f32|f16|i64|torch\.float32|torch\.int64)\b/.exec(line);
      if (!m) return undefined;
      const to = { f32: 'c64', f16: 'bf16', i64: 'u16', 'torch.float32': 'torch.complex64', 'torch.int64': 'torch.uint16' }[m[1]]!;
      return splice(m.index, m.index + m[1].length, to);
    }
    case 6: {
      const m = /\[(%?\w+), /.exec(line);
      if (!m) return undefined;
      return splice(m.index + 1, m.index + 1 + m[1].length, 'None');
    }
    case 7: {
      const m = /(\(|, )(-?\d+)([,)])/.exec(line);
      if (!m) return undefined;
      const at = m.index + m[1].length;
      return splice(at, at + m[2].length, `[${m[2]}, ${m[2]}]`);
    }
    case 8: {
      const at = line.length;
      return splice(at, at, r() < 0.5 ? ')' : 'x');
    }
    case 9:
      // Delete the node's whole line.
      return text.slice(0, lineStart) + text.slice(Math.min(text.length, lineEnd + 1));
    case 10:
      // Enter at the end of the line: a blank line after it.
      return text.slice(0, lineEnd) + '\n' + text.slice(lineEnd);
    case 11: {
      // Duplicate the line as a new node with its own name (or, sometimes, the same name).
      const copy = text.slice(lineStart, lineEnd);
      const renamed = r() < 0.8 ? copy.replace(n.name, `${n.name}_copy`) : copy;
      return text.slice(0, lineEnd) + '\n' + renamed + text.slice(lineEnd);
    }
    default:
      // Rename the node where it is defined: its users lose it.
      return splice(line.indexOf(n.name), line.indexOf(n.name) + n.name.length, `${n.name}r`);
  }
}

/** What the editor features read from the model, spans included. */
function modelDump(doc: FxDocument): string {
  return JSON.stringify(
    allGraphs(doc).map((g) => ({
      name: g.name, format: g.format, level: g.level, reason: g.levelReason, span: g.span, header: g.headerSpan,
      output: g.output?.name, sig: g.signature?.span,
      nodes: g.nodes.map((n) => ({
        n: n.name, i: n.index, op: n.op, t: n.target, tt: n.targetText, ns: n.nameSpan, ts: n.targetSpan, as: n.argsSpan, s: n.span,
        ty: n.type, du: n.declaredUsers, dt: n.defaultText, pv: n.provenance, a: n.args, k: n.kwargs, st: n.argStyle,
        u: n.users.map((x) => x.name), g: n.graph === g,
      })),
    })),
  );
}

function check(file: string, profile: Profile, seed: number, stats: { edits: number; reused: number; files: number; brokenReused: number }) {
  const text0 = readFileSync(file, 'utf8');
  const r = rng(seed);
  const options = { profile, registry };
  // Chains: each incremental result is the next edit's previous version.
  for (let chain = 0; chain < 2; chain++) {
    let text = text0;
    let before = text0;
    let prev = analyze(text, 'fx', options);
    for (let step = 0; step < 5; step++) {
      // While a line is broken, keep typing on it or repair it (back to the text before the break).
      const brokenAt = prev.diagnostics.find((x) => x.code === 'parse-error')?.span.start;
      let next: string | undefined;
      if (brokenAt !== undefined && r() < 0.4) next = before;
      else if (brokenAt !== undefined && r() < 0.6) {
        const lineEnd = text.indexOf('\n', brokenAt) < 0 ? text.length : text.indexOf('\n', brokenAt);
        const p = brokenAt + Math.floor(r() * Math.max(1, lineEnd - brokenAt));
        next = r() < 0.5 ? text.slice(0, p) + text.slice(p + 1) : text.slice(0, p) + '(' + text.slice(p);
        if (next.length < text.length && text[p] === '\n') next = undefined;
      } else next = mutate(text, prev, r);
      if (next === undefined || next === text) continue;
      const got = reanalyze(prev, next, diffTexts(text, next), 'fx', options);
      const want = analyze(next, 'fx', options);
      stats.edits++;
      if (got.incremental?.reused) stats.reused++;
      if (got.incremental?.reused && (brokenAt !== undefined || got.diagnostics.some((x) => x.code === 'parse-error'))) stats.brokenReused++;
      const where = `${path.relative(ROOT, file)} (${profile}, chain ${chain}, step ${step}, ${got.incremental?.reused ? 'incremental' : 'full: ' + got.incremental?.why})`;
      assert.deepEqual(JSON.parse(JSON.stringify(got.diagnostics)), JSON.parse(JSON.stringify(want.diagnostics)), `diagnostics differ: ${where}`);
      assert.equal(modelDump(got.fx!.doc), modelDump(want.fx!.doc), `model differs: ${where}`);
      assert.equal(got.fx!.doc.text, next);
      before = text;
      text = next;
      prev = got;
    }
  }
  stats.files++;
}

test('incremental FX re-analysis equals a full analysis after every edit (real dumps)', () => {
  const stats = { edits: 0, reused: 0, files: 0, brokenReused: 0 };
  files().forEach((f, i) => {
    check(f, 'torch-mlir', 1000 + i, stats);
    if (f.includes('examples')) check(f, 'turbine-2023', 5000 + i, stats);
  });
  console.log(`  ${stats.files} dumps, ${stats.edits} edits, ${stats.reused} incremental (${stats.brokenReused} into, on or out of a broken line)`);
  assert.ok(stats.edits > 1000, `only ${stats.edits} edits`);
  // Most edits keep the line parseable and the node's name: they must take the incremental path.
  assert.ok(stats.reused / stats.edits > 0.5 && stats.brokenReused > 20, `only ${stats.reused} of ${stats.edits} edits were incremental`);
});

test('the line index after an edit equals one built from scratch', () => {
  const r = rng(7);
  for (const base of ['a\nbb\nccc\n', 'x\r\ny\r\n\r\nz', 'one line', '\n\n\n', 'p\rq\nr']) {
    let text = base;
    let lines = new LineIndex(text);
    for (let i = 0; i < 200; i++) {
      const s = Math.floor(r() * (text.length + 1));
      const e = Math.min(text.length, s + Math.floor(r() * 3));
      const ins = ['', ' ', 'x', '\n', '\r', '\r\n', 'ab'][Math.floor(r() * 7)];
      const next = text.slice(0, s) + ins + text.slice(e);
      lines = LineIndex.afterEdit(lines, next, s, e, s + ins.length);
      const fresh = new LineIndex(next);
      assert.equal(lines.lineCount, fresh.lineCount, JSON.stringify(next));
      for (let l = 0; l < fresh.lineCount; l++) assert.equal(lines.lineStart(l), fresh.lineStart(l), JSON.stringify(next));
      text = next;
    }
  }
});

test('plain edits inside a node line take the incremental path and re-check few nodes', () => {
  const text = readFileSync(path.join(ROOT, 'examples/max_pool_no_stride.fx'), 'utf8');
  const prev = analyze(text, 'fx', { registry });
  const at = text.indexOf('torch.ops.aten.max_pool2d');
  assert.ok(at > 0);
  const next = text.slice(0, at) + ' ' + text.slice(at);
  const got = reanalyze(prev, next, diffTexts(text, next), 'fx', { registry });
  assert.equal(got.incremental?.reused, true, got.incremental?.why);
  assert.ok((got.incremental?.rechecked ?? 99) < 10);
});

test('edits outside node lines fall back to a full analysis with a reason; renames stay incremental', () => {
  const text = 'graph():\n    %x : [num_users=1] = placeholder[target=x]\n    %relu : [num_users=1] = call_function[target=torch.ops.aten.relu.default](args = (%x,), kwargs = {})\n    return (relu,)\n';
  const prev = analyze(text, 'fx', { registry });
  // An edit in the graph's header: not a node line.
  const header = text.replace('graph():', 'graph(y):');
  const got = reanalyze(prev, header, diffTexts(text, header), 'fx', { registry });
  assert.equal(got.incremental?.reused, false);
  assert.match(got.incremental?.why ?? '', /not inside a node statement/);
  assert.deepEqual(got.diagnostics, analyze(header, 'fx', { registry }).diagnostics);
  // A rename is a change of lines: the node's users lose it, incrementally.
  const renamed = text.replace('%relu :', '%relu2 :');
  const again = reanalyze(analyze(text, 'fx', { registry }), renamed, diffTexts(text, renamed), 'fx', { registry });
  assert.equal(again.incremental?.reused, true, again.incremental?.why);
  assert.deepEqual(again.diagnostics, analyze(renamed, 'fx', { registry }).diagnostics);
});
