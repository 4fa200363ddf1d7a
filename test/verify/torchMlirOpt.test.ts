import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { parseOptOutput } from '../../server/src/core/verify/optOutput';
import { optArgs, verifyMlir, VerifyMode } from '../../server/src/tools/torchMlirOpt';
import { runProcess } from '../../server/src/tools/runProcess';
import { CORPUS, verifyCase } from '../fidelity/verify';
import { requireRealTools } from './tools';

// "Verify with torch-mlir" against the real torch-mlir-opt (torch-mlir 20261001) on the real
// corpus: files that pass and that fail verification and lowering, with and without loc(...).

const tools = requireRealTools('verify/torchMlirOpt');
const skip = !tools && 'torch-mlir-opt not installed (see the banner)';

async function run(file: string, mode: VerifyMode, text = readFileSync(file, 'utf8')) {
  const a = analyze(text, 'mlir');
  const r = await verifyMlir({ opt: tools!.opt, mode, text, analysis: a.mlir!, predictions: a.diagnostics, timeoutMs: 120_000, maxOutputBytes: 16 << 20, documentPath: file });
  const at = (s: { start: number }) => {
    const before = text.slice(0, s.start);
    return `${before.split('\n').length}:${s.start - before.lastIndexOf('\n')}`;
  };
  return { a, r, text, at };
}

const outcome = (name: string) => JSON.parse(readFileSync(join(CORPUS, name, 'outcome.json'), 'utf8'));

test('parses the real tool output: the quoted source line and caret are not message text; notes and op dumps attach to their error', { skip }, async () => {
  const file = join(CORPUS, 'mha_need_weights_false/out.mlir');
  const r = await runProcess({ command: tools!.opt, args: optArgs('lower', false), input: readFileSync(file, 'utf8'), timeoutMs: 120_000, maxOutputBytes: 1 << 24 });
  assert.equal(r.code, 1);
  const msgs = parseOptOutput(r.stderr);
  assert.deepEqual(
    msgs.map((m) => [m.file, m.line, m.col, m.severity]),
    [
      ['<stdin>', 2, 3, 'error'],
      ['<stdin>', 1, 1, 'error'],
    ],
  );
  assert.match(msgs[0].message, /^failed to legalize operation 'func.func'/);
  assert.ok(!msgs[0].more.some((l) => l.includes('func.func @main(%arg0: !torch.vtensor')), 'the quoted source line is not message text');
  assert.match(msgs[0].notes[0].message, /see current operation/);
  assert.ok(msgs[0].notes[0].more.some((l) => l.includes('"func.func"()')), 'the multi-line op dump belongs to the note');
  assert.match(msgs[1].message, /Module does not conform to the linalg-on-tensors backend contract/);
});

test('every corpus case whose lowering fails (outcome.json) fails under --verify=lower, on the op outcome.json names, and our prediction is confirmed', { skip }, async () => {
  const failing = readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'out.mlir')) && outcome(d).lowering?.ok === false);
  assert.ok(failing.length >= 12, `${failing.length} failing cases`);
  const bad: string[] = [];
  for (const name of failing) {
    const r = (await verifyCase(join(CORPUS, name), tools!.opt))!;
    const op = outcome(name).lowering.op as string | null;
    if (r.real !== 'failed') bad.push(`${name}: ${r.real}`);
    else if (op && op.startsWith('torch.') && !r.realOps.includes(op) && !(op === 'torch.operator' && r.realOps.some((o) => o.startsWith('torch.')))) bad.push(`${name}: on ${r.realOps} not ${op}`);
    if (r.verdict !== 'confirmed') bad.push(`${name}: ${r.verdict} — ${r.detail}`);
  }
  assert.deepEqual(bad, []);
});

test('clean corpus cases pass verification and lowering, with no torch-mlir-opt diagnostic', { skip }, async () => {
  const clean = readdirSync(CORPUS)
    .filter((d) => existsSync(join(CORPUS, d, 'out.mlir')) && outcome(d).lowering?.ok === true && outcome(d).import?.verifies !== false)
    .sort()
    .filter((_, i) => i % 8 === 0);
  assert.ok(clean.length >= 8);
  for (const name of clean) {
    const { r } = await run(join(CORPUS, name, 'out.mlir'), 'lower');
    assert.equal(r.status, 'passed', `${name}: ${r.error ?? r.placed.map((p) => p.message).join('; ')}`);
    assert.deepEqual(r.placed, []);
  }
});

test('verify mode: an import the verifier rejects (outcome.json verifies=false) fails on the op, at torch-mlir-opt\'s <stdin> line and column', { skip }, async () => {
  const { r, at, text } = await run(join(CORPUS, 'fx_trace_nometa/out.mlir'), 'verify');
  assert.equal(outcome('fx_trace_nometa').import.verifies, false);
  assert.equal(r.status, 'failed');
  assert.equal(r.placed.length, 1);
  assert.equal(at(r.placed[0].span), '4:10');
  assert.equal(text.slice(r.placed[0].span.start, r.placed[0].span.end), '"torch.aten.relu"');
  assert.match(r.placed[0].message, /'torch.aten.relu' op operand #0 must be Any Torch tensor type, but got '!torch.none'/);
  assert.deepEqual(r.marks.map((m) => m.confirmed), [true]);
});

test('verify mode does not lower: a torch.operator fallback passes the verifier, and its prediction is not confirmed', { skip }, async () => {
  const { r } = await run(join(CORPUS, 'unregistered_aten_hypot/out.mlir'), 'verify');
  assert.equal(r.status, 'passed');
  assert.deepEqual(r.marks.map((m) => m.confirmed), [false]);
});

test('loc("file":L:C) of the original program: the error lands on the op carrying that location and named in the message', { skip }, async () => {
  const hypot = await run(join(CORPUS, 'unregistered_aten_hypot/out.debug.mlir'), 'lower');
  assert.equal(hypot.r.placed[0].how, 'loc');
  assert.equal(hypot.text.slice(hypot.r.placed[0].span.start, hypot.r.placed[0].span.end), '"torch.aten.hypot"');
  const mutation = await run(join(CORPUS, 'input_mutation_mutable/out.debug.mlir'), 'lower');
  assert.equal(mutation.r.placed[0].op?.name, 'torch.copy.to_vtensor');
  assert.deepEqual(mutation.r.marks.map((m) => m.confirmed), [true]);
  // `<unknown>:0` (the importer gave the op no location): found by the op's name.
  const unknown = await run(join(CORPUS, 'bare_int_for_int_list_fx_trace/out.debug.mlir'), 'verify');
  assert.equal(unknown.r.placed[0].how, 'op-name');
  assert.equal(unknown.r.placed[0].op?.name, 'torch.aten.max_pool2d');
});

test('split files (// -----) are verified chunk by chunk, with the original line numbers', { skip }, async () => {
  const text = ['func.func @a() {', '  return', '}', '// -----', 'func.func @b(%x: !torch.none) -> !torch.none {', '  %0 = "torch.aten.relu"(%x) : (!torch.none) -> !torch.none', '  return %0 : !torch.none', '}', ''].join('\n');
  const { r, at } = await run('split.mlir', 'verify', text);
  assert.equal(r.status, 'failed');
  assert.deepEqual(r.placed.map((p) => at(p.span)), ['6:8']);
});

test('the verified text goes through stdin: no temporary file, and the arguments are fixed whatever the file says', { skip }, () => {
  assert.deepEqual(optArgs('verify', false).slice(-1), ['-']);
  assert.ok(optArgs('lower', true).includes('--split-input-file'));
  assert.ok(optArgs('lower', false).some((a) => a.includes('torchdynamo-export-to-torch-backend-pipeline') && a.includes('torch-backend-to-linalg-on-tensors-backend-pipeline')));
});
