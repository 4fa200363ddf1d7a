// Generates the benchmark inputs into bench/inputs/ (gitignored). Deterministic: same bytes every run.
//
//   fx_str_graph_100k.fx        print(gm.graph) of an ATen-level graph with 100,000 call_function nodes
//   fx_graph_readable_100k.fx   gm.print_readable() of the same graph (annotations, `# File:` comments,
//                               `;  x = None` frees), valid Python for CPython's ast.parse
//   torch_100k.mlir             torch-dialect MLIR the FX importer prints for a 100,000-op graph (~20 MB)
//   torch_100k_blob50mb.mlir    the same module plus a 50 MB dialect_resources blob section
//   arith_100k.mlir             func/arith MLIR of 100,000 ops that mlir-lsp-server-16 accepts with no error
//   fx_str_graph_100k_diag1k.fx / _diag15k.fx   the FX graph with ~1,000 / ~15,000 unary nodes turned
//                               into max_pool2d without a stride (one pool-stride-default finding each)
//   torch_100k_diag1k.mlir / _diag15k.mlir      the torch MLIR with ~1,000 / ~15,000 unary ops printed
//                               as torch.operator of an op the torch dialect does not register
//   undefined_1m.mlir           one op naming an undefined %a 1,000,000 times (one cause, 1M findings)
//
// Usage: node bench/generate.mjs [--nodes N] [--out DIR] [--small]   (--small: no 50 MB blob, no 1M repeats)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const N = Number(opt('--nodes', 100_000));
const SMALL = args.includes('--small');
const OUT = opt('--out', join(dirname(fileURLToPath(import.meta.url)), 'inputs'));
mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------------------------------------
// Schema defaults from the committed op registry (PyTorch's parse of each schema, which
// scripts/gen_op_registry.py keeps beside the tests: test/data/torch_ops_parsed.json), so the
// torch MLIR carries every operand the real importer writes.
const SCHEMAS = new Map(
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'data', 'torch_ops_parsed.json'), 'utf8')).ops.map((o) => [
    `torch.ops.${o.name.replace('::', '.')}.${o.overload || 'default'}`,
    o.args,
  ]),
);

/** The default values (as written in the schema) of the arguments after the first `given`. */
function missingDefaults(target, given) {
  const args = SCHEMAS.get(target) ?? [];
  // A scalar default of an `int[N]` parameter (`int[2] dilation=1`) means the broadcast list.
  return args.slice(given).map((a) => {
    const d = a.default ?? 'None';
    const n = /^int\[(\d+)\]/.exec(a.type);
    return n && /^-?\d+$/.test(d) ? `[${Array(Number(n[1])).fill(d).join(', ')}]` : d;
  });
}

// ---------------------------------------------------------------------------------------------
// A deterministic PRNG so inputs are reproducible.
let seed = 0x2545f491;
function rand() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

// ---------------------------------------------------------------------------------------------
// The graph model: a levit/vovnet-like network of conv + batch-norm (inference, decomposed) +
// hardswish blocks, attention blocks (view/permute/bmm/softmax/index with [None, idx]) and pools,
// as Inductor's fx_graph_readable.py and torch.export print them.

const SRC = '/home/user/.conda/envs/pt/lib/python3.12/site-packages/timm/models/levit.py';

/** @typedef {{ name: string, target: string, args: string[], shape: string, dtype: string, file?: string }} Node */
/** @type {{name:string, shape:string, dtype:string}[]} */
const placeholders = [];
/** @type {Node[]} */
const nodes = [];
const counters = new Map();
function fresh(base) {
  const n = counters.get(base) ?? 0;
  counters.set(base, n + 1);
  return n === 0 ? base : `${base}_${n}`;
}
function param(shape, dtype = 'f32') {
  const name = `arg${placeholders.length}_1`;
  placeholders.push({ name, shape, dtype });
  return name;
}
let fileComment = '';
function call(base, target, args, shape, dtype = 'f32') {
  const name = fresh(base);
  nodes.push({ name, target, args, shape, dtype, file: fileComment });
  fileComment = '';
  return name;
}
const ref = (n) => ({ ref: n });
const sh = (...d) => d.join(', ');

function convBn(x, cin, cout, hw, k, stride) {
  fileComment = `${SRC}:66 in forward, code: return self.bn(self.linear(x))`;
  const w = param(sh(cout, cin, k, k));
  const mean = param(sh(cout));
  const varr = param(sh(cout));
  const gamma = param(sh(cout));
  const beta = param(sh(cout));
  const ohw = Math.max(1, Math.floor(hw / stride));
  const out = sh(8, cout, ohw, ohw);
  const pad = k >> 1;
  const conv = call('convolution', 'torch.ops.aten.convolution.default', [ref(x), ref(w), 'None', `[${stride}, ${stride}]`, `[${pad}, ${pad}]`, '[1, 1]', 'False', '[0, 0]', '1'], out);
  const a = call('add', 'torch.ops.aten.add.Tensor', [ref(varr), '1e-05'], sh(cout));
  const s = call('sqrt', 'torch.ops.aten.sqrt.default', [ref(a)], sh(cout));
  const r = call('reciprocal', 'torch.ops.aten.reciprocal.default', [ref(s)], sh(cout));
  const m = call('mul', 'torch.ops.aten.mul.Tensor', [ref(r), '1'], sh(cout));
  const u0 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(mean), '-1'], sh(cout, 1));
  const u1 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(u0), '-1'], sh(cout, 1, 1));
  const u2 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(m), '-1'], sh(cout, 1));
  const u3 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(u2), '-1'], sh(cout, 1, 1));
  const sub = call('sub', 'torch.ops.aten.sub.Tensor', [ref(conv), ref(u1)], out);
  const m1 = call('mul', 'torch.ops.aten.mul.Tensor', [ref(sub), ref(u3)], out);
  const u4 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(gamma), '-1'], sh(cout, 1));
  const u5 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(u4), '-1'], sh(cout, 1, 1));
  const m2 = call('mul', 'torch.ops.aten.mul.Tensor', [ref(m1), ref(u5)], out);
  const u6 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(beta), '-1'], sh(cout, 1));
  const u7 = call('unsqueeze', 'torch.ops.aten.unsqueeze.default', [ref(u6), '-1'], sh(cout, 1, 1));
  const y = call('add', 'torch.ops.aten.add.Tensor', [ref(m2), ref(u7)], out);
  return { y, hw: ohw, shape: out };
}

function hardswish(x, shape) {
  fileComment = `${SRC}:703 in forward_features, code: x = self.stem(x)`;
  const a = call('add', 'torch.ops.aten.add.Tensor', [ref(x), '3'], shape);
  const c0 = call('clamp_min', 'torch.ops.aten.clamp_min.default', [ref(a), '0'], shape);
  const c1 = call('clamp_max', 'torch.ops.aten.clamp_max.default', [ref(c0), '6'], shape);
  const m = call('mul', 'torch.ops.aten.mul.Tensor', [ref(x), ref(c1)], shape);
  return call('div', 'torch.ops.aten.div.Tensor', [ref(m), '6'], shape);
}

function attention(x, c, hw) {
  const t = hw * hw;
  fileComment = `${SRC}:216 in get_attention_biases, code: self.attention_bias_cache[device_key] = self.attention_biases[:, self.attention_bias_idxs]`;
  const biases = param(sh(4, t));
  const idxs = param(sh(t, t), 'i64');
  const bias = call('index', 'torch.ops.aten.index.Tensor', [ref(biases), `[None, ${'%'}${idxs}]`.replace('%', '\u0000')], sh(4, t, t));
  fileComment = `${SRC}:281 in forward, code: q, k, v = self.qkv(x).view(B, N, self.num_heads, -1).split([self.key_dim, self.key_dim, self.val_dim], dim=3)`;
  const v = call('view', 'torch.ops.aten.view.default', [ref(x), `[8, ${c}, ${t}]`], sh(8, c, t));
  const p = call('permute', 'torch.ops.aten.permute.default', [ref(v), '[0, 2, 1]'], sh(8, t, c));
  const cl = call('clone', 'torch.ops.aten.clone.default', [ref(p)], sh(8, t, c));
  const e = call('expand', 'torch.ops.aten.expand.default', [ref(cl), `[8, ${t}, ${c}]`], sh(8, t, c));
  fileComment = `${SRC}:289 in forward, code: attn = q @ k.transpose(-2, -1) * self.scale + self.get_attention_biases(x.device)`;
  const b = call('bmm', 'torch.ops.aten.bmm.default', [ref(e), ref(v)], sh(8, t, t));
  const m = call('mul', 'torch.ops.aten.mul.Tensor', [ref(b), '0.25'], sh(8, t, t));
  const a = call('add', 'torch.ops.aten.add.Tensor', [ref(m), ref(bias)], sh(8, t, t));
  fileComment = `${SRC}:290 in forward, code: attn = attn.softmax(dim=-1)`;
  const sm = call('_softmax', 'torch.ops.aten._softmax.default', [ref(a), '-1', 'False'], sh(8, t, t));
  const o = call('bmm', 'torch.ops.aten.bmm.default', [ref(sm), ref(p)], sh(8, t, c));
  const pv = call('permute', 'torch.ops.aten.permute.default', [ref(o), '[0, 2, 1]'], sh(8, c, t));
  const cl2 = call('clone', 'torch.ops.aten.clone.default', [ref(pv), 'memory_format = torch.contiguous_format'], sh(8, c, t));
  return call('view', 'torch.ops.aten.view.default', [ref(cl2), `[8, ${c}, ${hw}, ${hw}]`], sh(8, c, hw, hw));
}

function build() {
  let x = param(sh(8, 3, 224, 224));
  let c = 3;
  let hw = 224;
  let shape = sh(8, 3, 224, 224);
  let stage = 0;
  while (nodes.length < N - 40) {
    const cout = [16, 32, 64, 128, 256, 384][Math.min(5, stage % 6)];
    const stride = hw > 14 ? 2 : 1;
    const cb = convBn(x, c, cout, hw, 3, stride);
    hw = cb.hw;
    c = cout;
    shape = cb.shape;
    x = hardswish(cb.y, shape);
    if (rand() < 0.5) x = attention(x, c, Math.min(hw, 14));
    if (hw <= 7 || rand() < 0.1) {
      // back to a fresh resolution, as a new "model" in a multi-graph dump would
      hw = 56;
      fileComment = `${SRC}:120 in forward, code: x = self.pool(x)`;
      const mp = call('max_pool2d_with_indices', 'torch.ops.aten.max_pool2d_with_indices.default', [ref(x), '[3, 3]', '[2, 2]', '[1, 1]'], shape);
      x = call('getitem', 'operator.getitem', [ref(mp), '0'], shape);
      shape = sh(8, c, hw, hw);
    }
    stage++;
  }
  // pad to exactly N call nodes with cheap elementwise ops
  while (nodes.length < N) x = call('relu', 'torch.ops.aten.relu.default', [ref(x)], shape);
  return x;
}
const output = build();

// Users and last uses.
const users = new Map();
const lastUse = new Map();
nodes.forEach((n, i) => {
  for (const a of n.args) {
    const names = typeof a === 'object' ? [a.ref] : a.includes('\u0000') ? [a.slice(a.indexOf('\u0000') + 1, a.indexOf(']'))] : [];
    for (const r of names) {
      users.set(r, (users.get(r) ?? 0) + 1);
      lastUse.set(r, i);
    }
  }
});
users.set(output, (users.get(output) ?? 0) + 1);
const freedAt = new Map();
for (const [name, i] of lastUse) {
  if (name === output) continue;
  const l = freedAt.get(i) ?? [];
  l.push(name);
  freedAt.set(i, l);
}

const argText = (a, pct) => (typeof a === 'object' ? `${pct}${a.ref}` : a.replace('\u0000', pct));
const annot = (dtype, shape) => `${dtype}[${shape}]`;

// ---------------------------------------------------------------------------------------------
// print(gm.graph)
function strGraph(nodes) {
  const out = ['graph():\n'];
  for (const p of placeholders) out.push(`    %${p.name} : [num_users=${users.get(p.name) ?? 0}] = placeholder[target=${p.name}]\n`);
  for (const n of nodes) {
    const args = n.args.filter((a) => !(typeof a === 'string' && a.includes(' = ')));
    const kwargs = n.args.filter((a) => typeof a === 'string' && a.includes(' = ')).map((a) => a.split(' = '));
    const argTuple = args.map((a) => argText(a, '%')).join(', ') + (args.length === 1 ? ',' : '');
    const kw = kwargs.length ? `{${kwargs.map(([k, v]) => `${k}: ${v}`).join(', ')}}` : '{}';
    out.push(`    %${n.name} : [num_users=${users.get(n.name) ?? 0}] = call_function[target=${n.target}](args = (${argTuple}), kwargs = ${kw})\n`);
  }
  out.push(`    return (${output},)\n`);
  return out.join('');
}

// gm.print_readable()
function readable(nodes) {
  const out = ['class GraphModule(torch.nn.Module):\n'];
  out.push(`    def forward(self, ${placeholders.map((p) => `${p.name}: "${annot(p.dtype, p.shape)}"`).join(', ')}):\n`);
  nodes.forEach((n, i) => {
    if (n.file) out.push(`        \n         # File: ${n.file}\n`);
    const call = `${n.target}(${n.args.map((a) => argText(a, '')).join(', ')})`;
    const freed = freedAt.get(i);
    out.push(`        ${n.name}: "${annot(n.dtype, n.shape)}" = ${call}${freed ? `;  ${freed.join(' = ')} = None` : ''}\n`);
  });
  out.push(`        return (${output},)\n        \n`);
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// torch-dialect MLIR, as the FX importer prints it (research/importer-behavior.md §B.11):
// constants are materialised per use, lists through prim.ListConstruct, default custom form.
const vt = (dtype, shape) => `!torch.vtensor<[${shape.replace(/ /g, '')}],${dtype === 'i64' ? 'si64' : 'f32'}>`;

/** MLIR's printing of a constant's value: `1.000000e-05` for floats. */
function constText(kind, v) {
  if (kind === 'none') return '';
  if (kind === 'bool') return ' ' + v.toLowerCase();
  if (kind === 'float') return ' ' + Number(v).toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');
  return ' ' + v;
}

function torchMlir(blobBytes, literals = 50, fallbacks = 0) {
  const out = [];
  const types = new Map();
  for (const p of placeholders) types.set(p.name, vt(p.dtype, p.shape));
  const locs = new Map();
  const loc = (file) => {
    if (!locs.has(file)) locs.set(file, locs.size);
    return ` loc(#loc${locs.get(file)})`;
  };
  let curLoc = '';
  let lastEmitted;
  let k = 0;
  const tmp = () => `%${k++}`;
  let ops = 0;
  let unary = 0;
  // weights folded into the module as literals (dense_resource), as import_program does
  for (let i = 0; i < literals; i++) {
    out.push(`    %lit${i} = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_${i}> : tensor<64xf32>) : !torch.vtensor<[64],f32>\n`);
    ops++;
  }
  const constant = (a) => {
    if (a === 'None') return ['%none', '!torch.none', 'none'];
    if (a === 'False' || a === 'True') return [`%${a.toLowerCase()}`, '!torch.bool', 'bool'];
    if (/^-?\d+$/.test(a)) return [`%int${a.replace('-', 'm')}`, '!torch.int', 'int'];
    if (/^-?[\d.e+-]+$/.test(a)) return [`%float${a.replace(/[-.+]/g, '_')}`, '!torch.float', 'float'];
    return undefined;
  };
  for (const n of nodes) {
    if (ops >= N - 1) break;
    if (n.file) curLoc = loc(n.file);
    const operands = [];
    const opTypes = [];
    for (const a of n.args) {
      if (typeof a === 'object') {
        operands.push(`%${a.ref}`);
        opTypes.push(types.get(a.ref));
        continue;
      }
      if (a.includes(' = ')) continue; // memory_format kwarg: elided like the importer does for None
      if (a.startsWith('[')) {
        const items = a.slice(1, -1).split(', ').filter(Boolean);
        const elems = [];
        const elemTypes = [];
        for (const it of items) {
          if (it.includes('\u0000')) {
            const r = it.slice(1);
            elems.push(`%${r}`);
            elemTypes.push(types.get(r));
            continue;
          }
          const c = constant(it);
          const name = tmp();
          out.push(`    ${name} = torch.constant.${c[2]}${constText(c[2], it)}${curLoc}\n`);
          ops++;
          elems.push(name);
          elemTypes.push(c[1]);
        }
        const isTensors = elemTypes.some((t) => t.startsWith('!torch.vtensor'));
        const lt = isTensors ? '!torch.list<optional<vtensor>>' : '!torch.list<int>';
        const l = tmp();
        out.push(`    ${l} = torch.prim.ListConstruct ${elems.join(', ')} : (${elemTypes.join(', ')}) -> ${lt}${curLoc}\n`);
        ops++;
        operands.push(l);
        opTypes.push(lt);
        continue;
      }
      const c = constant(a);
      const name = tmp();
      out.push(`    ${name} = torch.constant.${c[2]}${constText(c[2], a)}${curLoc}\n`);
      ops++;
      operands.push(name);
      opTypes.push(c[1]);
    }
    // The importer passes every schema argument: the defaults the call left out become constants.
    for (const d of missingDefaults(n.target, operands.length)) {
      const name = tmp();
      const list = /^\[(.*)\]$/.exec(d);
      if (list) {
        // int lists: one constant per element, then the ListConstruct
        const items = list[1].split(',').map((x) => x.trim()).filter(Boolean);
        const names = items.map((x) => {
          const e = tmp();
          out.push(`    ${e} = torch.constant.int ${x}${curLoc}\n`);
          ops++;
          return e;
        });
        out.push(`    ${name} = torch.prim.ListConstruct ${names.join(', ')} : (${names.map(() => '!torch.int').join(', ')}) -> !torch.list<int>${curLoc}\n`);
        opTypes.push('!torch.list<int>');
      } else {
        // enums (ScalarType, MemoryFormat, Layout) import as their int codes
        const c = constant(d) ?? ['%int0', '!torch.int', 'int'];
        out.push(`    ${name} = torch.constant.${c[2]}${constText(c[2], constant(d) ? d : '0')}${curLoc}\n`);
        opTypes.push(c[1]);
      }
      ops++;
      operands.push(name);
    }
    const t = vt(n.dtype, n.shape);
    types.set(n.name, t);
    lastEmitted = n.name;
    if (n.target === 'operator.getitem') {
      // max_pool2d_with_indices returns a tuple: the importer unpacks it with ListUnpack-like getitem; keep it simple
      out.push(`    %${n.name} = torch.aten.relu %${n.args[0].ref} : ${types.get(n.args[0].ref)} -> ${t}\n`);
    } else {
      let opName = 'torch.aten.' + n.target.replace('torch.ops.aten.', '').replace(/\.default$/, '');
      // The importer turns add/sub/mul/div.Tensor with a scalar second operand into .Scalar.
      if (/\.(add|sub|mul|div)\.Tensor$/.test(opName) && /^!torch\.(int|float)$/.test(opTypes[1] ?? '')) opName = opName.replace(/Tensor$/, 'Scalar');
      // with_indices ops return (values, indices): the importer binds both results.
      const results = /_with_indices$/.test(opName) ? [`%${n.name}`, `%${n.name}_indices`] : [`%${n.name}`];
      const resultTypes = results.length === 2 ? `${t}, ${t.replace(/,f32>$/, ',si64>')}` : t;
      if (fallbacks && UNARY.has(opName) && Math.floor(++unary / fallbacks) !== Math.floor((unary - 1) / fallbacks)) {
        // A registered op printed as torch.operator of a name the dialect does not register, as the
        // importer prints ops it has no torch-dialect definition for.
        out.push(`    ${results[0]} = torch.operator "${opName}_fallback"(${operands.join(', ')}) : (${opTypes.join(', ')}) -> ${t}${curLoc}\n`);
      } else out.push(`    ${results.join(', ')} = ${opName} ${operands.join(', ')} : ${opTypes.join(', ')} -> ${resultTypes}${curLoc}\n`);
    }
    ops++;
  }
  const rt = types.get(lastEmitted);
  out.push(`    return %${lastEmitted} : ${rt}\n  }\n}\n`);
  out.unshift(`module {\n  func.func @main(${placeholders.map((p) => `%${p.name}: ${types.get(p.name)}`).join(', ')}) -> ${rt} {\n`);
  ops += 2; // func.func and return
  for (const [file, i] of locs) {
    const m = /^(.*):(\d+) in /.exec(file);
    out.push(`#loc${i} = loc("${m[1]}":${m[2]}:0)\n`);
  }
  // resources
  out.push('\n{-#\n  dialect_resources: {\n    builtin: {\n');
  const per = blobBytes > 0 ? Math.floor(blobBytes / 2 / literals) : 256 + 4;
  const hexChunk = '0000803F0000003F';
  for (let i = 0; i < literals; i++) {
    const body = hexChunk.repeat(Math.ceil((per * 2) / hexChunk.length)).slice(0, per * 2 - 8);
    out.push(`      torch_tensor_64_torch.float32_${i}: "0x04000000${body}"${i + 1 < literals ? ',' : ''}\n`);
  }
  out.push('    }\n  }\n#-}\n');
  return { text: out.join(''), ops };
}

const UNARY = new Set(['torch.aten.sqrt', 'torch.aten.reciprocal', 'torch.aten.relu', 'torch.aten.unsqueeze', 'torch.aten.clamp_min', 'torch.aten.clamp_max']);

/** Every `every`-th unary node with a node operand becomes max_pool2d with its stride left out. */
function withPools(every) {
  let k = 0;
  return nodes.map((n) => {
    if (!/\.(sqrt|reciprocal|relu|unsqueeze|clamp_min|clamp_max)\.default$/.test(n.target) || typeof n.args[0] !== 'object') return n;
    k++;
    if (Math.floor(k / every) === Math.floor((k - 1) / every)) return n;
    return { ...n, target: 'torch.ops.aten.max_pool2d.default', args: [n.args[0], '[3, 3]'] };
  });
}

/** One op using an undefined `%a` `count` times. */
function undefinedRepeats(count) {
  const uses = Array(count).fill('%a').join(', ');
  return `func.func @main() {\n  "test.use"(${uses}) : (${Array(count).fill('i32').join(', ')}) -> ()\n  return\n}\n`;
}

// ---------------------------------------------------------------------------------------------
// func/arith MLIR that LLVM 16's mlir-lsp-server parses and verifies without a diagnostic.
function arith() {
  const out = [];
  const perFunc = 1000;
  let ops = 0;
  let f = 0;
  while (ops < N) {
    const body = [];
    body.push(`func.func @layer${f}(%arg0: i32, %arg1: i32, %arg2: f32) -> (i32, f32) {\n`);
    body.push(`  %c1_i32 = arith.constant 1 : i32\n  %cst = arith.constant 5.000000e-01 : f32\n`);
    ops += 2;
    let iv = '%arg0';
    let fv = '%arg2';
    let i = 0;
    for (; i < perFunc - 4 && ops < N - 2; i++) {
      const r = `%${i}`;
      switch (i % 8) {
        case 0: body.push(`  ${r} = arith.addi ${iv}, %c1_i32 : i32\n`); iv = r; break;
        case 1: body.push(`  ${r} = arith.muli ${iv}, %arg1 : i32\n`); iv = r; break;
        case 2: body.push(`  ${r} = arith.sitofp ${iv} : i32 to f32\n`); break;
        case 3: body.push(`  ${r} = arith.addf ${fv}, %${i - 1} : f32\n`); fv = r; break;
        case 4: body.push(`  ${r} = arith.mulf ${fv}, %cst : f32\n`); fv = r; break;
        case 5: body.push(`  ${r} = arith.cmpi slt, ${iv}, %arg1 : i32\n`); break;
        case 6: body.push(`  ${r} = arith.select %${i - 1}, ${iv}, %arg0 : i32\n`); iv = r; break;
        default: body.push(`  ${r} = arith.subi ${iv}, %arg1 : i32\n`); iv = r;
      }
      ops++;
    }
    body.push(`  return ${iv}, ${fv} : i32, f32\n}\n`);
    ops++;
    out.push(body.join(''));
    ops++; // func.func itself
    f++;
  }
  return { text: out.join(''), ops };
}

// ---------------------------------------------------------------------------------------------
function write(name, text, note) {
  const p = join(OUT, name);
  writeFileSync(p, text);
  console.log(`${name.padEnd(28)} ${(text.length / 1e6).toFixed(1).padStart(6)} MB  ${note}`);
}

write('fx_str_graph_100k.fx', strGraph(nodes), `${nodes.length} call nodes, ${placeholders.length} placeholders`);
write('fx_graph_readable_100k.fx', readable(nodes), `${nodes.length} call nodes (print_readable)`);
const eligible = withPools(1).filter((n, i) => n !== nodes[i]).length;
for (const [suffix, want] of [['diag1k', 1000], ['diag15k', 15000]]) {
  const every = Math.max(1, eligible / want);
  const ns = withPools(every);
  write(`fx_str_graph_100k_${suffix}.fx`, strGraph(ns), `${ns.filter((n, i) => n !== nodes[i]).length} max_pool2d without stride`);
}
const t = torchMlir(0);
write('torch_100k.mlir', t.text, `${t.ops} ops`);
if (!SMALL) {
  const tb = torchMlir(50_000_000);
  write('torch_100k_blob50mb.mlir', tb.text, `${tb.ops} ops + 50 MB dialect_resources`);
}
for (const [suffix, want] of [['diag1k', 1000], ['diag15k', 15000]]) {
  const eligibleOps = t.text.split('\n').filter((l) => /= torch\.aten\.(sqrt|reciprocal|relu|unsqueeze|clamp_min|clamp_max) /.test(l)).length;
  const d = torchMlir(0, 50, Math.max(1, eligibleOps / want));
  write(`torch_100k_${suffix}.mlir`, d.text, `${d.ops} ops, ~${want} torch.operator fallbacks`);
}
if (!SMALL) write('undefined_1m.mlir', undefinedRepeats(1_000_000), 'one op using an undefined %a 1,000,000 times');
const a = arith();
write('arith_100k.mlir', a.text, `${a.ops} ops`);
