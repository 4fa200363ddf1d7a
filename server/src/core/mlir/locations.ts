import type { MlirLocFrame, MlirLocNode, MlirLocation } from './model';
import * as L from './lexer';
// Local copies: module-namespace imports compile to getter calls under the test runner's transpiler.
const { TK_AT, TK_BARE, TK_COLON, TK_COMMA, TK_HASH, TK_INT, TK_LBRACKET, TK_LESS, TK_LPAREN, TK_RBRACKET, TK_RPAREN, TK_STRING, decodeString, skipBalanced } = L;

// `loc(...)` in all its printed forms. Reads from the token stream; on anything it does not
// understand it falls back to an opaque node spanning the balanced parentheses, so a location
// never produces a parse error by itself.

/** Reads `loc(...)`; the current token must be the bare word `loc` followed by `(`. */
export function readLocation(lx: L.Lexer): MlirLocation | undefined {
  const text = lx.text;
  const start = lx.start;
  if (lx.kind !== TK_BARE || text.charCodeAt(lx.end) !== 40) return undefined;
  const open = lx.end;
  const r = skipBalanced(text, open + 1, lx.limit, false);
  if (text.charCodeAt(r.end) !== 41 || r.errorAt >= 0) return undefined;
  const close = r.end;
  lx.next(); // (
  lx.next();
  let node: MlirLocNode | undefined;
  try {
    node = readLocNode(lx, close);
  } catch {
    node = undefined;
  }
  if (!node || lx.start !== close) node = { kind: 'opaque', text: text.slice(open + 1, close), span: { start: open + 1, end: close } };
  lx.resetTo(close + 1);
  return { text: text.slice(start, close + 1), span: { start, end: close + 1 }, node, frames: [] };
}

function readLocNode(lx: L.Lexer, limit: number): MlirLocNode | undefined {
  const text = lx.text;
  const start = lx.start;
  if (start >= limit) return undefined;
  switch (lx.kind) {
    case TK_HASH: {
      const name = lx.tokenText();
      lx.next();
      return { kind: 'alias', name, span: { start, end: lx.prevEnd } };
    }
    case TK_STRING: {
      const s = decodeString(lx.tokenText());
      lx.next();
      if (lx.kind === TK_COLON) {
        lx.next();
        if (lx.kind !== TK_INT) return undefined;
        const line = Number(lx.tokenText());
        lx.next();
        let col = 0;
        if (lx.kind === TK_COLON) {
          lx.next();
          if (lx.kind !== TK_INT) return undefined;
          col = Number(lx.tokenText());
          lx.next();
        }
        // Newer file ranges: "f":1:2 to 3:4 / to :4
        if (lx.kind === TK_BARE && lx.tokenText() === 'to') {
          lx.next();
          while ((lx.kind === TK_INT || lx.kind === TK_COLON) && lx.start < limit) lx.next();
        }
        return { kind: 'file', file: s, line, col, span: { start, end: lx.prevEnd } };
      }
      if (lx.kind === TK_LPAREN) {
        lx.next();
        const child = readLocNode(lx, limit);
        if (!child || lx.kind !== TK_RPAREN) return undefined;
        lx.next();
        return { kind: 'name', name: s, child, span: { start, end: lx.prevEnd } };
      }
      return { kind: 'name', name: s, span: { start, end: lx.prevEnd } };
    }
    case TK_BARE: {
      const w = lx.tokenText();
      if (w === 'unknown') {
        lx.next();
        return { kind: 'unknown', span: { start, end: lx.prevEnd } };
      }
      if (w === 'callsite' && text.charCodeAt(lx.end) === 40) {
        lx.next();
        lx.next();
        const callee = readLocNode(lx, limit);
        if (!callee || lx.kind !== TK_BARE || lx.tokenText() !== 'at') return undefined;
        lx.next();
        const caller = readLocNode(lx, limit);
        if (!caller || lx.kind !== TK_RPAREN) return undefined;
        lx.next();
        return { kind: 'callsite', callee, caller, span: { start, end: lx.prevEnd } };
      }
      if (w === 'fused') {
        lx.next();
        let metadata: string | undefined;
        if (lx.kind === TK_LESS) {
          const r = skipBalanced(text, lx.end, limit, false);
          metadata = text.slice(lx.end, r.end);
          lx.resetTo(r.end + 1);
        }
        if (lx.kind !== TK_LBRACKET) return undefined;
        lx.next();
        const locs: MlirLocNode[] = [];
        while (lx.kind !== TK_RBRACKET) {
          const n = readLocNode(lx, limit);
          if (!n) return undefined;
          locs.push(n);
          if (lx.kind === TK_COMMA) lx.next();
          else if (lx.kind !== TK_RBRACKET) return undefined;
        }
        lx.next();
        return { kind: 'fused', locs, metadata, span: { start, end: lx.prevEnd } };
      }
      return undefined;
    }
    case TK_AT:
    default:
      return undefined;
  }
}

/** Collects the file frames of a location tree, resolving `#locN` aliases (cycle-safe). */
export function locFrames(node: MlirLocNode, aliases: ReadonlyMap<string, MlirLocNode>, out: MlirLocFrame[] = [], depth = 0): MlirLocFrame[] {
  if (depth > 64) return out;
  switch (node.kind) {
    case 'file':
      out.push({ file: node.file, line: node.line, col: node.col, span: node.span });
      break;
    case 'callsite':
      locFrames(node.callee, aliases, out, depth + 1);
      locFrames(node.caller, aliases, out, depth + 1);
      break;
    case 'fused':
      for (const l of node.locs) locFrames(l, aliases, out, depth + 1);
      break;
    case 'name':
      if (node.child) locFrames(node.child, aliases, out, depth + 1);
      break;
    case 'alias': {
      const target = aliases.get(node.name);
      if (target) locFrames(target, aliases, out, depth + 1);
      break;
    }
  }
  return out;
}

/** A malformed `loc(...)`: the message and where torch-mlir-opt reports it. */
export interface LocError {
  message: string;
  /** Start of the offending token (the chunk limit for the end of input). */
  tok: number;
  /** Reported at the end of the text before `tok` (MLIR's wrong-token rule) rather than at `tok`. */
  wrongToken: boolean;
}

/**
 * Checks the `loc(...)` starting at `start` (the `loc` keyword) as MLIR's location parser does;
 * undefined when it is well formed. Only called on a location readLocation could not read, so
 * it costs nothing on valid input.
 */
export function locationError(text: string, start: number, limit: number): LocError | undefined {
  const lx = new L.Lexer(text, start, limit);
  const wrong = (message: string): LocError => ({ message, tok: lx.kind === L.TK_EOF ? limit : lx.start, wrongToken: lx.kind !== L.TK_ERROR });
  const isWord = (w: string) => lx.kind === TK_BARE && lx.tokenText() === w;
  const inst = (): LocError | undefined => {
    switch (lx.kind) {
      case TK_HASH:
        lx.next();
        return undefined;
      case TK_STRING:
        lx.next();
        if (lx.kind === TK_COLON) {
          lx.next();
          if (lx.kind !== TK_INT) return wrong('expected integer line number in FileLineColRange');
          lx.next();
          if (lx.kind === TK_COLON) {
            lx.next();
            if (lx.kind !== TK_INT) return wrong('expected integer column number in FileLineColRange');
            lx.next();
          }
          if (isWord('to')) {
            lx.next();
            while (lx.kind === TK_INT || lx.kind === TK_COLON) lx.next();
          }
          return undefined;
        }
        if (lx.kind === TK_LPAREN) {
          lx.next();
          const e = inst();
          if (e) return e;
          if (lx.kind !== TK_RPAREN) return wrong("expected ')' after child location of NameLoc");
          lx.next();
        }
        return undefined;
      case TK_BARE:
        if (isWord('unknown')) {
          lx.next();
          return undefined;
        }
        if (isWord('callsite')) {
          lx.next();
          if (lx.kind !== TK_LPAREN) return wrong("expected '(' in callsite location");
          lx.next();
          const e = inst();
          if (e) return e;
          if (!isWord('at')) return wrong("expected 'at' in callsite location");
          lx.next();
          const e2 = inst();
          if (e2) return e2;
          if (lx.kind !== TK_RPAREN) return wrong("expected ')' in callsite location");
          lx.next();
          return undefined;
        }
        if (isWord('fused')) {
          lx.next();
          if (lx.kind === TK_LESS) {
            const r = skipBalanced(text, lx.end, limit, false);
            if (text.charCodeAt(r.end) !== 62) return undefined; // metadata attribute: not checked
            lx.resetTo(r.end + 1);
          }
          if (lx.kind !== TK_LBRACKET) return wrong("expected '[' in fused location");
          lx.next();
          for (;;) {
            const e = inst();
            if (e) return e;
            if (lx.kind === TK_COMMA) {
              lx.next();
              continue;
            }
            if (lx.kind !== TK_RBRACKET) return wrong("expected ',' or ']' in fused location");
            lx.next();
            return undefined;
          }
        }
        return wrong('expected location instance');
      case L.TK_ERROR:
        return { message: lx.errorMessage, tok: text.charCodeAt(lx.start) === 34 ? lx.end : lx.start, wrongToken: false };
      default:
        return wrong('expected location instance');
    }
  };
  lx.next(); // loc
  lx.next();
  if (lx.kind !== TK_LPAREN) return wrong("expected '(' in location");
  lx.next();
  const e = inst();
  if (e) return e;
  if (lx.kind !== TK_RPAREN) return wrong("expected ')' in location");
  return undefined;
}
