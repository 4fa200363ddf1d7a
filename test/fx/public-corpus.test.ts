import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFx } from '../../server/src/core/fx/parse';
import { allGraphs, type FxDocument, type FxGraph } from '../../server/src/core/fx/model';
import { LineIndex } from '../../server/src/core/text';

import { testWithCorpus } from '../publicCorpus';

// The public corpus lives beside the repository clone (see test/publicCorpus.ts).
const { corpus: CORPUS, test } = testWithCorpus('fx/public-corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];

const docs = new Map<string, { text: string; doc: FxDocument }>();
function load(prefix: string): { text: string; doc: FxDocument } {
  const f = files.find((x) => x.startsWith(prefix));
  assert.ok(f, `corpus file ${prefix} missing`);
  let entry = docs.get(f);
  if (!entry) {
    const text = readFileSync(path.join(CORPUS, f), 'utf8');
    entry = { text, doc: parseFx(text) };
    docs.set(f, entry);
  }
  return entry;
}

const count = (g: FxGraph, op?: string) => g.nodes.filter((n) => !op || n.op === op).length;

test('the corpus is present', () => {
  assert.equal(files.length, 32);
});

for (const f of files) {
  const truncated = f.includes('TRUNCATED');
  test(`corpus ${f}: ${truncated ? 'exactly one parse-error at the break' : 'no parse-error'}`, () => {
    const { doc } = load(f.slice(0, 3));
    assert.ok(doc.graphs.length > 0, 'no graph found');
    if (!truncated) assert.deepEqual(doc.diagnostics, []);
    else assert.equal(doc.diagnostics.length, 1);
    for (const g of allGraphs(doc)) {
      for (const n of g.nodes) {
        if (n.declaredUsers !== undefined && g.format === 'str-graph' && f.match(/^(01|02|03|12|13|18|25|32)/))
          assert.equal(n.users.length, n.declaredUsers, `${g.name}.${n.name} users`);
      }
    }
  });
}

test('28 and 29 break at their last body line', () => {
  for (const [prefix, line] of [['28_', 12], ['29_', 9]] as const) {
    const { text, doc } = load(prefix);
    const d = doc.diagnostics[0];
    assert.equal(d.code, 'parse-error');
    assert.equal(d.severity, 'error');
    assert.equal(new LineIndex(text).positionAt(d.span.start).line, line, prefix);
  }
  assert.equal(count(load('28_').doc.graphs[0], 'call_function'), 5);
  assert.equal(count(load('29_').doc.graphs[0], 'call_function'), 5);
});

test('per-file facts', () => {
  assert.equal(count(load('01_').doc.graphs[0]), 12);
  assert.equal(load('01_').doc.graphs[0].output?.args[0].kind, 'none');
  assert.equal(count(load('02_').doc.graphs[0]), 17);
  assert.equal(load('02_').doc.graphs[0].nodes[0].defaultText, '');
  assert.equal(count(load('12_').doc.graphs[0]), 73);
  assert.equal(load('12_').doc.graphs[0].output?.args[0].kind, 'tuple');
  assert.equal(count(load('22_').doc.graphs[0], 'call_function'), 470);
  assert.equal(count(load('22_').doc.graphs[0], 'placeholder'), 140);

  // Logs: number of graphs and their header names.
  const names = (p: string) => load(p).doc.graphs.map((g) => g.name);
  assert.deepEqual(names('06_'), ['__compiled_fn_1', '__compiled_fn_3']);
  assert.deepEqual(names('21_'), ['__compiled_fn_1_293e445b_740b_4edf_876d_98df1babf979', 'Forward graph 0', 'Backward graph 0']);
  assert.deepEqual(names('26_'), ['__compiled_fn_1_5c0d7505_36fa_4600_b74e_c9b520642da1', 'Forward graph 1', 'Forward graph 2']);
  assert.deepEqual(names('27_'), ['Joint graph 0', 'Forward graph 0', 'Backward graph 0', 'Forward graph 1', 'Backward graph 1']);
  assert.deepEqual(names('32_'), ['graph', 'graph', '__compiled_fn_0', '__compiled_fn_0']);
  assert.deepEqual(load('21_').doc.graphs.map((g) => g.level), ['dynamo', 'aot', 'aot']);
  assert.deepEqual(load('06_').doc.graphs[1].nodes.slice(0, 3).map((n) => `${n.name}:${n.target}`), ['s0:s0', 'l_a_:L_a_', 'l_b_:L_b_']);

  // 13: executorch lowered graphs nested under the top graph.
  const top13 = load('13_').doc.graphs[0];
  assert.deepEqual(top13.children.map((c) => c.name), ['lowered_module_0', 'lowered_module_1']);
  assert.equal(top13.children[1].nodes.length, 5);
  assert.ok(top13.byName.get('executorch_call_delegate'));

  // 20: cond branches are children graphs.
  const g20 = load('20_').doc.graphs[0];
  assert.deepEqual(g20.children.map((c) => c.name), ['true_graph_0', 'false_graph_0']);
  assert.equal(g20.byName.get('cond')?.target, 'torch.ops.higher_order.cond');
  assert.equal(g20.byName.get('getitem_1')?.type?.symExpr, 'u0');

  // 23: index.Tensor takes an optional-tensor list [None, ref].
  const index = load('23_').doc.graphs[0].byName.get('index')!;
  assert.equal(index.target, 'torch.ops.aten.index.Tensor');
  const list = index.args[1];
  assert.equal(list.kind, 'list');
  if (list.kind === 'list') {
    assert.equal(list.items[0].kind, 'none');
    assert.equal(list.items[1].kind, 'ref');
  }
  assert.equal(index.users[0].name, 'add_213');

  // 17: tabular target normalization.
  const addmm = load('17_').doc.graphs[0].byName.get('addmm_default')!;
  assert.equal(addmm.target, 'torch.ops.aten.addmm.default');
  assert.equal(addmm.targetText, 'aten.addmm.default');

  // 24: 2.1 signature; 15: get_attr constants in code form.
  assert.deepEqual(load('24_').doc.graphs[0].signature?.inputs.map((i) => i.kind), ['PARAMETER', 'PARAMETER', 'USER_INPUT', 'USER_INPUT']);
  assert.equal(load('15_').doc.graphs[0].byName.get('_param_constant0')?.op, 'get_attr');

  // 30: code-form kwargs with spaces and device(...) calls.
  const iota = load('30_').doc.graphs[0].nodes.find((n) => n.target === 'torch.ops.prims.iota.default')!;
  assert.deepEqual(iota.kwargs.map((k) => k.name), ['start', 'step', 'dtype', 'device', 'requires_grad']);
  assert.equal(iota.kwargs[3].value.kind, 'call');

  // 11 and 31: Inductor fragments.
  assert.equal(load('11_').doc.graphs[0].format, 'inductor-fragment');
  const pad = load('31_').doc.graphs[0].nodes[0];
  assert.equal(pad.args[2].kind, 'float');
  assert.equal(pad.args[2].kind === 'float' && pad.args[2].value, -Infinity);
});
