import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languageOf } from '../../server/src/core/analyze';
import { looksLikeHlsl, sniffBytes, sniffText } from '../../server/src/core/sniff';

// Content sniffing (server/src/core/sniff.ts), shared by the editor, "check workspace" and the
// checker: every real dump in the repository is recognised as what it is, and tlparse's other
// artefacts, binaries, empty files and prose are not dumps.

const ROOT = join(__dirname, '../..');
const TLPARSE = join(ROOT, 'test/fixtures/tlparse');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('every dump in examples/ and the real corpus sniffs as its language', () => {
  const dumps = [...files(join(ROOT, 'examples')), ...files(join(ROOT, 'test/corpus/real'))].filter((p) => /\.(fx|mlir|txt)$/.test(p));
  assert.ok(dumps.length > 1000, `${dumps.length} dumps`);
  const wrong = dumps.filter((p) => sniffBytes(readFileSync(p)).kind !== (p.endsWith('.mlir') ? 'mlir' : 'fx'));
  assert.deepEqual(wrong, []);
});

test("tlparse's graphs are FX (fx_graph_runnable included); its guards, bytecode, configs and metadata are not dumps", () => {
  const txt = files(TLPARSE).filter((p) => p.endsWith('.txt'));
  const graphs = txt.filter((p) => /(_graph_\d+|fx_graph_runnable_\d+)\.txt$/.test(p) && !/fw_metadata/.test(p));
  const others = txt.filter((p) => !graphs.includes(p));
  assert.ok(graphs.length >= 18 && others.length >= 10, `${graphs.length} graphs, ${others.length} others`);
  for (const p of graphs) assert.equal(sniffBytes(readFileSync(p)).kind, 'fx', p);
  for (const p of others) assert.deepEqual(sniffBytes(readFileSync(p)), { kind: 'none', why: 'no-dump' }, p);
  const runnable = join(TLPARSE, '-_1_0_0/fx_graph_runnable_29.txt');
  assert.equal(languageOf(runnable, readFileSync(runnable, 'utf8')), 'fx');
});

test('TORCH_TRACE raw lines, TORCH_LOGS glog lines and Inductor graph fragments are FX; a torch MLIR snippet is MLIR', () => {
  assert.equal(sniffText('V0215 20:16:02.044000 4099470 torch/_dynamo/output_graph.py:1359] [0/0] [__graph_code] TRACED GRAPH\n'), 'fx');
  assert.equal(sniffText('# Graph fragment:\n#   %mm : Tensor "bf16[16, 16][16, 1]cuda:0"[num_users=1] = call_function[target=torch.ops.aten.mm.default](args = (%a, %b), kwargs = {})\n'), 'fx');
  assert.equal(sniffText('%0 = torch.aten.relu %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>\n'), 'mlir');
  assert.equal(sniffText('# a comment quoting !torch.list<optional<vtensor>>\ngraph():\n    return ()\n'), 'fx');
});

test('binaries, empty files and prose are named, not checked', () => {
  assert.deepEqual(sniffBytes(new Uint8Array()), { kind: 'none', why: 'empty' });
  assert.deepEqual(sniffBytes(Buffer.from('  \n\n')), { kind: 'none', why: 'empty' });
  assert.deepEqual(sniffBytes(readFileSync(process.execPath).subarray(0, 4096)), { kind: 'none', why: 'binary', what: 'an ELF executable' });
  assert.deepEqual(sniffBytes(readFileSync(join(ROOT, 'docs/images/quickfix-menu.png'))), { kind: 'none', why: 'binary', what: 'a PNG image' });
  assert.deepEqual(sniffBytes(readFileSync(join(ROOT, 'LICENSE'))), { kind: 'none', why: 'no-dump' });
  assert.deepEqual(sniffBytes(Buffer.from('import torch\nx = torch.ones(3)\nprint(x.sum())\n')), { kind: 'none', why: 'no-dump' });
});

test('an HLSL effect named .fx is told apart from an FX dump', () => {
  const hlsl = 'float4x4 WorldViewProj;\nstruct VS_OUTPUT { float4 Pos : SV_POSITION; };\nVS_OUTPUT VS(float4 Pos : POSITION) { VS_OUTPUT o; o.Pos = mul(Pos, WorldViewProj); return o; }\ntechnique10 Render { pass P0 { } }\n';
  assert.equal(sniffText(hlsl), undefined);
  assert.ok(looksLikeHlsl(hlsl));
  assert.ok(!looksLikeHlsl(readFileSync(join(ROOT, 'examples/max_pool_no_stride.fx'), 'utf8')));
});
