import type { FxGraph, FxKwarg, FxValue, OpKind } from './model';
import { type Ctx, makeNode, reportBreak, skipSpaces, trimEnd } from './context';
import { newGraph } from './graph';
import { normalizeReprTarget } from './strgraph';
import { ValueScanner } from './values';

// graph.print_tabular(): a `tabulate` "simple" table. Columns are located from the dash row,
// because in TORCH_LOGS the header line has the log filename glued in front of it.

const OPCODES: Record<string, OpKind> = {
  placeholder: 'placeholder',
  get_attr: 'get_attr',
  call_function: 'call_function',
  call_method: 'call_method',
  call_module: 'call_module',
  output: 'output',
};

/** Column starts of a dash row like `-------------  ------  ----`, or undefined. */
function dashColumns(t: string, s: number, e: number): number[] | undefined {
  const cols: number[] = [];
  let p = s;
  e = trimEnd(t, s, e);
  while (p < e) {
    if (t.charCodeAt(p) !== 45) return undefined;
    cols.push(p - s);
    while (p < e && t.charCodeAt(p) === 45) p++;
    const q = skipSpaces(t, p, e);
    if (q < e && q - p < 1) return undefined;
    p = q;
  }
  return cols.length >= 5 ? cols : undefined;
}

/** Whether line `i` is the `opcode  name  target  args  kwargs` header (followed by its dash row). */
export function isTabularHeader(ctx: Ctx, i: number): boolean {
  const t = ctx.text;
  const s = ctx.lines.start[i];
  const e = trimEnd(t, s, ctx.lines.end[i]);
  if (!t.startsWith('kwargs', e - 6)) return false;
  const words = t.slice(s, e).trim().split(/\s+/);
  const n = words.length;
  if (n < 5 || words[n - 5] !== 'opcode' || words[n - 4] !== 'name' || words[n - 3] !== 'target' || words[n - 2] !== 'args') return false;
  return i + 1 < ctx.lines.count && dashColumns(t, ctx.lines.start[i + 1], ctx.lines.end[i + 1]) !== undefined;
}

function normalizeTabularTarget(op: OpKind, text: string): string {
  if (text.startsWith('<')) return normalizeReprTarget(text);
  if (op === 'call_function' && !/^(torch|operator|builtins|math|_operator)\./.test(text) && text.split('.').length >= 3)
    return `torch.ops.${text}`;
  return text;
}

function parseCell(t: string, s: number, e: number): FxValue | undefined {
  if (s >= e) return undefined;
  const sc = new ValueScanner(t, s, e, 'code');
  const v = sc.parseValue();
  if (!v || skipSpaces(t, sc.pos, e) < e) return { kind: 'raw', text: t.slice(s, e), span: { start: s, end: e } };
  return v;
}

/** Parses the table whose header is line `i`; returns the graph and the next line. */
export function parseTabular(ctx: Ctx, i: number, name: string): { graph: FxGraph; next: number } {
  const t = ctx.text;
  const { start, end, count } = ctx.lines;
  const hs = skipSpaces(t, start[i], end[i]);
  const g = newGraph(name, 'tabular', { start: hs, end: trimEnd(t, hs, end[i]) });
  const cols = dashColumns(t, start[i + 1], end[i + 1])!;
  let j = i + 2;
  for (; j < count; j++) {
    const s = start[j];
    const e = trimEnd(t, s, end[j]);
    if (e <= s) break;
    const cell = (k: number): [number, number] => {
      const cs = Math.min(s + cols[k], e);
      const ce = k + 1 < cols.length ? Math.min(s + cols[k + 1], e) : e;
      const a = skipSpaces(t, cs, ce);
      return [a, trimEnd(t, a, ce)];
    };
    const [os, oe] = cell(0);
    const op = OPCODES[t.slice(os, oe)];
    if (!op) break;
    const [ns, ne] = cell(1);
    const [ts, te] = cell(2);
    let [as, ae] = cell(3);
    let [ks, ke] = cell(4);
    if (t.charCodeAt(ks) !== 123 && t.charCodeAt(as) === 40) {
      // An edit (a quick-fix, typing) pushed the args tuple past the kwargs column: the kwargs
      // are whatever follows the tuple.
      const sc = new ValueScanner(t, as, e, 'code');
      if (sc.parseValue()?.kind === 'tuple' && sc.pos > ae) {
        ae = sc.pos;
        ks = skipSpaces(t, sc.pos, e);
        ke = e;
      }
    }
    const targetText = t.slice(ts, te);
    let args: FxValue[] = [];
    const av = parseCell(t, as, ae);
    if (av) args = av.kind === 'tuple' ? av.items : [av];
    let kwargs: FxKwarg[] = [];
    const kv = parseCell(t, ks, ke);
    if (kv?.kind === 'dict')
      kwargs = kv.entries.map((en) => ({ name: en.key, nameSpan: en.keySpan, value: en.value, span: { start: en.keySpan.start, end: en.value.span.end } }));
    else if (kv && kv.kind === 'raw') reportBreak(ctx, g, kv.span, 'Cannot parse this table row: expected a dict in the kwargs column');
    const node = makeNode(g, {
      name: t.slice(ns, ne), nameSpan: { start: ns, end: ne }, op, target: normalizeTabularTarget(op, targetText), targetText,
      targetSpan: { start: ts, end: te }, args, kwargs, argsSpan: ae > as + 1 ? { start: as + 1, end: ae - 1 } : undefined,
      argStyle: 'tabular', span: { start: os, end: e },
    });
    g.nodes.push(node);
    if (op === 'output') g.output = node;
  }
  return { graph: g, next: j };
}
