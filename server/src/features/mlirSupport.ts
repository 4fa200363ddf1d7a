import { MlirDocument, MlirOp, MlirType, parentOp } from '../core/mlir/model';
import { parseMlir } from '../core/mlir/parse';
import { isIsolatedFromAbove, MlirDef, MlirScopeInfo, MlirUse, resolveScopes } from '../core/mlir/scope';
import type { Span } from '../core/text';
import type { Analyzed } from '../documents';
import type { Hint, SymbolOccurrences } from './shapes';

// The MLIR side of the editor features: the module model (the analysis result's when analyze()
// provides one, else parsed here once per analysed version), its scope resolution, and the
// navigation / rename / type-hint functions over them.

const parsed = new WeakMap<Analyzed, MlirDocument>();
const scopes = new WeakMap<MlirDocument, MlirScopeInfo>();
const scopeSources = new WeakMap<MlirDocument, () => MlirScopeInfo>();

function isMlirDocument(x: unknown): x is MlirDocument {
  return !!x && typeof x === 'object' && Array.isArray((x as MlirDocument).chunks) && Array.isArray((x as MlirDocument).allOps);
}

export function mlirDocumentOf(an: Analyzed): MlirDocument | undefined {
  if (an.result.language !== 'mlir') return undefined;
  const m = an.result.mlir as unknown;
  if (isMlirDocument(m)) return m;
  // analyze()'s MlirAnalysis: its document, and its scope resolution (computed once, shared with the rules).
  if (m && typeof m === 'object' && isMlirDocument((m as { doc?: unknown }).doc)) {
    const a = m as { doc: MlirDocument; scope?: MlirScopeInfo };
    if (!scopes.has(a.doc) && 'scope' in a) scopeSources.set(a.doc, () => a.scope!);
    return a.doc;
  }
  let doc = parsed.get(an);
  if (!doc) {
    doc = parseMlir(an.text);
    parsed.set(an, doc);
  }
  return doc;
}

export function mlirScope(doc: MlirDocument): MlirScopeInfo {
  let s = scopes.get(doc);
  if (!s) {
    s = scopeSources.get(doc)?.() ?? resolveScopes(doc);
    scopes.set(doc, s);
  }
  return s;
}

/** The span of the looked-up name inside a use (`%6` of `%6#1`, `@f` of `@m::@f`). */
export function useNameSpan(text: string, u: { name: string; span: Span }): Span {
  const written = text.slice(u.span.start, u.span.end);
  if (written.startsWith(u.name)) return { start: u.span.start, end: u.span.start + u.name.length };
  const i = written.lastIndexOf(u.name);
  return i >= 0 ? { start: u.span.start + i, end: u.span.start + i + u.name.length } : u.span;
}

const SIGILS: Record<string, string> = { value: '%', block: '^', symbol: '@' };

/** The isolated-from-above op whose namespace holds a value or block definition. */
function namespaceOf(def: MlirDef): MlirOp | undefined {
  let op: MlirOp | undefined = def.origin === 'result' ? (def.op ? parentOp(def.op) : undefined) : def.op;
  while (op && !isIsolatedFromAbove(op)) op = parentOp(op);
  return op;
}

/** Normalizes a new name to the definition's sigil (`foo` → `%foo` for a value), or explains why not. */
export function mlirNewName(def: MlirDef, newName: string): { name: string } | { error: string } {
  const name = newName.trim();
  let sigil = SIGILS[def.kind];
  if (def.kind === 'alias') sigil = def.name[0];
  if (def.kind === 'resource') sigil = '';
  const full = sigil && !name.startsWith(sigil) ? sigil + name : name;
  const body = full.slice(sigil.length);
  const ok =
    def.kind === 'value' || def.kind === 'block'
      ? /^(?:[0-9]+|[A-Za-z_$.\-][A-Za-z0-9_$.\-]*)$/.test(body)
      : /^[A-Za-z_][A-Za-z0-9_$.]*$/.test(body);
  if (!ok) return { error: `'${newName}' is not a valid MLIR ${def.kind} name.` };
  return { name: full };
}

export function mlirRenameProblem(scope: MlirScopeInfo, def: MlirDef, newName: string): string | undefined {
  const r = mlirNewName(def, newName);
  if ('error' in r) return r.error;
  if (r.name === def.name) return undefined;
  const ns = def.kind === 'value' || def.kind === 'block' ? namespaceOf(def) : undefined;
  const clash = scope.defs.find(
    (d) => d.kind === def.kind && d.name === r.name && d.chunk === def.chunk && (def.kind === 'symbol' || def.kind === 'alias' || def.kind === 'resource' || namespaceOf(d) === ns),
  );
  if (clash) return `'${r.name}' is already defined${ns?.symbolName ? ` in ${ns.symbolName}` : ''}.`;
  return undefined;
}

export function mlirOccurrencesAt(doc: MlirDocument, offset: number): SymbolOccurrences | undefined {
  const scope = mlirScope(doc);
  const hit = scope.at(offset);
  if (!hit) return undefined;
  const def = hit.def;
  const text = doc.text;
  const uses = scope.referencesOf(def);
  const occurrences = [{ span: def.span, definition: true }, ...uses.map((u) => ({ span: useNameSpan(text, u), definition: false }))].sort(
    (a, b) => a.span.start - b.span.start,
  );
  return {
    name: def.name,
    span: hit.use ? useNameSpan(text, hit.use) : def.span,
    occurrences,
    definitionSpans: [def.span],
    renameProblem: (n) => mlirRenameProblem(scope, def, n),
    newText: (n) => {
      const r = mlirNewName(def, n);
      return 'name' in r ? r.name : n;
    },
  };
}

/** The type of the value a use refers to, when its definition spells it. */
export function mlirTypeOfUse(u: MlirUse): MlirType | undefined {
  const d = u.def;
  if (!d || d.kind !== 'value') return undefined;
  switch (d.origin) {
    case 'result': {
      const types = d.op?.resultTypes ?? [];
      const i = (d.index ?? 0) + (u.resultIndex ?? 0);
      return types[i];
    }
    case 'func-arg':
      return d.op?.func?.args[d.index ?? 0]?.type;
    case 'block-arg':
      return d.block?.args[d.index ?? 0]?.type;
    default:
      return undefined;
  }
}

/** MLIR value types at operand uses on ops whose line does not list one type per operand. */
export function mlirTypeHints(doc: MlirDocument, within?: Span): Hint[] {
  const scope = mlirScope(doc);
  const out: Hint[] = [];
  const hidden = new Set<number>();
  for (const op of doc.allOps) {
    if (within && (op.span.end < within.start || op.span.start > within.end)) continue;
    if (op.operands.length && op.operandTypes.length !== op.operands.length) for (const o of op.operands) hidden.add(o.span.start);
  }
  if (!hidden.size) return out;
  for (const u of scope.uses) {
    if (u.kind !== 'value' || !hidden.has(u.span.start)) continue;
    // `^bb1(%a : T)`: the type is written right after the use.
    if (/^\s*:(?!:)/.test(doc.text.slice(u.span.end, u.span.end + 8))) continue;
    const t = mlirTypeOfUse(u);
    if (!t) continue;
    out.push({ offset: u.span.end, label: `: ${t.text}`, kind: 'type', tooltip: `${u.name}${u.resultIndex !== undefined ? '#' + u.resultIndex : ''} : ${t.text}` });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
