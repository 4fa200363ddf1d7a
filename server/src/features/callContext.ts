import { Param, pythonParams, schemaParams } from '../core/analysis/bind';
import type { Registry } from '../core/registry/registry';
import type { OpSchema } from '../core/registry/schema';

// The call the cursor is writing, read from the text of the current line (a node being typed does
// not parse yet): code form `torch.ops.aten.max_pool2d.default(x, [2, 2], |` or str(graph)
// `call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, |`. Shared by completion
// (keyword arguments) and signature help (active parameter).

export interface CallContext {
  /** The callee as written (`torch.ops.aten.max_pool2d.default`). */
  callee: string;
  style: 'code' | 'graph';
  /** Inside the positional part (code call parens, str(graph) `args = (`) or str(graph)'s `kwargs = {`. */
  part: 'args' | 'kwargs';
  /** Offset of the opening bracket. */
  open: number;
  /** Positional arguments written before the current one. */
  positionalBefore: number;
  /** Positional arguments of the whole call (str(graph): the `args` tuple, also from inside `kwargs`). */
  positionalGiven: number;
  /** Keywords already written (before and after the cursor are not distinguished). */
  keywords: string[];
  /** The keyword of the argument under the cursor, when it has one (`stride=` / `stride:`). */
  currentKeyword?: string;
  /** The bare identifier being typed in the current argument, when that is all it has. */
  partialWord?: string;
}

interface Frame {
  ch: string;
  pos: number;
  commas: number;
  argStart: number;
  keywords: string[];
  positional: number;
}

const CLOSE: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function keywordOf(arg: string, sep: string): string | undefined {
  const m = (sep === ':' ? /^\s*([A-Za-z_]\w*)\s*:(?!:)/ : /^\s*([A-Za-z_]\w*)\s*=(?!=)/).exec(arg);
  return m?.[1];
}

export function callContextAt(text: string, offset: number): CallContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  if (/^\s*#/.test(line)) return undefined;
  const stack: Frame[] = [];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') stack.push({ ch: c, pos: i, commas: 0, argStart: i + 1, keywords: [], positional: 0 });
    else if (c in CLOSE) {
      while (stack.length && stack[stack.length - 1].ch !== CLOSE[c]) stack.pop();
      stack.pop();
    } else if (c === ',' && stack.length) {
      const f = stack[stack.length - 1];
      const arg = line.slice(f.argStart, i);
      const kw = keywordOf(arg, f.ch === '{' ? ':' : '=');
      if (kw) f.keywords.push(kw);
      else if (arg.trim()) f.positional++;
      f.commas++;
      f.argStart = i + 1;
    }
  }
  if (quote) return undefined;
  for (let k = stack.length - 1; k >= 0; k--) {
    const f = stack[k];
    const before = line.slice(0, f.pos);
    let callee: string | undefined;
    let style: CallContext['style'] = 'code';
    let part: CallContext['part'] = 'args';
    if (f.ch === '(' && /\bargs\s*=\s*$/.test(before)) {
      const m = /\[target=([^\]\s]+)\]\s*\(\s*args\s*=\s*$/.exec(before);
      if (!m) continue;
      callee = m[1];
      style = 'graph';
    } else if (f.ch === '{' && /\bkwargs\s*=\s*$/.test(before)) {
      const m = /\[target=([^\]\s]+)\]\s*\(/.exec(before);
      if (!m) continue;
      callee = m[1];
      style = 'graph';
      part = 'kwargs';
    } else if (f.ch === '(') {
      const m = /([A-Za-z_][\w.]*)\s*$/.exec(before);
      if (!m || !m[1].includes('.')) continue;
      callee = m[1];
    } else continue;
    const current = line.slice(f.argStart);
    const sep = part === 'kwargs' ? ':' : '=';
    const currentKeyword = keywordOf(current, sep);
    const pw = /^\s*([A-Za-z_]\w*)?$/.exec(current);
    // In str(graph) the keywords live in the kwargs dict: collect them for the args part too.
    let keywords = f.keywords;
    let positionalGiven = f.positional;
    if (style === 'graph' && part === 'args') {
      const rest = text.slice(lineStart + f.pos, text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset));
      const km = /kwargs\s*=\s*\{([^}]*)\}/.exec(rest);
      if (km) keywords = [...km[1].matchAll(/(?:^|,)\s*([A-Za-z_]\w*)\s*:/g)].map((x) => x[1]);
    }
    if (style === 'graph' && part === 'kwargs') {
      const am = /args\s*=\s*\(/.exec(before);
      if (am) positionalGiven = countItems(before.slice(am.index + am[0].length));
    }
    return {
      callee,
      style,
      part,
      open: lineStart + f.pos,
      positionalBefore: f.positional,
      positionalGiven,
      keywords,
      currentKeyword,
      partialWord: pw ? (pw[1] ?? '') : undefined,
    };
  }
  return undefined;
}

/** Top-level items of a tuple's text (up to its closing parenthesis). */
function countItems(s: string): number {
  let depth = 0;
  let n = 0;
  let item = false;
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) {
      if (item) n++;
      item = false;
      continue;
    }
    if (!/\s/.test(c)) item = true;
  }
  return n + (item ? 1 : 0);
}

export interface CallSignature {
  /** `aten::max_pool2d.default` / `torch.nn.functional.max_pool2d`. */
  name: string;
  params: Param[];
  schema?: OpSchema;
  doc?: string;
}

/** The signatures a callee may bind to: one overload, every overload of a packet, a Python function. */
export function signaturesOf(registry: Registry, callee: string): CallSignature[] {
  const r = registry.resolve(callee);
  const nonOut = (s: OpSchema) => s.overload !== 'out' && !s.overload.endsWith('_out');
  const fromSchema = (s: OpSchema): CallSignature => ({ name: `${s.qualifiedName}${s.overload ? '.' + s.overload : ''}`, params: schemaParams(s), schema: s });
  switch (r.kind) {
    case 'overload':
      return [fromSchema(r.schema)];
    case 'packet':
      return r.overloads.filter(nonOut).map(fromSchema);
    case 'python':
      if (r.fn.params) return [{ name: r.fn.qualname, params: pythonParams(r.fn.params), doc: r.fn.doc }];
      return r.aten.filter(nonOut).map(fromSchema);
    default:
      return [];
  }
}

/** The parameter the cursor is on: by keyword, else by position (skipping keyword-only parameters). */
export function activeParameter(ctx: CallContext, params: Param[]): number | undefined {
  if (ctx.currentKeyword) {
    const i = params.findIndex((p) => p.name === ctx.currentKeyword);
    return i >= 0 ? i : undefined;
  }
  if (ctx.part === 'kwargs') return undefined;
  let n = ctx.positionalBefore;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (p.varPositional) return i;
    if (p.kwargOnly || p.varKeyword) return undefined;
    if (n === 0) return i;
    n--;
  }
  return undefined;
}
