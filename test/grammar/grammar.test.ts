// TextMate grammar tests.
// 1. Runs the vscode-tmgrammar-test CLI over every annotated sample under test/grammar/ (fx/*.fx.test,
//    mlir/*.mlir.test) and fails with its output when any scope assertion fails.
// 2. Tokenizes pathological-but-real inputs (a 1 MB dialect_resources hex blob line, a 10,000-node FX dump)
//    with vscode-textmate + vscode-oniguruma to check the grammars have no catastrophic backtracking.
// Run: node scripts/run-tests.mjs grammar/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(process.cwd());
const FX_GRAMMAR = join(ROOT, 'syntaxes', 'fx.tmLanguage.json');
const MLIR_GRAMMAR = join(ROOT, 'syntaxes', 'mlir.tmLanguage.json');
const SAMPLES = join(ROOT, 'test', 'grammar');

function samples(): string[] {
  const out: string[] = [];
  for (const sub of ['fx', 'mlir']) {
    const dir = join(SAMPLES, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.endsWith('.test')) out.push(join(dir, name));
  }
  return out.sort();
}

test('grammar files are valid JSON with the expected scope names', () => {
  for (const [file, scope] of [
    [FX_GRAMMAR, 'source.fx'],
    [MLIR_GRAMMAR, 'source.mlir'],
  ] as const) {
    const g = JSON.parse(readFileSync(file, 'utf8')) as { scopeName?: string };
    assert.equal(g.scopeName, scope, file);
  }
  for (const cfg of ['fx.language-configuration.json', 'mlir.language-configuration.json']) {
    JSON.parse(readFileSync(join(ROOT, 'syntaxes', cfg), 'utf8'));
  }
});

test('vscode-tmgrammar-test: every annotated sample passes', () => {
  const files = samples();
  assert.ok(files.some((f) => f.endsWith('.fx.test')), 'no fx samples found');
  assert.ok(files.some((f) => f.endsWith('.mlir.test')), 'no mlir samples found');
  let cli: string;
  try {
    cli = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
  } catch {
    assert.fail('vscode-tmgrammar-test is not installed (devDependency); run npm install');
  }
  const r = spawnSync(
    process.execPath,
    [cli, '--compact', '-g', FX_GRAMMAR, '-g', MLIR_GRAMMAR, 'test/grammar/**/*.test'],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  assert.equal(r.error, undefined, `could not run vscode-tmgrammar-test: ${String(r.error)}`);
  assert.equal(r.status, 0, `grammar assertions failed:\n${output}`);
  const passed = (output.match(/run successfuly/g) ?? []).length;
  assert.equal(passed, files.length, `expected ${files.length} passing samples:\n${output}`);
});

type Textmate = typeof import('vscode-textmate');
type Oniguruma = typeof import('vscode-oniguruma');
type Grammar = NonNullable<Awaited<ReturnType<InstanceType<Textmate['Registry']>['loadGrammar']>>>;

let grammarsPromise: Promise<{ tm: Textmate; fx: Grammar; mlir: Grammar } | null> | undefined;

function loadGrammars(): Promise<{ tm: Textmate; fx: Grammar; mlir: Grammar } | null> {
  grammarsPromise ??= (async () => {
    let tm: Textmate;
    let onig: Oniguruma;
    let wasmPath: string;
    try {
      tm = require('vscode-textmate') as Textmate;
      onig = require('vscode-oniguruma') as Oniguruma;
      wasmPath = join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');
    } catch {
      return null;
    }
    const wasm = readFileSync(wasmPath);
    const onigLib = onig
      .loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
      .then(() => ({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }));
    const files: Record<string, string> = { 'source.fx': FX_GRAMMAR, 'source.mlir': MLIR_GRAMMAR };
    const registry = new tm.Registry({
      onigLib,
      loadGrammar: async (scope) =>
        files[scope] ? tm.parseRawGrammar(readFileSync(files[scope], 'utf8'), files[scope]) : null,
    });
    const fx = await registry.loadGrammar('source.fx');
    const mlir = await registry.loadGrammar('source.mlir');
    assert.ok(fx && mlir, 'grammars failed to load');
    return { tm, fx, mlir };
  })();
  return grammarsPromise;
}

function tokenizeAll(tm: Textmate, grammar: Grammar, text: string): { ms: number; tokens: number } {
  const t0 = performance.now();
  let state = tm.INITIAL;
  let tokens = 0;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    tokens += r.tokens.length;
  }
  return { ms: performance.now() - t0, tokens };
}

function hexBlob(bytes: number): string {
  const digits = '0123456789ABCDEF';
  let s = '';
  for (let i = 0; i < bytes; i++) s += digits[(i * 7919 + 13) % 16];
  return s;
}

test('performance: 1 MB dialect_resources hex blob line (mlir)', { timeout: 120_000 }, async (t) => {
  const g = await loadGrammars();
  if (!g) return t.skip('vscode-textmate / vscode-oniguruma not resolvable from node_modules');
  const blob = hexBlob(1 << 20);
  const text = [
    'module {',
    '  %0 = torch.vtensor.literal(dense_resource<torch_tensor_1_torch.float32> : tensor<1xf32>) : !torch.vtensor<[1],f32>',
    `  %1 = torch.vtensor.literal(dense<"0x${blob}"> : tensor<262144xf32>) : !torch.vtensor<[262144],f32>`,
    '}',
    '{-#',
    '  dialect_resources: {',
    '    builtin: {',
    `      torch_tensor_1_torch.float32: "0x${blob}"`,
    '    }',
    '  }',
    '#-}',
    '%after = torch.constant.int 1',
  ].join('\n');
  const r = tokenizeAll(g.tm, g.mlir, text);
  t.diagnostic(`mlir 2 x 1 MB hex lines: ${r.ms.toFixed(0)} ms, ${r.tokens} tokens`);
  console.log(`  mlir 2 x 1 MB hex lines: ${r.ms.toFixed(0)} ms, ${r.tokens} tokens`);
  // The closing `#-}` and the following line must still be recognised (the blob did not derail the state).
  const last = g.mlir.tokenizeLine('%after = torch.constant.int 1', g.mlir.tokenizeLine('#-}', null).ruleStack);
  assert.ok(last.tokens[0].scopes.includes('variable.other.mlir'));
});

test('performance: 10,000-node FX dumps (str(graph) and TORCH_LOGS print_readable)', { timeout: 120_000 }, async (t) => {
  const g = await loadGrammars();
  if (!g) return t.skip('vscode-textmate / vscode-oniguruma not resolvable from node_modules');
  const graph = ['graph():', '    %arg0_1 : [num_users=10000] = placeholder[target=arg0_1]'];
  for (let i = 0; i < 10_000; i++) {
    graph.push(
      `    %add_${i} : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%add_${i - 1}, %arg0_1), kwargs = {alpha: 1e-05, dtype: torch.float32, device: cuda:0})`,
    );
  }
  graph.push('    return (add_9999,)');
  const r1 = tokenizeAll(g.tm, g.fx, graph.join('\n'));
  console.log(`  fx str(graph) 10,000 nodes: ${r1.ms.toFixed(0)} ms, ${r1.tokens} tokens`);
  t.diagnostic(`fx str(graph) 10,000 nodes: ${r1.ms.toFixed(0)} ms`);

  const prefix = 'V0121 18:50:26.787000 3022540 site-packages/torch/_dynamo/output_graph.py:1983] [0/0] [__graph_code]';
  const readable = [`${prefix}  ===== __compiled_fn_1 =====`, `${prefix}  <eval_with_key>.1 class GraphModule(torch.nn.Module):`];
  readable.push(`${prefix}     def forward(self, x: "f32[s0, 3][3, 1]cuda:0"):`);
  for (let i = 0; i < 10_000; i++) {
    readable.push(`${prefix}          # File: /home/u/model.py:${i} in forward, code: y = y + x`);
    readable.push(
      `${prefix}         add_${i}: "f32[s0, 3][3, 1]cuda:0" = torch.ops.aten.add.Tensor(add_${i - 1}, x);  add_${i - 1} = None`,
    );
  }
  const r2 = tokenizeAll(g.tm, g.fx, readable.join('\n'));
  console.log(`  fx TORCH_LOGS print_readable 10,000 nodes: ${r2.ms.toFixed(0)} ms, ${r2.tokens} tokens`);
  t.diagnostic(`fx TORCH_LOGS print_readable 10,000 nodes: ${r2.ms.toFixed(0)} ms`);

  const r3 = tokenizeAll(g.tm, g.fx, `x = "${hexBlob(1 << 20)}"\n# File: ${hexBlob(1 << 20)}`);
  console.log(`  fx 2 x 1 MB single lines: ${r3.ms.toFixed(0)} ms`);
  assert.ok(r1.tokens > 10_000 && r2.tokens > 10_000);
});
