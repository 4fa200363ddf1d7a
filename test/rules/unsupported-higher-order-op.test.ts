import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importerFacts } from '../../server/src/core/registry/importerFacts';
import { SUPPORTED_HOPS } from '../../server/src/core/rules/unsupportedHigherOrderOp';
import { at, only } from './helpers';

// The rule's table is server/data/importer_facts.json (scripts/gen_importer_facts.py): the
// importer's `_import_hop_<name>` handlers, and a real export + import of each HOP users report.

const REAL = join(__dirname, '../corpus/real');
const real = (c: string, f: string) => readFileSync(join(REAL, c, f), 'utf8');

const graph = (hop: string) => `graph():
    %x : [num_users=1] = placeholder[target=x]
    %body_graph_0 : [num_users=1] = get_attr[target=body_graph_0]
    %h : [num_users=1] = call_function[target=torch.ops.higher_order.${hop}](args = (%body_graph_0, (%x,)), kwargs = {})
    %getitem : [num_users=1] = call_function[target=operator.getitem](args = (%h, 0), kwargs = {})
    return (getitem,)`;

test('the table is the generated handler list, and it agrees with every real import probe', () => {
  const facts = importerFacts();
  assert.deepEqual([...SUPPORTED_HOPS].sort(), [...facts.higher_order_ops.handlers].sort());
  let probed = 0;
  for (const [name, op] of Object.entries(facts.higher_order_ops.ops)) {
    const p = op.probe as { hops_after_decomposition?: string[]; import?: string } | undefined;
    const reached = p?.hops_after_decomposition ?? [];
    if (!p?.import || !reached.length) continue;
    probed++;
    // The HOPs that reached the importer: all handled when the import succeeded; else the one it names is not.
    if (p.import === 'ok') for (const h of reached) assert.ok(SUPPORTED_HOPS.has(h), `${name}: ${h} imported but is not in the table`);
    else {
      const m = /Higher-order operation '(\w+)' not implemented/.exec(p.import);
      assert.ok(m, `${name}: ${p.import}`);
      assert.ok(reached.includes(m[1]) && !SUPPORTED_HOPS.has(m[1]), `${name}: ${m[1]}`);
    }
  }
  assert.ok(probed >= 5, `${probed} HOPs reached the importer in the probes`);
});

test('unhandled HOPs are errors quoting the importer; handled ones are silent', () => {
  for (const hop of ['cond', 'scan', 'map_impl', 'with_effects', 'auto_functionalized_v2', 'invoke_subgraph']) {
    const text = graph(hop);
    const [d] = only(text, 'unsupported-higher-order-op');
    assert.equal(d?.severity, 'error', hop);
    assert.equal(at(text, d), `torch.ops.higher_order.${hop}`);
    assert.match(d.message, new RegExp(`Higher-order operation '${hop}' not implemented in the FxImporter \\(tried '_import_hop_${hop}'\\)`));
  }
  for (const hop of SUPPORTED_HOPS) assert.deepEqual(only(graph(hop), 'unsupported-higher-order-op'), [], hop);
});

test('real cases: map (map_impl) and scan fail on their node in every import-facing dump', () => {
  for (const [c, node] of [['hop_map', 'map_impl'], ['hop_scan', 'scan']]) {
    const outcome = JSON.parse(real(c, 'outcome.json'));
    assert.equal(outcome.import.node, node);
    for (const f of ['export.graph.txt', 'export.readable.txt', 'export.code.txt', 'exported_program.txt']) {
      const ds = only(real(c, f), 'unsupported-higher-order-op');
      assert.equal(ds.length, 1, `${c}/${f}`);
      assert.equal(ds[0].severity, 'error');
    }
  }
});

test('real control: flex_attention imports (its lowering failure is another rule\'s)', () => {
  const outcome = JSON.parse(real('hop_flex_attention', 'outcome.json'));
  assert.equal(outcome.import.ok, true);
  for (const f of ['export.graph.txt', 'exported_program.txt']) assert.deepEqual(only(real('hop_flex_attention', f), 'unsupported-higher-order-op'), [], f);
});
