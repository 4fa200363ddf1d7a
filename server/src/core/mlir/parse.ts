import type { Diagnostic } from '../diagnostics';
import type { Span } from '../text';
import type {
  MlirAlias,
  MlirAttribute,
  MlirBlock,
  MlirBlockArg,
  MlirChunk,
  MlirConstant,
  MlirDocument,
  MlirFuncArg,
  MlirLocAlias,
  MlirLocation,
  MlirLocNode,
  MlirOp,
  MlirOperandRef,
  MlirRegion,
  MlirResult,
  MlirType,
} from './model';
import * as L from './lexer';
import type { RefSink } from './lexer';
// Local copies: module-namespace imports compile to getter calls under the test runner's transpiler.
const { TK_ARROW, TK_AT, TK_BANG, TK_BARE, TK_CARET, TK_COLON, TK_COMMA, TK_EOF, TK_EQUAL, TK_ERROR, TK_FLOAT, TK_GREATER, TK_HASH, TK_INT, TK_LBRACE, TK_LBRACKET, TK_LESS, TK_LPAREN, TK_META_CLOSE, TK_META_OPEN, TK_MINUS, TK_PERCENT, TK_RBRACE, TK_RBRACKET, TK_RPAREN, TK_STRING, decodeString, skipBalanced } = L;
import { readType, typeError } from './types';
import { locFrames, locationError, readLocation } from './locations';
import { parseResourceSection } from './resources';

// Error-tolerant MLIR parser. Known syntaxes (torch default form, torch hand-written ops, func,
// module, generic form) are parsed strictly; unknown ops are scanned loosely and never produce
// errors. On a broken op: one parse-error where it breaks, then resynchronize at the next line
// that starts an op. Never throws; linear time.

const MAX_ERRORS = 100;

class ParseError {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** torch.prim.* ops with hand-written assembly (everything else under torch.prim. uses the default form). */
const PRIM_NOT_DEFAULT = new Set([
  'torch.prim.ListConstruct', 'torch.prim.ListUnpack', 'torch.prim.TupleConstruct', 'torch.prim.TupleUnpack',
  'torch.prim.DictConstruct', 'torch.prim.GetAttr', 'torch.prim.SetAttr', 'torch.prim.CallMethod',
  'torch.prim.Loop', 'torch.prim.Loop.condition', 'torch.prim.If', 'torch.prim.If.yield', 'torch.prim.CreateObject',
  'torch.prim.Enter', 'torch.prim.Exit',
]);

const DEFAULT_FORM_PREFIXES = ['torch.aten.', 'torch.prims.', 'torch.prim.', 'torch.quantized.', 'torch.torchvision.'];

/** Undotted op names accepted in custom form (default-dialect ops). */
const UNDOTTED_OPS = new Set(['return', 'module', 'func', 'call']);

/** Loose ops whose first `@name` is a use, not a definition. */
const SYMBOL_USE_FIRST = new Set([
  'func.constant', 'torch.global_slot.get', 'torch.global_slot.set', 'torch.global_slot.init', 'memref.get_global',
  'ml_program.global_load', 'ml_program.global_load_const', 'ml_program.global_store', 'llvm.call', 'llvm.mlir.addressof',
  'torch.prim.CallMethod', 'tosa.variable.read', 'tosa.variable.write', 'util.global.load', 'util.global.store', 'flow.dispatch',
  'util.call', 'stream.cmd.dispatch', 'hal.executable.export',
]);

/** Op names (last component) whose leading `@name` is a reference: calls, loads, stores, ... */
const USE_NAME_RE = /call|get|load|store|addressof|dispatch|constant|set|init|read|write|launch/i;

/**
 * Keywords a symbol-defining op may print between its name and the `@symbol` it defines:
 * visibility (`private`), `ml_program.global private mutable @x`, `memref.global "private" constant @x`,
 * `util.global private mutable @x`, and LLVM linkage (`llvm.mlir.global internal constant @x`).
 */
const SYMBOL_MODIFIERS = new Set([
  'private', 'public', 'nested', 'mutable', 'constant', 'internal', 'external', 'linkonce', 'linkonce_odr',
  'weak', 'weak_odr', 'common', 'appending', 'extern_weak', 'available_externally', 'thread_local', 'unnamed_addr',
  'local_unnamed_addr',
]);

export function isTorchDefaultForm(name: string): boolean {
  if (!name.startsWith('torch.')) return false;
  for (const p of DEFAULT_FORM_PREFIXES) if (name.startsWith(p)) return p !== 'torch.prim.' || !PRIM_NOT_DEFAULT.has(name);
  return false;
}

function newOp(start: number, parent: MlirBlock): MlirOp {
  return {
    name: '',
    nameSpan: { start, end: start },
    form: 'custom',
    syntax: 'known',
    results: EMPTY,
    operands: EMPTY,
    operandTypes: EMPTY,
    resultTypes: EMPTY,
    typeListSpan: undefined,
    attributes: EMPTY,
    properties: EMPTY,
    regions: EMPTY,
    successors: EMPTY,
    regionArgs: EMPTY,
    symbolName: undefined,
    symbolSpan: undefined,
    symbolRefs: EMPTY,
    aliasRefs: EMPTY,
    resourceRefs: EMPTY,
    location: undefined,
    span: { start, end: start },
    parent,
    operatorName: undefined,
    operatorNameSpan: undefined,
    constant: undefined,
    literal: undefined,
    func: undefined,
  };
}

/** Shared empty array for the model's empty lists (read-only). */
const EMPTY = Object.freeze([]) as unknown as never[];
function pushTo<T>(a: T[], v: T): T[] {
  if (a === EMPTY) return [v];
  a.push(v);
  return a;
}

/** A mutable version of a model list (the shared empty array is replaced by a fresh one). */
function own<T>(a: T[]): T[] {
  return a === EMPTY ? [] : a;
}

const SCRATCH_OPERANDS: MlirOperandRef[] = [];
const SCRATCH_TYPES: MlirType[] = [];

function cat<T>(a: T[], b: T[]): T[] {
  return a.length === 0 ? b : b.length === 0 ? a : a.concat(b);
}

function shrink<T>(a: T[]): T[] {
  return a.length === 0 ? EMPTY : a;
}

/** Once parsed, empty lists become the one shared frozen array. */
function compactOp(op: MlirOp): void {
  op.results = shrink(op.results);
  op.operands = shrink(op.operands);
  op.operandTypes = shrink(op.operandTypes);
  op.resultTypes = shrink(op.resultTypes);
  op.attributes = shrink(op.attributes);
  op.properties = shrink(op.properties);
  if (op.func) op.func.attributes = op.attributes;
}

function operandRef(text: string, start: number, end: number): MlirOperandRef {
  const h = text.indexOf('#');
  if (h < 0) return { name: text, span: { start, end } };
  return { name: text.slice(0, h), resultIndex: Number(text.slice(h + 1)), span: { start, end } };
}

function hexToDouble(hex: string): number {
  try {
    const big = BigInt(hex);
    const dv = new DataView(new ArrayBuffer(8));
    if (hex.length <= 2 + 8) {
      dv.setUint32(0, Number(big));
      return dv.getFloat32(0);
    }
    dv.setBigUint64(0, big & 0xffffffffffffffffn);
    return dv.getFloat64(0);
  } catch {
    return NaN;
  }
}

/** Thrown to stop parsing a chunk once the error cap is reached. */
class AbortChunk {}

class Parser {
  readonly lx: L.Lexer;
  curOp: MlirOp | undefined;
  readonly onRef: RefSink;
  /** Set once an error was reported at the end of input, to suppress unclosed-region cascades. */
  eofErrorReported = false;
  locs: MlirLocation[] = [];

  constructor(
    readonly text: string,
    readonly chunk: MlirChunk,
    readonly doc: MlirDocument,
    start: number,
    end: number,
  ) {
    this.lx = new L.Lexer(text, start, end);
    this.onRef = (kind, name, s, e) => {
      const op = this.curOp;
      const ref = { name, span: { start: s, end: e } };
      if (kind === 'alias') {
        if (op) op.aliasRefs = pushTo(op.aliasRefs, ref);
        else this.chunk.aliasRefs.push(ref);
      }
      else if (kind === 'symbol') {
        if (op) op.symbolRefs = pushTo(op.symbolRefs, ref);
      } else if (op) op.resourceRefs = pushTo(op.resourceRefs, ref);
    };
  }

  // --- errors -----------------------------------------------------------------------------

  report(message: string, start: number, end: number): void {
    const d = this.doc.diagnostics;
    if (d.length >= MAX_ERRORS) return;
    // Callers point one past an offending character, which may be the end of the text.
    const n = this.text.length;
    start = Math.min(Math.max(0, start), n);
    end = Math.min(Math.max(start, end), n);
    d.push({ code: 'parse-error', severity: 'error', message, span: { start, end }, fixes: [] });
  }

  /**
   * An error about the current token, placed where MLIR's `emitWrongTokenError` puts it: at the
   * end of the text before the token (blank lines and `//` comments skipped), so a missing `:` is
   * reported right after what precedes it. A lexer error token reports at its own position.
   */
  fail(message: string): never {
    const lx = this.lx;
    if (lx.kind === TK_ERROR) this.failLexError();
    const at = this.wrongTokenOffset();
    // The span runs on over the offending token when it is on the same line.
    throw new ParseError(message, at, lx.kind !== TK_EOF && !lx.nl && lx.start >= at ? lx.end : at);
  }

  /** An error at the current token itself (custom op parsers' `emitError(getCurrentLocation())`). */
  failAtToken(message: string): never {
    const lx = this.lx;
    if (lx.kind === TK_ERROR) this.failLexError();
    if (lx.kind === TK_EOF) throw new ParseError(message, lx.limit, lx.limit);
    throw new ParseError(message, lx.start, lx.end);
  }

  /** The offset MLIR reports a wrong-token error at, for the current token. */
  wrongTokenOffset(): number {
    const lx = this.lx;
    return this.wrongTokenAt(lx.kind === TK_EOF ? lx.limit : lx.start);
  }

  /** MLIR's wrong-token position for a token starting at `tok` (`limit` for the end of input). */
  wrongTokenAt(tok: number): number {
    const text = this.text;
    const begin = this.chunk.span.start;
    const loc = tok >= this.lx.limit ? Math.max(begin, this.lx.limit - 1) : tok;
    let end = loc;
    for (;;) {
      while (end > begin && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
      if (end <= begin) return loc;
      const c = text.charCodeAt(end - 1);
      if (c !== 10 && c !== 13) return end;
      end--;
      let ls = end;
      while (ls > begin && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
      const cs = text.indexOf('//', ls);
      if (cs >= 0 && cs < end) end = cs;
    }
  }

  /** Throws the current lexer error token's error (unterminated string at its end, bad character at itself). */
  failLexError(): never {
    const lx = this.lx;
    if (lx.text.charCodeAt(lx.start) === 34) throw new ParseError(lx.errorMessage, lx.end, lx.end);
    throw new ParseError(lx.errorMessage, lx.start, lx.end);
  }

  describe(): string {
    const lx = this.lx;
    if (lx.kind === TK_EOF) return 'end of input';
    return `'${lx.tokenText().slice(0, 40)}'`;
  }

  expect(kind: number, message: string): void {
    if (this.lx.kind !== kind) this.fail(message);
    this.lx.next();
  }

  isBare(word: string): boolean {
    const lx = this.lx;
    return lx.kind === TK_BARE && lx.end - lx.start === word.length && this.text.startsWith(word, lx.start);
  }

  // --- top level --------------------------------------------------------------------------

  parseChunk(): void {
    const lx = this.lx;
    const block = this.chunk.block;
    lx.next();
    while (lx.kind !== TK_EOF) {
      const k = lx.kind;
      if ((k === TK_HASH || k === TK_BANG) && this.peekIsEqual()) {
        this.guard(() => this.parseAliasDef(), undefined);
      } else if ((k === TK_HASH || k === TK_BANG) && this.isTopLevelAliasLine()) {
        this.guard(() => {
          lx.next();
          this.fail(k === TK_HASH ? "expected '=' in attribute alias definition" : "expected '=' in type alias definition");
        }, undefined);
      } else if (k === TK_META_OPEN) {
        this.guard(() => this.parseResources(), undefined);
      } else if (k === TK_RBRACE) {
        this.report("unexpected '}'", lx.start, lx.end);
        lx.next();
      } else {
        this.parseOpInto(block);
      }
    }
    this.finishBlock(block);
  }

  peekIsEqual(): boolean {
    const s = this.lx.save();
    this.lx.next();
    const r = this.lx.kind === TK_EQUAL;
    this.lx.restore(s);
    return r;
  }

  /** Runs a top-level construct; on error reports and resynchronizes. */
  guard(fn: () => void, op: MlirOp | undefined): void {
    const from = this.lx.start;
    try {
      fn();
    } catch (e) {
      this.handleError(e, op, from);
    }
  }

  handleError(e: unknown, op: MlirOp | undefined, from: number): void {
    if (!(e instanceof ParseError)) throw e;
    this.report(e.message, e.start, e.end);
    // Past the cap the input is not MLIR: stop (this also bounds rescans of unclosed brackets).
    if (this.doc.diagnostics.length >= MAX_ERRORS) throw new AbortChunk();
    if (this.lx.kind === TK_EOF) this.eofErrorReported = true;
    this.resync(op, from);
    if (this.lx.kind === TK_EOF) this.eofErrorReported = true;
  }

  /**
   * Skips to the next line that looks like the start of an op (never stopping at or before
   * `from`, the offset where the broken construct started, so parsing always advances). A region
   * opened at the end of the broken line is parsed into `op`, so braces stay balanced.
   */
  resync(op: MlirOp | undefined, from: number): void {
    const lx = this.lx;
    let depth = 0;
    for (;;) {
      const k = lx.kind;
      if (k === TK_EOF) return;
      if (lx.start > from && lx.nl) {
        depth = 0;
        if (
          k === TK_PERCENT || k === TK_STRING || k === TK_BARE || k === TK_RBRACE || k === TK_CARET ||
          k === TK_HASH || k === TK_BANG || k === TK_META_OPEN
        ) return;
      }
      if (k === TK_LBRACE) {
        const s = lx.save();
        lx.next();
        const atEol = lx.nl || lx.kind === TK_EOF;
        lx.restore(s);
        if (atEol && op) {
          op.regions = pushTo(op.regions, this.parseRegion(op));
          continue;
        }
        depth++;
      } else if (k === TK_RBRACE) {
        // (a '}' at a line start returned above; one mid-line belongs to the broken text)
        if (depth > 0) depth--;
      } else if (k === TK_META_OPEN && lx.start > from) return;
      lx.next();
    }
  }

  parseAliasDef(): void {
    const lx = this.lx;
    const text = this.text;
    const start = lx.start;
    const isType = lx.kind === TK_BANG;
    const name = lx.tokenText();
    const nameSpan = { start: lx.start, end: lx.end };
    lx.next(); // =
    lx.next();
    if (!isType && this.isBare('loc')) {
      const location = this.location();
      const a: MlirLocAlias = { name, nameSpan, location, chunk: this.chunk.index, span: { start, end: location.span.end } };
      this.chunk.locAliases.push(a);
      return;
    }
    if (lx.kind === TK_EOF || lx.nl) this.fail(isType ? 'expected type' : 'expected attribute value');
    const vStart = lx.start;
    let type: MlirType | undefined;
    let vEnd: number;
    if (isType) {
      type = readType(lx, this.onRef);
      if (!type) this.fail('expected type');
      vEnd = type.span.end;
    } else {
      const r = skipBalanced(text, vStart, lx.limit, false, this.onRef, true);
      if (r.errorAt >= 0) throw new ParseError(r.errorMessage, r.errorAt, r.errorAt + 1);
      vEnd = r.end;
      while (vEnd > vStart && /\s/.test(text[vEnd - 1])) vEnd--;
      lx.resetTo(r.end);
    }
    const a: MlirAlias = {
      kind: isType ? 'type' : 'attribute',
      name,
      nameSpan,
      value: text.slice(vStart, vEnd),
      valueSpan: { start: vStart, end: vEnd },
      type,
      chunk: this.chunk.index,
      span: { start, end: vEnd },
    };
    this.chunk.aliases.push(a);
  }

  parseResources(): void {
    const lx = this.lx;
    const res = parseResourceSection(this.text, lx.start, lx.limit, this.chunk.index);
    for (const r of res.resources) this.chunk.resources.push(r);
    if (res.error) {
      const e = res.error;
      const at = e.wrongToken ? this.wrongTokenAt(e.start) : e.start;
      this.report(e.message, at, Math.max(at, e.end));
    }
    lx.resetTo(res.end);
  }

  finishBlock(block: MlirBlock): void {
    if (block.ops.length) {
      if (block.labelSpan === undefined) block.span.start = block.ops[0].span.start;
      block.span.end = block.ops[block.ops.length - 1].span.end;
    }
  }

  // --- ops --------------------------------------------------------------------------------

  parseOpInto(block: MlirBlock): void {
    const lx = this.lx;
    const op = newOp(lx.start, block);
    const outer = this.curOp;
    this.curOp = op;
    let added = false;
    try {
      this.parseResults(op);
      if (lx.kind === TK_STRING) {
        op.name = decodeString(lx.tokenText());
        op.nameSpan = { start: lx.start, end: lx.end };
        op.form = 'generic';
        this.addOp(block, op);
        added = true;
        lx.next();
        this.parseGeneric(op);
      } else if (lx.kind === TK_BARE) {
        op.name = lx.tokenText();
        op.nameSpan = { start: lx.start, end: lx.end };
        if (op.name.indexOf('.') < 0 && !UNDOTTED_OPS.has(op.name)) {
          throw new ParseError(`custom op '${op.name}' is unknown`, lx.start, lx.end);
        }
        this.addOp(block, op);
        added = true;
        lx.next();
        this.parseCustom(op);
      } else if (lx.kind === TK_ERROR) {
        this.failLexError();
      } else {
        this.fail(op.results.length ? 'expected operation name' : `expected operation, found ${this.describe()}`);
      }
      this.parseTrailingLoc(op);
      if (lx.kind !== TK_EOF && lx.kind !== TK_RBRACE && !lx.nl && lx.kind !== TK_META_OPEN) {
        this.fail(`unexpected ${this.describe()} after operation`);
      }
      op.span.end = lx.prevEnd;
    } catch (e) {
      op.span.end = Math.max(lx.prevEnd, op.span.start);
      this.curOp = op;
      this.handleError(e, added ? op : undefined, op.span.start);
      op.span.end = Math.max(op.span.end, lx.prevEnd);
    }
    compactOp(op);
    this.curOp = outer;
  }

  addOp(block: MlirBlock, op: MlirOp): void {
    block.ops.push(op);
    this.doc.allOps.push(op);
  }

  parseResults(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind !== TK_PERCENT) return;
    for (;;) {
      if (lx.kind !== TK_PERCENT) this.fail('expected SSA value name');
      const name = lx.tokenText();
      if (name.indexOf('#') >= 0) throw new ParseError('expected SSA result name without a result number', lx.start, lx.end);
      const r: MlirResult = { name, span: { start: lx.start, end: lx.end }, count: 1 };
      lx.next();
      if (lx.kind === TK_COLON) {
        lx.next();
        if (lx.kind !== TK_INT) this.fail('expected integer number of results');
        r.count = Number(lx.tokenText());
        lx.next();
      }
      op.results = pushTo(op.results, r);
      if (lx.kind === TK_COMMA) lx.next();
      else break;
    }
    if (lx.kind !== TK_EQUAL) this.fail("expected '=' after SSA name list");
    lx.next();
  }

  resultCount(op: MlirOp): number {
    let n = 0;
    for (const r of op.results) n += r.count;
    return n;
  }

  parseTrailingLoc(op: MlirOp): void {
    const lx = this.lx;
    if (this.isBare('loc') && !lx.nl) op.location = this.location();
  }

  readOptionalLoc(): MlirLocation | undefined {
    return this.isBare('loc') ? this.location() : undefined;
  }

  /** `loc(...)` at the current `loc` keyword; a malformed one is an error where MLIR reports it. */
  location(): MlirLocation {
    const lx = this.lx;
    const start = lx.start;
    const l = this.text.charCodeAt(lx.end) === 40 ? readLocation(lx) : undefined;
    if (!l || l.node.kind === 'opaque') {
      const e = locationError(this.text, start, lx.limit);
      if (e) {
        const at = e.wrongToken ? this.wrongTokenAt(e.tok) : e.tok;
        throw new ParseError(e.message, at, at);
      }
      if (!l) this.fail('expected location');
    }
    this.locs.push(l);
    return l;
  }

  /**
   * Comma-separated `%x` uses (possibly none), as an exact-size array. With `stopAtNonOperand`, a
   * comma not followed by `%` is left unconsumed (`%n, %true, init(...)`); otherwise it is an error.
   */
  operandList(required: boolean, stopAtNonOperand = false): MlirOperandRef[] {
    const lx = this.lx;
    if (lx.kind !== TK_PERCENT) {
      if (required) this.fail('expected SSA operand');
      return EMPTY;
    }
    const out = SCRATCH_OPERANDS;
    out.length = 0;
    for (;;) {
      if (lx.kind !== TK_PERCENT) this.fail('expected SSA operand');
      out.push(operandRef(lx.tokenText(), lx.start, lx.end));
      lx.next();
      if (lx.kind !== TK_COMMA) break;
      if (stopAtNonOperand) {
        const s = lx.save();
        lx.next();
        if (lx.kind !== TK_PERCENT) {
          lx.restore(s);
          break;
        }
      } else lx.next();
    }
    return out.slice();
  }

  type(): MlirType {
    typeError.at = -1;
    const t = readType(this.lx, this.onRef);
    if (typeError.at >= 0) throw new ParseError(typeError.message, typeError.at, typeError.at);
    if (!t) this.fail(this.lx.kind === TK_LPAREN ? 'expected type' : 'expected non-function type');
    return t;
  }

  /** Comma-separated types (at least one), as an exact-size array. */
  typeList(): MlirType[] {
    const out = SCRATCH_TYPES;
    out.length = 0;
    for (;;) {
      out.push(this.type());
      if (this.lx.kind === TK_COMMA) this.lx.next();
      else break;
    }
    return out.slice();
  }

  /** `->` result types: `(T, ...)` or `T, ...`. */
  arrowResults(): MlirType[] {
    const lx = this.lx;
    if (lx.kind === TK_LPAREN) {
      const t = readType(lx, this.onRef);
      if (t) return [t];
      lx.next();
      const out = lx.kind !== TK_RPAREN ? this.typeList() : EMPTY;
      this.expect(TK_RPAREN, "expected ')' after result types");
      return out;
    }
    return this.typeList();
  }

  /** `(T, ...) -> R | (R, ...)` into operandTypes / resultTypes. */
  functionalType(op: MlirOp): void {
    const lx = this.lx;
    const start = lx.start;
    if (lx.kind !== TK_LPAREN) this.fail("expected '(' to start a function type");
    lx.next();
    if (lx.kind !== TK_RPAREN) op.operandTypes = cat(op.operandTypes, this.typeList());
    this.expect(TK_RPAREN, "expected ')' after operand types");
    this.expect(TK_ARROW, "expected '->' in function type");
    op.resultTypes = cat(op.resultTypes, this.arrowResults());
    op.typeListSpan = { start, end: lx.prevEnd };
  }

  /** `{name = value, unit, "quoted" = v}` at the current `{` token. */
  attrDict(out: MlirAttribute[]): void {
    const lx = this.lx;
    const text = this.text;
    lx.next();
    if (lx.kind === TK_RBRACE) {
      lx.next();
      return;
    }
    for (;;) {
      if (lx.kind !== TK_BARE && lx.kind !== TK_STRING) this.fail('expected attribute name');
      const nameSpan = { start: lx.start, end: lx.end };
      const name = lx.kind === TK_STRING ? decodeString(lx.tokenText()) : lx.tokenText();
      lx.next();
      const attr: MlirAttribute = { name, nameSpan, span: { start: nameSpan.start, end: nameSpan.end } };
      if (lx.kind === TK_EQUAL) {
        const vStart = lx.start + 1;
        lx.next();
        if (lx.kind === TK_COMMA || lx.kind === TK_RBRACE || lx.kind === TK_EOF) this.fail('expected attribute value');
        const r = skipBalanced(text, vStart, lx.limit, true, this.onRef);
        if (r.errorAt >= 0) throw new ParseError(r.errorMessage, r.errorAt, r.errorAt + 1);
        let s = vStart;
        let e = r.end;
        while (s < e && isWs(text.charCodeAt(s))) s++;
        while (e > s && isWs(text.charCodeAt(e - 1))) e--;
        attr.value = text.slice(s, e);
        attr.valueSpan = { start: s, end: e };
        attr.span.end = e;
        lx.resetTo(r.end);
      }
      out.push(attr);
      if (lx.kind === TK_COMMA) {
        lx.next();
        continue;
      }
      if (lx.kind === TK_RBRACE) {
        lx.next();
        return;
      }
      this.fail("expected '}' in attribute dictionary");
    }
  }

  optionalAttrDict(out: MlirAttribute[]): void {
    if (this.lx.kind === TK_LBRACE) this.attrDict(out);
  }

  // --- generic form -----------------------------------------------------------------------

  parseGeneric(op: MlirOp): void {
    const lx = this.lx;
    this.expect(TK_LPAREN, "expected '(' to start operand list");
    if (lx.kind !== TK_RPAREN) op.operands = cat(op.operands, this.operandList(true));
    this.expect(TK_RPAREN, "expected ')' to end operand list");
    if (lx.kind === TK_LBRACKET) {
      lx.next();
      for (;;) {
        if (lx.kind !== TK_CARET) this.fail('expected block name');
        const ref = { name: lx.tokenText(), span: { start: lx.start, end: lx.end }, operands: [] as MlirOperandRef[] };
        lx.next();
        if (lx.kind === TK_LPAREN) {
          lx.next();
          ref.operands = this.operandList(true);
          this.expect(TK_COLON, "expected ':' followed by successor operand types");
          this.typeList();
          this.expect(TK_RPAREN, "expected ')'");
        }
        op.successors = pushTo(op.successors, ref);
        if (lx.kind === TK_COMMA) lx.next();
        else break;
      }
      this.expect(TK_RBRACKET, "expected ']' to end successor list");
    }
    if (lx.kind === TK_LESS) {
      lx.next();
      if (lx.kind !== TK_LBRACE) this.fail("expected '{' to start properties");
      this.attrDict(op.properties = own(op.properties));
      this.expect(TK_GREATER, "expected '>' to end properties");
    }
    if (lx.kind === TK_LPAREN) {
      lx.next();
      for (;;) {
        if (lx.kind !== TK_LBRACE) this.fail("expected '{' to begin a region");
        op.regions = pushTo(op.regions, this.parseRegion(op));
        if (lx.kind === TK_COMMA) lx.next();
        else break;
      }
      this.expect(TK_RPAREN, "expected ')' to end region list");
    }
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by operation type");
    this.functionalType(op);
    if (op.name === 'torch.operator') {
      const a = op.properties.find((p) => p.name === 'name') ?? op.attributes.find((p) => p.name === 'name');
      if (a && a.value && a.value.startsWith('"') && a.valueSpan) {
        op.operatorName = decodeString(a.value);
        op.operatorNameSpan = a.valueSpan;
      }
    }
    if (op.name === 'func.func' || op.name === 'builtin.module') {
      const a = op.properties.find((p) => p.name === 'sym_name') ?? op.attributes.find((p) => p.name === 'sym_name');
      if (a && a.value && a.valueSpan) {
        op.symbolName = '@' + decodeString(a.value);
        op.symbolSpan = a.valueSpan;
      }
    }
  }

  // --- custom forms -----------------------------------------------------------------------

  parseCustom(op: MlirOp): void {
    const name = op.name;
    if (name.startsWith('torch.')) {
      if (isTorchDefaultForm(name)) {
        switch (name) {
          case 'torch.prim.ListConstruct':
          case 'torch.prim.ListUnpack':
            break;
          default:
            return this.parseDefaultForm(op);
        }
      }
      switch (name) {
        case 'torch.constant.int':
        case 'torch.constant.float':
        case 'torch.constant.bool':
        case 'torch.constant.str':
        case 'torch.constant.none':
        case 'torch.constant.device':
          return this.parseConstant(op);
        case 'torch.operator':
          return this.parseTorchOperator(op);
        case 'torch.vtensor.literal':
        case 'torch.tensor.literal':
          return this.parseLiteral(op);
        case 'torch.prim.ListConstruct':
        case 'torch.prim.TupleConstruct':
        case 'torch.prim.ListUnpack':
        case 'torch.prim.TupleUnpack':
        case 'torch.copy.to_vtensor':
        case 'torch.copy.to_tensor':
        case 'torch.tensor_static_info_cast':
        case 'torch.derefine':
          return this.parseOperandsColonTypes(op);
        case 'torch.overwrite.tensor.contents':
          return this.parseOverwrite(op);
        case 'torch.prim.If':
          return this.parsePrimIf(op);
        case 'torch.prim.If.yield':
          return this.parseYieldLike(op);
        case 'torch.prim.Loop':
          return this.parsePrimLoop(op);
        case 'torch.prim.Loop.condition':
          return this.parseLoopCondition(op);
        case 'torch.symbolic_int':
          return this.parseSymbolicInt(op);
        case 'torch.bind_symbolic_shape':
          return this.parseBindSymbolicShape(op);
      }
      return this.parseLoose(op);
    }
    switch (name) {
      case 'func.func':
      case 'func':
        return this.parseFunc(op);
      case 'return':
      case 'func.return':
        return this.parseYieldLike(op);
      case 'func.call':
      case 'call':
        return this.parseCall(op);
      case 'module':
      case 'builtin.module':
        return this.parseModule(op);
    }
    return this.parseLoose(op);
  }

  /**
   * `[results =] torch.<name> %op0, ... [{attr-dict}] : T0, ... -> R0, ...` (strict counts). As in
   * torch-mlir, results need not be bound: `torch.aten.foo %a : T -> R` is valid.
   */
  parseDefaultForm(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind === TK_PERCENT && !lx.nl) op.operands = cat(op.operands, this.operandList(true));
    else if (lx.kind === TK_ERROR && !lx.nl) this.failLexError();
    if (lx.kind === TK_LBRACE && !lx.nl) this.attrDict(op.attributes = own(op.attributes));
    const nOps = op.operands.length;
    const nRes = this.resultCount(op);
    if (nOps === 0 && nRes === 0 && (lx.kind !== TK_COLON || lx.nl)) return;
    if (lx.kind !== TK_COLON || lx.nl) this.fail(nOps > 0 ? "expected ':' followed by operand types" : "expected ':' followed by result types");
    lx.next();
    const start = lx.start;
    if (nOps > 0) {
      op.operandTypes = cat(op.operandTypes, this.typeList());
      op.typeListSpan = { start, end: lx.prevEnd };
      if (op.operandTypes.length !== nOps) {
        // torch-mlir reports this at the operand list.
        const at = op.operands[0].span.start;
        throw new ParseError(`number of operands and types do not match: got ${nOps} operands and ${op.operandTypes.length} types`, at, at);
      }
      if (nRes > 0 && (lx.kind !== TK_ARROW || lx.nl)) this.fail("expected '->' followed by result types");
    }
    if (lx.kind === TK_ARROW && !lx.nl) {
      lx.next();
      const rs = lx.start;
      op.resultTypes = cat(op.resultTypes, this.arrowResults());
      if (nOps === 0) op.typeListSpan = { start: rs, end: lx.prevEnd };
    } else if (nOps === 0) {
      // `%0 = torch.aten.foo : R` (no operands: the types are the results)
      op.resultTypes = cat(op.resultTypes, this.arrowResults());
      op.typeListSpan = { start, end: lx.prevEnd };
    }
    if (nRes > 0 && op.resultTypes.length !== nRes) {
      // torch-mlir reports this at the op (its results).
      const at = op.span.start;
      throw new ParseError(`operation defines ${op.resultTypes.length} results but was provided ${nRes} to bind`, at, at);
    }
  }

  parseConstant(op: MlirOp): void {
    const lx = this.lx;
    const kind = op.name.slice('torch.constant.'.length) as MlirConstant['kind'];
    const start = lx.start;
    let c: MlirConstant | undefined;
    const onLine = !lx.nl;
    switch (kind) {
      case 'none':
        c = { kind, text: '', value: null, span: { start: op.nameSpan.end, end: op.nameSpan.end } };
        break;
      case 'int':
      case 'float': {
        let neg = false;
        if (lx.kind === TK_MINUS && onLine) {
          neg = true;
          lx.next();
        }
        if ((lx.kind !== TK_INT && lx.kind !== TK_FLOAT) || (!onLine && !neg)) {
          if (kind === 'float' && lx.kind === TK_BARE && onLine && /^(inf|nan)$/.test(lx.tokenText())) {
            const v = lx.tokenText() === 'inf' ? Infinity : NaN;
            lx.next();
            c = { kind, text: this.text.slice(start, lx.prevEnd), value: neg ? -v : v, span: { start, end: lx.prevEnd } };
            break;
          }
          this.failAtToken(kind === 'int' ? 'expected integer value' : 'expected floating point literal');
        }
        if (kind === 'int' && lx.kind === TK_FLOAT) this.failAtToken('expected integer value');
        const t = lx.tokenText();
        let v = t.startsWith('0x') && kind === 'float' ? hexToDouble(t) : Number(t);
        if (neg) v = -v;
        lx.next();
        c = { kind, text: this.text.slice(start, lx.prevEnd), value: v, span: { start, end: lx.prevEnd } };
        break;
      }
      case 'bool': {
        const t = lx.tokenText();
        if (lx.kind !== TK_BARE || !onLine || (t !== 'true' && t !== 'false')) this.failAtToken("expected 'true' or 'false'");
        lx.next();
        c = { kind, text: t, value: t === 'true', span: { start, end: lx.prevEnd } };
        break;
      }
      case 'str':
      case 'device': {
        if (lx.kind !== TK_STRING || !onLine) {
          if (lx.kind === TK_ERROR && onLine) this.failLexError();
          this.fail('expected string');
        }
        const t = lx.tokenText();
        lx.next();
        c = { kind, text: t, value: decodeString(t), span: { start, end: lx.prevEnd } };
        break;
      }
    }
    op.constant = c;
    if (lx.kind === TK_LBRACE && !lx.nl) this.attrDict(op.attributes = own(op.attributes));
  }

  parseTorchOperator(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind !== TK_STRING || lx.nl) this.fail('expected string operator name');
    op.operatorName = decodeString(lx.tokenText());
    op.operatorNameSpan = { start: lx.start, end: lx.end };
    lx.next();
    this.expect(TK_LPAREN, "expected '(' to start operand list");
    if (lx.kind !== TK_RPAREN) op.operands = cat(op.operands, this.operandList(true));
    this.expect(TK_RPAREN, "expected ')' to end operand list");
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by a function type");
    this.functionalType(op);
    this.optionalRegionsOnLine(op);
  }

  /** `({...}, {...})` or `{...}` regions starting on the current line. */
  optionalRegionsOnLine(op: MlirOp): void {
    const lx = this.lx;
    if (lx.nl) return;
    if (lx.kind === TK_LPAREN) {
      const s = lx.save();
      lx.next();
      if (lx.kind !== TK_LBRACE) {
        lx.restore(s);
        return;
      }
      for (;;) {
        op.regions = pushTo(op.regions, this.parseRegion(op));
        if (lx.kind === TK_COMMA) {
          lx.next();
          if (lx.kind !== TK_LBRACE) this.fail("expected '{' to begin a region");
        } else break;
      }
      this.expect(TK_RPAREN, "expected ')' to end region list");
    } else if (lx.kind === TK_LBRACE) {
      op.regions = pushTo(op.regions, this.parseRegion(op));
    }
  }

  parseLiteral(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind !== TK_LPAREN || lx.nl) this.fail("expected '('");
    const s = lx.end;
    const r = skipBalanced(this.text, s, lx.limit, false, this.onRef);
    if (r.errorAt >= 0) throw new ParseError(r.errorMessage, r.errorAt, r.errorAt + 1);
    let a = s;
    let b = r.end;
    while (a < b && isWs(this.text.charCodeAt(a))) a++;
    while (b > a && isWs(this.text.charCodeAt(b - 1))) b--;
    op.literal = { text: this.text.slice(a, b), span: { start: a, end: b } };
    if (this.text.charCodeAt(r.end) !== 41) {
      lx.resetTo(r.end);
      this.fail("expected ')'");
    }
    lx.resetTo(r.end + 1);
    if (a === b) this.fail('expected attribute value');
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by the result type");
    const start = lx.start;
    op.resultTypes = pushTo(op.resultTypes, this.type());
    op.typeListSpan = { start, end: lx.prevEnd };
  }

  /**
   * `%a, %b [{attrs}] : (T, T) -> R`, `%x : T -> R, R`, `%x : R`, `%x : T to R`, `: () -> R`
   * (ListConstruct, TupleConstruct, ListUnpack, copy.to_vtensor, derefine, ...).
   */
  parseOperandsColonTypes(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind === TK_PERCENT && !lx.nl) op.operands = cat(op.operands, this.operandList(true));
    if (lx.kind === TK_LBRACE && !lx.nl) this.attrDict(op.attributes = own(op.attributes));
    if (lx.kind !== TK_COLON || lx.nl) this.fail("expected ':' followed by types");
    lx.next();
    const start = lx.start;
    if (lx.kind === TK_LPAREN) {
      this.functionalType(op);
      return;
    }
    const types = this.typeList();
    if ((lx.kind === TK_ARROW || this.isBare('to')) && !lx.nl) {
      lx.next();
      op.operandTypes = types;
      op.resultTypes = cat(op.resultTypes, this.arrowResults());
    } else if (op.name === 'torch.copy.to_vtensor' || op.name === 'torch.copy.to_tensor' || op.operands.length === 0) {
      op.resultTypes = types;
    } else {
      op.operandTypes = types;
    }
    op.typeListSpan = { start, end: lx.prevEnd };
  }

  parseOverwrite(op: MlirOp): void {
    const lx = this.lx;
    op.operands = cat(op.operands, this.operandList(true));
    if (!this.isBare('overwrites')) this.fail("expected 'overwrites'");
    lx.next();
    op.operands = cat(op.operands, this.operandList(true));
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by operand types");
    const start = lx.start;
    op.operandTypes = cat(op.operandTypes, this.typeList());
    op.typeListSpan = { start, end: lx.prevEnd };
  }

  /** `return %a, %b : T, T`, `torch.prim.If.yield %x : T`, bare `return`. */
  parseYieldLike(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind === TK_LBRACE && !lx.nl) this.attrDict(op.attributes = own(op.attributes));
    if (lx.kind !== TK_PERCENT || lx.nl) return;
    op.operands = cat(op.operands, this.operandList(true));
    if (lx.kind !== TK_COLON || lx.nl) this.fail("expected ':' followed by operand types");
    lx.next();
    const start = lx.start;
    op.operandTypes = cat(op.operandTypes, this.typeList());
    op.typeListSpan = { start, end: lx.prevEnd };
    if (op.operandTypes.length !== op.operands.length) {
      throw new ParseError(`expected ${op.operands.length} types, found ${op.operandTypes.length}`, start, lx.prevEnd);
    }
  }

  parsePrimIf(op: MlirOp): void {
    const lx = this.lx;
    op.operands = cat(op.operands, this.operandList(true));
    if (lx.kind === TK_ARROW) {
      lx.next();
      const start = lx.start;
      this.expect(TK_LPAREN, "expected '(' after '->'");
      if (lx.kind !== TK_RPAREN) op.resultTypes = cat(op.resultTypes, this.typeList());
      this.expect(TK_RPAREN, "expected ')' after result types");
      op.typeListSpan = { start, end: lx.prevEnd };
    }
    if (lx.kind !== TK_LBRACE) this.fail("expected '{' to begin the then region");
    op.regions = pushTo(op.regions, this.parseRegion(op));
    if (!this.isBare('else')) this.fail("expected 'else'");
    lx.next();
    if (lx.kind !== TK_LBRACE) this.fail("expected '{' to begin the else region");
    op.regions = pushTo(op.regions, this.parseRegion(op));
    if (!lx.nl) this.optionalAttrDict(op.attributes = own(op.attributes));
  }

  parsePrimLoop(op: MlirOp): void {
    const lx = this.lx;
    op.operands = cat(op.operands, this.operandList(true, true));
    this.expect(TK_COMMA, "expected ','");
    if (!this.isBare('init')) this.fail("expected 'init'");
    lx.next();
    this.expect(TK_LPAREN, "expected '('");
    if (lx.kind !== TK_RPAREN) op.operands = cat(op.operands, this.operandList(true));
    this.expect(TK_RPAREN, "expected ')'");
    if (lx.kind !== TK_LBRACE) this.fail("expected '{' to begin the loop body");
    op.regions = pushTo(op.regions, this.parseRegion(op));
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by a function type");
    this.functionalType(op);
  }

  parseLoopCondition(op: MlirOp): void {
    const lx = this.lx;
    op.operands = cat(op.operands, this.operandList(true, true));
    this.expect(TK_COMMA, "expected ','");
    if (!this.isBare('iter')) this.fail("expected 'iter'");
    lx.next();
    this.expect(TK_LPAREN, "expected '('");
    if (lx.kind !== TK_RPAREN) {
      const n = op.operands.length;
      op.operands = cat(op.operands, this.operandList(true));
      this.expect(TK_COLON, "expected ':' followed by iter types");
      const start = lx.start;
      op.operandTypes = cat(op.operandTypes, this.typeList());
      op.typeListSpan = { start, end: lx.prevEnd };
      if (op.operandTypes.length !== op.operands.length - n) {
        throw new ParseError(`expected ${op.operands.length - n} types, found ${op.operandTypes.length}`, start, lx.prevEnd);
      }
    }
    this.expect(TK_RPAREN, "expected ')'");
    this.optionalAttrDict(op.attributes = own(op.attributes));
  }

  parseSymbolicInt(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind !== TK_STRING || lx.nl) this.fail('expected symbol name string');
    op.attributes = pushTo(op.attributes, {
      name: 'symbol_name',
      nameSpan: { start: lx.start, end: lx.end },
      value: lx.tokenText(),
      valueSpan: { start: lx.start, end: lx.end },
      span: { start: lx.start, end: lx.end },
    });
    lx.next();
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by the result type");
    const start = lx.start;
    op.resultTypes = pushTo(op.resultTypes, this.type());
    op.typeListSpan = { start, end: lx.prevEnd };
  }

  parseBindSymbolicShape(op: MlirOp): void {
    const lx = this.lx;
    op.operands = cat(op.operands, this.operandList(true, true));
    this.expect(TK_COMMA, "expected ','");
    if (lx.kind !== TK_LBRACKET) this.fail("expected '[' to start the shape symbols");
    lx.next();
    if (lx.kind !== TK_RBRACKET) op.operands = cat(op.operands, this.operandList(true));
    this.expect(TK_RBRACKET, "expected ']'");
    this.expect(TK_COMMA, "expected ','");
    if (!this.isBare('affine_map') || this.text.charCodeAt(lx.end) !== 60) this.fail('expected affine_map');
    const s = lx.start;
    const r = skipBalanced(this.text, lx.end + 1, lx.limit, false, this.onRef);
    if (r.errorAt >= 0 || this.text.charCodeAt(r.end) !== 62) throw new ParseError(r.errorMessage || "expected '>'", r.errorAt >= 0 ? r.errorAt : r.end, r.end + 1);
    op.attributes = pushTo(op.attributes, {
      name: 'shape_expressions',
      nameSpan: { start: s, end: s },
      value: this.text.slice(s, r.end + 1),
      valueSpan: { start: s, end: r.end + 1 },
      span: { start: s, end: r.end + 1 },
    });
    lx.resetTo(r.end + 1);
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by the operand type");
    const start = lx.start;
    op.operandTypes = pushTo(op.operandTypes, this.type());
    op.typeListSpan = { start, end: lx.prevEnd };
  }

  parseCall(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind !== TK_AT) this.fail('expected symbol reference');
    op.symbolRefs = pushTo(op.symbolRefs, { name: lx.tokenText(), span: { start: lx.start, end: lx.end } });
    lx.next();
    this.expect(TK_LPAREN, "expected '('");
    if (lx.kind !== TK_RPAREN) op.operands = cat(op.operands, this.operandList(true));
    this.expect(TK_RPAREN, "expected ')'");
    this.optionalAttrDict(op.attributes = own(op.attributes));
    this.expect(TK_COLON, "expected ':' followed by a function type");
    this.functionalType(op);
  }

  parseModule(op: MlirOp): void {
    const lx = this.lx;
    if (lx.kind === TK_AT) {
      op.symbolName = lx.tokenText();
      op.symbolSpan = { start: lx.start, end: lx.end };
      lx.next();
    }
    if (this.isBare('attributes')) {
      lx.next();
      if (lx.kind !== TK_LBRACE) this.fail("expected '{' to start the attribute dictionary");
      this.attrDict(op.attributes = own(op.attributes));
    }
    if (lx.kind !== TK_LBRACE) this.fail("expected '{' to begin the module body");
    op.regions = pushTo(op.regions, this.parseRegion(op));
  }

  parseFunc(op: MlirOp): void {
    const lx = this.lx;
    const info = {
      visibility: undefined as string | undefined,
      visibilitySpan: undefined as Span | undefined,
      args: [] as MlirFuncArg[],
      resultTypes: [] as MlirType[],
      resultAttributes: [] as MlirAttribute[][],
      attributes: op.attributes,
      isDeclaration: true,
      argsSpan: { start: lx.start, end: lx.start },
    };
    op.func = info;
    if (lx.kind === TK_BARE && (this.isBare('private') || this.isBare('public') || this.isBare('nested'))) {
      info.visibility = lx.tokenText();
      info.visibilitySpan = { start: lx.start, end: lx.end };
      lx.next();
    }
    if (lx.kind !== TK_AT) this.failAtToken('expected function name');
    op.symbolName = lx.tokenText();
    op.symbolSpan = { start: lx.start, end: lx.end };
    lx.next();
    const argsStart = lx.start;
    this.expect(TK_LPAREN, "expected '(' in function signature");
    if (lx.kind !== TK_RPAREN) {
      for (;;) {
        const aStart = lx.start;
        const arg: MlirFuncArg = { type: undefined as unknown as MlirType, attributes: [], span: { start: aStart, end: aStart } };
        if (lx.kind === TK_PERCENT) {
          arg.name = lx.tokenText();
          arg.nameSpan = { start: lx.start, end: lx.end };
          lx.next();
          this.expect(TK_COLON, "expected ':' after argument name");
        }
        arg.type = this.type();
        this.optionalAttrDict(arg.attributes);
        arg.location = this.readOptionalLoc();
        arg.span.end = lx.prevEnd;
        info.args.push(arg);
        if (lx.kind === TK_COMMA) lx.next();
        else break;
      }
    }
    this.expect(TK_RPAREN, "expected ')' to end the argument list");
    info.argsSpan = { start: argsStart, end: lx.prevEnd };
    if (lx.kind === TK_ARROW) {
      lx.next();
      if (lx.kind === TK_LPAREN) {
        lx.next();
        if (lx.kind !== TK_RPAREN) {
          for (;;) {
            info.resultTypes.push(this.type());
            const attrs: MlirAttribute[] = [];
            this.optionalAttrDict(attrs);
            info.resultAttributes.push(attrs);
            if (lx.kind === TK_COMMA) lx.next();
            else break;
          }
        }
        this.expect(TK_RPAREN, "expected ')' to end the result list");
      } else {
        info.resultTypes.push(this.type());
        info.resultAttributes.push([]);
      }
    }
    if (this.isBare('attributes')) {
      lx.next();
      if (lx.kind !== TK_LBRACE) this.fail("expected '{' to start the attribute dictionary");
      this.attrDict(op.attributes = own(op.attributes));
    }
    if (lx.kind === TK_LBRACE) {
      info.isDeclaration = false;
      op.regions = pushTo(op.regions, this.parseRegion(op));
    }
  }

  // --- regions ----------------------------------------------------------------------------

  parseRegion(op: MlirOp): MlirRegion {
    const lx = this.lx;
    const open = { start: lx.start, end: lx.end };
    const region: MlirRegion = { blocks: [], span: { start: lx.start, end: lx.end }, parent: op };
    const outer = this.curOp;
    lx.next();
    let block: MlirBlock | undefined;
    for (;;) {
      const k = lx.kind;
      if (k === TK_RBRACE) {
        lx.next();
        break;
      }
      if (k === TK_EOF || k === TK_META_OPEN || (k === TK_HASH && lx.nl && this.peekIsEqual() && this.isTopLevelAliasLine())) {
        if (!this.eofErrorReported) {
          // Where torch-mlir-opt reports it: it expects another op (or the '}') at this token.
          const at = this.wrongTokenOffset();
          const line = lineOf(this.text, open.start);
          this.report(`unbalanced '{' (line ${line}): expected '}' to end the region`, at, at);
          this.eofErrorReported = true;
        }
        break;
      }
      if (k === TK_CARET) {
        if (block) this.finishBlock(block);
        block = { label: lx.tokenText(), labelSpan: { start: lx.start, end: lx.end }, args: [], ops: [], span: { start: lx.start, end: lx.end }, parent: region };
        region.blocks.push(block);
        this.curOp = op;
        const from = lx.start;
        try {
          this.parseBlockHeader(block);
        } catch (e) {
          this.handleError(e, undefined, from);
        }
        continue;
      }
      if (!block) {
        block = { label: undefined, labelSpan: undefined, args: [], ops: [], span: { start: lx.start, end: lx.start }, parent: region };
        region.blocks.push(block);
      }
      this.parseOpInto(block);
    }
    if (block) this.finishBlock(block);
    this.curOp = outer;
    region.span.end = lx.prevEnd;
    return region;
  }

  /** A `#name =` line at column 0 inside an unclosed region is the file's alias section. */
  isTopLevelAliasLine(): boolean {
    const s = this.lx.start;
    return s === 0 || this.text.charCodeAt(s - 1) === 10 || this.text.charCodeAt(s - 1) === 13;
  }

  parseBlockHeader(block: MlirBlock): void {
    const lx = this.lx;
    lx.next();
    if (lx.kind === TK_LPAREN) {
      lx.next();
      if (lx.kind !== TK_RPAREN) {
        for (;;) {
          if (lx.kind !== TK_PERCENT) this.fail('expected SSA value name');
          const arg: MlirBlockArg = { name: lx.tokenText(), span: { start: lx.start, end: lx.end }, attributes: [] };
          lx.next();
          this.expect(TK_COLON, "expected ':' and type for SSA value");
          arg.type = this.type();
          this.optionalAttrDict(arg.attributes);
          arg.location = this.readOptionalLoc();
          block.args.push(arg);
          if (lx.kind === TK_COMMA) lx.next();
          else break;
        }
      }
      this.expect(TK_RPAREN, "expected ')' to end argument list");
    }
    this.expect(TK_COLON, "expected ':' after block name");
    block.span.end = lx.prevEnd;
  }

  // --- loose parsing of unknown syntax ----------------------------------------------------

  /** Reads an op of unknown syntax: never reports errors. */
  parseLoose(op: MlirOp): void {
    const lx = this.lx;
    const text = this.text;
    op.syntax = 'loose';
    let depth = 0;
    /** Operand index at each open paren (for `(%i, %j) in` / `= (` / `) {` definitions). */
    const parenMarks: number[] = [];
    /** Whether the token before each open paren was a bare word (`ins(`, `outs(`). */
    const parenAfterWord: boolean[] = [];
    let first = true;
    let sawColon = false;
    let lastKind = TK_BARE;
    for (;;) {
      const k = lx.kind;
      const prevKind = lastKind;
      lastKind = k;
      if (k === TK_EOF || k === TK_META_OPEN || k === TK_META_CLOSE) break;
      if (lx.nl) {
        if (depth === 0) break;
        if (k === TK_PERCENT && this.peekIsEqualOrGroup()) break;
        if (k === TK_RBRACE) break;
      }
      const wasFirst = first;
      first = false;
      switch (k) {
        case TK_PERCENT: {
          const ref = operandRef(lx.tokenText(), lx.start, lx.end);
          lx.next();
          if (lx.kind === TK_EQUAL && !lx.nl) {
            op.regionArgs = pushTo(op.regionArgs, { name: ref.name, span: ref.span, count: 1 });
            lx.next();
          } else op.operands = pushTo(op.operands, ref);
          continue;
        }
        case TK_CARET:
          op.successors = pushTo(op.successors, { name: lx.tokenText(), span: { start: lx.start, end: lx.end }, operands: [] });
          lx.next();
          continue;
        case TK_AT: {
          const ref = { name: lx.tokenText(), span: { start: lx.start, end: lx.end } };
          if (wasFirst && !op.symbolName && !SYMBOL_USE_FIRST.has(op.name) && !USE_NAME_RE.test(op.name.slice(op.name.lastIndexOf('.') + 1))) {
            op.symbolName = ref.name;
            op.symbolSpan = ref.span;
          } else op.symbolRefs = pushTo(op.symbolRefs, ref);
          lx.next();
          continue;
        }
        case TK_BARE: {
          if (wasFirst && !lx.nl && SYMBOL_MODIFIERS.has(lx.tokenText())) first = true;
          if (text.charCodeAt(lx.end) === 40 && this.isBare('loc')) {
            const l = readLocation(lx);
            if (l) {
              this.locs.push(l);
              if (depth === 0) op.location = l;
              continue;
            }
          }
          if (text.charCodeAt(lx.end) === 60) {
            this.skipAngle();
            continue;
          }
          lx.next();
          continue;
        }
        case TK_STRING:
          if (wasFirst && !lx.nl) {
            const v = lx.tokenText();
            if (v === '"private"' || v === '"public"' || v === '"nested"') first = true;
          }
          lx.next();
          continue;
        case TK_BANG:
        case TK_HASH: {
          const n = lx.tokenText();
          if (text.charCodeAt(lx.end) === 60) {
            this.skipAngle();
            continue;
          }
          if (n.indexOf('.') < 0 && n.length > 1) this.onRef('alias', n, lx.start, lx.end);
          lx.next();
          continue;
        }
        case TK_LPAREN:
        case TK_LBRACKET:
          parenMarks.push(op.operands.length);
          parenAfterWord.push(prevKind === TK_BARE);
          depth++;
          lx.next();
          continue;
        case TK_RPAREN:
        case TK_RBRACKET: {
          if (depth === 0) {
            lx.next();
            continue;
          }
          depth--;
          const mark = parenMarks.pop() ?? op.operands.length;
          const afterWord = parenAfterWord.pop() ?? false;
          lx.next();
          if (k === TK_RPAREN && mark < op.operands.length && !lx.nl) {
            // `(%i, %j) in (...)`, `(%i) = (...)`, `(%in: f32) {`: the group defines values
            // (but `outs(%x : T) {` uses them).
            if (lx.kind === TK_EQUAL || (lx.kind === TK_LBRACE && !afterWord) || this.isBare('in')) {
              const defs = op.operands.splice(mark);
              for (const d of defs) op.regionArgs = pushTo(op.regionArgs, { name: d.name, span: d.span, count: 1 });
            }
          }
          continue;
        }
        case TK_LBRACE: {
          if (this.looksLikeRegion()) {
            op.regions = pushTo(op.regions, this.parseRegion(op));
          } else {
            const r = skipBalanced(text, lx.end, lx.limit, false);
            const rEnd = r.end;
            if (text.charCodeAt(rEnd) === 125 && r.errorAt < 0) {
              if (depth === 0 && !sawColon) {
                const s = lx.save();
                try {
                  this.attrDict(op.attributes = own(op.attributes));
                  continue;
                } catch {
                  lx.restore(s);
                }
              }
              skipBalanced(text, lx.end, lx.limit, false, this.onRef);
              lx.resetTo(rEnd + 1);
            } else lx.next();
          }
          continue;
        }
        case TK_RBRACE:
          if (depth === 0) return;
          lx.next(); // stray '}' inside brackets: part of this op's unknown syntax
          continue;
        case TK_COLON:
          if (depth === 0 && !sawColon) {
            sawColon = true;
            lx.next();
            this.looseTypes(op);
            continue;
          }
          lx.next();
          continue;
        default:
          lx.next();
      }
    }
  }

  peekIsEqualOrGroup(): boolean {
    const s = this.lx.save();
    this.lx.next();
    let k = this.lx.kind;
    if (k === TK_COLON) {
      this.lx.next();
      if (this.lx.kind === TK_INT) this.lx.next();
      k = this.lx.kind;
    }
    this.lx.restore(s);
    return k === TK_EQUAL || k === TK_COMMA;
  }

  /** Skips `name<...>` (the current token is immediately followed by `<`). */
  skipAngle(): void {
    const lx = this.lx;
    const r = skipBalanced(this.text, lx.end + 1, lx.limit, false, this.onRef);
    if (this.text.charCodeAt(r.end) === 62) lx.resetTo(r.end + 1);
    else lx.next();
  }

  /** After `{` in a loose op: a region (ops, block labels) or an attribute dictionary? */
  looksLikeRegion(): boolean {
    const lx = this.lx;
    const s = lx.save();
    lx.next();
    const k = lx.kind;
    let region = false;
    if (k === TK_PERCENT || k === TK_CARET) region = true;
    else if (k === TK_BARE || k === TK_STRING) {
      lx.next();
      const k2 = lx.kind;
      region = !(k2 === TK_EQUAL || k2 === TK_COMMA || k2 === TK_RBRACE);
      if (k === TK_STRING && k2 !== TK_LPAREN) region = false;
    }
    lx.restore(s);
    return region;
  }

  /** Loose `: types` trailer: records types when the shape is unambiguous. */
  looseTypes(op: MlirOp): void {
    const lx = this.lx;
    const start = lx.start;
    const first: MlirType[] = [];
    const saved = lx.save();
    if (lx.kind === TK_LPAREN) {
      const t = readType(lx, this.onRef);
      if (t && t.desc.kind === 'function') {
        lx.restore(saved);
        try {
          const tmp = { ...op, operandTypes: EMPTY as MlirType[], resultTypes: EMPTY as MlirType[] };
          this.functionalType(tmp as MlirOp);
          op.operandTypes = tmp.operandTypes;
          op.resultTypes = tmp.resultTypes;
          op.typeListSpan = tmp.typeListSpan;
        } catch {
          lx.restore(saved);
        }
        return;
      }
      if (t) first.push(t);
    }
    for (;;) {
      if (lx.nl && first.length) break;
      const t = first.length && lx.kind !== TK_COMMA ? undefined : readType(lx, this.onRef);
      if (!t) {
        if (lx.kind === TK_COMMA && !lx.nl && first.length) {
          lx.next();
          continue;
        }
        break;
      }
      first.push(t);
    }
    if (!first.length) return;
    const nRes = this.resultCount(op);
    if ((lx.kind === TK_ARROW || this.isBare('to') || this.isBare('into')) && !lx.nl) {
      const s2 = lx.save();
      lx.next();
      const res: MlirType[] = [];
      for (;;) {
        const t = readType(lx, this.onRef);
        if (!t) break;
        res.push(t);
        if (lx.kind === TK_COMMA && !lx.nl) lx.next();
        else break;
      }
      if (res.length) {
        op.operandTypes = first;
        op.resultTypes = res;
        op.typeListSpan = { start, end: lx.prevEnd };
      } else lx.restore(s2);
      return;
    }
    if (nRes === 0) op.operandTypes = first;
    else if (op.operands.length === 0) op.resultTypes = first;
    op.typeListSpan = { start, end: lx.prevEnd };
  }
}

/** 1-based line of an offset (error messages only). */
function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// ---------------------------------------------------------------------------------------------

/** Offsets of `// -----` separator lines: [lineStart, lineEnd) pairs. */
function findSplits(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const i = text.indexOf('// -----', from);
    if (i < 0) break;
    let ls = i;
    while (ls > 0 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
    if (ls === 0 || text.charCodeAt(ls - 1) === 10 || text.charCodeAt(ls - 1) === 13) {
      let le = i + 8;
      while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
      out.push([ls, le]);
      from = le;
    } else from = i + 8;
  }
  return out;
}

/** Parses MLIR text into a module model. Never throws. */
export function parseMlir(text: string): MlirDocument {
  const doc: MlirDocument = { text, chunks: [], diagnostics: [], resources: [], locAliases: [], aliases: [], allOps: [] };
  try {
    const splits = findSplits(text);
    const ranges: [number, number][] = [];
    let s = 0;
    for (const [a, b] of splits) {
      ranges.push([s, a]);
      s = b;
    }
    ranges.push([s, text.length]);
    ranges.forEach(([start, end], index) => {
      if (doc.diagnostics.length >= MAX_ERRORS) return;
      const chunk: MlirChunk = {
        index,
        span: { start, end },
        block: undefined as unknown as MlirBlock,
        locAliases: [],
        aliases: [],
        resources: [],
        aliasRefs: [],
      };
      chunk.block = { label: undefined, labelSpan: undefined, args: [], ops: [], span: { start, end }, parent: chunk };
      doc.chunks.push(chunk);
      const p = new Parser(text, chunk, doc, start, end);
      try {
        p.parseChunk();
      } catch (e) {
        if (e instanceof AbortChunk) {
          for (let b = p.curOp?.parent; b; ) {
            // Close the open blocks' spans so the model stays consistent.
            p.finishBlock(b);
            const r = b.parent;
            b = 'blocks' in r ? r.parent.parent : undefined;
          }
          p.finishBlock(chunk.block);
          return;
        }
        doc.diagnostics.push({
          code: 'parse-error',
          severity: 'error',
          message: `internal parser error: ${e instanceof Error ? e.message : String(e)}`,
          span: { start: Math.min(p.lx.start, text.length), end: Math.min(p.lx.end, text.length) },
          fixes: [],
        });
      }
      resolveLocations(chunk, p.locs);
      doc.resources.push(...chunk.resources);
      doc.locAliases.push(...chunk.locAliases);
      doc.aliases.push(...chunk.aliases);
    });
  } catch (e) {
    doc.diagnostics.push({
      code: 'parse-error',
      severity: 'error',
      message: `internal parser error: ${e instanceof Error ? e.message : String(e)}`,
      span: { start: 0, end: 0 },
      fixes: [],
    });
  }
  return doc;
}

function resolveLocations(chunk: MlirChunk, locs: MlirLocation[]): void {
  const map = new Map<string, MlirLocNode>();
  for (const a of chunk.locAliases) map.set(a.name, a.location.node);
  for (const l of locs) l.frames = locFrames(l.node, map);
}

export { readType } from './types';

/**
 * Incremental re-parse: reads the one op starting at `start` of `text` (a full document text, in
 * the coordinates of `chunk`, whose span already reaches `limit`), as `parseMlir` would read it in
 * `parent` after an error-free prefix: the first token's line-break flag is taken from the text
 * before it, locations resolve against the chunk's `#loc` aliases. The op is not added to
 * `parent`. Returns the op, every op it holds in document order (itself first) and its parse
 * errors; `exact` is false when the parse stopped in a way that would change how a full parse
 * goes on after the op (error cap, an error at the end of the input, a parser crash).
 */
export function parseOpAt(text: string, start: number, limit: number, chunk: MlirChunk, parent: MlirBlock): { op: MlirOp | undefined; ops: MlirOp[]; errors: Diagnostic[]; exact: boolean } {
  const scratch: MlirDocument = { text, chunks: [], diagnostics: [], resources: [], locAliases: [], aliases: [], allOps: [] };
  const holder: MlirBlock = { label: undefined, labelSpan: undefined, args: [], ops: [], span: { start, end: start }, parent: parent.parent };
  const p = new Parser(text, chunk, scratch, start, limit);
  p.lx.next();
  // A full parse reaches this token after the previous one: it starts a line unless something
  // other than blanks precedes it on its line.
  let b = start;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  p.lx.nl = b > 0 && (text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 13);
  let exact = true;
  try {
    p.parseOpInto(holder);
  } catch {
    exact = false;
  }
  if (p.eofErrorReported || scratch.diagnostics.length >= MAX_ERRORS) exact = false;
  resolveLocations(chunk, p.locs);
  const op = holder.ops[0];
  if (op) op.parent = parent;
  return { op: holder.ops.length === 1 ? op : undefined, ops: scratch.allOps, errors: scratch.diagnostics, exact };
}
