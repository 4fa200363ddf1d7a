// A hand-written MLIR lexer over a range of a string. Tokens are produced on demand (no token
// array) and described by mutable fields, so lexing allocates nothing but the strings callers ask
// for. Linear time; no regular expressions.

export const TK_EOF: number = 0;
export const TK_PERCENT: number = 1; // %name, %name#3
export const TK_CARET: number = 2; // ^bb0
export const TK_AT: number = 3; // @sym, @"sym", @a::@b
export const TK_HASH: number = 4; // #loc3, #map, #sparse_tensor.encoding
export const TK_BANG: number = 5; // !torch.vtensor, !t
export const TK_BARE: number = 6; // bare identifier / keyword / op name
export const TK_INT: number = 7;
export const TK_FLOAT: number = 8;
export const TK_STRING: number = 9;
export const TK_LPAREN: number = 10;
export const TK_RPAREN: number = 11;
export const TK_LBRACE: number = 12;
export const TK_RBRACE: number = 13;
export const TK_LBRACKET: number = 14;
export const TK_RBRACKET: number = 15;
export const TK_LESS: number = 16;
export const TK_GREATER: number = 17;
export const TK_COLON: number = 18;
export const TK_COMMA: number = 19;
export const TK_EQUAL: number = 20;
export const TK_ARROW: number = 21;
export const TK_QUESTION: number = 22;
export const TK_STAR: number = 23;
export const TK_PLUS: number = 24;
export const TK_MINUS: number = 25;
export const TK_META_OPEN: number = 26; // {-#
export const TK_META_CLOSE: number = 27; // #-}
export const TK_ERROR: number = 28; // unknown character, unterminated string
export const TK_ELLIPSIS: number = 29;
export const TK_VBAR: number = 30;

export function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** bare-id continuation: letters, digits, `_`, `$`, `.`. */
export function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46;
}
/** suffix-id continuation (after `%`, `^`): also `-`. */
function isSuffixChar(c: number): boolean {
  return isIdChar(c) || c === 45;
}
function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

export interface LexState {
  pos: number;
  kind: number;
  start: number;
  end: number;
  nl: boolean;
  prevEnd: number;
}

export class Lexer {
  /** Next character to scan. */
  pos: number;
  kind = TK_EOF;
  start = 0;
  end = 0;
  /** A line break separates this token from the previous one. */
  nl = false;
  /** End of the previous token. */
  prevEnd: number;
  /** For TK_ERROR. */
  errorMessage = '';

  constructor(
    readonly text: string,
    start: number,
    readonly limit: number,
  ) {
    this.pos = start;
    this.prevEnd = start;
  }

  save(): LexState {
    return { pos: this.pos, kind: this.kind, start: this.start, end: this.end, nl: this.nl, prevEnd: this.prevEnd };
  }

  restore(s: LexState): void {
    this.pos = s.pos;
    this.kind = s.kind;
    this.start = s.start;
    this.end = s.end;
    this.nl = s.nl;
    this.prevEnd = s.prevEnd;
  }

  tokenText(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Re-lex from an arbitrary offset (after a char-level skip). */
  resetTo(pos: number): void {
    this.prevEnd = this.end;
    this.pos = pos;
    this.end = pos;
    this.next();
  }

  /** Advances to the next token. */
  next(): number {
    const text = this.text;
    const limit = this.limit;
    this.prevEnd = this.end;
    let p = this.pos;
    let nl = false;
    // Trivia: whitespace and // comments.
    for (;;) {
      if (p >= limit) break;
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9) {
        p++;
      } else if (c === 10 || c === 13) {
        nl = true;
        p++;
      } else if (c === 47 && text.charCodeAt(p + 1) === 47) {
        p += 2;
        while (p < limit) {
          const d = text.charCodeAt(p);
          if (d === 10 || d === 13) break;
          p++;
        }
      } else if (c === 12 || c === 11 || c === 0xfeff) {
        p++;
      } else break;
    }
    this.nl = nl;
    this.start = p;
    if (p >= limit) {
      this.kind = TK_EOF;
      this.end = this.pos = limit;
      return TK_EOF;
    }
    const c = text.charCodeAt(p);
    let k: number;
    switch (c) {
      case 37: // %
      case 94: // ^
        p++;
        while (p < limit && isSuffixChar(text.charCodeAt(p))) p++;
        if (c === 37 && text.charCodeAt(p) === 35 && isDigit(text.charCodeAt(p + 1))) {
          p += 2;
          while (p < limit && isDigit(text.charCodeAt(p))) p++;
        }
        k = c === 37 ? TK_PERCENT : TK_CARET;
        if (p === this.start + 1) {
          k = TK_ERROR;
          this.errorMessage = c === 37 ? 'expected SSA value name' : 'expected block name';
        }
        break;
      case 64: // @
        p++;
        for (;;) {
          if (text.charCodeAt(p) === 34) p = skipString(text, p, limit);
          else while (p < limit && (isIdChar(text.charCodeAt(p)) || text.charCodeAt(p) === 45)) p++;
          if (text.charCodeAt(p) === 58 && text.charCodeAt(p + 1) === 58 && text.charCodeAt(p + 2) === 64) p += 3;
          else break;
        }
        k = p === this.start + 1 ? TK_ERROR : TK_AT;
        if (k === TK_ERROR) this.errorMessage = 'expected symbol name';
        break;
      case 35: // #
        if (text.charCodeAt(p + 1) === 45 && text.charCodeAt(p + 2) === 125) {
          p += 3;
          k = TK_META_CLOSE;
          break;
        }
        p++;
        while (p < limit && (isIdChar(text.charCodeAt(p)) || text.charCodeAt(p) === 45)) p++;
        k = TK_HASH;
        break;
      case 33: // !
        p++;
        if (text.charCodeAt(p) === 34) p = skipString(text, p, limit);
        else while (p < limit && (isIdChar(text.charCodeAt(p)) || text.charCodeAt(p) === 45)) p++;
        k = TK_BANG;
        break;
      case 34: // "
        p = skipString(text, p, limit);
        if (text.charCodeAt(p - 1) !== 34 || p === this.start + 1) {
          k = TK_ERROR;
          this.errorMessage = 'expected \'"\' in string literal';
        } else k = TK_STRING;
        break;
      case 40:
        p++;
        k = TK_LPAREN;
        break;
      case 41:
        p++;
        k = TK_RPAREN;
        break;
      case 123: // {
        if (text.charCodeAt(p + 1) === 45 && text.charCodeAt(p + 2) === 35) {
          p += 3;
          k = TK_META_OPEN;
        } else {
          p++;
          k = TK_LBRACE;
        }
        break;
      case 125:
        p++;
        k = TK_RBRACE;
        break;
      case 91:
        p++;
        k = TK_LBRACKET;
        break;
      case 93:
        p++;
        k = TK_RBRACKET;
        break;
      case 60:
        p++;
        k = TK_LESS;
        break;
      case 62:
        p++;
        k = TK_GREATER;
        break;
      case 58:
        p++;
        k = TK_COLON;
        break;
      case 44:
        p++;
        k = TK_COMMA;
        break;
      case 61:
        p++;
        k = TK_EQUAL;
        break;
      case 63:
        p++;
        k = TK_QUESTION;
        break;
      case 42:
        p++;
        k = TK_STAR;
        break;
      case 43:
        p++;
        k = TK_PLUS;
        break;
      case 124:
        p++;
        k = TK_VBAR;
        break;
      case 45: // - or ->
        if (text.charCodeAt(p + 1) === 62) {
          p += 2;
          k = TK_ARROW;
        } else {
          p++;
          k = TK_MINUS;
        }
        break;
      case 46: // ...
        if (text.charCodeAt(p + 1) === 46 && text.charCodeAt(p + 2) === 46) {
          p += 3;
          k = TK_ELLIPSIS;
        } else {
          p++;
          k = TK_ERROR;
          this.errorMessage = "unexpected character '.'";
        }
        break;
      default:
        if (isIdStart(c)) {
          p++;
          while (p < limit && isIdChar(text.charCodeAt(p))) p++;
          k = TK_BARE;
        } else if (isDigit(c)) {
          p = scanNumber(text, p, limit);
          k = TK_INT;
          for (let q = this.start; q < p; q++) {
            const d = text.charCodeAt(q);
            if (d === 46 || ((d === 101 || d === 69) && text.charCodeAt(this.start + 1) !== 120)) {
              k = TK_FLOAT;
              break;
            }
          }
        } else {
          // Unknown character (a surrogate pair counts as one).
          p += c >= 0xd800 && c <= 0xdbff && p + 1 < limit ? 2 : 1;
          k = TK_ERROR;
          this.errorMessage = `unexpected character '${text.slice(this.start, p)}'`;
        }
    }
    this.kind = k;
    this.end = this.pos = p;
    return k;
  }
}

/** Returns the offset after the closing quote (or the end of line / limit if unterminated). */
export function skipString(text: string, p: number, limit: number): number {
  p++; // opening quote
  while (p < limit) {
    const c = text.charCodeAt(p);
    if (c === 34) return p + 1;
    if (c === 92) {
      p += 2;
      continue;
    }
    if (c === 10 || c === 13) return p;
    p++;
  }
  return limit;
}

function scanNumber(text: string, p: number, limit: number): number {
  if (text.charCodeAt(p) === 48 && text.charCodeAt(p + 1) === 120 && isHexDigit(text.charCodeAt(p + 2))) {
    p += 2;
    while (p < limit && isHexDigit(text.charCodeAt(p))) p++;
    return p;
  }
  while (p < limit && isDigit(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) === 46) {
    p++;
    while (p < limit && isDigit(text.charCodeAt(p))) p++;
    const e = text.charCodeAt(p);
    if (e === 101 || e === 69) {
      let q = p + 1;
      const s = text.charCodeAt(q);
      if (s === 43 || s === 45) q++;
      if (isDigit(text.charCodeAt(q))) {
        p = q;
        while (p < limit && isDigit(text.charCodeAt(p))) p++;
      }
    }
  }
  return p;
}

/** Decodes an MLIR string literal (quotes included): `\\`, `\"`, `\n`, `\t` and `\XX` hex escapes. */
export function decodeString(lit: string): string {
  let s = lit;
  if (s.charCodeAt(0) === 34) s = s.slice(1);
  if (s.charCodeAt(s.length - 1) === 34) s = s.slice(0, -1);
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[++i];
    if (d === 'n') out += '\n';
    else if (d === 't') out += '\t';
    else if (d === '\\' || d === '"') out += d;
    else if (i + 1 < s.length && isHexDigit(s.charCodeAt(i)) && isHexDigit(s.charCodeAt(i + 1))) {
      out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
      i++;
    } else out += d;
  }
  return out;
}

/**
 * Character-level skip of a balanced attribute / type body. Starting at `p`, scans until a
 * depth-0 character in `stops` (`,`, `}`, `)`, `]`, `>`), or an unmatched closer, or the limit.
 * Aware of strings, `->` and `>=` (a `>` closes only a pending `<`). Records `#alias`/`!alias`,
 * `@sym` and `dense_resource<name>` references through `onRef` when given.
 * Returns the stop offset; `bad` is set when a closer does not match its opener.
 */
export interface SkipResult {
  end: number;
  /** Offset of a mismatched closer or of the unclosed opener when the limit was reached. */
  errorAt: number;
  errorMessage: string;
}

const CLOSE_NAME: Record<number, string> = { 40: ')', 91: ']', 123: '}', 60: '>' };

export type RefSink = (kind: 'alias' | 'symbol' | 'resource', name: string, start: number, end: number) => void;

// Reused across calls (skipBalanced is not re-entrant: onRef must not call it).
let STACK = new Int32Array(64);
let OPENS = new Int32Array(64);
const RESULT: SkipResult = { end: 0, errorAt: -1, errorMessage: '' };

function done(end: number, errorAt: number, errorMessage: string): SkipResult {
  RESULT.end = end;
  RESULT.errorAt = errorAt;
  RESULT.errorMessage = errorMessage;
  return RESULT;
}

/** The returned object is reused by the next call: read its fields right away. */
export function skipBalanced(
  text: string,
  p: number,
  limit: number,
  stopAtComma: boolean,
  onRef?: RefSink,
  stopAtNewline = false,
): SkipResult {
  let sp = 0;
  const errorAt = -1;
  const errorMessage = '';
  while (p < limit) {
    const c = text.charCodeAt(p);
    switch (c) {
      case 34: // "
        p = skipString(text, p, limit);
        continue;
      case 40:
      case 91:
      case 123:
      case 60:
        if (sp === STACK.length) {
          const ns = new Int32Array(sp * 2);
          ns.set(STACK);
          STACK = ns;
          const no = new Int32Array(sp * 2);
          no.set(OPENS);
          OPENS = no;
        }
        STACK[sp] = c;
        OPENS[sp++] = p;
        p++;
        continue;
      case 45: // -> is not a closer
        p += text.charCodeAt(p + 1) === 62 ? 2 : 1;
        continue;
      case 62: // >
        if (sp === 0) return done(p, errorAt, errorMessage);
        if (STACK[sp - 1] !== 60) {
          p++; // comparison inside parens/brackets (affine `>=`)
          continue;
        }
        sp--;
        p++;
        continue;
      case 41:
      case 93:
      case 125:
        if (sp === 0) return done(p, errorAt, errorMessage);
        if (STACK[sp - 1] === 60) {
          // An unclosed '<' (e.g. a `<` comparison) before this closer: drop it.
          while (sp > 0 && STACK[sp - 1] === 60) sp--;
          if (sp === 0) return done(p, errorAt, errorMessage);
        }
        if (STACK[sp - 1] !== (c === 41 ? 40 : c === 93 ? 91 : 123)) {
          return done(p, p, `expected '${CLOSE_NAME[STACK[sp - 1]]}'`);
        }
        sp--;
        p++;
        continue;
      case 44:
        if (sp === 0 && stopAtComma) return done(p, errorAt, errorMessage);
        p++;
        continue;
      case 35: // #alias, !alias
      case 33:
      case 64: {
        const s = p;
        p++;
        if (c === 64 && text.charCodeAt(p) === 34) {
          p = skipString(text, p, limit);
          if (onRef) onRef('symbol', text.slice(s, p), s, p);
          continue;
        }
        let dotted = false;
        while (p < limit) {
          const d = text.charCodeAt(p);
          if (d === 46) dotted = true;
          else if (!isIdChar(d) && !(d === 45 && c !== 64 && isIdChar(text.charCodeAt(p + 1)))) break;
          p++;
        }
        if (onRef && p > s + 1) {
          if (c === 64) onRef('symbol', text.slice(s, p), s, p);
          else if (!dotted && isIdStart(text.charCodeAt(s + 1))) onRef('alias', text.slice(s, p), s, p);
        }
        continue;
      }
      case 100: // dense_resource<name>
        if (onRef && text.startsWith('dense_resource<', p) && (p === 0 || !isIdChar(text.charCodeAt(p - 1)))) {
          const ns = p + 15;
          let q = ns;
          if (text.charCodeAt(q) === 34) q = skipString(text, q, limit);
          else while (q < limit && (isIdChar(text.charCodeAt(q)) || text.charCodeAt(q) === 45)) q++;
          if (q > ns) onRef('resource', text.slice(ns, q), ns, q);
          p = ns - 1; // the '<', pushed by the bracket logic
          continue;
        }
        p++;
        continue;
      case 10:
      case 13:
        if (stopAtNewline && sp === 0) return done(p, errorAt, errorMessage);
        p++;
        continue;
      case 47: // comment inside a multi-line attribute
        if (text.charCodeAt(p + 1) === 47) {
          while (p < limit && text.charCodeAt(p) !== 10) p++;
          continue;
        }
        p++;
        continue;
      default:
        p++;
    }
  }
  if (sp > 0) return done(p, OPENS[0], `unbalanced '${String.fromCharCode(STACK[0])}'`);
  return done(p, errorAt, errorMessage);
}
