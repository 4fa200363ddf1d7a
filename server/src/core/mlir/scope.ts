import type { Span } from '../text';
import type { MlirBlock, MlirChunk, MlirDocument, MlirLocNode, MlirLocation, MlirOp, MlirRegion } from './model';

// Name resolution over the module model: which definition every `%value`, `^block`, `@symbol`,
// `#alias` / `!alias` and `dense_resource<name>` use refers to.
//
// SSA values follow the MLIR parser's rules: a value defined in a region is visible in that region
// and in nested regions, except across ops that are isolated from above (func.func, module and
// other symbol-table / function-like ops), whose regions start a fresh namespace. Forward
// references are legal within a region (graph regions, later blocks); a name defined in a nested
// region disappears when that region ends, so sibling regions may reuse names. Block labels are
// scoped to their region. Each `// -----` chunk is its own scope.

export type MlirNameKind = 'value' | 'block' | 'symbol' | 'alias' | 'resource';

export type MlirDefOrigin =
  | 'result'
  | 'block-arg'
  | 'func-arg'
  | 'region-arg'
  | 'block-label'
  | 'symbol'
  | 'attribute-alias'
  | 'type-alias'
  | 'loc-alias'
  | 'resource';

export interface MlirDef {
  kind: MlirNameKind;
  /** With its sigil: `%0`, `^bb1`, `@main`, `#map`, `!t`, `#loc3`; resources by their bare name. */
  name: string;
  span: Span;
  chunk: number;
  origin: MlirDefOrigin;
  /** The defining op (result, symbol), or the op owning the region (block / func / region args). */
  op?: MlirOp;
  /** The block of a block argument or label. */
  block?: MlirBlock;
  /** Result group size (`%0:3`). */
  count?: number;
  /** Argument / result position (func-arg, block-arg: argument index; result: index of the group's first value). */
  index?: number;
}

export interface MlirUse {
  kind: MlirNameKind;
  /** The name looked up: `%0` for `%0#1`, `^bb1`, `@f`, `#map`, resource name. */
  name: string;
  span: Span;
  chunk: number;
  /** The op whose text contains the use (undefined for uses in alias definitions). */
  op?: MlirOp;
  /** `%0#1` result number. */
  resultIndex?: number;
  def?: MlirDef;
}

export interface MlirDuplicate {
  def: MlirDef;
  previous: MlirDef;
}

export interface MlirScopeInfo {
  defs: MlirDef[];
  uses: MlirUse[];
  /** Uses with no definition in scope. */
  undefinedUses: MlirUse[];
  /** Redefinitions of a name already defined in the same scope. */
  duplicates: MlirDuplicate[];
  /** The definition or use whose name span contains `offset` (end inclusive). */
  at(offset: number): { def: MlirDef; use?: MlirUse } | undefined;
  /** Uses resolved to `def`, in document order. */
  referencesOf(def: MlirDef): MlirUse[];
  /** Every definition's uses (built on first call; incremental re-analysis updates and carries it). */
  referenceIndex(): Map<MlirDef, MlirUse[]>;
  /** The definitions and uses by position behind `at`, if built (incremental re-analysis carries it). */
  positionIndex(): MlirPositionEntry[] | undefined;
  /**
   * For each op isolated from above directly in a chunk or a module body (a `func.func`): where
   * its values' definitions and its uses sit in `defs` and `uses`, as [defStart, defEnd, useStart,
   * useEnd) (incremental re-analysis replaces these runs).
   */
  topLevelRanges: Map<MlirOp, number[]>;
}

/** A definition (`def` only) or a use (`use`, and `def` when resolved) at its span. */
export interface MlirPositionEntry {
  span: Span;
  def?: MlirDef;
  use?: MlirUse;
}

/** Ops whose regions do not see values from enclosing regions. */
const ISOLATED = new Set([
  'func.func', 'func', 'module', 'builtin.module', 'torch.class_type', 'torch.nn_module', 'torch.global_slot.module_initializer',
  'gpu.module', 'gpu.func', 'llvm.func', 'spirv.func', 'spirv.module', 'ml_program.func', 'ml_program.subgraph',
  'util.func', 'util.initializer', 'hal.executable', 'hal.executable.variant', 'stream.executable', 'flow.executable',
  'transform.named_sequence', 'tosa.func', 'irdl.dialect', 'pdl.pattern', 'shape.function_library', 'torch.shape.calculate.yield',
]);

/** Directly in a chunk, or in the body of a module. */
function isTopLevel(op: MlirOp): boolean {
  const p = op.parent.parent;
  if (!('blocks' in p)) return true;
  const name = p.parent.name;
  return name === 'module' || name === 'builtin.module';
}

/** Whether an op's regions are isolated from above (a fresh SSA namespace). */
export function isIsolatedFromAbove(op: MlirOp): boolean {
  if (ISOLATED.has(op.name)) return true;
  // Function-like ops of any dialect: `xyz.func @name(...)`.
  return op.func !== undefined || (op.symbolName !== undefined && /\.(func|module)$/.test(op.name));
}

interface Pending {
  use: MlirUse;
  chain: object[];
}

/** `%N` with N a decimal without leading zeros (`%0`, `%17`): the number, else -1. */
function denseNumber(name: string): number {
  const n = name.length;
  if (n < 2 || n > 8 || name.charCodeAt(0) !== 37) return -1;
  let v = 0;
  for (let i = 1; i < n; i++) {
    const c = name.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || (c === 0 && i === 1 && n > 2)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** How far past the end a numbered name may extend the array before it goes to the Map instead. */
const MAX_GAP = 1024;

/**
 * The values visible in one isolated namespace. Printed MLIR numbers its values `%0`, `%1`, ...
 * densely per function, so those live in an array indexed by their number (no string hashing, the
 * hottest part of resolution); any other name, or a number far past the array's end, uses the Map.
 */
class ValueScope {
  private readonly numbered: (MlirDef | undefined)[] = [];
  private readonly named = new Map<string, MlirDef>();
  readonly pending = new Map<string, Pending[]>();

  get(name: string): MlirDef | undefined {
    const n = denseNumber(name);
    if (n >= 0 && n < this.numbered.length) {
      const d = this.numbered[n];
      if (d) return d;
    }
    return this.named.size ? this.named.get(name) : undefined;
  }

  /** Only for names `get` does not find. */
  set(name: string, def: MlirDef): void {
    const n = denseNumber(name);
    const arr = this.numbered;
    if (n >= 0 && n < arr.length + MAX_GAP) {
      while (arr.length < n) arr.push(undefined);
      arr[n] = def;
    } else this.named.set(name, def);
  }

  delete(name: string): void {
    const n = denseNumber(name);
    if (n >= 0 && n < this.numbered.length) this.numbered[n] = undefined;
    this.named.delete(name);
  }
}

class Resolver {
  readonly defs: MlirDef[] = [];
  readonly uses: MlirUse[] = [];
  readonly undefinedUses: MlirUse[] = [];
  readonly duplicates: MlirDuplicate[] = [];
  readonly topLevelRanges = new Map<MlirOp, number[]>();

  private chunk = 0;
  private scope = new ValueScope();
  /** Region keys from the isolated root to the current region. */
  private chain: object[] = [];
  /** The last copy of `chain` taken, with the array and length it was taken from. */
  private chainCopy?: [object[], number, object[]];
  /** Names defined per open region (to remove when it closes). */
  private regionDefs: MlirDef[][] = [];
  private symbols = new Map<string, MlirDef>();
  private aliases = new Map<string, MlirDef>();
  private resources = new Map<string, MlirDef>();
  /** Resolves value uses directly (incremental re-resolution of one op), instead of the scope. */
  private lookup?: (name: string) => MlirDef | undefined;

  run(doc: MlirDocument): void {
    for (const chunk of doc.chunks) this.runChunk(chunk);
  }

  private runChunk(chunk: MlirChunk): void {
    this.chunk = chunk.index;
    this.symbols = new Map();
    this.aliases = new Map();
    this.resources = new Map();
    // Aliases, resources and symbols first: they may be referenced before they are written.
    for (const a of chunk.aliases) this.defineIn(this.aliases, { kind: 'alias', name: a.name, span: a.nameSpan, chunk: chunk.index, origin: a.kind === 'type' ? 'type-alias' : 'attribute-alias' });
    for (const a of chunk.locAliases) this.defineIn(this.aliases, { kind: 'alias', name: a.name, span: a.nameSpan, chunk: chunk.index, origin: 'loc-alias' });
    for (const r of chunk.resources) this.defineIn(this.resources, { kind: 'resource', name: r.name, span: r.nameSpan, chunk: chunk.index, origin: 'resource' });
    this.collectSymbols(chunk.block.ops);
    for (const r of chunk.aliasRefs) this.useIn(this.aliases, 'alias', r.name, r.span, undefined);
    for (const a of chunk.locAliases) this.locUses(a.location, undefined);

    this.scope = new ValueScope();
    this.chain = [chunk.block];
    this.regionDefs = [[]];
    this.visitBlockOps(chunk.block, []);
    this.finishIsolated();
  }

  /** See resolveIsolatedOp. */
  runOp(op: MlirOp, chunk: number, tables: MlirChunkTables): void {
    this.chunk = chunk;
    this.symbols = tables.symbols;
    this.aliases = tables.aliases;
    this.resources = tables.resources;
    this.scope = new ValueScope();
    this.chain = [op.parent];
    this.regionDefs = [[]];
    this.visitOp(op, []);
    this.finishIsolated();
  }

  /** See resolveLeafOp. */
  runLeafOp(op: MlirOp, chunk: number, tables: MlirChunkTables, lookup: (name: string) => MlirDef | undefined): void {
    this.chunk = chunk;
    this.symbols = tables.symbols;
    this.aliases = tables.aliases;
    this.resources = tables.resources;
    this.lookup = lookup;
    this.chain = [op.parent];
    this.regionDefs = [[]];
    this.visitOp(op, []);
  }

  private collectSymbols(ops: readonly MlirOp[]): void {
    const local = new Map<string, MlirDef>();
    for (const op of ops) {
      if (op.symbolName && op.symbolSpan) {
        const def: MlirDef = { kind: 'symbol', name: op.symbolName, span: op.symbolSpan, chunk: this.chunk, origin: 'symbol', op };
        const prev = local.get(def.name);
        if (prev) this.duplicates.push({ def, previous: prev });
        else local.set(def.name, def);
        this.defs.push(def);
        if (!this.symbols.has(def.name)) this.symbols.set(def.name, def);
      }
      for (const r of op.regions) for (const b of r.blocks) this.collectSymbols(b.ops);
    }
  }

  private defineIn(map: Map<string, MlirDef>, def: MlirDef): void {
    const prev = map.get(def.name);
    if (prev) this.duplicates.push({ def, previous: prev });
    else map.set(def.name, def);
    this.defs.push(def);
  }

  private useIn(map: Map<string, MlirDef>, kind: MlirNameKind, name: string, span: Span, op: MlirOp | undefined): void {
    const use: MlirUse = { kind, name, span, chunk: this.chunk, op, def: map.get(name) };
    this.uses.push(use);
    if (!use.def) this.undefinedUses.push(use);
  }

  private locUses(loc: MlirLocation | undefined, op: MlirOp | undefined): void {
    if (!loc) return;
    const walk = (n: MlirLocNode): void => {
      switch (n.kind) {
        case 'alias':
          this.useIn(this.aliases, 'alias', n.name, n.span, op);
          break;
        case 'callsite':
          walk(n.callee);
          walk(n.caller);
          break;
        case 'fused':
          n.locs.forEach(walk);
          break;
        case 'name':
          if (n.child) walk(n.child);
          break;
      }
    };
    walk(loc.node);
  }

  // --- values -----------------------------------------------------------------------------

  private defineValue(def: MlirDef): void {
    this.defs.push(def);
    const prev = this.scope.get(def.name);
    if (prev) {
      this.duplicates.push({ def, previous: prev });
      return;
    }
    this.scope.set(def.name, def);
    this.regionDefs[this.regionDefs.length - 1].push(def);
    const pend = this.scope.pending.get(def.name);
    if (pend) {
      const region = this.chain[this.chain.length - 1];
      const rest = pend.filter((p) => {
        if (p.chain.includes(region)) {
          p.use.def = def;
          return false;
        }
        return true;
      });
      if (rest.length) this.scope.pending.set(def.name, rest);
      else this.scope.pending.delete(def.name);
    }
  }

  private useValue(name: string, span: Span, op: MlirOp, resultIndex?: number): void {
    if (this.lookup) {
      const use: MlirUse = { kind: 'value', name, span, chunk: this.chunk, op, resultIndex, def: this.lookup(name) };
      this.uses.push(use);
      if (!use.def) this.undefinedUses.push(use);
      return;
    }
    const use: MlirUse = { kind: 'value', name, span, chunk: this.chunk, op, resultIndex, def: this.scope.get(name) };
    this.uses.push(use);
    if (!use.def) {
      const list = this.scope.pending.get(name);
      // Uses in the same region share one copy of the chain (one undefined name used a million
      // times in one op must not copy it a million times). A region is visited once, so the same
      // stack with the same depth and top is the same chain.
      const top = this.chain[this.chain.length - 1];
      if (this.chainCopy?.[0] !== this.chain || this.chainCopy[1] !== this.chain.length || this.chainCopy[2][this.chainCopy[2].length - 1] !== top) this.chainCopy = [this.chain, this.chain.length, this.chain.slice()];
      const p = { use, chain: this.chainCopy[2] };
      if (list) list.push(p);
      else this.scope.pending.set(name, [p]);
    }
  }

  private finishIsolated(): void {
    for (const list of this.scope.pending.values()) for (const p of list) if (!p.use.def) this.undefinedUses.push(p.use);
  }

  private visitBlockOps(block: MlirBlock, successorUses: { op: MlirOp; name: string; span: Span }[]): void {
    for (const op of block.ops) this.visitOp(op, successorUses);
  }

  private visitOp(op: MlirOp, successorUses: { op: MlirOp; name: string; span: Span }[]): void {
    const d0 = this.defs.length;
    const u0 = this.uses.length;
    for (const o of op.operands) this.useValue(o.name, o.span, op, o.resultIndex);
    for (const s of op.successors) {
      successorUses.push({ op, name: s.name, span: s.span });
      for (const o of s.operands) this.useValue(o.name, o.span, op, o.resultIndex);
    }
    for (const r of op.symbolRefs) {
      const parts = r.name.split('::');
      this.useIn(this.symbols, 'symbol', parts[parts.length - 1], r.span, op);
    }
    for (const r of op.aliasRefs) this.useIn(this.aliases, 'alias', r.name, r.span, op);
    for (const r of op.resourceRefs) this.useIn(this.resources, 'resource', r.name, r.span, op);
    this.locUses(op.location, op);
    if (op.func) for (const a of op.func.args) this.locUses(a.location, op);

    if (op.regions.length) {
      const isolated = isIsolatedFromAbove(op);
      const savedScope = this.scope;
      const savedChain = this.chain;
      const savedRegionDefs = this.regionDefs;
      for (const region of op.regions) {
        if (isolated) {
          this.scope = new ValueScope();
          this.chain = [];
          this.regionDefs = [];
        }
        this.visitRegion(region, op, isolated);
        if (isolated) this.finishIsolated();
      }
      this.scope = savedScope;
      this.chain = savedChain;
      this.regionDefs = savedRegionDefs;
      if (isolated && isTopLevel(op)) this.topLevelRanges.set(op, [d0, this.defs.length, u0, this.uses.length]);
    } else if (op.func && isTopLevel(op)) this.topLevelRanges.set(op, [d0, d0, u0, this.uses.length]);
    let index = 0;
    for (const r of op.results) {
      this.defineValue({ kind: 'value', name: r.name, span: r.span, chunk: this.chunk, origin: 'result', op, count: r.count, index });
      index += r.count;
    }
  }

  private visitRegion(region: MlirRegion, op: MlirOp, isolated: boolean): void {
    this.chain.push(region);
    this.regionDefs.push([]);
    if (op.func && region === op.regions[0]) {
      op.func.args.forEach((a, i) => {
        if (a.name && a.nameSpan) this.defineValue({ kind: 'value', name: a.name, span: a.nameSpan, chunk: this.chunk, origin: 'func-arg', op, index: i });
      });
    }
    for (const a of op.regionArgs) this.defineValue({ kind: 'value', name: a.name, span: a.span, chunk: this.chunk, origin: 'region-arg', op });
    // Block labels of this region.
    const labels = new Map<string, MlirDef>();
    for (const b of region.blocks) {
      if (b.label && b.labelSpan) this.defineIn(labels, { kind: 'block', name: b.label, span: b.labelSpan, chunk: this.chunk, origin: 'block-label', op, block: b });
    }
    const successorUses: { op: MlirOp; name: string; span: Span }[] = [];
    for (const b of region.blocks) {
      b.args.forEach((a, i) => this.defineValue({ kind: 'value', name: a.name, span: a.span, chunk: this.chunk, origin: 'block-arg', op, block: b, index: i }));
      this.visitBlockOps(b, successorUses);
    }
    for (const s of successorUses) this.useIn(labels, 'block', s.name, s.span, s.op);
    // Close the region: its names go out of scope. An isolated region's whole scope is dropped
    // by the caller, so deleting its names one by one would be wasted work.
    const closing = this.regionDefs.pop()!;
    if (!isolated) for (const d of closing) if (this.scope.get(d.name) === d) this.scope.delete(d.name);
    this.chain.pop();
  }
}

/** Resolves every name use in the document. */
export function resolveScopes(doc: MlirDocument): MlirScopeInfo {
  const r = new Resolver();
  r.run(doc);
  return scopeInfo(r.defs, r.uses, r.undefinedUses.sort((a, b) => a.span.start - b.span.start), r.duplicates.sort((a, b) => a.def.span.start - b.def.span.start), r.topLevelRanges);
}

/** The symbol, alias and resource definitions a chunk's ops look names up in. */
export interface MlirChunkTables {
  symbols: Map<string, MlirDef>;
  aliases: Map<string, MlirDef>;
  resources: Map<string, MlirDef>;
}

/**
 * The chunk's name tables as `resolveScopes` built them, recovered from its definitions (the
 * chunk-level ones precede its values in `defs`; the first definition of a name wins).
 */
export function chunkTables(defs: readonly MlirDef[], chunk: number): MlirChunkTables {
  const t: MlirChunkTables = { symbols: new Map(), aliases: new Map(), resources: new Map() };
  let i = 0;
  while (i < defs.length && defs[i].chunk < chunk) i++;
  for (; i < defs.length && defs[i].chunk === chunk; i++) {
    const d = defs[i];
    const map = d.kind === 'symbol' ? t.symbols : d.kind === 'alias' ? t.aliases : d.kind === 'resource' ? t.resources : undefined;
    if (!map) break;
    if (!map.has(d.name)) map.set(d.name, d);
  }
  return t;
}

/**
 * Resolves the names inside one op that is isolated from above and defines no values (a
 * `func.func` of a module): its values and blocks, and its symbol / alias / resource uses against
 * `tables`. Gives the defs and uses `resolveScopes` would list for it, in the same order; symbols
 * the op defines are not included (they belong to the chunk's table).
 */
export function resolveIsolatedOp(op: MlirOp, chunk: number, tables: MlirChunkTables): { defs: MlirDef[]; uses: MlirUse[]; undefinedUses: MlirUse[]; duplicates: MlirDuplicate[] } {
  const r = new Resolver();
  r.runOp(op, chunk, tables);
  return { defs: r.defs, uses: r.uses, undefinedUses: r.undefinedUses.sort((a, b) => a.span.start - b.span.start), duplicates: r.duplicates };
}

/**
 * The uses of one op without regions or successors (an op inside a function body), as
 * `resolveScopes` lists them, in the same order: value names through `lookup` (the definition the
 * full resolution would give), symbols, aliases and resources against `tables`. Its result
 * definitions are not included (incremental re-analysis keeps the old ones).
 */
export function resolveLeafOp(op: MlirOp, chunk: number, tables: MlirChunkTables, lookup: (name: string) => MlirDef | undefined): { uses: MlirUse[]; undefinedUses: MlirUse[] } {
  const r = new Resolver();
  r.runLeafOp(op, chunk, tables, lookup);
  return { uses: r.uses, undefinedUses: r.undefinedUses.sort((a, b) => a.span.start - b.span.start) };
}

/** The scope queries over resolved definitions and uses (`undefinedUses` and `duplicates` sorted by offset). */
export function scopeInfo(
  defs: MlirDef[],
  uses: MlirUse[],
  undefinedUses: MlirUse[],
  duplicates: MlirDuplicate[],
  topLevelRanges = new Map<MlirOp, number[]>(),
  references?: Map<MlirDef, MlirUse[]>,
  positions?: MlirPositionEntry[],
): MlirScopeInfo {
  let sorted: MlirPositionEntry[] | undefined = positions;
  let refs: Map<MlirDef, MlirUse[]> | undefined = references;
  const byDef = () => {
    if (!refs) {
      refs = new Map();
      for (const u of uses) {
        if (!u.def) continue;
        const l = refs.get(u.def);
        if (l) l.push(u);
        else refs.set(u.def, [u]);
      }
      for (const l of refs.values()) l.sort((a, b) => a.span.start - b.span.start);
    }
    return refs;
  };
  return {
    defs,
    uses,
    undefinedUses,
    duplicates,
    topLevelRanges,
    at(offset: number) {
      if (!sorted) {
        sorted = [...defs.map((d) => ({ span: d.span, def: d })), ...uses.map((u) => ({ span: u.span, use: u, def: u.def }))];
        sorted.sort((a, b) => a.span.start - b.span.start);
      }
      let lo = 0;
      let hi = sorted.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].span.start <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let i = found; i >= 0 && i > found - 4; i--) {
        const e = sorted[i];
        if (offset <= e.span.end && e.def) return { def: e.def, use: e.use };
      }
      return undefined;
    },
    referencesOf(def: MlirDef) {
      return byDef().get(def) ?? [];
    },
    referenceIndex: byDef,
    positionIndex: () => sorted,
  };
}
