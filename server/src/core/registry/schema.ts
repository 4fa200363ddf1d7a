// A parser for PyTorch's JIT function-schema strings, the text `str(torch._C.FunctionSchema)`
// prints and native_functions.yaml uses:
//   aten::max_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], ...) -> Tensor
// Hand-written so every op in the committed registry parses the same way PyTorch reads it.

export type JitType =
  | { kind: 'base'; name: string }
  | { kind: 'list'; elem: JitType; size?: number }
  | { kind: 'optional'; elem: JitType }
  | { kind: 'tuple'; elems: JitType[] }
  /** `Dict(str, Tensor)`, `Future(t)`, `Union(int, float)`. */
  | { kind: 'generic'; name: string; params: JitType[] };

export interface SchemaArg {
  name: string;
  type: JitType;
  /** The type as written, without alias annotation: `int[2]`, `Tensor?[]`. */
  typeText: string;
  /** Alias annotation inside parentheses, e.g. `a!` for `Tensor(a!)`. */
  alias?: string;
  /** The default as written after `=`: `[]`, `None`, `1`, `"mean"`, `contiguous_format`. */
  default?: string;
  kwargOnly: boolean;
}

export interface SchemaReturn {
  name?: string;
  type: JitType;
  typeText: string;
  alias?: string;
}

export interface OpSchema {
  /** `aten::max_pool2d` */
  qualifiedName: string;
  namespace: string;
  name: string;
  /** `Tensor`, `int`, or '' for the default overload. */
  overload: string;
  args: SchemaArg[];
  returns: SchemaReturn[];
  /** The `...` vararg / varret markers. */
  varArgs: boolean;
  varRet: boolean;
  text: string;
}

export class SchemaParseError extends Error {}

class Cursor {
  pos = 0;
  constructor(readonly s: string) {}
  ws(): void {
    while (this.pos < this.s.length && this.s.charCodeAt(this.pos) <= 32) this.pos++;
  }
  peek(): string {
    this.ws();
    return this.s[this.pos] ?? '';
  }
  eat(tok: string): boolean {
    this.ws();
    if (this.s.startsWith(tok, this.pos)) {
      this.pos += tok.length;
      return true;
    }
    return false;
  }
  expect(tok: string): void {
    if (!this.eat(tok)) throw new SchemaParseError(`expected '${tok}' at ${this.pos} in ${this.s}`);
  }
  ident(): string {
    this.ws();
    const start = this.pos;
    while (this.pos < this.s.length && /[A-Za-z0-9_.:]/.test(this.s[this.pos])) this.pos++;
    if (start === this.pos) throw new SchemaParseError(`expected a name at ${start} in ${this.s}`);
    return this.s.slice(start, this.pos);
  }
}

function parseAlias(c: Cursor): string | undefined {
  // `(a!)`, `(a -> *)`, `(a|b)` directly after a type name.
  if (c.s[c.pos] !== '(') return undefined;
  const close = c.s.indexOf(')', c.pos);
  if (close < 0) throw new SchemaParseError(`unclosed alias annotation in ${c.s}`);
  const alias = c.s.slice(c.pos + 1, close).trim();
  c.pos = close + 1;
  return alias;
}

function parseType(c: Cursor): { type: JitType; alias?: string } {
  let type: JitType;
  let alias: string | undefined;
  if (c.peek() === '(') {
    c.expect('(');
    const elems: JitType[] = [];
    if (!c.eat(')')) {
      do elems.push(parseType(c).type);
      while (c.eat(','));
      c.expect(')');
    }
    type = { kind: 'tuple', elems };
  } else {
    const name = c.ident();
    if (c.s[c.pos] === '(' && /^(Dict|Future|Union|Await|RRef|tuple|Tuple)$/.test(name)) {
      c.expect('(');
      const params: JitType[] = [];
      do params.push(parseType(c).type);
      while (c.eat(','));
      c.expect(')');
      type = { kind: 'generic', name, params };
      alias = parseAlias(c);
    } else {
      type = { kind: 'base', name };
      alias = parseAlias(c);
    }
  }
  // Suffixes bind left to right: `Tensor?[]` is a list of optionals, `int[1]?` an optional list.
  for (;;) {
    if (c.s[c.pos] === '?') {
      c.pos++;
      type = { kind: 'optional', elem: type };
    } else if (c.s[c.pos] === '[') {
      const close = c.s.indexOf(']', c.pos);
      if (close < 0) throw new SchemaParseError(`unclosed '[' in ${c.s}`);
      const inner = c.s.slice(c.pos + 1, close).trim();
      c.pos = close + 1;
      type = inner ? { kind: 'list', elem: type, size: Number(inner) } : { kind: 'list', elem: type };
      // An alias may follow a list type: `Tensor(a)[]` puts it before, `Tensor[](a!)` after.
      alias = parseAlias(c) ?? alias;
    } else break;
  }
  return { type, alias };
}

/** Reads a default value up to the next top-level ',' or ')'. */
function parseDefault(c: Cursor): string {
  c.ws();
  const start = c.pos;
  let depth = 0;
  let quote = '';
  for (; c.pos < c.s.length; c.pos++) {
    const ch = c.s[c.pos];
    if (quote) {
      if (ch === '\\') c.pos++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') {
      if (depth === 0) break;
      depth--;
    } else if (ch === ',' && depth === 0) break;
  }
  return c.s.slice(start, c.pos).trim();
}

export function typeToString(t: JitType): string {
  switch (t.kind) {
    case 'base':
      return t.name;
    case 'list':
      return `${typeToString(t.elem)}[${t.size ?? ''}]`;
    case 'optional':
      return `${typeToString(t.elem)}?`;
    case 'tuple':
      return `(${t.elems.map(typeToString).join(', ')})`;
    case 'generic':
      return `${t.name}(${t.params.map(typeToString).join(', ')})`;
  }
}

export function parseSchema(text: string): OpSchema {
  const c = new Cursor(text);
  const full = c.ident();
  const sep = full.indexOf('::');
  const namespace = sep >= 0 ? full.slice(0, sep) : '';
  const rest = sep >= 0 ? full.slice(sep + 2) : full;
  const dot = rest.indexOf('.');
  const name = dot >= 0 ? rest.slice(0, dot) : rest;
  const overload = dot >= 0 ? rest.slice(dot + 1) : '';
  c.expect('(');
  const args: SchemaArg[] = [];
  let kwargOnly = false;
  let varArgs = false;
  if (!c.eat(')')) {
    do {
      if (c.eat('*')) {
        kwargOnly = true;
        continue;
      }
      if (c.eat('...')) {
        varArgs = true;
        continue;
      }
      const start = c.pos;
      const { type, alias } = parseType(c);
      const typeText = typeToString(type);
      void start;
      const argName = c.ident();
      const arg: SchemaArg = { name: argName, type, typeText, kwargOnly };
      if (alias) arg.alias = alias;
      if (c.eat('=')) arg.default = parseDefault(c);
      args.push(arg);
    } while (c.eat(','));
    c.expect(')');
  }
  c.expect('->');
  const returns: SchemaReturn[] = [];
  let varRet = false;
  const readReturn = () => {
    if (c.eat('...')) {
      varRet = true;
      return;
    }
    const { type, alias } = parseType(c);
    const r: SchemaReturn = { type, typeText: typeToString(type) };
    if (alias) r.alias = alias;
    c.ws();
    if (/[A-Za-z_]/.test(c.s[c.pos] ?? '')) r.name = c.ident();
    returns.push(r);
  };
  if (c.peek() === '(') {
    c.expect('(');
    if (!c.eat(')')) {
      do readReturn();
      while (c.eat(','));
      c.expect(')');
    }
  } else readReturn();
  return { qualifiedName: namespace ? `${namespace}::${name}` : name, namespace, name, overload, args, returns, varArgs, varRet, text };
}

/** Strips `Optional` layers. */
export function unwrapOptional(t: JitType): { type: JitType; optional: boolean } {
  let optional = false;
  while (t.kind === 'optional') {
    optional = true;
    t = t.elem;
  }
  return { type: t, optional };
}

/** The torch-dialect op name the importer emits: `torch.aten.add.Tensor`, `torch.aten.relu`. */
export function mlirOpName(s: OpSchema): string {
  return `torch.${s.namespace}.${s.name}${s.overload ? '.' + s.overload : ''}`;
}

