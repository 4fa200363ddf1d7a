// Edits inside one op of MLIR that holds a whole model in one function (as the torch-mlir importer
// prints it), over LSP, beside mlir-lsp-server-16 on func/arith:
//
//   torch_100k_15k.mlir   bench/inputs/torch_100k.mlir (one func.func, 100,000 ops) with its
//                         unsqueeze and mul.Tensor ops as torch.operator fallbacks: ~14,000 findings
//   arith_1fn_100k.mlir   func/arith: one function of 100,000 ops (bench/generate.mjs's op mix)
//   arith_100k.mlir       func/arith: 100 functions of 1,000 ops (bench/generate.mjs)
//
// For each: didOpen → first diagnostics, then at 30/50/70 % of the file a digit replaced in an
// op line (the line's last digit) and a space typed at a line end, each → the next diagnostics.
// Reports wall time and the server's CPU time (/proc: this machine is shared, wall time is not
// the server's alone), peak RSS. Usage: npm run build && node bench/mlir-edit.mjs [--skip-peers]
// [--only NAME] [--cpu-prof DIR] (profiles our server)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = join(ROOT, 'bench', 'inputs');
const SERVER = join(ROOT, 'dist', 'server.js');
const skipPeers = process.argv.includes('--skip-peers');
const cpuProf = process.argv.includes('--cpu-prof') ? process.argv[process.argv.indexOf('--cpu-prof') + 1] : undefined;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x) => (x === undefined || x === null || Number.isNaN(x) ? null : Math.round(x));

function ensureInputs() {
  if (!existsSync(join(INPUTS, 'torch_100k.mlir')) || !existsSync(join(INPUTS, 'arith_100k.mlir'))) {
    spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs')], { stdio: 'inherit' });
  }
  const torch15k = join(INPUTS, 'torch_100k_15k.mlir');
  if (!existsSync(torch15k)) {
    const t = readFileSync(join(INPUTS, 'torch_100k.mlir'), 'utf8');
    // The importer's form for an op the torch dialect does not register.
    const out = t.replace(/= torch\.aten\.(unsqueeze|mul\.Tensor) ([^\n]*?) : ([^\n]*?) -> ([^\n]*?)( loc\([^\n]*\))?\n/g, (m, op, args, ins, res, loc) =>
      `= torch.operator "torch.custom.${op.replace('.', '_')}"(${args}) : (${ins}) -> ${res}${loc ?? ''}\n`);
    writeFileSync(torch15k, out);
  }
  const arith1 = join(INPUTS, 'arith_1fn_100k.mlir');
  if (!existsSync(arith1)) {
    const body = ['  %c1_i32 = arith.constant 1 : i32\n', '  %cst = arith.constant 5.000000e-01 : f32\n'];
    let iv = '%arg0';
    let fv = '%arg2';
    for (let i = 0; i < 100_000 - 3; i++) {
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
    }
    writeFileSync(arith1, `func.func @main(%arg0: i32, %arg1: i32, %arg2: f32) -> (i32, f32) {\n${body.join('')}  return ${iv}, ${fv} : i32, f32\n}\n`);
  }
  return [
    { name: 'torch_100k_15k.mlir', kind: 'torch' },
    { name: 'arith_1fn_100k.mlir', kind: 'arith' },
    { name: 'arith_100k.mlir', kind: 'arith' },
  ];
}

/** utime + stime of a process in ms (Linux). */
function cpuMs(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

function peakRssMB(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
}

async function measure(label, cmd, args, env, file, text) {
  const proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  proc.stderr.on('data', () => undefined);
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = [];
  let waiters = [];
  const full = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const e = { at: now(), version: p.version, count: p.diagnostics.length };
    published.push(e);
    waiters = waiters.filter((w) => (w.pred(e) ? (w.resolve(e), false) : true));
  });
  conn.onNotification('window/logMessage', (p) => {
    if (String(p?.message).startsWith('full analysis of ')) full.push(String(p.message).replace(/^full analysis of \S+: /, ''));
  });
  conn.onRequest('workspace/configuration', () => [null]);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const wait = (pred) => {
    const seen = published.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no diagnostics within 180 s')), 180_000);
      waiters.push({ pred, resolve: (e) => (clearTimeout(t), resolve(e)) });
    });
  };
  const out = { server: label, file: file.split('/').pop() };
  try {
    const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    const sync = init?.capabilities?.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
    await conn.sendNotification('initialized', {});
    const uri = pathToFileURL(file).toString();
    const c0 = cpuMs(proc.pid);
    const t0 = now();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'mlir', version: 1, text } });
    const first = await wait(() => true);
    out.openMs = round(first.at - t0);
    out.openCpuMs = round(cpuMs(proc.pid) - c0);
    out.diagnostics = first.count;
    await sleep(1500);
    const lines = text.split('\n');
    let version = 1;
    const edit = async (line, character, endChar, newText) => {
      const v = ++version;
      const l = lines[line];
      lines[line] = l.slice(0, character) + newText + l.slice(endChar);
      const change = incremental ? { range: { start: { line, character }, end: { line, character: endChar } }, text: newText } : { text: lines.join('\n') };
      const before = published.length;
      const fullBefore = full.length;
      const c = cpuMs(proc.pid);
      const e0 = now();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
      const p = await wait((e) => e.version === v || (e.version === undefined && published.indexOf(e) >= before));
      const r = { ms: round(p.at - e0), cpuMs: round(cpuMs(proc.pid) - c), count: p.count, full: full.slice(fullBefore) };
      await sleep(600);
      return r;
    };
    out.edits = [];
    for (const at of [0.3, 0.5, 0.7]) {
      let li = Math.floor(lines.length * at);
      while (!/^\s+%\S+ = \S+.*\d/.test(lines[li])) li++;
      const l = lines[li];
      let k = l.length - 1;
      while (!/[0-9]/.test(l[k])) k--;
      const digit = await edit(li, k, k + 1, l[k] === '7' ? '8' : '7');
      const space = await edit(li, lines[li].length, lines[li].length, ' ');
      out.edits.push({ line: li + 1, digit, space });
    }
    out.peakRssMB = round(peakRssMB(proc.pid));
  } catch (e) {
    out.error = String(e?.message ?? e);
  }
  try {
    await Promise.race([conn.sendRequest('shutdown'), sleep(3000)]);
    await conn.sendNotification('exit');
  } catch {
    /* gone */
  }
  await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(3000)]);
  if (proc.exitCode === null) proc.kill('SIGKILL');
  conn.dispose();
  return out;
}

const inputs = ensureInputs();
const peer = skipPeers ? undefined : spawnSync('sh', ['-c', 'command -v mlir-lsp-server-16'], { encoding: 'utf8' }).stdout.trim() || undefined;
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const results = [];
for (const f of inputs) {
  if (only && !f.name.includes(only)) continue;
  const file = join(INPUTS, f.name);
  const text = readFileSync(file, 'utf8');
  const runs = [await measure('ours', process.execPath, [...(cpuProf ? ['--cpu-prof', '--cpu-prof-dir', cpuProf] : []), SERVER, '--stdio'], { TORCH_MLIR_DEBOUNCE_MS: '0' }, file, text)];
  if (peer && f.kind === 'arith') runs.push(await measure('mlir-lsp-server-16', peer, [], {}, file, text));
  for (const r of runs) {
    results.push(r);
    if (r.error) {
      console.log(`${r.file} ${r.server}: ${r.error}`);
      continue;
    }
    const e = r.edits.map((x) => `${x.digit.ms}/${x.digit.cpuMs}`).join(' ');
    const s = r.edits.map((x) => `${x.space.ms}/${x.space.cpuMs}`).join(' ');
    const fulls = r.edits.flatMap((x) => [...x.digit.full, ...x.space.full]);
    console.log(`${r.file.padEnd(22)} ${r.server.padEnd(19)} open ${r.openMs} ms (cpu ${r.openCpuMs}), ${r.diagnostics} diags; digit edit wall/cpu ms ${e}; space ${s}; peak RSS ${r.peakRssMB} MB${fulls.length ? `; full analyses: ${fulls.join(' | ')}` : ''}`);
  }
}
writeFileSync(join(ROOT, 'bench', 'mlir-edit-results.json'), JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), results }, null, 1) + '\n');
