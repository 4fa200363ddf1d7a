import type { FxFormat, FxGraph, FxNode, FxProvenance, FxTypeAnnotation, FxValue } from './model';
import type { Span } from '../text';
import { parseProvenance, parseTypeAnnotation } from './annotations';
import { addChild, finishGraph, newGraph } from './graph';
import { type Ctx, makeNode, reportBreak, skipSpaces, trimEnd } from './context';
import { find, findLast } from './scan';
import { ValueScanner, isIdentChar, isIdentStart, scanIdent, scanString } from './values';

// gm.code / print_readable(): `class X(torch.nn.Module):` blocks, `def forward(...)` and the body
// statements FX's code generator emits. Statements the generator never emits for nodes (pytree
// plumbing, `_rf.__enter__()`, `torch._check(...)`) are skipped, not reported.

export interface ClassHeader {
  name: string;
  start: number;
  end: number;
  /** Indentation of the line content (a glued log filename counts as indentation). */
  indent: number;
}

/** `class X(torch.nn.Module):`, also with a log filename glued before it and `<lambda>` names. */
export function matchClassHeader(t: string, s: number, e: number): ClassHeader | undefined {
  e = trimEnd(t, s, e);
  if (t.charCodeAt(e - 1) !== 58) return undefined;
  const p0 = skipSpaces(t, s, e);
  const c = findLast(t, 'class ', p0, e);
  if (c < p0 || (c > p0 && t.charCodeAt(c - 1) !== 32)) return undefined;
  let p = c + 6;
  const ns = p;
  while (p < e) {
    const k = t.charCodeAt(p);
    if (k === 40 || k === 58 || k === 32) break;
    p++;
  }
  if (p === ns) return undefined;
  const name = t.slice(ns, p);
  if (t.charCodeAt(p) === 40) {
    const close = find(t, ')', p, e);
    if (close !== e - 2) return undefined;
  } else if (p !== e - 1) return undefined;
  return { name, start: c, end: e, indent: p0 - s };
}

const BUILTINS = new Set(['getattr', 'iter', 'next', 'len', 'int', 'float', 'bool', 'isinstance', 'hasattr', 'range', 'list', 'tuple', 'max', 'min', 'abs', 'sum', 'print']);

const BINARY_OPS: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow', '<<': 'lshift',
  '>>': 'rshift', '&': 'and_', '|': 'or_', '^': 'xor', '@': 'matmul', '==': 'eq', '!=': 'ne', '<': 'lt', '>': 'gt',
  '<=': 'le', '>=': 'ge',
};

function isBlankRange(t: string, s: number, e: number): boolean {
  return skipSpaces(t, s, e) >= e;
}

function scannerFor(ctx: Ctx, p: number, e: number): ValueScanner {
  const sc = new ValueScanner(ctx.text, p, e, 'code');
  sc.lines = ctx.lines;
  return sc;
}

interface Statement {
  /** End of the first statement (before `;` / a comment), trimmed. */
  end: number;
  /** End of the statement's last line, trimmed (node spans run to here). */
  lineEnd: number;
  lastLine: number;
  broken?: { message: string; span: Span };
}

const CLOSE_OF: Record<number, string> = { 40: ')', 91: ']', 123: '}' };

/**
 * Finds where the statement starting at `p` on line `k` ends: the first top-level `;` or comment,
 * following bracket continuations onto later lines when a line ends with an opener or a comma.
 */
function readStatement(ctx: Ctx, k: number, p: number): Statement {
  const t = ctx.text;
  const { start, end, count } = ctx.lines;
  const stack: number[] = [];
  let stmtEnd = -1;
  let line = k;
  let x = p;
  for (;;) {
    const e = end[line];
    let lastSig = -1;
    while (x < e) {
      const c = t.charCodeAt(x);
      if (c === 34 || c === 39) {
        const se = scanString(t, x, e);
        if (se < 0) {
          return { end: e, lineEnd: trimEnd(t, start[line], e), lastLine: line, broken: { message: 'Cannot parse this node line: unterminated string', span: { start: x, end: trimEnd(t, x, e) } } };
        }
        x = se;
        lastSig = c;
        continue;
      }
      if (c === 35) break;
      if (c === 40 || c === 91 || c === 123) stack.push(c);
      else if (c === 41 || c === 93 || c === 125) {
        const open = stack.pop();
        if (open === undefined || CLOSE_OF[open].charCodeAt(0) !== c) {
          return { end: e, lineEnd: trimEnd(t, start[line], e), lastLine: line, broken: { message: `Cannot parse this node line: unexpected '${String.fromCharCode(c)}'`, span: { start: x, end: x + 1 } } };
        }
      } else if (c === 59 && stack.length === 0) {
        stmtEnd = x;
        break;
      }
      if (c !== 32 && c !== 9) lastSig = c;
      x++;
    }
    if (stmtEnd < 0 && stack.length === 0) stmtEnd = x;
    if (stmtEnd >= 0) return { end: trimEnd(t, p, stmtEnd), lineEnd: trimEnd(t, start[line], e), lastLine: line };
    const continues = lastSig === 40 || lastSig === 91 || lastSig === 123 || lastSig === 44 || lastSig === -1;
    if (!continues || line + 1 >= count) {
      const expected = CLOSE_OF[stack[stack.length - 1]];
      const lineEnd = trimEnd(t, start[line], e);
      return {
        end: e,
        lineEnd,
        lastLine: line,
        broken: { message: `Cannot parse this node line: expected '${expected}' before the end of the line`, span: { start: p, end: Math.max(p, line === k ? lineEnd : trimEnd(t, p, end[k])) } },
      };
    }
    line++;
    x = start[line];
  }
}

interface Param {
  name: string;
  span: Span;
  nameSpan: Span;
  type?: FxTypeAnnotation;
  defaultText?: string;
}

/** Parses one `name[: ann][= default]` parameter in [s, e). */
function parseParam(t: string, s: number, e: number): Param | undefined {
  s = skipSpaces(t, s, e);
  e = trimEnd(t, s, e);
  if (s >= e) return undefined;
  let p = s;
  while (t.charCodeAt(p) === 42) p++; // *args
  const ne = scanIdent(t, p, e);
  if (ne === p) return undefined;
  const prm: Param = { name: t.slice(p, ne), nameSpan: { start: p, end: ne }, span: { start: s, end: e } };
  let q = skipSpaces(t, ne, e);
  if (t.charCodeAt(q) === 58) {
    q = skipSpaces(t, q + 1, e);
    if (t.charCodeAt(q) === 34 || t.charCodeAt(q) === 39) {
      const se = scanString(t, q, e);
      if (se > 0) {
        prm.type = parseTypeAnnotation(t.slice(q + 1, se - 1), { start: q, end: se });
        q = skipSpaces(t, se, e);
      }
    } else {
      let depth = 0;
      let a = q;
      while (a < e) {
        const c = t.charCodeAt(a);
        if (c === 40 || c === 91) depth++;
        else if (c === 41 || c === 93) depth--;
        else if (c === 61 && depth === 0) break;
        a++;
      }
      const ae = trimEnd(t, q, a);
      if (ae > q) prm.type = parseTypeAnnotation(t.slice(q, ae), { start: q, end: ae });
      q = a;
    }
  }
  if (t.charCodeAt(q) === 61) prm.defaultText = t.slice(skipSpaces(t, q + 1, e), e);
  return prm;
}

/** The names defined so far in a forward body: `has` answers whether one is, `add` defines one. */
interface NameSet {
  has(name: string): boolean;
  add(name: string): unknown;
}

/**
 * A NameSet for a forward body, where `has` is rare: only two-segment heads (`node.method(...)`,
 * `node.attr`, `operator.getitem(...)`) ask, while every node adds its name. Hashing every name
 * into a 100k-entry Set was a measurable share of parsing a large print_readable; instead the
 * names are listed, and a question is answered from the list once per distinct name, then kept
 * current by `add`. Past a few distinct questions (Dynamo graphs call methods on many nodes) it
 * turns into a plain Set.
 */
class LazyNames implements NameSet {
  private static readonly MAX_ASKED = 16;
  private added: string[] = [];
  private readonly asked = new Map<string, boolean>();
  private all?: Set<string>;

  add(name: string): this {
    if (this.all) this.all.add(name);
    else {
      this.added.push(name);
      if (this.asked.size !== 0 && this.asked.has(name)) this.asked.set(name, true);
    }
    return this;
  }

  has(name: string): boolean {
    if (this.all) return this.all.has(name);
    let known = this.asked.get(name);
    if (known === undefined) {
      if (this.asked.size >= LazyNames.MAX_ASKED) {
        this.all = new Set(this.added);
        this.added = [];
        return this.all.has(name);
      }
      known = this.added.includes(name);
      this.asked.set(name, known);
    }
    return known;
  }
}

interface BodyState {
  g: FxGraph;
  known: NameSet;
  pending: FxNode[];
  flushed: boolean;
  declared: Map<string, { type?: FxTypeAnnotation; span: Span; nameSpan: Span }>;
  provenance?: FxProvenance;
  aliased: Set<FxNode>;
  pendingIndex?: { list: FxNode[]; map: Map<string, FxNode> };
}

/** The pending placeholder named `name` (index rebuilt when the pending list is replaced). */
function pendingNamed(st: BodyState, name: string): FxNode | undefined {
  if (!st.pendingIndex || st.pendingIndex.list !== st.pending) {
    st.pendingIndex = { list: st.pending, map: new Map(st.pending.map((n) => [n.name, n])) };
  }
  return st.pendingIndex.map.get(name);
}

function placeholderNode(g: FxGraph, name: string, nameSpan: Span, span: Span, type?: FxTypeAnnotation, defaultText?: string): FxNode {
  return makeNode(g, {
    name, nameSpan, op: 'placeholder', target: name, targetText: name, targetSpan: nameSpan, argStyle: 'code', type, defaultText, span,
  });
}

function flush(st: BodyState): void {
  if (st.flushed) return;
  st.flushed = true;
  for (const ph of st.pending) {
    if (!ph.type) {
      const d = st.declared.get(ph.name);
      if (d?.type) ph.type = d.type;
    }
    st.g.nodes.push(ph);
  }
}

function addNode(st: BodyState, node: FxNode): void {
  flush(st);
  if (st.provenance) node.provenance = st.provenance;
  st.g.nodes.push(node);
  st.known.add(node.name);
}

/** `self.a.b`, `getattr(self.layer1, "0").conv1`: the attribute path, or undefined. */
function parseSelfPath(t: string, p: number, e: number, depth = 0): { segs: string[]; end: number } | undefined {
  let segs: string[];
  let q: number;
  if (t.startsWith('getattr(', p) && depth < 16) {
    const inner = parseSelfPath(t, skipSpaces(t, p + 8, e), e, depth + 1);
    if (!inner) return undefined;
    q = skipSpaces(t, inner.end, e);
    if (t.charCodeAt(q) !== 44) return undefined;
    q = skipSpaces(t, q + 1, e);
    const qc = t.charCodeAt(q);
    if (qc !== 34 && qc !== 39) return undefined;
    const se = scanString(t, q, e);
    if (se < 0) return undefined;
    const seg = t.slice(q + 1, se - 1);
    q = skipSpaces(t, se, e);
    if (t.charCodeAt(q) !== 41) return undefined;
    segs = [...inner.segs, seg];
    q++;
  } else if (t.startsWith('self', p) && !isIdentChar(t.charCodeAt(p + 4))) {
    segs = [];
    q = p + 4;
  } else return undefined;
  while (t.charCodeAt(q) === 46 && isIdentStart(t.charCodeAt(q + 1))) {
    const ie = scanIdent(t, q + 1, e);
    segs.push(t.slice(q + 1, ie));
    q = ie;
  }
  return { segs, end: q };
}

function readOperator(t: string, p: number, e: number): string | undefined {
  const two = t.slice(p, p + 2);
  if (BINARY_OPS[two] !== undefined && two.length === 2) return two;
  const one = t[p];
  if (p < e && BINARY_OPS[one] !== undefined) return one;
  return undefined;
}

interface Lhs {
  name: string;
  nameSpan: Span;
  type?: FxTypeAnnotation;
}

/** Turns the right-hand side [p, E) into a node, or returns undefined for statements that are not nodes. */
function parseRhs(ctx: Ctx, st: BodyState, lhs: Lhs, p: number, E: number, span: Span): FxNode | undefined {
  const t = ctx.text;
  const g = st.g;
  const mk = (op: FxNode['op'], target: string, targetText: string, targetSpan: Span, args: FxValue[], kwargs?: FxNode['kwargs'], argsSpan?: Span): FxNode =>
    makeNode(g, { name: lhs.name, nameSpan: lhs.nameSpan, type: lhs.type, span, argStyle: 'code', op, target, targetText, targetSpan, args, kwargs, argsSpan });
  // Module attributes and submodule calls.
  if (t.startsWith('self', p) || t.startsWith('getattr(self', p)) {
    const sp = parseSelfPath(t, p, E);
    if (sp && sp.segs.length > 0) {
      const q = skipSpaces(t, sp.end, E);
      const targetSpan = { start: p, end: sp.end };
      const target = sp.segs.join('.');
      const targetText = t.slice(p, sp.end);
      if (q >= E) return mk('get_attr', target, targetText, targetSpan, []);
      if (t.charCodeAt(q) === 40) {
        const sc = scannerFor(ctx, q, E);
        const seq = sc.parseSeq(41, 0, true);
        if (!seq || skipSpaces(t, sc.pos, E) < E) return undefined;
        return mk('call_module', target, targetText, targetSpan, seq.args, seq.kwargs, seq.inner);
      }
      return undefined;
    }
  }
  const c = t.charCodeAt(p);
  // Unary operators on a node: `-x`, `~x`, `not x`.
  if ((c === 45 || c === 126 || c === 43) && isIdentStart(t.charCodeAt(skipSpaces(t, p + 1, E)))) {
    const sc = scannerFor(ctx, p + 1, E);
    const v = sc.parseValue();
    if (!v || skipSpaces(t, sc.pos, E) < E) return undefined;
    const target = c === 45 ? 'operator.neg' : c === 126 ? 'operator.invert' : 'operator.pos';
    return mk('call_function', target, t[p], { start: p, end: p + 1 }, [v]);
  }
  if (t.startsWith('not ', p)) {
    const sc = scannerFor(ctx, p + 4, E);
    const v = sc.parseValue();
    if (!v || skipSpaces(t, sc.pos, E) < E) return undefined;
    return mk('call_function', 'operator.not_', 'not', { start: p, end: p + 3 }, [v]);
  }
  if (isIdentStart(c)) {
    // Dotted word: callee, method call, attribute read or a plain operand.
    let we = scanIdent(t, p, E);
    const segStarts = [p];
    while (t.charCodeAt(we) === 46 && isIdentStart(t.charCodeAt(we + 1))) {
      segStarts.push(we + 1);
      we = scanIdent(t, we + 1, E);
    }
    const word = t.slice(p, we);
    const head = t.slice(p, segStarts.length > 1 ? segStarts[1] - 1 : we);
    // Whether `head` names a node matters only for `node.method(...)` / `node.attr` (two segments).
    const headIsNode = segStarts.length === 2 && st.known.has(head);
    const nc = t.charCodeAt(we);
    if (nc === 40) {
      const sc = scannerFor(ctx, we, E);
      const seq = sc.parseSeq(41, 0, true);
      if (!seq || skipSpaces(t, sc.pos, E) < E) return undefined;
      if (segStarts.length === 2 && headIsNode) {
        const ms = segStarts[1];
        const headRef: FxValue = { kind: 'ref', name: head, span: { start: p, end: ms - 1 } };
        return mk('call_method', t.slice(ms, we), t.slice(ms, we), { start: ms, end: we }, [headRef, ...seq.args], seq.kwargs, seq.inner);
      }
      const target = segStarts.length === 1 && BUILTINS.has(word) ? `builtins.${word}` : word;
      return mk('call_function', target, word, { start: p, end: we }, seq.args, seq.kwargs, seq.inner);
    }
    if (nc === 91 && segStarts.length === 1) {
      const sc = scannerFor(ctx, we, E);
      const seq = sc.parseSeq(93, 0, false);
      if (!seq || skipSpaces(t, sc.pos, E) < E) return undefined;
      const index: FxValue =
        seq.args.length === 1 && !seq.trailingComma ? seq.args[0] : { kind: 'tuple', items: seq.args, span: seq.inner };
      const headRef: FxValue = { kind: 'ref', name: word, span: { start: p, end: we } };
      return mk('call_function', 'operator.getitem', t.slice(we, sc.pos), { start: we, end: sc.pos }, [headRef, index]);
    }
    if (segStarts.length === 2 && headIsNode && skipSpaces(t, we, E) >= E) {
      const as = segStarts[1];
      const headRef: FxValue = { kind: 'ref', name: head, span: { start: p, end: as - 1 } };
      const attr: FxValue = { kind: 'string', value: t.slice(as, we), quoted: false, span: { start: as, end: we } };
      return mk('call_function', 'builtins.getattr', t.slice(as, we), { start: as, end: we }, [headRef, attr]);
    }
  }
  // `a <op> b` with literal or node operands, or a plain alias `l_x_ = L_x_`.
  const sc = scannerFor(ctx, p, E);
  const left = sc.parseValue();
  if (!left) return undefined;
  let q = skipSpaces(t, sc.pos, E);
  if (q >= E) {
    if (left.kind === 'ref') aliasPlaceholder(st, lhs, left.name);
    return undefined;
  }
  const op = readOperator(t, q, E);
  if (!op) return undefined;
  const opSpan = { start: q, end: q + op.length };
  sc.pos = q + op.length;
  const right = sc.parseValue();
  if (!right) return undefined;
  q = skipSpaces(t, sc.pos, E);
  if (q < E) return undefined;
  return mk('call_function', `operator.${BINARY_OPS[op]}`, op, opSpan, [left, right]);
}

/** `l_x_ = L_x_`: Dynamo names the placeholder node `l_x_` and keeps `L_x_` as its target. */
function aliasPlaceholder(st: BodyState, lhs: Lhs, source: string): void {
  const ph = pendingNamed(st, source);
  if (!ph || st.aliased.has(ph)) return;
  st.aliased.add(ph);
  ph.name = lhs.name;
  ph.nameSpan = lhs.nameSpan;
  st.known.add(lhs.name);
}

/** Returns true when the statement was an annotation-only declaration (`x: "f32[3]";`). */
function handleStatement(ctx: Ctx, st: BodyState, p: number, stmt: Statement, lineStart: number): boolean {
  const t = ctx.text;
  const E = stmt.end;
  const g = st.g;
  if (t.startsWith('return', p) && !isIdentChar(t.charCodeAt(p + 6))) {
    flush(st);
    const kw = { start: p, end: p + 6 };
    const q = skipSpaces(t, p + 6, E);
    const args: FxValue[] = [];
    let argsSpan: Span | undefined;
    if (q < E) {
      const sc = scannerFor(ctx, q, E);
      let v = sc.parseBareSequence();
      if (!v) {
        reportBreak(ctx, g, { start: sc.errorPos, end: E }, `Cannot parse this return line: ${sc.error}`);
        return false;
      }
      // `return pytree.tree_unflatten(<outputs>, self._out_spec)`: the graph's output is <outputs>.
      if (v.kind === 'call' && v.callee.endsWith('tree_unflatten') && v.args.length > 0) v = v.args[0];
      args.push(v);
      argsSpan = { start: q, end: E };
    }
    const out = makeNode(g, { name: 'output', nameSpan: kw, op: 'output', target: 'output', targetText: 'return', targetSpan: kw, args, argsSpan, argStyle: 'code', span: { start: p, end: stmt.lineEnd } });
    g.nodes.push(out);
    g.output = out;
    return false;
  }
  const ie = scanIdent(t, p, E);
  if (ie === p) return false;
  let q = skipSpaces(t, ie, E);
  const ch = t.charCodeAt(q);
  const lhs: Lhs = { name: t.slice(p, ie), nameSpan: { start: p, end: ie } };
  if (ch === 44) {
    // `a, b, = fx_pytree.tree_flatten_spec(...)`: the unpacked names are the graph's placeholders.
    const eq = find(t, '=', q, E);
    if (eq < 0 || eq >= E) return false;
    const rhs = t.slice(eq + 1, E);
    if (!rhs.includes('tree_flatten_spec') && !rhs.includes('_in_shuffle_graph')) return false;
    if (st.flushed) return false;
    const names: { name: string; span: Span }[] = [];
    let x = p;
    while (x < eq) {
      x = skipSpaces(t, x, eq);
      const ne = scanIdent(t, x, eq);
      if (ne === x) break;
      names.push({ name: t.slice(x, ne), span: { start: x, end: ne } });
      x = skipSpaces(t, ne, eq);
      if (t.charCodeAt(x) === 44) x++;
    }
    st.pending = names.map((n) => {
      const d = st.declared.get(n.name);
      return d ? placeholderNode(g, n.name, d.nameSpan, d.span, d.type) : placeholderNode(g, n.name, n.span, n.span);
    });
    for (const n of names) st.known.add(n.name);
    return false;
  }
  if (ch === 58) {
    // `name: "ann" = ...`, `name: f32[3] = ...` (2.1, unquoted) or an annotation-only `name: "ann";`.
    let a = skipSpaces(t, q + 1, E);
    let type: FxTypeAnnotation | undefined;
    const ac = t.charCodeAt(a);
    if (ac === 34 || ac === 39) {
      const se = scanString(t, a, E);
      if (se < 0) return false;
      type = parseTypeAnnotation(t.slice(a + 1, se - 1), { start: a, end: se });
      a = se;
    } else {
      let depth = 0;
      let x = a;
      while (x < E) {
        const c = t.charCodeAt(x);
        if (c === 40 || c === 91) depth++;
        else if (c === 41 || c === 93) depth--;
        else if (c === 61 && depth === 0 && t.charCodeAt(x + 1) !== 61) {
          const pc = t.charCodeAt(x - 1);
          if (pc !== 60 && pc !== 62 && pc !== 33 && pc !== 61) break;
        }
        x++;
      }
      const ae = trimEnd(t, a, x);
      if (ae > a) type = parseTypeAnnotation(t.slice(a, ae), { start: a, end: ae });
      a = x;
    }
    lhs.type = type;
    q = skipSpaces(t, a, E);
    if (q >= E) {
      st.declared.set(lhs.name, { type, nameSpan: lhs.nameSpan, span: { start: p, end: E } });
      if (!st.flushed) {
        const ph = pendingNamed(st, lhs.name);
        if (ph && !ph.type) ph.type = type;
      }
      return true;
    }
  }
  if (t.charCodeAt(q) !== 61 || t.charCodeAt(q + 1) === 61) return false;
  const rhs = skipSpaces(t, q + 1, E);
  if (rhs >= E) return false;
  const node = parseRhs(ctx, st, lhs, rhs, E, { start: lineStart, end: stmt.lineEnd });
  if (node) addNode(st, node);
  return false;
}

/** Parses `def forward(...)` at line `j` (content at `p`) and its body into `g`; returns the next line. */
export function parseForward(ctx: Ctx, g: FxGraph, j: number, p: number): number {
  const t = ctx.text;
  const { start, end, count } = ctx.lines;
  const defIndent = p - start[j];
  const params: Param[] = [];
  let k = j;
  let q = p + 12; // after `def forward(`
  let closed = false;
  let depth = 0;
  while (k < count && !closed) {
    const e = end[k];
    let segStart = q;
    let x = q;
    for (; x < e; x++) {
      const c = t.charCodeAt(x);
      if (c === 34 || c === 39) {
        const se = scanString(t, x, e);
        if (se < 0) break;
        x = se - 1;
      } else if (c === 35 && depth === 0) break;
      else if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) {
          closed = true;
          break;
        }
        depth--;
      } else if (c === 44 && depth === 0) {
        const prm = parseParam(t, segStart, x);
        if (prm) params.push(prm);
        segStart = x + 1;
      }
    }
    const prm = parseParam(t, segStart, x);
    if (prm) params.push(prm);
    if (closed) break;
    k++;
    if (k < count) q = start[k];
  }
  if (!closed) {
    reportBreak(ctx, g, { start: p, end: trimEnd(t, p, end[j]) }, "Cannot parse this forward definition: expected ')' to close its parameters");
    return Math.min(k + 1, count);
  }
  const st: BodyState = { g, known: new LazyNames(), pending: [], flushed: false, declared: new Map(), aliased: new Set() };
  for (const prm of params) {
    if (prm.name === 'self') continue;
    st.pending.push(placeholderNode(g, prm.name, prm.nameSpan, prm.span, prm.type, prm.defaultText));
    st.known.add(prm.name);
  }
  k++;
  let sawReturn = false;
  let lastContent = -1;
  while (k < count) {
    const s = start[k];
    const e = end[k];
    const b = skipSpaces(t, s, e);
    if (b >= e) {
      k++;
      continue;
    }
    if (b - s <= defIndent) break;
    lastContent = k;
    if (t.charCodeAt(b) === 35) {
      const prov = parseProvenance(t, b, e);
      if (prov) st.provenance = prov;
      else if (t.startsWith('# No stacktrace', b)) st.provenance = undefined;
      k++;
      continue;
    }
    let stmt = readStatement(ctx, k, b);
    if (stmt.broken) reportBreak(ctx, g, stmt.broken.span, stmt.broken.message);
    else {
      // An empty graph's body is `pass`; it is complete without a return.
      const wasReturn = (t.startsWith('return', b) && !isIdentChar(t.charCodeAt(b + 6))) || (t.startsWith('pass', b) && !isIdentChar(t.charCodeAt(b + 4)));
      let declared = handleStatement(ctx, st, b, stmt, b);
      if (wasReturn) sawReturn = true;
      // `primals_1: "f32[3]"; tangents_1: "f32[]"; ` declares several placeholders on one line.
      while (declared && stmt.lastLine === k && t.charCodeAt(skipSpaces(t, stmt.end, end[k])) === 59) {
        const nb = skipSpaces(t, skipSpaces(t, stmt.end, end[k]) + 1, end[k]);
        if (nb >= end[k]) break;
        stmt = readStatement(ctx, k, nb);
        if (stmt.broken) {
          reportBreak(ctx, g, stmt.broken.span, stmt.broken.message);
          break;
        }
        declared = handleStatement(ctx, st, nb, stmt, nb);
      }
    }
    k = stmt.lastLine + 1;
  }
  flush(st);
  if (!sawReturn && k >= count) {
    const at = lastContent >= 0 ? lastContent : j;
    const ls = skipSpaces(t, start[at], end[at]);
    reportBreak(ctx, g, { start: ls, end: trimEnd(t, ls, end[at]) }, 'The graph breaks off here: the text ends before the forward body reaches its `return` statement (truncated dump?)');
  }
  return k;
}

function skipBlock(ctx: Ctx, j: number, indent: number): number {
  const t = ctx.text;
  const { start, end, count } = ctx.lines;
  j++;
  while (j < count) {
    const s = start[j];
    const p = skipSpaces(t, s, end[j]);
    if (p < end[j] && p - s <= indent) break;
    j++;
  }
  return j;
}

/**
 * Parses the class block starting at line `i` (print_readable, fx_graph_runnable's Repro, nested
 * submodule classes). Returns the graph of its `forward` (children attached) and the next line.
 */
export function parseClassBlock(ctx: Ctx, i: number, h: ClassHeader, format: FxFormat): { graph?: FxGraph; next: number } {
  const t = ctx.text;
  const { start, end, count } = ctx.lines;
  let j = i + 1;
  let graph: FxGraph | undefined;
  const children: FxGraph[] = [];
  while (j < count) {
    const s = start[j];
    const e = end[j];
    const p = skipSpaces(t, s, e);
    if (p >= e) {
      j++;
      continue;
    }
    const ind = p - s;
    if (ind <= h.indent) break;
    if (t.startsWith('def ', p)) {
      if (!graph && t.startsWith('def forward(', p)) {
        graph = newGraph(h.name, format, { start: h.start, end: h.end });
        j = parseForward(ctx, graph, j, p);
      } else j = skipBlock(ctx, j, ind);
      continue;
    }
    if (t.startsWith('class ', p)) {
      const ch = matchClassHeader(t, s, e);
      if (ch) {
        const r = parseClassBlock(ctx, j, ch, 'print-readable');
        if (r.graph) children.push(r.graph);
        j = r.next;
        continue;
      }
    }
    j++;
  }
  if (graph) {
    for (const c of children) {
      addChild(graph, c);
    }
  }
  return { graph, next: j };
}

/**
 * Re-parses the one-line statement at `p` (incremental analysis): the node it defines; `{}` when
 * it defines none, with `broken` when it does not parse (the full parser reports that and moves
 * on to the next line); undefined when it runs onto the next line, which only a full parse can
 * follow. `known` answers which names are defined before it; `provenance` is the `# File:`
 * comment that applies to it.
 */
export function reparseStatementNode(
  text: string,
  g: FxGraph,
  p: number,
  lineEnd: number,
  known: { has(name: string): boolean },
  provenance: FxProvenance | undefined,
): FxNode | { broken?: { message: string; span: Span } } | undefined {
  // The line and the one after it: enough to see whether the statement continues.
  let nextStart = text.indexOf('\n', lineEnd) + 1;
  if (nextStart > 0 && text.charCodeAt(lineEnd) === 13) nextStart = lineEnd + 2;
  const two = nextStart > 0 && nextStart <= text.length;
  let nextEnd = two ? text.indexOf('\n', nextStart) : -1;
  if (nextEnd < 0) nextEnd = text.length;
  if (nextEnd > nextStart && text.charCodeAt(nextEnd - 1) === 13) nextEnd--;
  const lines = two
    ? { count: 2, raw: Int32Array.of(p, nextStart), start: Int32Array.of(p, nextStart), end: Int32Array.of(lineEnd, nextEnd) }
    : { count: 1, raw: Int32Array.of(p), start: Int32Array.of(p), end: Int32Array.of(lineEnd) };
  const ctx: Ctx = { text, lines, diagnostics: [], broken: new Set() };
  const stmt = readStatement(ctx, 0, p);
  if (stmt.lastLine !== 0) return undefined;
  if (stmt.broken) return { broken: stmt.broken };
  // Collect into a scratch graph: the caller splices the node into `g` itself.
  const scratch = newGraph(g.name, g.format, g.headerSpan);
  const names = { has: (n: string) => known.has(n), add: () => names } as unknown as Set<string>;
  const st: BodyState = { g: scratch, known: names, pending: [], flushed: true, declared: new Map(), provenance, aliased: new Set() };
  handleStatement(ctx, st, p, stmt, p);
  if (ctx.diagnostics.length) return { broken: { message: ctx.diagnostics[0].message, span: ctx.diagnostics[0].span } };
  if (scratch.nodes.length === 0) return {};
  if (scratch.nodes.length !== 1) return undefined;
  const node = scratch.nodes[0];
  node.graph = g;
  return node;
}

/** Finishes nested children, letting constant-only branches inherit the parent's level. */
export function finishTree(g: FxGraph, hint?: { level: FxGraph['level']; reason: string }): void {
  for (const c of g.children) if (c.byName.size === 0 && c.levelReason === '') finishTree(c);
  finishGraph(g, hint);
  for (const c of g.children) {
    if (c.level === 'unknown' && g.level !== 'unknown') {
      c.level = g.level;
      c.levelReason = `nested in ${g.name} (${g.levelReason})`;
    }
  }
}

export { isBlankRange };
