// Drives dist/server.js --stdio (and, when installed, LLVM's mlir-lsp-server-16) over real LSP on
// the inputs bench/generate.mjs writes, times the checker, mlir-opt-16 and CPython's ast.parse,
// prints a table with ratios and writes bench/results.json.
//
// Usage: node bench/run.mjs [--only NAME_SUBSTRING] [--skip-peers] [--cpu-prof DIR] [--classic]
//
// The main table replays the editor (bench/replay.mjs): after didOpen and each edit, the requests
// VS Code sends for a visible file, concurrently; diagnostics and every response timed (ms, bytes).
// --classic also runs the earlier measurements (sequential hover / code action, start/middle/end
// edits, keystroke storm).
//
// Edit latency is measured with TORCH_MLIR_DEBOUNCE_MS=0 so the server's debounce does not count.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { largestResponse, replay } from './replay.mjs';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUTS = join(ROOT, 'bench', 'inputs');
const SERVER = join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const skipPeers = argv.includes('--skip-peers');
const cpuProfDir = argv.includes('--cpu-prof') ? argv[argv.indexOf('--cpu-prof') + 1] : undefined;
const classic = argv.includes('--classic');

const REPLAY_INPUTS = [
  { name: 'fx_str_graph_100k.fx', lang: 'fx' },
  { name: 'fx_str_graph_100k_diag1k.fx', lang: 'fx' },
  { name: 'fx_str_graph_100k_diag15k.fx', lang: 'fx' },
  { name: 'fx_graph_readable_100k.fx', lang: 'fx' },
  { name: 'torch_100k.mlir', lang: 'mlir' },
  { name: 'torch_100k_diag1k.mlir', lang: 'mlir' },
  { name: 'torch_100k_diag15k.mlir', lang: 'mlir' },
  { name: 'arith_100k.mlir', lang: 'mlir', peer: true },
];

const INPUT_FILES = [
  { name: 'fx_str_graph_100k.fx', lang: 'fx', kind: 'fx' },
  { name: 'fx_graph_readable_100k.fx', lang: 'fx', kind: 'fx' },
  { name: 'torch_100k.mlir', lang: 'mlir', kind: 'mlir' },
  { name: 'torch_100k_blob50mb.mlir', lang: 'mlir', kind: 'mlir' },
  { name: 'arith_100k.mlir', lang: 'mlir', kind: 'arith' },
];

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { median: round(q(0.5), 2), p99: round(q(0.99), 2), max: round(s.at(-1), 2), n: s.length };
}

// ---------------------------------------------------------------------------------------------
class Client {
  constructor(cmd, args, env = {}) {
    this.proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => {
      if (this.stderr.length < 100_000) this.stderr += d.toString();
    });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.published = [];
    this.waiters = [];
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const e = { at: now(), uri: p.uri, version: p.version, count: p.diagnostics.length, diagnostics: p.diagnostics };
      this.published.push(e);
      this.waiters = this.waiters.filter((w) => (w.pred(e) ? (w.resolve(e), false) : true));
    });
    // Our server logs every edit it could not analyse incrementally, with the reason.
    this.fullAnalyses = [];
    this.conn.onNotification('window/logMessage', (p) => {
      if (typeof p?.message === 'string' && p.message.startsWith('full analysis of ')) this.fullAnalyses.push(p.message.replace(/^full analysis of \S+: /, ''));
    });
    this.conn.onRequest('workspace/configuration', () => [null]);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.listen();
  }
  async initialize() {
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          synchronization: { didSave: false },
        },
      },
    });
    const sync = r?.capabilities?.textDocumentSync;
    // 1 = Full: the client must send the whole text on each change (mlir-lsp-server-16 does this).
    this.syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
    await this.conn.sendNotification('initialized', {});
  }
  waitPublish(pred, timeoutMs = 120_000) {
    const seen = this.published.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out waiting for publishDiagnostics')), timeoutMs);
      this.waiters.push({ pred, resolve: (e) => (clearTimeout(t), resolve(e)) });
    });
  }
  vmhwmKb() {
    try {
      const s = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(s)[1]);
    } catch {
      return null;
    }
  }
  async close() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), sleep(5000)]);
      await this.conn.sendNotification('exit');
    } catch {
      /* gone */
    }
    await Promise.race([new Promise((r) => this.proc.once('exit', r)), sleep(5000)]);
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL');
    this.conn.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
/** Lines worth hovering: a call's target (FX), an op name (MLIR). Returns {line, character}. */
function probePositions(text, kind, count = 50) {
  const lines = text.split('\n');
  const candidates = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length > 2000) continue;
    let c = -1;
    if (kind === 'fx') c = l.indexOf('torch.ops.aten.');
    else if (kind === 'mlir') c = l.indexOf('torch.aten.');
    else c = l.indexOf('arith.');
    if (c >= 0) candidates.push({ line: i, character: c + 12 });
  }
  const out = [];
  for (let k = 0; k < count; k++) out.push(candidates[Math.floor(((k + 0.5) * candidates.length) / count)]);
  return out;
}

/** A harmless one-character edit: a space at the end of a line near the start, middle and end. */
function editLines(text) {
  const lines = text.split('\n');
  const pickFrom = (from, dir) => {
    for (let i = from; i >= 0 && i < lines.length; i += dir) {
      const l = lines[i];
      if (l.length > 20 && l.length < 2000 && !l.trim().startsWith('#') && !l.includes('"0x')) return { line: i, character: l.length };
    }
    return { line: 0, character: 0 };
  };
  const n = lines.length;
  return { start: pickFrom(3, 1), middle: pickFrom(Math.floor(n / 2), 1), end: pickFrom(n - 12, -1) };
}

async function lspMeasure({ label, cmd, args, env, file, text, lang, kind, ours }) {
  const c = new Client(cmd, args, env);
  const uri = pathToFileURL(file).toString();
  const out = { server: label, file: file.split('/').pop() };
  try {
    await c.initialize();
    await sleep(200);
    // 1. didOpen → first diagnostics
    const t0 = now();
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: lang, version: 1, text } });
    const first = await c.waitPublish((e) => e.uri === uri);
    out.openToDiagnosticsMs = round(first.at - t0);
    out.textDocumentSync = c.syncKind === 2 ? 'incremental' : 'full';
    out.diagnostics = first.count;
    out.diagnosticCodes = [...new Set(first.diagnostics.map((d) => String(d.code ?? d.source ?? '')))].slice(0, 10);
    out.firstDiagnosticSample = first.diagnostics.slice(0, 3).map((d) => `${d.range.start.line + 1}: ${d.message}`.slice(0, 200));
    // 2. hover and code actions at 50 spread positions, once the server is idle (a user does not
    // hover within milliseconds of opening a 15 MB file; the GC of the open would dominate)
    await sleep(1000);
    const positions = probePositions(text, kind);
    const hover = [];
    const action = [];
    let hoverHits = 0;
    for (const position of positions) {
      const h0 = now();
      const h = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position }).catch(() => null);
      hover.push(now() - h0);
      if (h) hoverHits++;
    }
    let actionsOffered = 0;
    let actionError;
    for (const position of positions) {
      const range = { start: { line: position.line, character: 0 }, end: position };
      const diags = first.diagnostics.filter((d) => d.range.start.line <= position.line && position.line <= d.range.end.line);
      const a0 = now();
      const a = await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: diags } }).catch((e) => {
        actionError = e?.message ?? String(e);
        return null;
      });
      action.push(now() - a0);
      if (Array.isArray(a)) actionsOffered += a.length;
    }
    out.hoverMs = { ...stats(hover), answered: hoverHits };
    out.codeActionMs = actionError ? { error: actionError } : { ...stats(action), offered: actionsOffered };
    // 3. one-character edits → fresh diagnostics, at start, middle and end: `trivia` inserts a space
    // at the end of a line; `semantic` replaces the line's last digit (a literal or a value name).
    const at = editLines(text);
    const lineTexts = text.split('\n');
    out.editToDiagnosticsMs = {};
    out.triviaEditToDiagnosticsMs = {};
    let version = 1;
    const edit = async (pos, newText, endChar) => {
      version++;
      const v = version;
      const l = lineTexts[pos.line];
      lineTexts[pos.line] = l.slice(0, pos.character) + newText + l.slice(endChar ?? pos.character);
      // Servers that only take full syncs get the whole new text, as an editor would send them.
      const change = c.syncKind === 2 ? { range: { start: pos, end: { line: pos.line, character: endChar ?? pos.character } }, text: newText } : { text: lineTexts.join('\n') };
      const before = c.published.length;
      const fullBefore = c.fullAnalyses.length;
      const e0 = now();
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
      const p = await c.waitPublish((e) => e.uri === uri && (e.version === v || (e.version === undefined && c.published.indexOf(e) >= before)));
      await sleep(300);
      return { ms: round(p.at - e0), count: p.count, full: c.fullAnalyses.slice(fullBefore) };
    };
    for (const where of ['start', 'middle', 'end']) {
      const pos = at[where];
      const t = await edit(pos, ' ');
      out.triviaEditToDiagnosticsMs[where] = t.ms;
      if (ours) (out.fullAnalysisEdits ??= []).push(...t.full.map((why) => `space ${where}: ${why}`));
      const l = lineTexts[pos.line].trimEnd();
      let k = l.length - 1;
      while (k >= 0 && !/[0-9]/.test(l[k])) k--;
      if (k < 0) continue;
      const s = await edit({ line: pos.line, character: k }, l[k] === '7' ? '8' : '7', k + 1);
      out.editToDiagnosticsMs[where] = s.ms;
      if (ours) (out.fullAnalysisEdits ??= []).push(...s.full.map((why) => `edit ${where}: ${why}`));
      out.editDiagnostics = s.count;
    }
    out.peakRssMB = round((c.vmhwmKb() ?? NaN) / 1024);
  } catch (e) {
    out.error = String(e?.message ?? e);
  }
  await c.close();
  if (ours && c.stderr.trim()) out.stderr = c.stderr.slice(0, 500);
  return out;
}

/** 50 didChanges within 1 s; counts publishes and checks the last is for the last version. */
async function keystrokeStorm(file, text, debounce) {
  const env = debounce === undefined ? {} : { TORCH_MLIR_DEBOUNCE_MS: String(debounce) };
  const c = new Client(process.execPath, [SERVER, '--stdio'], env);
  const uri = pathToFileURL(file).toString();
  const out = { file: file.split('/').pop(), debounceMs: debounce ?? 'default (120)' };
  try {
    await c.initialize();
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'fx', version: 1, text } });
    await c.waitPublish((e) => e.uri === uri);
    const pos = editLines(text).middle;
    const before = c.published.length;
    const s0 = now();
    for (let i = 0; i < 50; i++) {
      const p = { line: pos.line, character: pos.character + i };
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 + i }, contentChanges: [{ range: { start: p, end: p }, text: 'x' }] });
      await sleep(20);
    }
    out.sentWithinMs = round(now() - s0);
    const last = 51;
    const fin = await c.waitPublish((e) => e.uri === uri && e.version === last, 60_000).catch(() => undefined);
    await sleep(1500); // anything still queued would arrive now
    const after = c.published.slice(before).filter((e) => e.uri === uri);
    out.publishes = after.length;
    out.versions = after.map((e) => e.version);
    out.lastVersionPublished = after.at(-1)?.version ?? null;
    out.lastIsLatest = !!fin && after.at(-1)?.version === last;
    out.settleMs = fin ? round(fin.at - s0) : null;
  } catch (e) {
    out.error = String(e?.message ?? e);
  }
  await c.close();
  return out;
}

function checkerMs(file, extra = []) {
  const t0 = now();
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...extra, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = now() - t0;
  let diagnostics = null;
  let findings = null;
  try {
    const list = JSON.parse(r.stdout).files[0].diagnostics;
    diagnostics = list.length;
    // Grouped diagnostics count their occurrences in the message.
    findings = list.reduce((n, d) => n + Number((/\(([\d,]+) occurrences/.exec(d.message)?.[1] ?? '1').replace(/,/g, '')), 0);
  } catch {
    /* non-JSON */
  }
  return { ms: round(ms), exit: r.status, diagnostics, findings, stderr: r.stderr.slice(0, 300) };
}

function mlirOptMs(bin, file) {
  const runs = [];
  let rc;
  let err = '';
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    const r = spawnSync(bin, [file, '-o', '/dev/null'], { encoding: 'utf8' });
    runs.push(now() - t0);
    rc = r.status;
    err = r.stderr.slice(0, 300);
  }
  return { ms: round(Math.min(...runs)), exit: rc, stderr: err };
}

function astParseMs(file) {
  const py = which('python3');
  if (!py) return null;
  const code = `import ast,time,sys\ns=open(sys.argv[1],encoding='utf-8').read()\nt=time.perf_counter()\nast.parse(s)\nprint((time.perf_counter()-t)*1000)`;
  const r = spawnSync(py, ['-c', code, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return { error: r.stderr.slice(-300) };
  return { ms: round(Number(r.stdout.trim())), python: spawnSync(py, ['--version'], { encoding: 'utf8' }).stdout.trim() };
}

// ---------------------------------------------------------------------------------------------
async function main() {
  if (!existsSync(SERVER) || !existsSync(CLI)) throw new Error('dist/ is missing: run npm run build');
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGB: round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg().map((x) => round(x, 2)) },
    note: 'Our server runs with TORCH_MLIR_DEBOUNCE_MS=0 so edit latency excludes the debounce delay. editToDiagnosticsMs: replacing one digit (a semantic edit); triviaEditToDiagnosticsMs: a space at a line end. Hover/code actions start 1 s after the first diagnostics.',
    inputs: {},
    peers: {},
    storm: [],
  };
  const lspPeer = !skipPeers && which('mlir-lsp-server-16');
  const optPeer = !skipPeers && which('mlir-opt-16');
  results.replay = await replaySection(lspPeer);
  results.repeats = await repeatsSection();
  const torchOpt = !skipPeers && (existsSync('/work/venv/bin/torch-mlir-opt') ? '/work/venv/bin/torch-mlir-opt' : which('torch-mlir-opt'));
  if (torchOpt && (!only || 'torch_100k.mlir'.includes(only))) {
    process.stderr.write('torch-mlir-opt parse+verify…');
    results.peers.torchMlirOpt = { ...mlirOptMs(torchOpt, join(INPUTS, 'torch_100k.mlir')), bin: torchOpt };
    process.stderr.write(' done\n');
  }
  for (const f of classic ? INPUT_FILES : []) {
    if (only && !f.name.includes(only)) continue;
    const file = join(INPUTS, f.name);
    if (!existsSync(file)) {
      console.error(`missing ${file}: run node bench/generate.mjs`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const entry = { sizeMB: round(statSync(file).size / 1e6, 2), kind: f.kind };
    process.stderr.write(`${f.name}: server…`);
    const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
    entry.ours = await lspMeasure({ label: 'torch-mlir-diagnostics', cmd: process.execPath, args: [...nodeArgs, SERVER, '--stdio'], env: { TORCH_MLIR_DEBOUNCE_MS: '0' }, file, text, lang: f.lang, kind: f.kind, ours: true });
    process.stderr.write(' checker…');
    entry.checker = checkerMs(file);
    if (f.kind === 'arith' && lspPeer) {
      process.stderr.write(' mlir-lsp-server-16…');
      entry.mlirLspServer = await lspMeasure({ label: 'mlir-lsp-server-16', cmd: lspPeer, args: [], env: {}, file, text, lang: 'mlir', kind: f.kind });
    }
    if (f.kind === 'arith' && optPeer) {
      process.stderr.write(' mlir-opt-16…');
      entry.mlirOpt = mlirOptMs(optPeer, file);
    }
    if (f.name.includes('readable') && !skipPeers) {
      process.stderr.write(' ast.parse…');
      entry.astParse = astParseMs(file);
    }
    process.stderr.write(' done\n');
    results.inputs[f.name] = entry;
  }
  if (classic && (!only || 'storm'.includes(only) || only.includes('fx_str'))) {
    const file = join(INPUTS, 'fx_str_graph_100k.fx');
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      process.stderr.write('keystroke storm…');
      results.storm.push(await keystrokeStorm(file, text, 0));
      results.storm.push(await keystrokeStorm(file, text, undefined));
      process.stderr.write(' done\n');
    }
  }
  results.machine.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
  results.targets = [...evaluateReplay(results), ...(classic ? evaluate(results) : [])];
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  printReplay(results);
  if (classic) printTable(results);
  else printTargets(results);
}

// ---------------------------------------------------------------------------------------------
// The editor replay

const ourServer = () => ({ cmd: process.execPath, args: [...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), SERVER, '--stdio'], env: { TORCH_MLIR_DEBOUNCE_MS: '0' } });

/** A replay's figures: diagnostics after open and edits, the slowest and largest responses. */
function summarize(r) {
  const open = r.phases.find((p) => p.phase === 'open');
  const edits = r.phases.filter((p) => p.phase !== 'open');
  const slowest = (p) => Object.entries(p?.responses ?? {}).reduce((best, [m, x]) => (x.ms > (best.ms ?? -1) ? { method: m.replace('textDocument/', ''), ms: x.ms } : best), {});
  const editSlowest = edits.map(slowest).reduce((best, x) => (x.ms > (best.ms ?? -1) ? x : best), {});
  return {
    openToDiagnosticsMs: open?.diagnosticsMs ?? null,
    editToDiagnosticsMs: edits.map((p) => p.diagnosticsMs),
    published: open?.diagnostics ?? null,
    diagnosticsKB: open ? round(open.diagnosticsBytes / 1024) : null,
    slowestOpen: slowest(open),
    slowestEdit: editSlowest,
    largest: (({ method, bytes, phase }) => ({ method: method?.replace('textDocument/', ''), KB: round((bytes ?? 0) / 1024), phase }))(largestResponse(r)),
    errors: r.phases.flatMap((p) => Object.entries(p.responses).filter(([, x]) => x.error !== undefined || x.malformed).map(([m, x]) => `${p.phase} ${m}: ${x.error ?? x.malformed}`)),
    peakRssMB: r.peakRssMB,
    error: r.error,
  };
}

async function replaySection(lspPeer) {
  const out = {};
  for (const f of REPLAY_INPUTS) {
    if (only && !f.name.includes(only)) continue;
    const file = join(INPUTS, f.name);
    if (!existsSync(file)) {
      console.error(`missing ${file}: run node bench/generate.mjs`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    process.stderr.write(`replay ${f.name}: ours…`);
    const entry = { sizeMB: round(statSync(file).size / 1e6, 2) };
    const full = [];
    const ours = await replay({ ...ourServer(), file, text, languageId: f.lang, edits: 3, log: (m) => m.startsWith('full analysis of ') && full.push(m.replace(/^full analysis of \S+: /, '')) });
    entry.ours = { ...summarize(ours), fullAnalyses: full };
    entry.ours.findings = checkerMs(file, ['--max-diagnostics', '0']).findings;
    if (f.peer && lspPeer) {
      process.stderr.write(' mlir-lsp-server-16…');
      entry.mlirLspServer = summarize(await replay({ cmd: lspPeer, args: [], file, text, languageId: 'mlir', edits: 3 }));
    }
    process.stderr.write(' done\n');
    out[f.name] = entry;
  }
  return out;
}

/** Peak RSS (MB) and wall time of a command, with /usr/bin/time when present. */
function timed(cmd, args) {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const t0 = now();
  const r = time ? spawnSync(time, ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 }) : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = now() - t0;
  const kb = time ? Number(/(\d+)\s*$/.exec(r.stderr.trim())?.[1]) : NaN;
  return { ms: round(ms), peakRssMB: round(kb / 1024), status: r.status, stdout: r.stdout };
}

/** One cause repeated 1,000,000 times: the checker (JSON) and the server (open → diagnostics). */
async function repeatsSection() {
  const file = join(INPUTS, 'undefined_1m.mlir');
  if ((only && !'undefined_1m.mlir'.includes(only)) || !existsSync(file)) return undefined;
  process.stderr.write('undefined_1m.mlir: checker…');
  const c = timed(process.execPath, [CLI, '--format', 'json', '--exit-zero', file]);
  let shown = null;
  try {
    shown = JSON.parse(c.stdout).files[0].diagnostics.length;
  } catch {
    /* non-JSON */
  }
  const checker = { ms: c.ms, peakRssMB: c.peakRssMB, outputKB: round(Buffer.byteLength(c.stdout) / 1024), shown };
  process.stderr.write(' server…');
  const r = await replay({ ...ourServer(), file, text: readFileSync(file, 'utf8'), languageId: 'mlir', edits: 0 });
  const open = r.phases[0];
  const server = { openToDiagnosticsMs: open?.diagnosticsMs ?? null, published: open?.diagnostics ?? null, diagnosticsKB: open ? round(open.diagnosticsBytes / 1024) : null, largest: largestResponse(r), peakRssMB: r.peakRssMB, error: r.error };
  process.stderr.write(' done\n');
  return { file: 'undefined_1m.mlir', sizeMB: round(statSync(file).size / 1e6, 2), checker, server };
}

function evaluateReplay(r) {
  const t = [];
  const add = (target, ok, detail) => t.push({ target, met: ok === null ? null : !!ok, detail });
  const R = r.replay ?? {};
  const fx15 = R['fx_str_graph_100k_diag15k.fx']?.ours;
  if (fx15) {
    add('100k-node FX, ~15k findings: first diagnostics < 1.5 s with the editor requests in flight', fx15.openToDiagnosticsMs < 1500, `${fx15.openToDiagnosticsMs} ms`);
    const worst = Math.max(...fx15.editToDiagnosticsMs);
    add('100k-node FX, ~15k findings: edit inside a node line → diagnostics < 150 ms', worst < 150, `worst of ${fx15.editToDiagnosticsMs.length} edits ${worst} ms (${fx15.editToDiagnosticsMs.join(', ')})`);
  }
  const largest = Object.entries(R).map(([name, e]) => ({ name, ...e.ours.largest }));
  if (largest.length) {
    const big = largest.reduce((a, b) => (b.KB > a.KB ? b : a));
    add('no single response over 2 MB (every replayed input)', big.KB <= 2048, `largest ${big.KB} KB (${big.method}, ${big.name}, ${big.phase})`);
  }
  const errors = Object.entries(R).flatMap(([name, e]) => e.ours.errors.map((x) => `${name} ${x}`));
  add('every replayed request answered and well-formed', errors.length === 0, errors.length ? errors.slice(0, 3).join('; ') : 'yes');
  const torch15 = R['torch_100k_diag15k.mlir']?.ours;
  if (torch15) add('torch MLIR 100k ops, ~15k findings: edit inside one op → diagnostics < 150 ms', Math.max(...torch15.editToDiagnosticsMs) < 150, `${torch15.editToDiagnosticsMs.join(', ')} ms`);
  const arith = R['arith_100k.mlir'];
  if (arith?.mlirLspServer && !arith.mlirLspServer.error) {
    const o = arith.ours;
    const p = arith.mlirLspServer;
    add('func/arith first diagnostics ≤ 1.0× mlir-lsp-server-16', o.openToDiagnosticsMs <= p.openToDiagnosticsMs, `${o.openToDiagnosticsMs} vs ${p.openToDiagnosticsMs} ms (${round(o.openToDiagnosticsMs / p.openToDiagnosticsMs, 2)}×)`);
    const oe = Math.max(...o.editToDiagnosticsMs);
    const pe = Math.max(...p.editToDiagnosticsMs);
    add('func/arith edits ≤ 0.5× mlir-lsp-server-16', oe <= pe / 2, `worst ${oe} vs ${pe} ms (${round(oe / pe, 2)}×)`);
    add('func/arith peak RSS ≤ 1.5× mlir-lsp-server-16', o.peakRssMB <= 1.5 * p.peakRssMB, `${o.peakRssMB} vs ${p.peakRssMB} MB (${round(o.peakRssMB / p.peakRssMB, 2)}×)`);
  }
  const torch = R['torch_100k.mlir']?.ours;
  const topt = r.peers?.torchMlirOpt;
  if (torch && topt?.ms) add('torch MLIR 100k ops: first diagnostics ≤ 1.0× torch-mlir-opt parse+verify', torch.openToDiagnosticsMs <= topt.ms, `${torch.openToDiagnosticsMs} vs ${topt.ms} ms (${round(torch.openToDiagnosticsMs / topt.ms, 2)}×)`);
  const rep = r.repeats;
  if (rep) {
    add('1,000,000 repeats of one cause, checker: < 2 s, < 300 MB, output < 1 MB', rep.checker.ms < 2000 && rep.checker.peakRssMB < 300 && rep.checker.outputKB < 1024, `${rep.checker.ms} ms, ${rep.checker.peakRssMB} MB, ${rep.checker.outputKB} KB, ${rep.checker.shown} diagnostics`);
    add('1,000,000 repeats of one cause, server: < 2 s, < 300 MB, publish < 1 MB', rep.server.openToDiagnosticsMs < 2000 && rep.server.peakRssMB < 300 && rep.server.diagnosticsKB < 1024, `${rep.server.openToDiagnosticsMs} ms, ${rep.server.peakRssMB} MB, ${rep.server.diagnosticsKB} KB, ${rep.server.published} diagnostics`);
  }
  return t;
}

function printReplay(r) {
  const rows = [['input', 'MB', 'server', 'findings → shown', 'open→diag ms', 'edit→diag ms', 'slowest reply open / edit ms', 'largest reply KB', 'diag KB', 'peak RSS MB']];
  const fmt = (x) => (x === null || x === undefined ? '—' : String(x));
  for (const [name, e] of Object.entries(r.replay ?? {})) {
    for (const [label, s] of [['ours', e.ours], ['mlir-lsp-server-16', e.mlirLspServer]]) {
      if (!s) continue;
      rows.push([
        name,
        fmt(e.sizeMB),
        label,
        label === 'ours' ? `${fmt(s.findings)} → ${fmt(s.published)}` : fmt(s.published),
        s.error ? `error: ${s.error}` : fmt(s.openToDiagnosticsMs),
        s.editToDiagnosticsMs.join(' / '),
        `${fmt(s.slowestOpen.ms)} ${s.slowestOpen.method ?? ''} / ${fmt(s.slowestEdit.ms)} ${s.slowestEdit.method ?? ''}`,
        `${fmt(s.largest.KB)} ${s.largest.method ?? ''}`,
        fmt(s.diagnosticsKB),
        fmt(s.peakRssMB),
      ]);
    }
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => '| ' + row.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  console.log(line(rows[0]));
  console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
  for (const row of rows.slice(1)) console.log(line(row));
  if (r.peers?.torchMlirOpt) console.log(`\ntorch-mlir-opt parse+verify of torch_100k.mlir (best of 3): ${r.peers.torchMlirOpt.ms} ms (exit ${r.peers.torchMlirOpt.exit})`);
  if (r.repeats) {
    const { checker: c, server: s } = r.repeats;
    console.log(`undefined_1m.mlir (${r.repeats.sizeMB} MB, one undefined %a used 1,000,000 times): checker ${c.ms} ms, ${c.peakRssMB} MB peak, ${c.outputKB} KB JSON, ${c.shown} diagnostics; server open→diag ${s.openToDiagnosticsMs} ms, ${s.peakRssMB} MB peak, ${s.diagnosticsKB} KB published, ${s.published} diagnostics`);
  }
  const full = Object.entries(r.replay ?? {}).flatMap(([name, e]) => (e.ours.fullAnalyses ?? []).map((w) => `${name}: ${w}`));
  console.log(`\nEdits analysed in full instead of incrementally: ${full.length ? '' : 'none'}`);
  for (const f of full) console.log(`  ${f}`);
}

function printTargets(r) {
  console.log('\nTargets:');
  for (const t of r.targets) console.log(`  ${t.met === null ? 'n/a ' : t.met ? 'MET ' : 'MISS'} ${t.target}: ${t.detail}`);
  console.log('\nwrote bench/results.json');
}

function evaluate(r) {
  const t = [];
  const I = r.inputs;
  const add = (target, ok, detail) => t.push({ target, met: ok === null ? null : !!ok, detail });
  const arith = I['arith_100k.mlir'];
  if (arith?.mlirLspServer && !arith.mlirLspServer.error) {
    const ratio = arith.ours.openToDiagnosticsMs / arith.mlirLspServer.openToDiagnosticsMs;
    add('func/arith first diagnostics ≤ mlir-lsp-server-16 (ratio ≤ 1.0), no false diagnostics', ratio <= 1 && arith.ours.diagnostics === 0, `ratio ${round(ratio, 2)}, ${arith.ours.diagnostics} diagnostics`);
    const ours = Math.max(...Object.values(arith.ours.editToDiagnosticsMs ?? { x: NaN }));
    const peer = Math.max(...Object.values(arith.mlirLspServer.editToDiagnosticsMs ?? { x: NaN }));
    add('func/arith edit → diagnostics < ½ mlir-lsp-server-16', ours < peer / 2, `worst ${ours} ms vs ${peer} ms (ratio ${round(ours / peer, 2)})`);
    add('func/arith peak memory ≤ mlir-lsp-server-16', arith.ours.peakRssMB <= arith.mlirLspServer.peakRssMB, `${arith.ours.peakRssMB} MB vs ${arith.mlirLspServer.peakRssMB} MB`);
  } else add('func/arith vs mlir-lsp-server-16', null, 'mlir-lsp-server-16 not installed (scripts/setup-bench.sh)');
  for (const name of ['fx_str_graph_100k.fx', 'fx_graph_readable_100k.fx', 'torch_100k.mlir']) {
    const e = I[name];
    if (!e) continue;
    add(`${name}: first diagnostics < 1 s`, e.ours.openToDiagnosticsMs < 1000, `${e.ours.openToDiagnosticsMs} ms`);
  }
  for (const name of ['fx_str_graph_100k.fx', 'fx_graph_readable_100k.fx']) {
    const e = I[name];
    if (!e?.ours.editToDiagnosticsMs) continue;
    const worst = Math.max(...Object.values(e.ours.editToDiagnosticsMs));
    add(`${name}: edit → diagnostics < 100 ms`, worst < 100, `worst of start/middle/end ${worst} ms`);
  }
  const rd = I['fx_graph_readable_100k.fx'];
  if (rd?.astParse?.ms) add('print_readable: ≥ 10× faster than CPython ast.parse', rd.astParse.ms / rd.ours.openToDiagnosticsMs >= 10, `${rd.ours.openToDiagnosticsMs} ms vs ${rd.astParse.ms} ms (${round(rd.astParse.ms / rd.ours.openToDiagnosticsMs, 1)}×)`);
  for (const [name, e] of Object.entries(I)) {
    if (e.ours.hoverMs) add(`${name}: hover p99 < 10 ms`, e.ours.hoverMs.p99 < 10, `p99 ${e.ours.hoverMs.p99} ms`);
    if (e.ours.codeActionMs && !e.ours.codeActionMs.error) add(`${name}: code action p99 < 10 ms`, e.ours.codeActionMs.p99 < 10, `p99 ${e.ours.codeActionMs.p99} ms`);
    if (e.ours.peakRssMB) add(`${name}: peak memory < 4× input`, e.ours.peakRssMB < 4 * e.sizeMB, `${e.ours.peakRssMB} MB for ${e.sizeMB} MB (${round(e.ours.peakRssMB / e.sizeMB, 1)}×)`);
  }
  const a = I['torch_100k.mlir'];
  const b = I['torch_100k_blob50mb.mlir'];
  if (a && b) add('50 MB blob variant < 20% slower', b.ours.openToDiagnosticsMs < 1.2 * a.ours.openToDiagnosticsMs, `${b.ours.openToDiagnosticsMs} ms vs ${a.ours.openToDiagnosticsMs} ms (+${round((100 * b.ours.openToDiagnosticsMs) / a.ours.openToDiagnosticsMs - 100, 0)}%)`);
  // With the default debounce the storm must yield one publish, for the last version. With the
  // debounce at 0 each change is analysed as it arrives (incremental analyses take a few ms), so
  // several publishes are expected; what must not happen is stale work: a publish for a version
  // older than one already published, or a last publish that is not the last version.
  for (const s of r.storm) {
    const increasing = s.versions.every((v, i) => i === 0 || v > s.versions[i - 1]);
    if (s.debounceMs === 0) add('keystroke storm (debounce 0): no stale or out-of-order publish, last version last', s.lastIsLatest && increasing, `${s.publishes} publish(es), versions ${JSON.stringify(s.versions)}`);
    else add(`keystroke storm (debounce ${s.debounceMs}): publishes for the last version only`, s.lastIsLatest && s.publishes === 1, `${s.publishes} publish(es), versions ${JSON.stringify(s.versions)}`);
  }
  return t;
}

function printTable(r) {
  const rows = [['input', 'MB', 'server', 'open→diag ms', 'diags', 'hover med/p99 ms', 'action med/p99 ms', 'edit s/m/e ms', 'space s/m/e ms', 'peak RSS MB', 'checker ms']];
  const fmt = (x) => (x === null || x === undefined ? '—' : String(x));
  for (const [name, e] of Object.entries(r.inputs)) {
    for (const s of [e.ours, e.mlirLspServer].filter(Boolean)) {
      const ed = s.editToDiagnosticsMs ?? {};
      rows.push([
        name,
        fmt(e.sizeMB),
        s.server,
        s.error ? `error: ${s.error}` : fmt(s.openToDiagnosticsMs),
        fmt(s.diagnostics),
        s.hoverMs ? `${s.hoverMs.median}/${s.hoverMs.p99}` : '—',
        s.codeActionMs ? (s.codeActionMs.error ? 'unsupported' : `${s.codeActionMs.median}/${s.codeActionMs.p99}`) : '—',
        `${fmt(ed.start)}/${fmt(ed.middle)}/${fmt(ed.end)}`,
        `${fmt(s.triviaEditToDiagnosticsMs?.start)}/${fmt(s.triviaEditToDiagnosticsMs?.middle)}/${fmt(s.triviaEditToDiagnosticsMs?.end)}`,
        fmt(s.peakRssMB),
        s === e.ours ? fmt(e.checker?.ms) : e.mlirOpt ? `mlir-opt ${e.mlirOpt.ms}` : '—',
      ]);
    }
    if (e.astParse?.ms) rows.push([name, fmt(e.sizeMB), 'CPython ast.parse', fmt(e.astParse.ms), '', '', '', '', '', '', '']);
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => '| ' + row.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  console.log(line(rows[0]));
  console.log('|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|');
  for (const row of rows.slice(1)) console.log(line(row));
  const arith = r.inputs['arith_100k.mlir'];
  if (arith?.mlirLspServer && !arith.mlirLspServer.error) {
    const o = arith.ours;
    const p = arith.mlirLspServer;
    const worst = (x) => Math.max(...Object.values(x.editToDiagnosticsMs ?? { x: NaN }));
    console.log('\nRatios ours / mlir-lsp-server-16 on arith_100k.mlir:');
    console.log(`  open→diagnostics ${round(o.openToDiagnosticsMs / p.openToDiagnosticsMs, 2)}, edit→diagnostics ${round(worst(o) / worst(p), 2)}, hover p99 ${round(o.hoverMs.p99 / p.hoverMs.p99, 2)}, peak memory ${round(o.peakRssMB / p.peakRssMB, 2)}`);
    if (arith.mlirOpt) console.log(`  checker ${arith.checker.ms} ms vs mlir-opt-16 parse ${arith.mlirOpt.ms} ms: ${round(arith.checker.ms / arith.mlirOpt.ms, 2)}`);
  }
  const rd = r.inputs['fx_graph_readable_100k.fx'];
  if (rd?.astParse?.ms) console.log(`  print_readable open→diagnostics / CPython ast.parse: ${round(rd.ours.openToDiagnosticsMs / rd.astParse.ms, 3)} (${round(rd.astParse.ms / rd.ours.openToDiagnosticsMs, 1)}× faster)`);
  const full = Object.entries(r.inputs).flatMap(([name, e]) => (e?.ours?.fullAnalysisEdits ?? []).map((w) => `${name} ${w}`));
  console.log(`\nEdits our server analysed in full instead of incrementally: ${full.length ? '' : 'none'}`);
  for (const f of full) console.log(`  ${f}`);
  if (r.storm.length) {
    console.log('\nKeystroke storm (50 didChanges in ~1 s on fx_str_graph_100k.fx):');
    for (const s of r.storm) console.log(`  debounce ${s.debounceMs}: ${s.publishes} publish(es) after the storm, versions ${JSON.stringify(s.versions)}, last is latest: ${s.lastIsLatest}, settled ${s.settleMs} ms after the first keystroke${s.error ? `, error ${s.error}` : ''}`);
  }
  console.log('\nTargets:');
  for (const t of r.targets) console.log(`  ${t.met === null ? 'n/a ' : t.met ? 'MET ' : 'MISS'} ${t.target}: ${t.detail}`);
  console.log('\nwrote bench/results.json');
}

await main();

