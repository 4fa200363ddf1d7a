import { AnalysisResult, AnalyzeOptions, runRules } from '../analyze';
import { MlirAnalysis } from '../analysis/mlirAnalysis';
import type { Diagnostic } from '../diagnostics';
import type { MlirAttribute, MlirBlock, MlirChunk, MlirDocument, MlirFuncInfo, MlirLocation, MlirLocNode, MlirNameRef, MlirOp, MlirOperandRef, MlirResult, MlirType } from '../mlir/model';
import { walkOps } from '../mlir/model';
import { parseOpAt } from '../mlir/parse';
import { chunkTables, isIsolatedFromAbove, MlirDef, MlirDuplicate, resolveIsolatedOp, scopeInfo } from '../mlir/scope';
import type { Span } from '../text';
import { ALL_RULES } from '../rules/index';
import { mapDiagnostic, TextChange } from './change';

// Incremental MLIR re-analysis. An edit inside one top-level op that is isolated from above (a
// `func.func` of the module) cannot change how anything outside it parses or resolves: its values
// are its own, and the module's symbol table only sees its (unchanged) name. So the op alone is
// re-parsed and spliced into the model in place of the old one, the spans after it move by the
// length change, its names are resolved again against the chunk's symbol/alias tables, and the
// rules run over a view holding only it. Every other diagnostic is the previous one, moved.
// Anything outside that case returns the reason, and the caller runs a full analysis.

/** Above this many characters (1 MiB), an op that is most of the file is not re-parsed alone. */
const LARGE_OP = 1 << 20;

/** Parse errors the parser stops at (MAX_ERRORS in parse.ts): past it a chunk's parse is cut short. */
export const PARSE_ERROR_CAP = 100;

/** The previous model and the chunk (`// -----` part) holding the edit, or why neither path applies. */
export function editedChunk(prev: AnalysisResult, text: string, change: TextChange): { m: MlirAnalysis; chunk: MlirChunk; d: number } | string {
  const m = prev.mlir;
  if (!m) return 'no previous MLIR model';
  const d = change.newEnd - change.oldEnd;
  if (m.doc.text.length + d !== text.length) return 'the previous model is not of the previous text';
  const chunk = m.doc.chunks.find((c) => c.span.start <= change.start && change.oldEnd <= c.span.end);
  return chunk ? { m, chunk, d } : 'the edit spans a chunk separator';
}

/** The edited top-level op isolated from above (a `func.func`), re-parsed and re-checked alone. */
export function reanalyzeIsolatedOp(prev: AnalysisResult, text: string, change: TextChange, options: AnalyzeOptions): AnalysisResult | string {
  const edited = editedChunk(prev, text, change);
  if (typeof edited === 'string') return edited;
  const { m, chunk, d } = edited;
  const doc = m.doc;

  // --- where: the chunk, then down through module bodies to the isolated op holding the edit.
  const ancestors: MlirOp[] = [];
  let block: MlirBlock = chunk.block;
  let target: MlirOp;
  for (;;) {
    const op = opContaining(block.ops, change);
    if (!op) return 'the edit is outside every top-level op (module-level text, aliases, resources, locations)';
    if (op.name === 'module' || op.name === 'builtin.module') {
      if (op.regions.length !== 1 || op.regions[0].blocks.length !== 1 || !strictlyInside(op.regions[0].span, change)) return 'the edit is in module-level text';
      ancestors.push(op);
      block = op.regions[0].blocks[0];
      continue;
    }
    target = op;
    break;
  }
  if (!isIsolatedFromAbove(target)) return `the edited op (${target.name}) is not isolated from above`;
  if (!definesNoValues(target)) return 'the edited op defines or uses values of the module body';
  const oldStart = target.span.start;
  const oldEnd = target.span.end;
  // Re-parsing most of a large file alone costs what a full analysis does, with two models alive.
  if (oldEnd - oldStart > Math.max(doc.text.length / 2, LARGE_OP)) return 'the edited op is most of a large file';
  // The re-parse starts with the parser's state at the op: no error at the end of the input (there
  // is more input) and the count of errors before it, which only matters at the cap.
  if (doc.diagnostics.length >= PARSE_ERROR_CAP) return 'the previous parse hit the error cap';
  if (!startsLine(doc.text, oldStart)) return 'the edited op does not start its line';
  // An error at the op's first or last offset may come from the op or from its neighbour (errors
  // go at the end of the text before a bad token): ambiguous.
  for (const e of doc.diagnostics) {
    if ((e.span.start <= oldStart && e.span.end >= oldStart) || (e.span.start <= oldEnd && e.span.end >= oldEnd)) return 'a parse error at the edge of the edited op';
  }
  const inOp = (e: Diagnostic) => e.span.start > oldStart && e.span.end < oldEnd;
  const outside = doc.diagnostics.filter((e) => !inOp(e));
  // A broken op's extent and what its recovery swallowed (trailing locations, alias uses) can
  // differ between a full parse and parsing it alone (found by fuzzing): an op that was broken
  // is parsed in full. (One that breaks now is parsed alone: its old extent is a clean parse's.)
  if (outside.length < doc.diagnostics.length) return 'the edited op had parse errors';
  // An op whose parse reached the end of the input with an error silenced the enclosing regions'
  // "unbalanced '{'" (which the new parse may not do): then only if something (a `}`) follows it.
  if (outside.length < doc.diagnostics.length && onlyTriviaFollows(doc.text, oldEnd, chunk.span.end)) return 'the edited op had parse errors and is the last text of its chunk';
  if (outside.length) {
    // Errors elsewhere must sit strictly inside another isolated op of the same body (a broken
    // sibling function, whose recovery stays within its braces): errors in module-level text,
    // aliases or at an op's edges can depend on the edit in ways these checks do not see (found
    // by fuzzing damaged files).
    for (const e of outside) {
      const sibling = block.ops.find((o) => o !== target && e.span.start > o.span.start && e.span.end < o.span.end);
      if (!sibling || !isIsolatedFromAbove(sibling) || (sibling.span.start <= oldEnd && oldStart <= sibling.span.end)) return 'the file has parse errors outside a function body';
    }
    for (const e of outside) if (e.span.end > oldStart && e.span.start < oldEnd) return 'a parse error overlaps the edited op';
    if (outside.some((e) => e.message.startsWith('internal parser error'))) return 'the previous parse crashed';
    if (change.start < target.nameSpan.end) return 'the edit touches the first token of the op, and the file has parse errors';
    if (lineBreaks(doc.text, change.start, change.oldEnd) !== lineBreaks(text, change.start, change.newEnd)) return 'the edit adds or removes lines, and the file has parse errors';
  }
  // An unclosed alias definition (`#a = foo<(`) scans on through the ops after it and records the
  // alias names it meets there as its own uses: then the op's text feeds chunk-level entries.
  for (const r of chunk.aliasRefs) if (r.span.start >= oldStart && r.span.start <= oldEnd) return 'an alias definition runs into the edited op';
  const oldOps: MlirOp[] = [];
  walkOps([target], (o) => void oldOps.push(o));
  if (hasNestedSymbol(oldOps)) return 'the edited op holds symbol definitions of its own';

  // --- re-parse the op from the new text.
  const newEnd = oldEnd + d;
  const newText = text.slice(oldStart, newEnd);
  if (newText.includes('// -----')) return 'the edit writes a chunk separator';
  const parsed = parseOpAt(text, oldStart, chunk.span.end + d, chunk, block);
  const fresh = parsed.op;
  if (!parsed.exact || outside.length + parsed.errors.length >= PARSE_ERROR_CAP) return 'the edited op stops the parse (error cap, end of input)';
  for (const e of parsed.errors) if (e.span.start < oldStart || e.span.end > newEnd) return 'a parse error outside the edited op';
  if (!fresh || fresh.span.end !== newEnd) return 'the edited op no longer ends where it did';
  if (fresh.symbolName !== target.symbolName || fresh.name !== target.name) return 'the edited op changed its name or symbol';
  if (!isIsolatedFromAbove(fresh) || !definesNoValues(fresh)) return 'the edited op is no longer an isolated op without values';
  if (hasNestedSymbol(parsed.ops)) return 'the edited op now holds symbol definitions of its own';
  if (parsed.ops[0] !== fresh) return 'the re-parsed op list does not start with the op';
  const allOps = doc.allOps;
  const index = opIndex(allOps, oldStart);
  if (allOps[index] !== target) return 'the op list does not hold the edited op';

  // --- scope: cut the op's old definitions and uses out (old coordinates), before anything moves.
  const scope = m.scope;
  const defs = scope.defs;
  const uses = scope.uses;
  const isLocal = (x: MlirDef) => x.kind === 'value' || x.kind === 'block';
  const within = (s: Span) => s.start >= oldStart && s.start <= oldEnd;
  const range = scope.topLevelRanges.get(target);
  if (!range) return 'the scope has no record of the edited op';
  const [d0, d1, u0, u1] = range;
  const undefinedBefore = scope.undefinedUses.filter((u) => u.span.start < oldStart);
  const undefinedAfter = scope.undefinedUses.filter((u) => u.span.start > oldEnd);
  const keptDuplicates = scope.duplicates.filter((x) => !(isLocal(x.def) && within(x.def.span)));

  // --- splice: the old op object stays (symbol definitions and the parent block point at it) and
  // takes the fresh op's contents.
  const parent = target.parent;
  Object.assign(target, fresh);
  target.parent = parent;
  for (const r of target.regions) r.parent = target;
  const newOps = parsed.ops;
  newOps[0] = target;
  const tables = chunkTables(defs, chunk.index);
  // The op's symbol definition (chunk-level, before the values) now points at its new name span.
  for (const def of defs) {
    if (def.chunk !== chunk.index) continue;
    if (def.kind !== 'symbol' && def.kind !== 'alias' && def.kind !== 'resource') break;
    if (def.kind === 'symbol' && def.op === target) def.span = target.symbolSpan!;
  }
  const local = resolveIsolatedOp(target, chunk.index, tables);

  // The diagnostics outside the op stay, moved. Rules report the model's own span objects, which
  // the shift moves in place: copy them first.
  const before: Diagnostic[] = [];
  const after: Diagnostic[] = [];
  for (const x of prev.diagnostics) {
    if (x.code === 'parse-error' && inOp(x)) continue; // parsed again
    if (x.span.start < oldStart) before.push(moved(x, change));
    else if (x.span.start > oldEnd) after.push(moved(x, change));
  }

  // In parse order: the errors before the op, its own, those after it.
  const diagnostics = outside
    .filter((e) => e.span.start < oldStart)
    .concat(
      parsed.errors,
      outside.filter((e) => e.span.start >= oldEnd).map((e) => moved(e, change)),
    );
  // A new document object: editor features cache per document (features/mlirSupport.ts keys its
  // scope resolution by it), and the chunks inside it are all they share with the old one.
  const newDoc: MlirDocument = { ...doc, text, diagnostics, allOps: spliceArray(allOps, index, oldOps.length, newOps) };
  // Duplicates by position (the ones after the op still have their old offsets here).
  const isOwnSymbol = (x: MlirDuplicate) => x.def.kind === 'symbol' && x.def.op === target;
  const ownDuplicates = keptDuplicates.filter(isOwnSymbol).concat(local.duplicates).sort((a, b) => a.def.span.start - b.def.span.start);
  const duplicates = keptDuplicates
    .filter((x) => !isOwnSymbol(x) && x.def.span.start < oldStart)
    .concat(ownDuplicates, keptDuplicates.filter((x) => !isOwnSymbol(x) && x.def.span.start > oldEnd));
  const newScope = scopeInfo(
    spliceArray(defs, d0, d1 - d0, local.defs),
    spliceArray(uses, u0, u1 - u0, local.uses),
    undefinedBefore.concat(local.undefinedUses, undefinedAfter),
    duplicates,
    movedRanges(scope.topLevelRanges, target, local.defs.length - (d1 - d0), local.uses.length - (u1 - u0), [d0, d0 + local.defs.length, u0, u0 + local.uses.length]),
  );

  // --- move everything after the edit (each span object once). This touches every op after the
  // edit (10 ms on the benchmark's 100k ops), and nothing the diagnostics need reads those spans,
  // so it waits until the model is next read (MlirAnalysis.doc / scope, or settle() when idle),
  // unless the op's diagnostics point at another op (a duplicate symbol's earlier definition).
  const shift = () => {
    if (d === 0) return;
    const sh = new Shift(change.oldEnd, d);
    for (const a of ancestors) sh.op(a);
    shiftOps(allOps, index + oldOps.length, sh);
    for (const c of doc.chunks) if (c.span.end >= change.oldEnd) sh.chunk(c);
  };
  const deferred = !ownDuplicates.some((x) => x.def.kind === 'symbol');
  if (!deferred) shift();
  const mlir = new MlirAnalysis(newDoc, m.registry, newScope, deferred ? shift : undefined);

  // --- re-check the op alone: its spans are final, so are the diagnostics.
  const view = new MlirAnalysis({ ...newDoc, allOps: newOps }, m.registry, scopeInfo(local.defs, local.uses, local.undefinedUses, ownDuplicates));
  // As in analyze(): the parse errors first, then each rule's reports (ties keep this order).
  const focus: Diagnostic[] = parsed.errors.slice();
  runRules(ALL_RULES, options, prev.profile, m.registry, focus, (rule, ctx) => rule.checkMlir?.(view, ctx));
  for (const x of focus) {
    if (x.code === 'internal-error') return 'a rule crashed on the edited op';
    if (x.span.start < oldStart || x.span.start > newEnd) return 'a rule reported outside the edited op';
  }
  focus.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);

  return {
    language: 'mlir',
    profile: prev.profile,
    diagnostics: before.concat(focus, after),
    mlir,
    incremental: { reused: true, reparsed: newOps.length, rechecked: newOps.length, visited: newOps.length },
  };
}

/** mapDiagnostic, keeping a parse error's shape (it has no `related` key, and a full analysis gives none). */
export function moved(x: Diagnostic, change: TextChange): Diagnostic {
  const m = mapDiagnostic(x, change);
  if (m !== x && !('related' in x)) delete m.related;
  return m;
}

/** Only blanks precede `offset` on its line (a full parse reads the op's first token after a line break). */
export function startsLine(text: string, offset: number): boolean {
  let b = offset;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  return b === 0 || text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 13;
}

/** Whether only blanks and `//` comments lie in [from, to). */
export function onlyTriviaFollows(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xfeff) continue;
    if (c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < to && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      continue;
    }
    return false;
  }
  return true;
}

function strictlyInside(s: Span, c: TextChange): boolean {
  return s.start < c.start && c.oldEnd < s.end;
}

/** The op of a block whose text holds the edit without touching its first or last character. */
export function opContaining(ops: readonly MlirOp[], c: TextChange): MlirOp | undefined {
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
  return op && strictlyInside(op.span, c) ? op : undefined;
}

/** No results, operands or successors: nothing ties the op to the values of the block around it. */
function definesNoValues(op: MlirOp): boolean {
  return op.results.length === 0 && op.operands.length === 0 && op.successors.length === 0 && op.regionArgs.length === 0;
}

function hasNestedSymbol(ops: readonly MlirOp[]): boolean {
  for (let i = 1; i < ops.length; i++) if (ops[i].symbolName !== undefined) return true;
  return false;
}

/**
 * The top-level ops' runs in the spliced defs and uses: the edited op's new run, later ops' runs
 * moved by the change in length, and enclosing modules' runs grown by it.
 */
export function movedRanges(ranges: Map<MlirOp, number[]>, target: MlirOp, dDefs: number, dUses: number, own: number[]): Map<MlirOp, number[]> {
  const out = new Map<MlirOp, number[]>();
  const start = target.span.start;
  for (const [op, r] of ranges) {
    if (op === target) out.set(op, own);
    else if (dDefs === 0 && dUses === 0) out.set(op, r);
    else if (op.span.start > start) out.set(op, [r[0] + dDefs, r[1] + dDefs, r[2] + dUses, r[3] + dUses]);
    else if (op.span.end > start) out.set(op, [r[0], r[1] + dDefs, r[2], r[3] + dUses]);
    else out.set(op, r);
  }
  return out;
}

/** Index of the op starting at `start` in document order (starts strictly increase). */
function opIndex(ops: readonly MlirOp[], start: number): number {
  let lo = 0;
  let hi = ops.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ops[mid].span.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** `list` with `count` items at `at` replaced by `items` (no spread: the lists can be long). */
export function spliceArray<T>(list: T[], at: number, count: number, items: readonly T[]): T[] {
  if (count === items.length) {
    for (let i = 0; i < count; i++) list[at + i] = items[i];
    return list;
  }
  return list.slice(0, at).concat(items as T[], list.slice(at + count));
}

/**
 * Moves offsets at or after `at` by `by`. Model objects own their spans except where noted, so
 * each op moves its own (not its nested ops', which the op list visits themselves). This runs over
 * every op after the edit (100k on the benchmark file): indexed loops and one helper per element
 * shape keep the property accesses monomorphic.
 */
export class Shift {
  constructor(
    readonly at: number,
    readonly by: number,
  ) {}

  span(s: Span | undefined): void {
    if (s === undefined) return;
    const at = this.at;
    if (s.start >= at) s.start += this.by;
    if (s.end >= at) s.end += this.by;
  }

  results(rs: readonly MlirResult[]): void {
    for (let i = 0; i < rs.length; i++) this.span(rs[i].span);
  }

  operands(os: readonly MlirOperandRef[]): void {
    for (let i = 0; i < os.length; i++) this.span(os[i].span);
  }

  names(ns: readonly MlirNameRef[]): void {
    for (let i = 0; i < ns.length; i++) this.span(ns[i].span);
  }

  types(ts: readonly MlirType[]): void {
    for (let i = 0; i < ts.length; i++) this.span(ts[i].span);
  }

  attrs(as: readonly MlirAttribute[]): void {
    for (let i = 0; i < as.length; i++) {
      const a = as[i];
      this.span(a.nameSpan);
      this.span(a.valueSpan);
      this.span(a.span);
    }
  }

  /** A location's frames share the spans of its nodes (or of a `#loc` definition's): only nodes move. */
  loc(l: MlirLocation | undefined): void {
    if (!l) return;
    this.span(l.span);
    this.node(l.node);
  }

  node(n: MlirLocNode): void {
    this.span(n.span);
    switch (n.kind) {
      case 'callsite':
        this.node(n.callee);
        this.node(n.caller);
        break;
      case 'fused':
        for (const x of n.locs) this.node(x);
        break;
      case 'name':
        if (n.child) this.node(n.child);
        break;
    }
  }

  op(op: MlirOp): void {
    this.span(op.nameSpan);
    this.span(op.span);
    if (op.results.length) this.results(op.results);
    if (op.operands.length) this.operands(op.operands);
    if (op.operandTypes.length) this.types(op.operandTypes);
    if (op.resultTypes.length) this.types(op.resultTypes);
    this.span(op.typeListSpan);
    this.rest(op);
  }

  /** The fields `shiftOps` leaves to this (attributes, regions, symbols, locations, ...). */
  rest(op: MlirOp): void {
    if (op.attributes.length) this.attrs(op.attributes);
    if (op.properties.length) this.attrs(op.properties);
    if (op.regions.length) this.regions(op);
    if (op.successors.length) {
      for (const s of op.successors) {
        this.span(s.span);
        this.operands(s.operands);
      }
    }
    if (op.regionArgs.length) this.results(op.regionArgs);
    // The generic form's `sym_name` / torch.operator `name` spans are the attribute's value span.
    if (op.symbolSpan && !isAttributeValue(op, op.symbolSpan)) this.span(op.symbolSpan);
    if (op.operatorNameSpan && !isAttributeValue(op, op.operatorNameSpan)) this.span(op.operatorNameSpan);
    if (op.symbolRefs.length) this.names(op.symbolRefs);
    if (op.aliasRefs.length) this.names(op.aliasRefs);
    if (op.resourceRefs.length) this.names(op.resourceRefs);
    if (op.location) this.loc(op.location);
    if (op.constant) this.span(op.constant.span);
    if (op.literal) this.span(op.literal.span);
    if (op.func) this.func(op, op.func);
  }

  regions(op: MlirOp): void {
    for (const r of op.regions) {
      this.span(r.span);
      for (const b of r.blocks) {
        this.span(b.labelSpan);
        this.span(b.span);
        for (const a of b.args) {
          this.span(a.span);
          if (a.type) this.span(a.type.span);
          this.attrs(a.attributes);
          this.loc(a.location);
        }
      }
    }
  }

  func(op: MlirOp, f: MlirFuncInfo): void {
    this.span(f.visibilitySpan);
    for (const a of f.args) {
      this.span(a.nameSpan);
      this.span(a.type.span);
      this.attrs(a.attributes);
      this.loc(a.location);
      this.span(a.span);
    }
    this.types(f.resultTypes);
    for (const as of f.resultAttributes) this.attrs(as);
    if (f.attributes !== op.attributes) this.attrs(f.attributes);
    this.span(f.argsSpan);
  }

  /** A chunk's own text: its range and its alias, location and resource definitions. */
  chunk(c: MlirChunk): void {
    this.span(c.span);
    this.span(c.block.span);
    for (const a of c.aliases) {
      this.span(a.nameSpan);
      this.span(a.valueSpan);
      this.span(a.span);
      if (a.type) this.span(a.type.span);
    }
    for (const a of c.locAliases) {
      this.span(a.nameSpan);
      this.span(a.span);
      this.loc(a.location);
    }
    for (const r of c.resources) {
      this.span(r.nameSpan);
      this.span(r.valueSpan);
    }
    this.names(c.aliasRefs);
  }
}

/**
 * `sh.op` over `ops[from..]`, with the fields every op has (its name, span, results, operands and
 * types: all most ops have) moved inline: this loop is most of an edit's cost on a large file.
 */
export function shiftOps(ops: readonly MlirOp[], from: number, sh: Shift): void {
  const at = sh.at;
  const by = sh.by;
  for (let i = from; i < ops.length; i++) {
    const op = ops[i];
    let s = op.nameSpan;
    if (s.start >= at) s.start += by;
    if (s.end >= at) s.end += by;
    s = op.span;
    if (s.start >= at) s.start += by;
    if (s.end >= at) s.end += by;
    const rs = op.results;
    for (let j = 0; j < rs.length; j++) {
      s = rs[j].span;
      if (s.start >= at) s.start += by;
      if (s.end >= at) s.end += by;
    }
    const os = op.operands;
    for (let j = 0; j < os.length; j++) {
      s = os[j].span;
      if (s.start >= at) s.start += by;
      if (s.end >= at) s.end += by;
    }
    const ts = op.operandTypes;
    for (let j = 0; j < ts.length; j++) {
      s = ts[j].span;
      if (s.start >= at) s.start += by;
      if (s.end >= at) s.end += by;
    }
    const us = op.resultTypes;
    for (let j = 0; j < us.length; j++) {
      s = us[j].span;
      if (s.start >= at) s.start += by;
      if (s.end >= at) s.end += by;
    }
    const tl = op.typeListSpan;
    if (tl !== undefined) {
      if (tl.start >= at) tl.start += by;
      if (tl.end >= at) tl.end += by;
    }
    if (
      op.attributes.length || op.properties.length || op.regions.length || op.successors.length || op.regionArgs.length ||
      op.symbolSpan || op.operatorNameSpan || op.symbolRefs.length || op.aliasRefs.length || op.resourceRefs.length ||
      op.location || op.constant || op.literal || op.func
    ) sh.rest(op);
  }
}

function isAttributeValue(op: MlirOp, s: Span): boolean {
  for (const a of op.attributes) if (a.valueSpan === s) return true;
  for (const a of op.properties) if (a.valueSpan === s) return true;
  return false;
}

export function lineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) n++;
  }
  return n;
}
