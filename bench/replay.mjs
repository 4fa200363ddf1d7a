// Replays what VS Code sends a language server for an open file: after `didOpen`, and after each
// one-character edit (sent as the incremental change VS Code sends, or the whole text to servers
// that only take full syncs), it sends concurrently the requests the editor makes for a visible
// file — documentSymbol, foldingRange, semanticTokens (full, range, full/delta as advertised),
// documentLink, inlayHint for the visible range, codeAction and documentHighlight at the cursor —
// and times the diagnostics and every response (ms, bytes of JSON).
//
// Used by bench/run.mjs (100k-node inputs) and test/lsp/replay.test.ts (small inputs; no timing
// asserts there: only that every response arrives and is well-formed).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x) => (x === undefined || x === null || Number.isNaN(x) ? null : Math.round(x * 10) / 10);

/** Why a response is not what the protocol says it should be, or undefined. */
export function malformed(method, r) {
  const isRange = (x) => x && Number.isInteger(x.start?.line) && Number.isInteger(x.start?.character) && Number.isInteger(x.end?.line) && Number.isInteger(x.end?.character);
  const arrayOf = (pred, what) => (r === null ? undefined : !Array.isArray(r) ? `${what}: not an array` : r.every(pred) ? undefined : `${what}: an element is malformed`);
  switch (method) {
    case 'textDocument/documentSymbol': {
      const sym = (s) => typeof s.name === 'string' && s.name.length > 0 && Number.isInteger(s.kind) && isRange(s.range) && isRange(s.selectionRange) && (s.children ?? []).every(sym);
      return arrayOf(sym, 'documentSymbol');
    }
    case 'textDocument/foldingRange':
      return arrayOf((f) => Number.isInteger(f.startLine) && Number.isInteger(f.endLine) && f.endLine >= f.startLine, 'foldingRange');
    case 'textDocument/semanticTokens/full':
    case 'textDocument/semanticTokens/range':
      return r === null || (Array.isArray(r.data) && r.data.length % 5 === 0 && r.data.every(Number.isInteger)) ? undefined : `${method}: data is not a multiple of 5 integers`;
    case 'textDocument/semanticTokens/full/delta':
      if (r === null) return undefined;
      if (Array.isArray(r.data)) return r.data.length % 5 === 0 ? undefined : 'delta answered with full tokens of a bad length';
      return Array.isArray(r.edits) && r.edits.every((e) => Number.isInteger(e.start) && Number.isInteger(e.deleteCount) && (e.data === undefined || Array.isArray(e.data))) ? undefined : 'delta: malformed edits';
    case 'textDocument/documentLink':
      return arrayOf((l) => isRange(l.range), 'documentLink');
    case 'textDocument/inlayHint':
      return arrayOf((h) => Number.isInteger(h.position?.line) && (typeof h.label === 'string' || Array.isArray(h.label)), 'inlayHint');
    case 'textDocument/codeAction':
      return arrayOf((a) => typeof a.title === 'string', 'codeAction');
    case 'textDocument/documentHighlight':
      return arrayOf((h) => isRange(h.range), 'documentHighlight');
    default:
      return undefined;
  }
}

function peakRssMB(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    return round(Number(/VmHWM:\s+(\d+)/.exec(s)[1]) / 1024);
  } catch {
    return null;
  }
}

/** Lines a one-character edit can go on: a node / op line near `fraction` of the file, with a digit to change. */
export function editPosition(lines, fraction) {
  const from = Math.floor(lines.length * fraction);
  const good = (l) => l.length > 20 && l.length < 2000 && /=/.test(l) && !l.trim().startsWith('#') && !l.includes('"0x') && /[0-9]/.test(l);
  for (let d = 0; d < lines.length; d++) {
    for (const i of [from + d, from - d]) {
      if (i >= 0 && i < lines.length && good(lines[i])) {
        const l = lines[i];
        let k = l.length - 1;
        while (!/[0-9]/.test(l[k])) k--;
        return { line: i, character: k };
      }
    }
  }
  return { line: 0, character: 0 };
}

/**
 * One server process, one file: didOpen then `edits` one-character edits in the middle of the
 * file. Returns { capabilities, phases: [{ phase, diagnosticsMs, diagnostics, responses }], peakRssMB }.
 */
export async function replay({ cmd, args = [], env = {}, file, text, languageId, edits = 3, rootUri = null, timeoutMs = 120_000, log }) {
  const proc = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  proc.stderr.on('data', (d) => {
    if (stderr.length < 100_000) stderr += d.toString();
  });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const uri = pathToFileURL(file).toString();
  const published = [];
  let waiters = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri !== uri) return;
    const e = { at: now(), version: p.version, diagnostics: p.diagnostics, bytes: Buffer.byteLength(JSON.stringify(p)) };
    published.push(e);
    waiters = waiters.filter((w) => (w.pred(e) ? (w.resolve(e), false) : true));
  });
  conn.onNotification('window/logMessage', (p) => log?.(p.message));
  conn.onRequest('workspace/configuration', () => [null]);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.onRequest('workspace/semanticTokens/refresh', () => null);
  conn.listen();
  const waitPublish = (pred) => {
    const seen = published.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out waiting for publishDiagnostics')), timeoutMs);
      waiters.push({ pred, resolve: (e) => (clearTimeout(t), resolve(e)) });
    });
  };
  const out = { phases: [] };
  try {
    const init = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          synchronization: { didSave: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          semanticTokens: { requests: { full: { delta: true }, range: true }, formats: ['relative'], tokenTypes: [], tokenModifiers: [] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          inlayHint: {},
        },
        workspace: { configuration: false },
      },
    });
    const caps = init?.capabilities ?? {};
    out.capabilities = caps;
    const sync = caps.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
    await conn.sendNotification('initialized', {});
    await sleep(100);

    const st = caps.semanticTokensProvider;
    const stFull = !!st?.full;
    const stDelta = typeof st?.full === 'object' && !!st.full.delta;
    const stRange = !!st?.range;
    let tokensResultId;
    const lines = text.split('\n');
    const textDocument = { uri };

    /** The editor's requests for a visible file, all at once; resolves with their timings. */
    const editorRequests = async (cursor, t0) => {
      const visible = { start: { line: Math.max(0, cursor.line - 30), character: 0 }, end: { line: Math.min(lines.length - 1, cursor.line + 30), character: 0 } };
      const last = published.at(-1);
      const atCursor = (last?.diagnostics ?? []).filter((d) => d.range.start.line <= cursor.line && cursor.line <= d.range.end.line);
      const reqs = [];
      if (caps.documentSymbolProvider) reqs.push(['textDocument/documentSymbol', { textDocument }]);
      if (caps.foldingRangeProvider) reqs.push(['textDocument/foldingRange', { textDocument }]);
      if (stRange) reqs.push(['textDocument/semanticTokens/range', { textDocument, range: visible }]);
      if (stDelta && tokensResultId) reqs.push(['textDocument/semanticTokens/full/delta', { textDocument, previousResultId: tokensResultId }]);
      else if (stFull) reqs.push(['textDocument/semanticTokens/full', { textDocument }]);
      if (caps.documentLinkProvider) reqs.push(['textDocument/documentLink', { textDocument }]);
      if (caps.inlayHintProvider) reqs.push(['textDocument/inlayHint', { textDocument, range: visible }]);
      if (caps.codeActionProvider) reqs.push(['textDocument/codeAction', { textDocument, range: { start: cursor, end: cursor }, context: { diagnostics: atCursor, triggerKind: 2 } }]);
      if (caps.documentHighlightProvider) reqs.push(['textDocument/documentHighlight', { textDocument, position: cursor }]);
      const responses = {};
      await Promise.all(
        reqs.map(async ([method, params]) => {
          try {
            const r = await conn.sendRequest(method, params);
            const json = JSON.stringify(r ?? null);
            responses[method] = { ms: round(now() - t0), bytes: Buffer.byteLength(json) };
            const problem = malformed(method, r ?? null);
            if (problem) responses[method].malformed = problem;
            if (method.startsWith('textDocument/semanticTokens/full')) tokensResultId = r?.resultId;
          } catch (e) {
            responses[method] = { ms: round(now() - t0), error: e?.code ?? String(e?.message ?? e) };
          }
        }),
      );
      return responses;
    };

    // didOpen
    const cursor = editPosition(lines, 0.5);
    const t0 = now();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    const [first, openResponses] = await Promise.all([waitPublish(() => true), editorRequests(cursor, t0)]);
    out.phases.push({ phase: 'open', diagnosticsMs: round(first.at - t0), diagnostics: first.diagnostics.length, diagnosticsBytes: first.bytes, responses: openResponses });
    await sleep(500);

    // one-character edits inside a node line / op in the middle of the file
    for (let i = 0; i < edits; i++) {
      const pos = editPosition(lines, 0.5 + i * 0.01);
      const l = lines[pos.line];
      const ch = l[pos.character] === '7' ? '8' : '7';
      lines[pos.line] = l.slice(0, pos.character) + ch + l.slice(pos.character + 1);
      const version = i + 2;
      const change = incremental ? { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, rangeLength: 1, text: ch } : { text: lines.join('\n') };
      const e0 = now();
      await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const before = published.length;
      const [p, responses] = await Promise.all([
        waitPublish((e) => e.version === version || (e.version === undefined && published.indexOf(e) >= before)),
        editorRequests(pos, e0),
      ]);
      out.phases.push({ phase: `edit ${i + 1}`, diagnosticsMs: round(p.at - e0), diagnostics: p.diagnostics.length, diagnosticsBytes: p.bytes, responses });
      await sleep(300);
    }
    out.peakRssMB = peakRssMB(proc.pid);
  } catch (e) {
    out.error = String(e?.message ?? e);
  }
  try {
    await Promise.race([conn.sendRequest('shutdown'), sleep(5000)]);
    await conn.sendNotification('exit');
  } catch {
    /* gone */
  }
  await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(3000)]);
  if (proc.exitCode === null) proc.kill('SIGKILL');
  conn.dispose();
  if (stderr.trim()) out.stderr = stderr.slice(0, 500);
  return out;
}

/** The largest response of a replay, as { method, bytes, phase }. */
export function largestResponse(r) {
  let best = { bytes: 0 };
  for (const ph of r.phases) for (const [method, x] of Object.entries(ph.responses)) if ((x.bytes ?? 0) > best.bytes) best = { method, bytes: x.bytes, phase: ph.phase };
  return best;
}
