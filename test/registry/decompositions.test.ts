import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { parseFx } from '../../server/src/core/fx/parse';
import { findDataDir, Registry } from '../../server/src/core/registry/registry';
import { fxHover } from '../../server/src/features/hover';
import { targetStatus } from '../../server/src/features/semanticTokens';
import { only } from '../rules/helpers';

// Which graph the importer really sees: server/data/decompositions.json (scripts/gen_decompositions.py)
// and the rules that judge a node by it.

const reg = Registry.load();
const data = JSON.parse(readFileSync(join(findDataDir(), 'decompositions.json'), 'utf8'));
const CORPUS = join(__dirname, '../corpus/real');

/** A graph with torch.export's lifted-parameter placeholders (what export_and_import decomposes first). */
const exportGraph = (body: string, out: string) => `graph():
    %p_weight : [num_users=1] = placeholder[target=p_weight]
    %x : [num_users=2] = placeholder[target=x]
${body}
    return (${out},)`;
/** The same nodes in an aot_autograd / make_fx graph (handed straight to stateless_fx_import). */
const aotGraph = (body: string, out: string) => `graph():
    %arg0_1 : [num_users=1] = placeholder[target=arg0_1]
    %x : [num_users=2] = placeholder[target=x]
${body.replace(/%p_weight/g, '%arg0_1')}
    return (${out},)`;

const CROSS = `    %cross : [num_users=1] = call_function[target=torch.ops.aten.cross.default](args = (%x, %p_weight), kwargs = {})`;

test('decompositions.json: generated from the real packages, with its header', () => {
  assert.equal(data.source.generator, 'scripts/gen_decompositions.py');
  assert.match(data.source.torch, /^2\.13\.0/);
  assert.equal(data.source.torch_mlir, '20261001');
  assert.match(data.source.generated, /^\d{4}-\d{2}-\d{2}$/);
  const removed = Object.entries(data.removed) as [string, { how: string; verified: boolean; into?: string[] }][];
  assert.ok(removed.length > 500, `${removed.length} removed overloads`);
  assert.ok(removed.filter(([, e]) => e.verified).length > 50, 'many removals confirmed by a real run');
  // Every key is a real overload, and every `into` too.
  for (const [k, e] of removed) {
    const m = /^(\w+)::(\w+)\.(\w+)$/.exec(k);
    assert.ok(m && reg.schema(`${m[1]}::${m[2]}`, m[3] === 'default' ? '' : m[3]), `${k} is a registered overload`);
    assert.ok(['table', 'composite', 'functionalization', 'observed'].includes(e.how), `${k}: ${e.how}`);
  }
  // Ops the real importer needs kept are not in the set.
  for (const kept of ['aten::add.Tensor', 'aten::mm.default', 'aten::convolution.default', 'aten::sym_size.int', 'aten::view.default']) {
    assert.equal(data.removed[kept], undefined, kept);
  }
  assert.ok(data.hops_removed.wrap_with_set_grad_enabled, 'torch.no_grad() blocks are inlined');
  assert.ok(data.hops_removed.wrap_with_autocast, 'torch.autocast blocks are inlined');
});

test('the importer emits aten.sym_size.int as torch.aten.size.int (read from a real import)', () => {
  assert.deepEqual(data.emitted_names['aten::sym_size.int'].emits, ['torch.aten.size.int']);
  const s = reg.schema('aten::sym_size', 'int')!;
  assert.equal(reg.importedOpName(s), 'torch.aten.size.int');
  assert.ok(reg.mlirOp(reg.importedOpName(s)));
  // No fallback claim on it, in an export graph or an AOT graph.
  const body = `    %sym_size_int : [num_users=1] = call_function[target=torch.ops.aten.sym_size.int](args = (%x, 0), kwargs = {})
    %view : [num_users=1] = call_function[target=torch.ops.aten.view.default](args = (%x, [%sym_size_int, -1]), kwargs = {})`;
  assert.deepEqual(only(exportGraph(body, 'view'), 'torch-operator-fallback'), []);
  assert.deepEqual(only(aotGraph(body, 'view'), 'torch-operator-fallback'), []);
  // Where the importer picks the name by the arguments, the overload keeps its own name.
  assert.equal(reg.importedOpName(reg.schema('aten::mul', 'Tensor')!), 'torch.aten.mul.Tensor');
});

test('a composite op in a raw export graph is not flagged; the same op in an AOT graph still is', () => {
  // aten.cross: torch-mlir registers no torch.aten.cross, and its table decomposes it.
  assert.equal(reg.mlirOp('torch.aten.cross'), undefined);
  assert.deepEqual(only(exportGraph(CROSS, 'cross'), 'torch-operator-fallback'), []);
  const [d] = only(aotGraph(CROSS, 'cross'), 'torch-operator-fallback');
  assert.match(d.message, /torch\.operator "torch\.aten\.cross"/);
  // An ATen graph with plain placeholder names cannot tell: no claim.
  const plain = `graph():
    %x : [num_users=2] = placeholder[target=x]
${CROSS.replace('%p_weight', '%x')}
    return (cross,)`;
  assert.deepEqual(only(plain, 'torch-operator-fallback'), []);
});

test('a decomposed op is still flagged when what it becomes is unregistered (aten.cdist -> _cdist_forward)', () => {
  const text = readFileSync(join(CORPUS, 'unregistered_aten_cdist/export.raw.graph.txt'), 'utf8');
  const ds = only(text, 'torch-operator-fallback');
  assert.equal(ds.length, 1);
  assert.match(ds[0].message, /decomposed before import into .*aten\._cdist_forward/);
  assert.match(ds[0].message, /registers no torch\.aten\._cdist_forward/);
});

test('hover on a decomposed node says so in one line; semantic tokens agree with the rule', () => {
  const text = exportGraph(CROSS, 'cross');
  const a = analyze(text, 'fx').fx!;
  const at = text.indexOf('torch.ops.aten.cross') + 3;
  const h = fxHover(a, at)!;
  const line = h.markdown.split('\n').find((l) => l.startsWith('Decomposed before import'));
  assert.ok(line, h.markdown);
  assert.match(line!, /^Decomposed before import into aten\.\w+\.\w+.*(the importer never sees this node|would import it as it stands)\.$/);
  assert.doesNotMatch(h.markdown, /is not registered in/);
  const node = [...a.doc.graphs[0].nodes].find((n) => n.name === 'cross')!;
  assert.equal(targetStatus(a, node), 'ok');
  const b = analyze(aotGraph(CROSS, 'cross'), 'fx').fx!;
  assert.equal(targetStatus(b, b.doc.graphs[0].nodes.find((n) => n.name === 'cross')!), 'fallback');
  assert.match(fxHover(b, aotGraph(CROSS, 'cross').indexOf('torch.ops.aten.cross') + 3)!.markdown, /is not registered in/);
  // A graph that cannot tell its import path shows both: the decomposition and the direct import.
  const plain = `graph():
    %x : [num_users=2] = placeholder[target=x]
${CROSS.replace('%p_weight', '%x')}
    return (cross,)`;
  const hp = fxHover(analyze(plain, 'fx').fx!, plain.indexOf('torch.ops.aten.cross') + 3)!.markdown;
  assert.match(hp, /^Decomposed before import into .*if this graph goes through torch-mlir's export_and_import;/m);
  assert.match(hp, /is not registered in/);
});

test('wrap_with_set_grad_enabled: inlined on export_and_import, an error when handed to stateless_fx_import', () => {
  const body = `    %submod_1 : [num_users=1] = get_attr[target=submod_1]
    %wrap : [num_users=1] = call_function[target=torch.ops.higher_order.wrap_with_set_grad_enabled](args = (False, %submod_1, %x), kwargs = {})
    %getitem : [num_users=1] = call_function[target=operator.getitem](args = (%wrap, 0), kwargs = {})`;
  assert.deepEqual(only(exportGraph(body, 'getitem'), 'unsupported-higher-order-op'), []);
  const [d] = only(aotGraph(body, 'getitem'), 'unsupported-higher-order-op');
  assert.match(d.message, /wrap_with_set_grad_enabled/);
});

test('parameter-in-list on a node decomposition replaces is a warning; on the imported node an error', () => {
  const raw = readFileSync(join(CORPUS, 'buffers_in_list_stack/export.raw.graph.txt'), 'utf8');
  const [w] = only(raw, 'parameter-in-list');
  assert.equal(w.severity, 'warning');
  assert.match(w.message, /torch\.ops\.aten\.stack\.default, which is decomposed before import/);
  const imported = readFileSync(join(CORPUS, 'buffers_in_list_stack/export.graph.txt'), 'utf8');
  const [e] = only(imported, 'parameter-in-list');
  assert.equal(e.severity, 'error');
});

test('real raw export graphs: no fallback claim on nodes decomposition removes', () => {
  // seed_tolist_constant: item / _local_scalar_dense / promote_types / detach_ never reach the
  // importer as themselves (out.mlir has torch.aten.Float.Tensor / Int.Tensor, no torch.operator).
  for (const c of ['seed_tolist_constant', 'seed_lift_fresh_copy_default', 'dyn_view_batch_minus1']) {
    const text = readFileSync(join(CORPUS, c, 'export.raw.graph.txt'), 'utf8');
    assert.deepEqual(only(text, 'torch-operator-fallback').map((d) => d.message), [], c);
    const mlir = readFileSync(join(CORPUS, c, 'out.mlir'), 'utf8');
    assert.doesNotMatch(mlir, /torch\.operator/, c);
  }
});

test('import path: export, stateless or unknown, from what the dump shows', () => {
  const path = (t: string) => parseFx(t).graphs[0].importPath;
  assert.equal(path(exportGraph(CROSS, 'cross')), 'export');
  assert.equal(path(aotGraph(CROSS, 'cross')), 'stateless');
  assert.equal(path(readFileSync(join(CORPUS, 'mlp/exported_program.txt'), 'utf8')), 'export');
  assert.equal(path(readFileSync(join(CORPUS, 'mlp/aot.forward.txt'), 'utf8')), 'stateless');
  assert.equal(path(readFileSync(join(CORPUS, 'mlp/dynamo.readable.txt'), 'utf8')), 'stateless');
  assert.equal(path(readFileSync(join(CORPUS, 'fliplr_decomposes/export.raw.graph.txt'), 'utf8')), 'unknown');
});
