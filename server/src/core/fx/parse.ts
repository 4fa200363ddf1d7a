import type { Diagnostic } from '../diagnostics';
import type { FxDocument, FxGraph } from './model';
import { type Ctx, skipSpaces, trimEnd } from './context';
import { findLast } from './scan';
import { finishTree, matchClassHeader, parseClassBlock, parseForward } from './code';
import { type LevelHint, finishGraph, levelFromHeader, newGraph } from './graph';
import { splitLines } from './lines';
import { parseSignature } from './signature';
import { addPlaceholdersFromHeader, matchGraphHeader, parseStrGraphBody } from './strgraph';
import { isTabularHeader, parseTabular } from './tabular';
import { stripAnsi, remapDocument } from './ansi';

// The front end: finds every graph in any FX dump text (plain dumps, logs, repro scripts) and
// hands each block to its format parser. Lines that belong to no graph are skipped silently.

export { allGraphs, forEachValue } from './model';

/** Parses any FX dump text into graphs. Never throws: internal failures become a parse-error. */
export function parseFx(text: string): FxDocument {
  try {
    if (text.indexOf('\x1b') >= 0) {
      const { clean, map } = stripAnsi(text);
      const doc = parseClean(clean);
      remapDocument(doc, map);
      return { ...doc, text };
    }
    return parseClean(text);
  } catch (e) {
    const diag: Diagnostic = {
      code: 'parse-error',
      severity: 'error',
      message: `The FX parser failed internally: ${e instanceof Error ? e.message : String(e)}`,
      span: { start: 0, end: 0 },
      fixes: [],
    };
    return { text, graphs: [], diagnostics: [diag] };
  }
}

interface Pending {
  name?: string;
  level?: LevelHint;
  exported?: boolean;
}

function parseClean(text: string): FxDocument {
  const ctx: Ctx = { text, lines: splitLines(text), diagnostics: [], broken: new Set() };
  const graphs: FxGraph[] = [];
  const t = text;
  const { start, end, count } = ctx.lines;
  let pending: Pending = {};
  let lastExported: FxGraph | undefined;

  const finish = (g: FxGraph) => {
    const hint = pending.level ?? (pending.name ? levelFromHeader(pending.name) : undefined);
    if (pending.name) g.name = pending.name;
    finishTree(g, hint);
    graphs.push(g);
    pending = {};
  };

  let i = 0;
  while (i < count) {
    const s = start[i];
    const e = trimEnd(t, s, end[i]);
    const p = skipSpaces(t, s, e);
    if (p >= e) {
      i++;
      continue;
    }
    const c = t.charCodeAt(p);
    const line = e - p < 64 ? t.slice(p, e) : '';

    if (line === 'TRACED GRAPH') {
      pending = { exported: pending.exported };
      i++;
      continue;
    }
    if (c === 61 && t.startsWith('===== ', p) && t.startsWith(' =====', e - 6) && e - p > 12) {
      pending.name = t.slice(p + 6, e - 6).trim();
      i++;
      continue;
    }
    if (line === 'ExportedProgram:') {
      pending = { exported: true };
      i++;
      continue;
    }
    if (t.startsWith('Graph signature:', p)) {
      const r = parseSignature(ctx, i, p);
      if (r.signature && lastExported && !lastExported.signature) {
        lastExported.signature = r.signature;
        lastExported.level = 'export';
        lastExported.levelReason = 'print(exported_program) with a graph signature';
      }
      i = r.next;
      continue;
    }
    if (t.startsWith('Range constraints:', p) || t.startsWith('Equality constraints:', p)) {
      i++;
      continue;
    }
    if (c === 123 && t.startsWith('{"', p)) {
      // TORCH_TRACE metadata line: its artifact key tells the level of the payload that follows.
      const head = t.slice(p, Math.min(e, p + 40));
      if (head.includes('"dynamo_output_graph"')) pending = { level: { level: 'dynamo', reason: 'TORCH_TRACE `dynamo_output_graph` artifact' } };
      else if (/"aot_(forward|backward|joint|inference)_graph"/.test(head))
        pending = { level: { level: 'aot', reason: 'TORCH_TRACE AOT graph artifact' } };
      i++;
      continue;
    }
    if (c === 35) {
      if (/^#\s*Graph fragment:\s*$/.test(t.slice(p, e))) {
        const g = newGraph('Graph fragment', 'inductor-fragment', { start: p, end: e });
        i = parseStrGraphBody(ctx, g, i + 1, { fragment: true });
        finish(g);
        continue;
      }
      i++;
      continue;
    }
    if (t.startsWith('def forward(', p)) {
      const g = newGraph('forward', 'code', { start: p, end: e });
      i = parseForward(ctx, g, i, p);
      finish(g);
      continue;
    }
    const ch = findLast(t, 'class ', p, e) >= 0 ? matchClassHeader(t, s, e) : undefined;
    if (ch) {
      const exported = !!pending.exported;
      const r = parseClassBlock(ctx, i, ch, exported ? 'exported-program' : 'print-readable');
      if (r.graph) {
        finish(r.graph);
        if (exported) lastExported = r.graph;
      }
      i = Math.max(r.next, i + 1);
      continue;
    }
    const h = matchGraphHeader(t, s, e);
    if (h && (h.atLineStart || (i + 1 < count && t.charCodeAt(skipSpaces(t, start[i + 1], end[i + 1])) === 37))) {
      const g = newGraph('graph', 'str-graph', { start: h.start, end: h.end });
      addPlaceholdersFromHeader(ctx, g, h);
      i = parseStrGraphBody(ctx, g, i + 1);
      finish(g);
      continue;
    }
    if (c === 37 && isNodeStart(t, p, e)) {
      const g = newGraph('graph', 'str-graph', { start: p, end: p });
      i = Math.max(parseStrGraphBody(ctx, g, i), i + 1);
      finish(g);
      continue;
    }
    if (e - p >= 20 && t.startsWith('kwargs', e - 6) && isTabularHeader(ctx, i)) {
      const r = parseTabular(ctx, i, pending.name ?? 'graph');
      finish(r.graph);
      i = r.next;
      continue;
    }
    // Anything else (prose, log noise, `GraphModule()`, imports) is not part of a graph.
    pending = { exported: pending.exported };
    i++;
  }
  ctx.diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { text, graphs, diagnostics: ctx.diagnostics };
}

function isNodeStart(t: string, p: number, e: number): boolean {
  let q = p + 1;
  while (q < e) {
    const c = t.charCodeAt(q);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57)) q++;
    else break;
  }
  if (q === p + 1) return false;
  q = skipSpaces(t, q, e);
  return t.charCodeAt(q) === 58;
}

export { finishGraph };
