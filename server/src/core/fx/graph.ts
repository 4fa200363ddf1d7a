import type { FxFormat, FxGraph, FxGraphLevel, FxNode, FxValue } from './model';
import type { Span } from '../text';

// Building and finishing graphs: name lookup, ref resolution, users and the pipeline level.

export interface LevelHint {
  level: FxGraphLevel;
  reason: string;
}

export function newGraph(name: string, format: FxFormat, headerSpan: Span): FxGraph {
  return {
    name,
    format,
    level: 'unknown',
    levelReason: '',
    nodes: [],
    byName: new Map(),
    span: { start: headerSpan.start, end: headerSpan.end },
    headerSpan,
    children: [],
  };
}

export function addChild(parent: FxGraph, child: FxGraph): void {
  child.parent = parent;
  parent.children.push(child);
}

/**
 * Returns `v` with bare words that name an earlier node turned into refs when inside a
 * `slice(...)`-like call (str(slice) prints inner nodes without `%`). Containers are updated in place.
 */
function bindBare(v: FxValue, known: { has(name: string): boolean }, inCall: boolean): FxValue {
  switch (v.kind) {
    case 'string':
      return inCall && !v.quoted && known.has(v.value) ? { kind: 'ref', name: v.value, span: v.span } : v;
    case 'list':
    case 'tuple':
      for (let i = 0; i < v.items.length; i++) v.items[i] = bindBare(v.items[i], known, inCall);
      return v;
    case 'call':
      for (let i = 0; i < v.args.length; i++) v.args[i] = bindBare(v.args[i], known, true);
      for (const k of v.kwargs) k.value = bindBare(k.value, known, true);
      return v;
    case 'dict':
      for (const e of v.entries) e.value = bindBare(e.value, known, inCall);
      return v;
    default:
      return v;
  }
}

/** Binds a str(graph) node's bare words that name an earlier node (`known`) as refs, in place. */
export function bindBareArgs(n: FxNode, known: { has(name: string): boolean }): void {
  const a = n.args;
  for (let i = 0; i < a.length; i++) if (a[i].kind !== 'ref') a[i] = bindBare(a[i], known, false);
  for (const k of n.kwargs) k.value = bindBare(k.value, known, false);
}

function collectRefs(v: FxValue, user: FxNode, known: Map<string, FxNode>): void {
  switch (v.kind) {
    case 'ref': {
      const def = known.get(v.name);
      // The ref shares its definition's name string: every later byName lookup of it (several
      // rules per ref) then compares keys by identity instead of by content.
      if (def) v.name = def.name;
      if (def && def !== user) {
        const u = def.users;
        // A first user gets an exact one-element array: `push` onto an empty array reserves 16
        // slots, ~120 bytes per node that the young-generation GC then copies for every node.
        if (u.length === 0) def.users = [user];
        else if (u[u.length - 1] !== user) u.push(user);
      }
      break;
    }
    case 'list':
    case 'tuple':
      for (const x of v.items) collectRefs(x, user, known);
      break;
    case 'dict':
      for (const e of v.entries) collectRefs(e.value, user, known);
      break;
    case 'call':
      for (const x of v.args) collectRefs(x, user, known);
      for (const k of v.kwargs) collectRefs(k.value, user, known);
      break;
  }
}

/** Fills byName and users (refs bind to the latest earlier definition), the span and the level. */
export function finishGraph(g: FxGraph, hint?: LevelHint): void {
  const known = new Map<string, FxNode>();
  const nodes = g.nodes;
  // One pass: a node's index is set before any later node can refer to it.
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    n.index = i;
    if (n.argStyle === 'graph') bindBareArgs(n, known);
    for (const a of n.args) collectRefs(a, n, known);
    for (const k of n.kwargs) collectRefs(k.value, n, known);
    known.set(n.name, n);
  }
  g.byName = known;
  const last = g.nodes[g.nodes.length - 1];
  if (last && last.span.end > g.span.end) g.span = { start: g.span.start, end: last.span.end };
  for (const c of g.children) if (c.span.end > g.span.end) g.span = { start: g.span.start, end: c.span.end };
  const lv = hint ?? detectLevel(g);
  g.level = lv.level;
  g.levelReason = lv.reason;
}

/** OpOverload-style targets: `torch.ops.<ns>.<op>.<overload>` (not higher-order ops) and edge ops. */
export function isAtenTarget(t: string): boolean {
  if (t.includes('dialects.edge._ops.')) return true;
  if (!t.startsWith('torch.ops.') || t.startsWith('torch.ops.higher_order.')) return false;
  return t.split('.').length >= 5;
}

/** `s` starts with `prefix` followed by a digit. */
function startsWithDigitAfter(s: string, prefix: string): boolean {
  if (!s.startsWith(prefix)) return false;
  const c = s.charCodeAt(prefix.length);
  return c >= 48 && c <= 57;
}

export function detectLevel(g: FxGraph): LevelHint {
  if (g.format === 'inductor-fragment') return { level: 'inductor', reason: 'Inductor `# Graph fragment:` comment' };
  if (g.signature || g.format === 'exported-program')
    return { level: 'export', reason: 'print(exported_program) with a graph signature' };
  if (g.name === 'joint_helper') return { level: 'aot', reason: 'class `joint_helper` (AOT joint graph)' };
  let callModule = false;
  let callMethod = false;
  let aten: string | undefined;
  let torchLevel: string | undefined;
  for (const n of g.nodes) {
    if (n.op === 'placeholder') {
      // Prefix tests by character rather than by regex: a graph can have 20k placeholders.
      const c0 = n.name.charCodeAt(0);
      if (((c0 === 76 || c0 === 108) && n.name.charCodeAt(1) === 95) || n.target.startsWith('L_'))
        return { level: 'dynamo', reason: `placeholders named like \`${n.target}\` (Dynamo)` };
      if (startsWithDigitAfter(n.name, 'primals_') || startsWithDigitAfter(n.name, 'tangents_'))
        return { level: 'aot', reason: `placeholders named like \`${n.name}\` (AOT autograd)` };
    } else if (n.op === 'call_module') callModule = true;
    else if (n.op === 'call_method') callMethod = true;
    else if (n.op === 'call_function') {
      if (!aten && isAtenTarget(n.target)) aten = n.target;
      else if (!torchLevel && n.target.startsWith('torch.') && !n.target.startsWith('torch.ops.')) torchLevel = n.target;
    }
  }
  if (g.name === '<lambda>') return { level: 'inductor', reason: 'class `<lambda>` (Inductor fx_graph_readable)' };
  // Dynamo records a stack trace per node (`# File:` comments); symbolic_trace does not, and
  // AOT / export graphs hold no torch-level targets.
  if (torchLevel && g.nodes.some((n) => n.provenance)) return { level: 'dynamo', reason: `torch-level targets such as \`${torchLevel}\` with source provenance (Dynamo)` };
  if (aten) return { level: 'aot', reason: `ATen overload targets such as \`${aten}\`` };
  if (callModule) return { level: 'fx-trace', reason: 'call_module nodes (symbolic_trace)' };
  if (g.nodes.some((n) => n.op === 'placeholder' && /^arg\d+_\d+$/.test(n.name)))
    return { level: 'aot', reason: 'placeholders named like `arg0_1` (AOT autograd)' };
  if (callMethod) return { level: 'fx-trace', reason: 'call_method nodes (symbolic_trace)' };
  // Dynamo names its placeholders L_x_ / l_x_ (checked above); torch-level targets with plain
  // placeholder names come from torch.fx.symbolic_trace.
  if (torchLevel) return { level: 'fx-trace', reason: `torch-level targets such as \`${torchLevel}\` with plain placeholder names (symbolic_trace)` };
  return { level: 'unknown', reason: 'no level-specific placeholders, targets or header' };
}

/** Level from a log / artifact header (`===== Forward graph 0 =====`, `__compiled_fn_1`). */
export function levelFromHeader(name: string): LevelHint | undefined {
  if (/^(Forward|Backward|Joint|Inference) graph/.test(name)) return { level: 'aot', reason: `header \`${name}\`` };
  if (name.startsWith('__compiled_fn')) return { level: 'dynamo', reason: `TORCH_LOGS graph_code header \`${name}\`` };
  if (/^(AFTER POST GRAD|BEFORE PRE GRAD)/.test(name)) return undefined;
  return undefined;
}
