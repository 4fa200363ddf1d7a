import { AnalysisResult, AnalyzeOptions, runRules } from '../analyze';
import { MlirAnalysis } from '../analysis/mlirAnalysis';
import type { Diagnostic } from '../diagnostics';
import type { MlirBlock, MlirChunk, MlirOp } from '../mlir/model';
import { parseOpAt } from '../mlir/parse';
import { chunkTables, isIsolatedFromAbove, MlirChunkTables, MlirDef, MlirDuplicate, MlirPositionEntry, MlirScopeInfo, MlirUse, resolveLeafOp, scopeInfo } from '../mlir/scope';
import type { Span } from '../text';
import { ALL_RULES } from '../rules/index';
import type { TextChange } from './change';
import { editedChunk, moved, movedRanges, onlyTriviaFollows, PARSE_ERROR_CAP, Shift, shiftOps, spliceArray, startsLine } from './mlir';

// Incremental re-analysis of one op inside a function body (the torch-mlir importer prints a whole
// model as one `func.func`, so re-parsing the function is a full analysis). The edited op X has no
// regions, successors or symbols, and keeps its result names and counts: then nothing outside it
// parses or resolves differently. X is re-parsed alone and spliced in place of the old op object
// (the definitions and uses elsewhere point at it), the spans after it move, its own uses are
// resolved again (to the definition the full resolution would choose), and the rules run over the
// ops whose findings can read X: X, the ops using its results (they read its types, constants,
// name) and the ops defining its operands (a fix may list every use of their value). Every other
// diagnostic is the previous one, moved. Anything else returns the reason.

export function reanalyzeLeafOp(prev: AnalysisResult, text: string, change: TextChange, options: AnalyzeOptions): AnalysisResult | string {
  const edited = editedChunk(prev, text, change);
  if (typeof edited === 'string') return edited;
  const { m, chunk, d } = edited;
  const doc = m.doc;

  // --- where: down through regions to the innermost op holding the edit.
  if (isTrailingBlankEdit(doc.text, text, change) && !doc.diagnostics.length) return blankEdit(prev, m, text, change, chunk);
  const ancestors: MlirOp[] = [];
  let ops: readonly MlirOp[] = chunk.block.ops;
  let target: MlirOp | undefined;
  for (;;) {
    // The edit may end at the op's last character (a constant's value, a result type): a parse
    // that then reads on past the edit ends elsewhere, which the re-parse checks.
    const op = opHolding(ops, change);
    if (!op) return ancestors.length ? `the edit is in the text of ${ancestors[ancestors.length - 1].name} outside its nested ops` : 'the edit is outside every op';
    if (!op.regions.length) {
      target = op;
      break;
    }
    ancestors.push(op);
    const block = blockContaining(op, change);
    if (!block) return `the edit is in the text of ${op.name} outside its nested ops`;
    ops = block.ops;
  }
  const X = target;
  // The isolated op whose namespace holds X's values: a function directly in the module.
  let fn: MlirOp | undefined;
  for (let i = ancestors.length - 1; i >= 0 && !fn; i--) if (isIsolatedFromAbove(ancestors[i])) fn = ancestors[i];
  if (!fn) return 'the edited op is not inside a function';
  const scope = m.scope;
  const range = scope.topLevelRanges.get(fn);
  if (!range) return 'the function holding the edited op is not directly in the module';
  if (X.successors.length || X.symbolName !== undefined || X.regionArgs.length || X.func) return 'the edited op branches or defines a symbol';
  const oldStart = X.span.start;
  const oldEnd = X.span.end;
  if (!startsLine(doc.text, oldStart)) return 'the edited op does not start its line';
  // The op's first token ends the previous op's parse (which looks at whether a line break precedes it).
  const first = X.results.length ? X.results[0].span : X.nameSpan;
  if (change.start < first.end) return "the edit touches the op's first token";

  // --- parse errors: the file's must all lie strictly inside X (then X parses alone as in full).
  for (const e of doc.diagnostics) {
    if (!(e.span.start > oldStart && e.span.end < oldEnd)) return 'the file has parse errors outside the edited op';
    if (e.message.startsWith('internal parser error')) return 'the previous parse crashed';
  }
  // A broken op whose recovery reached the end of the input silenced the enclosing regions'
  // "unbalanced '{'", which the new parse may not do.
  if (doc.diagnostics.length && onlyTriviaFollows(doc.text, oldEnd, chunk.span.end)) return 'the edited op had parse errors and is the last text of its chunk';
  for (const r of chunk.aliasRefs) if (r.span.start >= oldStart && r.span.start <= oldEnd) return 'an alias definition runs into the edited op';

  // --- re-parse X from the new text.
  const newEnd = oldEnd + d;
  if (text.slice(oldStart, newEnd).includes('// -----')) return 'the edit writes a chunk separator';
  const parsed = parseOpAt(text, oldStart, chunk.span.end + d, chunk, X.parent);
  const fresh = parsed.op;
  if (!parsed.exact || parsed.errors.length >= PARSE_ERROR_CAP) return 'the edited op stops the parse (error cap, end of input)';
  if (!fresh || parsed.ops.length !== 1 || fresh.span.end !== newEnd) return 'the edited op no longer ends where it did';
  for (const e of parsed.errors) if (!(e.span.start > oldStart && e.span.end < newEnd)) return 'a parse error at the edge of the edited op';
  if (fresh.regions.length || fresh.successors.length || fresh.symbolName !== undefined || fresh.regionArgs.length || fresh.func) return 'the edited op now has regions, branches or a symbol';
  if (!sameResults(X, fresh)) return 'the edited op changed its results';

  // --- X's definitions must not be redefinitions or redefined (their diagnostics sit elsewhere).
  // Lists are searched by position (they are in visit order, which is text order in a body
  // without nested regions), each hit checked, with a scan where that fails: a large body makes
  // every pass over all definitions or uses cost tens of milliseconds.
  const [d0, d1] = range;
  const defs = scope.defs;
  const ownsResult = (o: MlirOp) => (x: MlirDef) => x.op === o && x.origin === 'result';
  const defRun = X.results.length ? findRun(defs, d0, d1, X.results[0].span.start, X.results.length, ownsResult(X)) : [d0, d0];
  if (!defRun) return 'the scope has no record of the edited op';
  const oldDefs = defs.slice(defRun[0], defRun[1]);
  const duplicated = new Set<MlirDef>();
  for (const x of scope.duplicates) {
    duplicated.add(x.def);
    if (x.def.op === X || x.previous.op === X) return "the edited op's values are defined twice";
  }

  // --- X's old uses: one run in `uses` (visit order), or where its new uses go.
  const uses = scope.uses;
  const tables = chunkTables(defs, chunk.index);
  const ownsUse = (o: MlirOp) => (u: MlirUse) => u.op === o && u.kind !== 'block';
  const oldCount = usesOf(X, chunk.index, tables);
  let u0: number;
  let u1: number;
  if (oldCount) {
    const run = findRun(uses, 0, uses.length, oldStart, oldCount, ownsUse(X));
    if (!run) return 'the uses of the edited op are not in one run';
    [u0, u1] = run;
  } else u0 = u1 = insertionPoint(uses, X, chunk);
  const oldUses = uses.slice(u0, u1);

  // --- resolve X's new uses as the full resolution would (on the fresh op: nothing changes yet).
  // A name X used before resolves as it did (same name, same place); others are looked up.
  const known = new Map<string, MlirDef | undefined>();
  for (const u of oldUses) if (u.kind === 'value') known.set(u.name, u.def);
  const lookup = valueLookup(defs, d0, d1, duplicated, X, fn, known);
  if (typeof lookup === 'string') return lookup;
  const local = resolveLeafOp(fresh, chunk.index, tables, lookup);
  const unsupported = lookup.unsupported();
  if (unsupported) return unsupported;
  // A reference the parser met looking past the op's end (a location alias on the next line) is
  // recorded as the op's: then its uses are not where its text is.
  if (oldUses.some((u) => u.span.start < oldStart || u.span.end > oldEnd) || local.uses.some((u) => u.span.start < oldStart || u.span.end > newEnd)) return 'the edited op records references outside its text';

  // --- the ops to check again: X, its users, the producers of its old and new operands.
  const refs = scope.referenceIndex();
  const affected = new Set<MlirOp>([X]);
  const producers = (list: readonly MlirUse[]) => {
    for (const u of list) if (u.def?.origin === 'result' && u.def.op && u.def.op !== X) affected.add(u.def.op);
  };
  producers(oldUses);
  producers(local.uses);
  for (const def of oldDefs) for (const u of refs.get(def) ?? []) if (u.op) affected.add(u.op);
  const check = [...affected].sort((a, b) => a.span.start - b.span.start);
  // Their findings sit inside their own text: ops with regions hold other ops' findings too.
  for (const o of check) if (o.regions.length) return 'an op to check again has regions';
  const oldSpans = check.map((o) => ({ start: o.span.start, end: o.span.end }));
  const index = opIndexOf(doc.allOps, X, oldStart);
  if (index < 0) return 'the op list does not hold the edited op';

  // The position index behind scope.at (hover, navigation), when built: X's entries leave it now
  // (old coordinates) and its new ones go in their place after the splice.
  const positions = scope.positionIndex();
  const posAt = positions ? firstAtOrAfter(positions, oldStart) : 0;
  if (positions) {
    let end = posAt;
    while (end < positions.length && positions[end].span.start <= oldEnd) end++;
    positions.splice(posAt, end - posAt);
  }

  // --- splice: X stays the same object (definitions and uses elsewhere point at it) and takes the
  // fresh op's contents; its result definitions stay too, with the new spans.
  const parent = X.parent;
  Object.assign(X, fresh);
  X.parent = parent;
  for (const u of local.uses) u.op = X;
  for (let i = 0; i < oldDefs.length; i++) oldDefs[i].span = X.results[i].span;
  const newUses = spliceArray(uses, u0, u1 - u0, local.uses);
  updateReferences(refs, oldUses, local.uses, X, oldStart);
  if (positions) {
    const own: MlirPositionEntry[] = oldDefs.map((x) => ({ span: x.span, def: x }));
    for (const u of local.uses) own.push({ span: u.span, use: u, def: u.def });
    own.sort((a, b) => a.span.start - b.span.start);
    positions.splice(posAt, 0, ...own);
  }

  // --- the new scope (old coordinates for everything but X, until the shift below).
  const isOwn = (u: MlirUse) => u.op === X && u.kind !== 'block';
  const undefinedUses = insertSorted(scope.undefinedUses.filter((u) => !isOwn(u)), local.undefinedUses);
  const dUses = local.uses.length - (u1 - u0);
  const ranges = dUses ? movedRanges(scope.topLevelRanges, fn, 0, dUses, [range[0], range[1], range[2], range[3] + dUses]) : scope.topLevelRanges;
  const newScope = scopeInfo(defs, newUses, undefinedUses, scope.duplicates, ranges, refs, positions);

  // --- parse errors in parse order: X's old ones replaced by its new ones.
  const parseErrors = doc.diagnostics.length || parsed.errors.length ? parsed.errors.slice() : doc.diagnostics;
  const newDoc = { ...doc, text, diagnostics: parseErrors };

  // --- every other diagnostic, moved (before the shift: rules report the model's own span objects); the checked ops' findings (not other ops' parse errors) replaced.
  const wasChecked = spanTest(oldSpans);
  const kept: Diagnostic[] = [];
  for (const x of prev.diagnostics) {
    if (x.code === 'parse-error' ? x.span.start > oldStart && x.span.end < oldEnd : wasChecked(x.span.start)) continue;
    // A copy made by an earlier edit has spans of its own: where the edit moves none of them, it stays.
    kept.push(detached.has(x) && !reaches(x, change.start) ? x : detach(moved(x, change)));
  }
  // --- move everything after the edit: the checked ops after X are read in new coordinates.
  if (d !== 0) {
    const sh = new Shift(change.oldEnd, d);
    for (const a of ancestors) sh.op(a);
    shiftOps(doc.allOps, index + 1, sh);
    for (const c of doc.chunks) if (c.span.end >= change.oldEnd) sh.chunk(c);
  }
  const mlir = new MlirAnalysis(newDoc, m.registry, newScope);

  // --- re-check the affected ops over a view holding only them.
  const inChecked = spanTest(check.map((o) => o.span));
  const view = new MlirAnalysis({ ...newDoc, allOps: check }, m.registry, viewScope(newScope, check, d0, d1 + 0, chunk.index, tables));
  const focus: Diagnostic[] = parsed.errors.slice();
  runRules(ALL_RULES, options, prev.profile, m.registry, focus, (rule, ctx) => rule.checkMlir?.(view, ctx));
  for (const x of focus) {
    if (x.code === 'internal-error') return refusedAfterSplice('a rule crashed on the edited op');
    if (!inChecked(x.span.start)) return refusedAfterSplice('a rule reported outside the ops checked again');
  }
  focus.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  for (let i = 0; i < focus.length; i++) focus[i] = detach(moved(focus[i], NO_CHANGE));

  return {
    language: 'mlir',
    profile: prev.profile,
    diagnostics: merge(kept, focus),
    mlir,
    incremental: { reused: true, reparsed: 1, rechecked: check.length, visited: check.length },
  };
}

/**
 * Blanks typed or deleted after the last token of a line (no line break, no `// -----` line):
 * every token, and so the model, the resolution and each finding, stays; only offsets after the
 * edit move (the model's when it is next read, as in mlir.ts).
 */
function isTrailingBlankEdit(before: string, after: string, c: TextChange): boolean {
  const blanks = (t: string, from: number, to: number) => {
    for (let i = from; i < to; i++) if (t.charCodeAt(i) !== 32 && t.charCodeAt(i) !== 9) return false;
    return true;
  };
  if (!blanks(before, c.start, c.oldEnd) || !blanks(after, c.start, c.newEnd)) return false;
  let e = c.oldEnd;
  while (e < before.length && (before.charCodeAt(e) === 32 || before.charCodeAt(e) === 9)) e++;
  if (e >= before.length || (before.charCodeAt(e) !== 10 && before.charCodeAt(e) !== 13)) return false;
  let b = c.start;
  while (b > 0 && before.charCodeAt(b - 1) !== 10 && before.charCodeAt(b - 1) !== 13) b--;
  return !before.slice(b, c.start).includes('// -----');
}

function blankEdit(prev: AnalysisResult, m: MlirAnalysis, text: string, change: TextChange, chunk: MlirChunk): AnalysisResult {
  const doc = m.doc;
  const scope = m.scope;
  const d = change.newEnd - change.oldEnd;
  // Offsets after the edit move; a token ending where blanks are inserted stays.
  const at = Math.max(change.oldEnd, change.start + 1);
  const diagnostics = prev.diagnostics.map((x) => (detached.has(x) && !reaches(x, change.start) ? x : detach(moved(x, change))));
  const shift = () => {
    if (d === 0) return;
    const sh = new Shift(at, d);
    // The ops around the edit (their regions' and blocks' ends move), then every op after it.
    let ops: readonly MlirOp[] = chunk.block.ops;
    for (;;) {
      const o = ops.find((x) => x.span.start < at && x.span.end >= at);
      if (!o) break;
      sh.op(o);
      const inner = o.regions.flatMap((r) => r.blocks).find((b) => b.span.start < at && b.span.end >= at);
      if (!inner) break;
      ops = inner.ops;
    }
    const all = doc.allOps;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].span.start < at) lo = mid + 1;
      else hi = mid;
    }
    shiftOps(all, lo, sh);
    for (const c of doc.chunks) if (c.span.end >= at) sh.chunk(c);
  };
  return {
    language: 'mlir',
    profile: prev.profile,
    diagnostics,
    mlir: new MlirAnalysis({ ...doc, text }, m.registry, scope, shift),
    incremental: { reused: true, reparsed: 0, rechecked: 0, visited: 0 },
  };
}

/**
 * After X took the fresh op's contents a refusal cannot leave the previous model as it was: the
 * caller's fallback then must not reuse it. Thrown, so reanalyze() runs a full analysis.
 */
function refusedAfterSplice(why: string): never {
  throw new Error(`${why} (after the splice)`);
}

/** The op of a block whose text holds the edit after its first character (to its end, for an op without regions). */
function opHolding(ops: readonly MlirOp[], c: TextChange): MlirOp | undefined {
  let lo = 0;
  let hi = ops.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ops[mid].span.start < c.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const op = found >= 0 ? ops[found] : undefined;
  if (!op) return undefined;
  return c.oldEnd < op.span.end || (c.oldEnd === op.span.end && !op.regions.length) ? op : undefined;
}

/** The block of `op`'s regions whose ops hold the edit. */
function blockContaining(op: MlirOp, c: TextChange): MlirBlock | undefined {
  for (const r of op.regions) {
    if (!(r.span.start < c.start && c.oldEnd < r.span.end)) continue;
    for (const b of r.blocks) if (b.ops.length && b.ops[0].span.start < c.start && c.oldEnd <= b.ops[b.ops.length - 1].span.end) return b;
  }
  return undefined;
}

function sameResults(a: MlirOp, b: MlirOp): boolean {
  if (a.results.length !== b.results.length) return false;
  for (let i = 0; i < a.results.length; i++) if (a.results[i].name !== b.results[i].name || a.results[i].count !== b.results[i].count) return false;
  return true;
}

/**
 * The definition a value use in X resolves to, as the resolver's walk decides it: among the
 * definitions that took effect (not redefinitions) in the regions from the function down to X's,
 * the one made before X (at most one: a second would be a redefinition), else the first made after
 * X (forward references resolve at the first such definition).
 */
function valueLookup(defs: readonly MlirDef[], d0: number, d1: number, duplicated: Set<MlirDef>, X: MlirOp, fn: MlirOp, known: Map<string, MlirDef | undefined>): (((name: string) => MlirDef | undefined) & { unsupported(): string | undefined }) | string {
  const chain = new Set<object>();
  for (let b: MlirBlock = X.parent; ; ) {
    const r = b.parent;
    if (!('blocks' in r)) return 'the edited op is not inside a function';
    chain.add(r);
    if (r.parent === fn) break;
    b = r.parent.parent;
  }
  const start = X.span.start;
  const cache = known;
  let unsupported: string | undefined;
  const find = (name: string): MlirDef | undefined => {
    let after: MlirDef | undefined;
    let before: MlirDef | undefined;
    for (let i = d0; i < d1; i++) {
      const c = defs[i];
      if (c.kind !== 'value' || c.name !== name || duplicated.has(c)) continue;
      let region: object | undefined;
      let isBefore: boolean;
      switch (c.origin) {
        case 'result':
          region = c.op!.parent.parent;
          isBefore = c.op !== X && c.op!.span.end <= start;
          break;
        case 'block-arg':
          region = c.block!.parent;
          isBefore = c.block!.span.start < start;
          break;
        case 'func-arg':
          region = c.op!.regions[0];
          isBefore = true;
          break;
        default:
          unsupported = `a use names a value of origin ${c.origin}`;
          return undefined;
      }
      if (!chain.has(region)) continue;
      if (isBefore) {
        if (before) unsupported = `two definitions of ${name} in scope`;
        before = c;
      } else after ??= c;
    }
    return before ?? after;
  };
  const lookup = (name: string) => {
    if (!cache.has(name)) cache.set(name, find(name));
    return cache.get(name);
  };
  return Object.assign(lookup, {
    unsupported: () => unsupported,
  });
}

/** Where the uses of an op with none so far go in `uses` (visit order): before the first use visited after it. */
function insertionPoint(uses: readonly MlirUse[], X: MlirOp, chunk: MlirChunk): number {
  const start = X.span.start;
  for (let i = 0; i < uses.length; i++) {
    const u = uses[i];
    let after: boolean;
    if (u.chunk !== chunk.index) after = u.chunk > chunk.index;
    else if (!u.op) after = false; // a chunk's alias-definition uses come before its ops
    else if (u.kind === 'block') {
      // Successor labels resolve when their region closes.
      const r = u.op.parent.parent;
      after = 'blocks' in r ? r.span.end > start : u.op.span.start > start;
    } else after = u.op.span.start > start;
    if (after) return i;
  }
  return uses.length;
}

/** The first entry starting at or after `offset`. */
function firstAtOrAfter(list: readonly MlirPositionEntry[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `list` (sorted by start) with `items` (sorted by start) inserted where their starts go. */
function insertSorted(list: MlirUse[], items: readonly MlirUse[]): MlirUse[] {
  if (!items.length) return list;
  let lo = 0;
  let hi = list.length;
  const s = items[0].span.start;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].span.start < s) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(0, lo).concat(items as MlirUse[], list.slice(lo));
}

/** Whether an offset lies in one of `spans` (sorted, disjoint), ends included. */
function spanTest(spans: readonly Span[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = spans[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset > s.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/**
 * The scope as the checked ops' rules read it: their definitions, uses, undefined uses and
 * redefinitions, and every use of a definition (fixes that retype a value list all of them).
 */
function viewScope(full: MlirScopeInfo, check: readonly MlirOp[], d0: number, d1: number, chunk: number, tables: MlirChunkTables): MlirScopeInfo {
  const defs: MlirDef[] = [];
  const uses: MlirUse[] = [];
  const undefinedUses: MlirUse[] = [];
  const duplicates: MlirDuplicate[] = [];
  for (const o of check) {
    if (o.results.length) {
      const run = findRun(full.defs, d0, d1, o.results[0].span.start, o.results.length, (x) => x.op === o && x.origin === 'result');
      if (!run) throw new Error(`no definitions of ${o.name} at ${o.span.start}`);
      for (let i = run[0]; i < run[1]; i++) defs.push(full.defs[i]);
    }
    const n = usesOf(o, chunk, tables);
    if (n) {
      const run = findRun(full.uses, 0, full.uses.length, o.span.start, n, (u) => u.op === o && u.kind !== 'block');
      if (!run) throw new Error(`no uses of ${o.name} at ${o.span.start}`);
      for (let i = run[0]; i < run[1]; i++) uses.push(full.uses[i]);
    }
    inSpan(full.undefinedUses, o.span, (u) => u.span.start, undefinedUses);
    inSpan(full.duplicates, o.span, (x) => x.def.span.start, duplicates);
  }
  const view = scopeInfo(defs, uses, undefinedUses, duplicates);
  view.referencesOf = full.referencesOf;
  return view;
}

/** The entries of `list` (sorted by `start`) that start within `span`, ends included, appended to `out`. */
function inSpan<T>(list: readonly T[], span: Span, start: (x: T) => number, out: T[]): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(list[mid]) < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && start(list[i]) <= span.end; i++) out.push(list[i]);
}

/** How many uses `resolveScopes` lists for an op without regions (its operands, references, location aliases). */
function usesOf(op: MlirOp, chunk: number, tables: MlirChunkTables): number {
  return resolveLeafOp(op, chunk, tables, () => undefined).uses.length;
}

/**
 * The `count` entries of `list[lo..hi)` that `owns`, as one run [from, to): found by binary search
 * on the position `at` (the list is in visit order, text order where no regions nest), checked,
 * else by a scan. Undefined when they are not one run of `count`.
 */
function findRun<T extends { span: Span }>(list: readonly T[], lo: number, hi: number, at: number, count: number, owns: (x: T) => boolean): [number, number] | undefined {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (list[mid].span.start < at) a = mid + 1;
    else b = mid;
  }
  let hit = -1;
  for (let k = Math.max(lo, a - 4); k < Math.min(hi, a + 4) && hit < 0; k++) if (owns(list[k])) hit = k;
  if (hit >= 0) {
    let from = hit;
    let to = hit + 1;
    while (from > lo && owns(list[from - 1])) from--;
    while (to < hi && owns(list[to])) to++;
    if (to - from === count) return [from, to];
  }
  let from = -1;
  let to = -1;
  for (let i = lo; i < hi; i++) {
    if (!owns(list[i])) continue;
    if (from < 0) from = i;
    else if (to !== i) return undefined;
    to = i + 1;
  }
  return from >= 0 && to - from === count ? [from, to] : undefined;
}

/**
 * The reference lists (each in text order) after X's uses changed: its old uses leave their
 * definitions' lists, its new ones join theirs in place (other uses still have old coordinates:
 * those before X start before it, those after it after its old end).
 */
function updateReferences(refs: Map<MlirDef, MlirUse[]>, oldUses: readonly MlirUse[], newUses: readonly MlirUse[], X: MlirOp, oldStart: number): void {
  for (const u of oldUses) {
    if (!u.def) continue;
    const list = refs.get(u.def);
    const i = list ? list.indexOf(u) : -1;
    if (i >= 0) list!.splice(i, 1);
  }
  // Before X: 0; X's own (new coordinates, in order among themselves): 1; after X: 2.
  const rank = (x: MlirUse) => (x.op === X && x.kind !== 'block' ? 1 : x.span.start < oldStart ? 0 : 2);
  for (const u of newUses) {
    if (!u.def) continue;
    let list = refs.get(u.def);
    if (!list) refs.set(u.def, (list = []));
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const x = list[mid];
      const r = rank(x);
      if (r < 1 || (r === 1 && x.span.start < u.span.start)) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, u);
  }
}

/**
 * Diagnostics that share no span object with a model (copies made here): the next edit's span
 * shift cannot move them, so one wholly before that edit is kept as it is instead of copied again
 * (a large file's thousands of findings).
 */
const detached = new WeakSet<Diagnostic>();
const NO_CHANGE: TextChange = { start: 0, oldEnd: 0, newEnd: 0 };

function detach(x: Diagnostic): Diagnostic {
  detached.add(x);
  return x;
}

/** Whether any span of the diagnostic (its own, related, fix edits) reaches `offset`. */
function reaches(x: Diagnostic, offset: number): boolean {
  if (x.span.end >= offset) return true;
  if (x.related) for (const r of x.related) if (r.span.end >= offset) return true;
  for (const f of x.fixes) for (const e of f.edits) if (e.span.end >= offset) return true;
  return false;
}

/** Both lists sorted by (start, end); on a tie the kept one (another op's parse error) goes first, as in a full analysis. */
function merge(kept: Diagnostic[], focus: Diagnostic[]): Diagnostic[] {
  if (!focus.length) return kept;
  const out: Diagnostic[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < focus.length) {
    if (j >= focus.length) out.push(kept[i++]);
    else if (i >= kept.length) out.push(focus[j++]);
    else {
      const a = kept[i].span;
      const b = focus[j].span;
      if (a.start < b.start || (a.start === b.start && a.end <= b.end)) out.push(kept[i++]);
      else out.push(focus[j++]);
    }
  }
  return out;
}

/** X's index in the op list (document order: starts strictly increase). */
function opIndexOf(ops: readonly MlirOp[], X: MlirOp, start: number): number {
  let lo = 0;
  let hi = ops.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = ops[mid];
    if (o === X) return mid;
    if (o.span.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
