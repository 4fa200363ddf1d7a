import type { FxGraph, FxKwarg, FxNode, FxTypeAnnotation, OpKind } from './model';
import type { Span } from '../text';
import { parseTypeAnnotation } from './annotations';
import { addChild, finishGraph, newGraph } from './graph';
import { type Ctx, isBlank, makeNode, reportBreak, skipSpaces, trimEnd } from './context';
import { find, findLast } from './scan';
import { ValueScanner, isDigit, isIdentChar, scanIdent, scanString } from './values';

// str(graph) / print(gm.graph): `%name : [TYPE ][num_users=N] = op[target=T](args = (...), kwargs = {...})`
// lines, `return ...`, executorch `lowered graph():` children and Inductor `# Graph fragment:` blocks.

export interface GraphHeader {
  /** Start of `graph(` (or of `lowered graph(`). */
  start: number;
  end: number;
  params: { name: string; span: Span }[];
  lowered: boolean;
  /** The header is the first thing on the line (not `... graph is graph():`). */
  atLineStart: boolean;
}

/** Recognises `graph():`, `graph(x, y):`, `graph() -> T:`, `lowered graph():`, `... graph is graph():`. */
export function matchGraphHeader(t: string, s: number, e: number): GraphHeader | undefined {
  e = trimEnd(t, s, e);
  if (e - s < 8 || t.charCodeAt(e - 1) !== 58) return undefined;
  const p0 = skipSpaces(t, s, e);
  const g = findLast(t, 'graph(', p0, e);
  if (g < 0) return undefined;
  if (g > p0 && t.charCodeAt(g - 1) !== 32) return undefined;
  const close = find(t, ')', g, e);
  if (close < 0) return undefined;
  const after = t.slice(close + 1, e - 1).trim();
  if (after !== '' && !after.startsWith('->')) return undefined;
  const params: GraphHeader['params'] = [];
  let p = g + 6;
  while (p < close) {
    p = skipSpaces(t, p, close);
    if (p >= close) break;
    const ie = scanIdent(t, p, close);
    if (ie === p) return undefined;
    params.push({ name: t.slice(p, ie), span: { start: p, end: ie } });
    p = skipSpaces(t, ie, close);
    if (p < close) {
      if (t.charCodeAt(p) !== 44) return undefined;
      p++;
    }
  }
  let start = g;
  let lowered = false;
  if (g - 8 >= p0 && t.startsWith('lowered ', g - 8)) {
    start = g - 8;
    lowered = true;
  }
  return { start, end: e, params, lowered, atLineStart: start === p0 };
}

const OPS: Record<string, OpKind> = {
  placeholder: 'placeholder',
  PlaceHolder: 'placeholder',
  get_attr: 'get_attr',
  call_function: 'call_function',
  call_method: 'call_method',
  call_module: 'call_module',
  output: 'output',
};

const OPERATOR_NAMES = new Set([
  'add', 'sub', 'mul', 'floordiv', 'truediv', 'div', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
  'getitem', 'setitem', 'matmul', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'pos', 'neg', 'invert', 'not_', 'iadd',
  'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'abs', 'contains', 'is_', 'is_not', 'truth',
]);

/** `<built-in function add>` → `operator.add`, `<built-in method relu of type object at 0x…>` → `torch.relu`. */
export function normalizeReprTarget(text: string): string {
  if (!text.startsWith('<')) return text;
  let m = /^<built-in function (\w+)>$/.exec(text);
  if (m) return OPERATOR_NAMES.has(m[1]) ? `operator.${m[1]}` : `builtins.${m[1]}`;
  m = /^<built-in method (\w+) of type object/.exec(text);
  if (m) return `torch.${m[1]}`;
  m = /^<function ([\w.]+) at 0x[0-9a-f]+>$/.exec(text);
  if (m) return m[1];
  return text;
}

interface LineError {
  message: string;
  span: Span;
}

function err(message: string, at: number, end: number): LineError {
  return { message: `Cannot parse this node line: ${message}`, span: { start: at, end: Math.max(at, end) } };
}

function parseTypePrefix(t: string, s: number, e: number): FxTypeAnnotation | undefined {
  e = trimEnd(t, s, e);
  if (e <= s) return undefined;
  let q = s;
  if (t.startsWith('Tensor "', s)) q = s + 7;
  if (t.charCodeAt(q) === 34 && t.charCodeAt(e - 1) === 34 && e - q >= 2)
    return parseTypeAnnotation(t.slice(q + 1, e - 1), { start: s, end: e });
  return parseTypeAnnotation(t.slice(s, e), { start: s, end: e });
}

/** The op named by [s, e) (an OPS key), compared in place instead of slicing every node's op. */
function opAt(t: string, s: number, e: number): OpKind | undefined {
  // Most nodes are call_function: compared in place; any other op is looked up as before.
  if (e - s === 13 && t.startsWith('call_function', s)) return 'call_function';
  return OPS[t.slice(s, e)];
}

/** The value of the decimal digits [s, e), or undefined when the range is empty or holds anything else. */
function digitsValue(t: string, s: number, e: number): number | undefined {
  if (s >= e) return undefined;
  if (e - s > 15) return /^\d+$/.test(t.slice(s, e)) ? Number(t.slice(s, e)) : undefined; // beyond exact doubles: let Number round
  let n = 0;
  for (let p = s; p < e; p++) {
    const c = t.charCodeAt(p);
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Parses one `%name : ...` line (content [s, e), `s` on the `%`). */
export function parseNodeLine(ctx: Ctx, g: FxGraph, s: number, e: number): FxNode | LineError {
  const t = ctx.text;
  e = trimEnd(t, s, e);
  const nameStart = s + 1;
  const nameEnd = scanIdent(t, nameStart, e);
  const name = t.slice(nameStart, nameEnd);
  let p = skipSpaces(t, nameEnd, e);
  if (t.charCodeAt(p) !== 58) return err("expected ':' after the node name", p, e);
  p = skipSpaces(t, p + 1, e);
  // TYPE runs up to `[num_users=` / `[#users=`, or to ` = ` when there is no users count (PlaceHolder).
  const typeStart = p;
  let depth = 0;
  let usersAt = -1;
  let eqAt = -1;
  while (p < e) {
    const c = t.charCodeAt(p);
    if (c === 34) {
      const se = scanString(t, p, e);
      if (se < 0) return err('unterminated string in the type annotation', p, e);
      p = se;
      continue;
    }
    if (c === 91) {
      if (depth === 0 && (t.startsWith('[num_users=', p) || t.startsWith('[#users=', p))) {
        usersAt = p;
        break;
      }
      depth++;
    } else if (c === 93) depth--;
    else if (c === 61 && depth === 0 && (p === typeStart || t.charCodeAt(p - 1) === 32)) {
      eqAt = p;
      break;
    }
    p++;
  }
  if (usersAt < 0 && eqAt < 0) return err("expected '[num_users=N] = op[target=...]'", typeStart, e);
  const type = parseTypePrefix(t, typeStart, usersAt >= 0 ? usersAt : eqAt);
  let declaredUsers: number | undefined;
  if (usersAt >= 0) {
    const close = find(t, ']', usersAt, e);
    if (close < 0) return err("expected ']' to close '[num_users='", usersAt, e);
    declaredUsers = digitsValue(t, find(t, '=', usersAt, close) + 1, close);
    p = skipSpaces(t, close + 1, e);
    if (t.charCodeAt(p) !== 61) return err("expected '=' after the users count", p, e);
    eqAt = p;
  }
  p = skipSpaces(t, eqAt + 1, e);
  const opStart = p;
  const opEnd = scanIdent(t, p, e);
  const span = { start: s, end: e };
  const nameSpan = { start: nameStart, end: nameEnd };
  // 1.8-era get_attr: `%linear_weight : [#users=1] = self.linear.weight`
  if (opEnd - opStart === 4 && t.startsWith('self', opStart) && t.charCodeAt(opEnd) === 46) {
    const ts = opEnd + 1;
    return makeNode(g, {
      name, nameSpan, op: 'get_attr', target: t.slice(ts, e), targetText: t.slice(opStart, e),
      targetSpan: { start: opStart, end: e }, argStyle: 'graph', type, declaredUsers, span,
    });
  }
  const op = opAt(t, opStart, opEnd);
  // The op's text is only needed for messages: sliced here, not for every node.
  const opText = op === 'call_function' ? 'call_function' : t.slice(opStart, opEnd);
  if (!op) return err(opText ? `unknown op '${opText}'` : 'expected an op such as call_function', opStart, e);
  if (!t.startsWith('[target=', opEnd)) return err("expected '[target=' after the op", opEnd, e);
  const targetStart = opEnd + 8;
  let q = targetStart;
  depth = 0;
  while (q < e) {
    const c = t.charCodeAt(q);
    if (c === 91) depth++;
    else if (c === 93) {
      if (depth === 0) break;
      depth--;
    }
    q++;
  }
  if (q >= e) return err(`expected ']' to close the target of ${opText}`, targetStart, e);
  const targetText = t.slice(targetStart, q);
  const targetSpan = { start: targetStart, end: q };
  const target = normalizeReprTarget(targetText);
  p = q + 1;
  if (op === 'placeholder' || op === 'get_attr') {
    let defaultText: string | undefined;
    if (op === 'placeholder' && t.startsWith('(default=', p)) {
      if (t.charCodeAt(e - 1) !== 41) return err("expected ')' to close '(default='", p, e);
      defaultText = t.slice(p + 9, e - 1);
    }
    return makeNode(g, { name, nameSpan, op, target, targetText, targetSpan, argStyle: 'graph', type, declaredUsers, defaultText, span });
  }
  // `(args = (...), kwargs = {...})`
  if (t.charCodeAt(p) !== 40) return err(`expected '(args = ...' after the target of ${opText}`, p, e);
  p = skipSpaces(t, p + 1, e);
  if (!t.startsWith('args', p)) return err(`expected 'args = (' in ${opText}`, p, e);
  p = skipSpaces(t, p + 4, e);
  if (t.charCodeAt(p) !== 61) return err(`expected 'args = (' in ${opText}`, p, e);
  p = skipSpaces(t, p + 1, e);
  if (t.charCodeAt(p) !== 40) return err(`expected '(' to open the args of ${opText}`, p, e);
  const sc = new ValueScanner(t, p, e, 'graph');
  const seq = sc.parseSeq(41, 0, false);
  if (!seq) return err(`expected ')' to close the args of ${opText} (${sc.error})`, sc.errorPos, e);
  const args = seq.args;
  const argsSpan = seq.inner;
  let kwargs: FxKwarg[] = [];
  p = skipSpaces(t, sc.pos, e);
  if (t.startsWith(', kwargs = {})', p) && p + 14 === e) {
    // The usual empty kwargs: no dict value to build and map.
    p += 13;
  } else if (t.charCodeAt(p) === 44) {
    p = skipSpaces(t, p + 1, e);
    if (!t.startsWith('kwargs', p)) return err(`expected 'kwargs = {' in ${opText}`, p, e);
    p = skipSpaces(t, p + 6, e);
    if (t.charCodeAt(p) !== 61) return err(`expected 'kwargs = {' in ${opText}`, p, e);
    p = skipSpaces(t, p + 1, e);
    if (t.charCodeAt(p) !== 123) return err(`expected '{' to open the kwargs of ${opText}`, p, e);
    sc.pos = p;
    const d = sc.parseDict(0);
    if (!d || d.kind !== 'dict') return err(`expected '}' to close the kwargs of ${opText} (${sc.error})`, sc.errorPos, e);
    kwargs = d.entries.map((en) => ({
      name: en.key,
      nameSpan: en.keySpan,
      value: en.value,
      span: { start: en.keySpan.start, end: en.value.span.end },
    }));
    p = skipSpaces(t, sc.pos, e);
  }
  if (t.charCodeAt(p) !== 41) return err(`expected ')' to close the ${opText} node`, p, e);
  return makeNode(g, { name, nameSpan, op, target, targetText, targetSpan, args, kwargs, argsSpan, argStyle: 'graph', type, declaredUsers, span });
}

/** `return <value>` (content [s, e), `s` on `return`), as an output node. */
export function parseReturnLine(ctx: Ctx, g: FxGraph, s: number, e: number, argStyle: FxNode['argStyle']): FxNode | LineError {
  const t = ctx.text;
  e = trimEnd(t, s, e);
  const kw = { start: s, end: s + 6 };
  const p = skipSpaces(t, s + 6, e);
  const args = [];
  if (p < e) {
    const sc = new ValueScanner(t, p, e, 'code');
    const v = sc.parseBareSequence();
    if (!v) return { message: `Cannot parse this return line: ${sc.error}`, span: { start: sc.errorPos, end: e } };
    args.push(v);
  }
  return makeNode(g, {
    name: 'output', nameSpan: kw, op: 'output', target: 'output', targetText: 'return', targetSpan: kw,
    args, argsSpan: p < e ? { start: p, end: e } : undefined, argStyle, span: { start: s, end: e },
  });
}

function isReturnAt(t: string, p: number, e: number): boolean {
  return t.startsWith('return', p) && (p + 6 >= e || !isIdentChar(t.charCodeAt(p + 6)));
}

export interface StrGraphOptions {
  /** Lines are `#   ...` Inductor comment lines. */
  fragment?: boolean;
  /** Nested (executorch lowered) graph: ends on dedent below its body. */
  nested?: boolean;
}

function fragmentContent(t: string, s: number, e: number): number {
  const p = skipSpaces(t, s, e);
  if (t.charCodeAt(p) !== 35) return -1;
  return p + 1;
}

/**
 * Parses str(graph) body lines from line `i` into `g`; returns the index of the first line that is
 * not part of the graph.
 */
export function parseStrGraphBody(ctx: Ctx, g: FxGraph, i: number, opts: StrGraphOptions = {}): number {
  const t = ctx.text;
  const { start, end, count } = ctx.lines;
  let bodyIndent = -1;
  let lastGetAttr: FxNode | undefined;
  for (; i < count; i++) {
    let s = start[i];
    const e = end[i];
    if (opts.fragment) {
      s = fragmentContent(t, s, e);
      if (s < 0) break;
    }
    const p = skipSpaces(t, s, e);
    if (p >= e) {
      if (opts.fragment) break;
      continue;
    }
    const indent = p - s;
    if (opts.nested && bodyIndent >= 0 && indent < bodyIndent) break;
    const c = t.charCodeAt(p);
    if (c === 37 && scanIdent(t, p + 1, e) > p + 1) {
      if (bodyIndent < 0) bodyIndent = indent;
      const r = parseNodeLine(ctx, g, p, e);
      if ('op' in r) {
        g.nodes.push(r);
        lastGetAttr = r.op === 'get_attr' ? r : undefined;
      } else reportBreak(ctx, g, r.span, r.message);
      continue;
    }
    if (isReturnAt(t, p, e)) {
      const r = parseReturnLine(ctx, g, p, e, 'code');
      if ('op' in r) {
        g.nodes.push(r);
        g.output = r;
      } else reportBreak(ctx, g, r.span, r.message);
      return i + 1;
    }
    const h = matchGraphHeader(t, p, e);
    if (h && h.atLineStart && indent > 0 && (h.lowered || (bodyIndent >= 0 && indent > bodyIndent))) {
      const childName = lastGetAttr ? lastGetAttr.target : 'graph';
      const child = newGraph(childName, 'str-graph', { start: h.start, end: h.end });
      addPlaceholdersFromHeader(ctx, child, h);
      const next = parseStrGraphBody(ctx, child, i + 1, { nested: true });
      finishGraph(child);
      addChild(g, child);
      i = next - 1;
      continue;
    }
    // Pasted dumps elide with `...`; executorch prints `backend_id: X` above a lowered graph.
    if (c === 35 || t.startsWith('...', p) || t.startsWith('backend_id:', p)) continue;
    break;
  }
  return i;
}

/** 1.8-era `graph(x, y):` headers name the placeholders instead of printing them as lines. */
export function addPlaceholdersFromHeader(ctx: Ctx, g: FxGraph, h: GraphHeader): void {
  for (const prm of h.params) {
    g.nodes.push(
      makeNode(g, {
        name: prm.name, nameSpan: prm.span, op: 'placeholder', target: prm.name, targetText: prm.name,
        targetSpan: prm.span, argStyle: 'graph', span: prm.span,
      }),
    );
  }
}

export function isNodeLineStart(t: string, p: number, e: number): boolean {
  return t.charCodeAt(p) === 37 && scanIdent(t, p + 1, e) > p + 1 && isBlank(t, p, p) && !isDigit(t.charCodeAt(p + 1));
}
