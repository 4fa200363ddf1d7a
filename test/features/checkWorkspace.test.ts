import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkWorkspace, workspaceFiles } from '../../server/src/features/checkWorkspace';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

// torchMlir.checkWorkspace over a real folder tree.

let ws: string;
const UNKNOWN = 'graph():\n    %x : [num_users=1] = placeholder[target=x]\n    %r : [num_users=1] = call_function[target=torch.ops.aten.reluu.default](args = (%x,), kwargs = {})\n    return (r,)\n';

before(() => {
  ws = mkdtempSync(join(tmpdir(), 'tmd-ws-'));
  mkdirSync(join(ws, 'dumps', 'deep'), { recursive: true });
  mkdirSync(join(ws, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(join(ws, '.hidden'), { recursive: true });
  writeFileSync(join(ws, 'dumps', 'a.fx'), UNKNOWN);
  writeFileSync(join(ws, 'dumps', 'deep', 'fx_graph_readable.py'), 'class GraphModule(torch.nn.Module):\n    def forward(self, x: "f32[2]"):\n        relu: "f32[2]" = torch.ops.aten.relu.default(x);  x = None\n        return (relu,)\n');
  writeFileSync(join(ws, 'dumps', 'b.mlir'), 'func.func @f(%a: !torch.int) -> !torch.int {\n  return %a : !torch.int\n}\n');
  writeFileSync(join(ws, 'dumps', 'notes.py'), 'print(1)\n');
  writeFileSync(join(ws, 'node_modules', 'pkg', 'c.fx'), UNKNOWN);
  writeFileSync(join(ws, '.hidden', 'd.fx'), UNKNOWN);
});

after(() => rmSync(ws, { recursive: true, force: true }));

test('finds *.fx, *.mlir and fx_graph_*.py, skipping node_modules and hidden folders', () => {
  assert.deepEqual(
    workspaceFiles([ws]).map((p) => p.slice(ws.length + 1)),
    ['dumps/a.fx', 'dumps/b.mlir', 'dumps/deep/fx_graph_readable.py'],
  );
});

test('publishes diagnostics for each file not open in the editor, with progress', async () => {
  const published = new Map<string, unknown[]>();
  const events: string[] = [];
  const open = pathToFileURL(join(ws, 'dumps', 'b.mlir')).toString();
  const summary = await checkWorkspace({
    folders: [ws],
    settings: DEFAULT_SETTINGS,
    isOpen: (uri) => uri === open,
    publish: (uri, d) => published.set(uri, d),
    progress: { begin: (_t, total) => events.push(`begin ${total}`), report: (done) => events.push(`report ${done}`), done: () => events.push('done') },
  });
  assert.equal(summary.files, 3);
  assert.ok(summary.errors >= 1);
  assert.deepEqual(events, ['begin 3', 'report 0', 'report 1', 'report 2', 'done']);
  assert.deepEqual([...published.keys()].sort(), [pathToFileURL(join(ws, 'dumps', 'a.fx')).toString(), pathToFileURL(join(ws, 'dumps', 'deep', 'fx_graph_readable.py')).toString()].sort());
  const a = published.get(pathToFileURL(join(ws, 'dumps', 'a.fx')).toString()) as { code: string }[];
  assert.ok(a.some((d) => d.code === 'unknown-op'));
});

test('a tlparse output folder: its .txt graphs are checked (fx_graph_runnable as FX), guards and bytecode are not', async () => {
  const tl = join(__dirname, '../fixtures/tlparse');
  const files = workspaceFiles([tl]).map((p) => p.slice(tl.length + 1));
  for (const f of ['-_1_0_0/dynamo_output_graph_20.txt', '-_1_0_0/aot_inference_graph_25.txt', '-_1_0_0/inductor_post_grad_graph_31.txt', '-_1_0_0/fx_graph_runnable_29.txt', '-_0_0_1/fx_graph_runnable_11.txt']) {
    assert.ok(files.includes(f), `${f} not among ${files.join(', ')}`);
  }
  assert.ok(!files.some((f) => /guards|BYTECODE|config|fw_metadata|graph_break_reason|runtime_wrapper/.test(f)), files.join(', '));
  const published = new Map<string, { code: string }[]>();
  const summary = await checkWorkspace({ folders: [tl], settings: DEFAULT_SETTINGS, isOpen: () => false, publish: (uri, d) => published.set(uri, d as { code: string }[]) });
  assert.equal(summary.files, files.length);
  const runnable = published.get(pathToFileURL(join(tl, '-_1_0_0/fx_graph_runnable_29.txt')).toString())!;
  assert.ok(!runnable.some((d) => d.code === 'parse-error'), JSON.stringify(runnable));
  assert.ok(runnable.some((d) => d.code === 'torch-operator-fallback'));
});
