import type { FxSignature, FxSignatureInput, FxValue } from './model';
import { type Ctx, skipSpaces, trimEnd } from './context';
import { find } from './scan';
import { ValueScanner } from './values';

// print(exported_program)'s `Graph signature:` in its three eras: the 2.1 one-line
// `ExportGraphSignature(parameters=[...], ...)`, the 2.2-2.7 one-line `input_specs=[InputSpec(...)]`
// dataclass repr, and the 2.8+ `# inputs` / `# outputs` block.

function str(v: FxValue | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'string') return v.value;
  if (v.kind === 'ref') return v.name;
  if (v.kind === 'name') return v.text;
  return undefined;
}

function kw(v: FxValue, name: string): FxValue | undefined {
  return v.kind === 'call' ? v.kwargs.find((k) => k.name === name)?.value : undefined;
}

function strings(v: FxValue | undefined): string[] {
  if (!v || (v.kind !== 'list' && v.kind !== 'tuple')) return [];
  return v.items.map(str).filter((s): s is string => s !== undefined);
}

function dictPairs(v: FxValue | undefined): [string, string | undefined][] {
  if (!v || v.kind !== 'dict') return [];
  return v.entries.map((e) => [e.key, str(e.value)]);
}

/** `<InputKind.PARAMETER: 2>` → `PARAMETER`. */
function kindOf(v: FxValue | undefined): string {
  const text = v?.kind === 'raw' ? v.text : v?.kind === 'name' ? v.text : '';
  const m = /\.(\w+)/.exec(text);
  return m ? m[1] : text;
}

function bool(v: FxValue | undefined): boolean | undefined {
  return v?.kind === 'bool' ? v.value : undefined;
}

function specName(spec: FxValue): string {
  const arg = kw(spec, 'arg');
  return (arg && str(kw(arg, 'name'))) ?? '';
}

function fromRepr(v: FxValue): Omit<FxSignature, 'span'> {
  const inputs: FxSignatureInput[] = [];
  const outputs: FxSignature['outputs'] = [];
  const inputSpecs = kw(v, 'input_specs');
  if (inputSpecs && inputSpecs.kind === 'list') {
    for (const spec of inputSpecs.items) {
      const entry: FxSignatureInput = { name: specName(spec), kind: kindOf(kw(spec, 'kind')), target: str(kw(spec, 'target')), span: spec.span };
      const persistent = bool(kw(spec, 'persistent'));
      if (persistent !== undefined) entry.persistent = persistent;
      inputs.push(entry);
    }
    const outSpecs = kw(v, 'output_specs');
    if (outSpecs && outSpecs.kind === 'list')
      for (const spec of outSpecs.items) outputs.push({ name: specName(spec), kind: kindOf(kw(spec, 'kind')), target: str(kw(spec, 'target')) });
    return { inputs, outputs };
  }
  // 2.1: parameters / buffers / user_inputs lists plus inputs_to_* maps.
  for (const [name, target] of dictPairs(kw(v, 'inputs_to_parameters'))) inputs.push({ name, kind: 'PARAMETER', target });
  for (const [name, target] of dictPairs(kw(v, 'inputs_to_buffers'))) inputs.push({ name, kind: 'BUFFER', target });
  for (const name of strings(kw(v, 'user_inputs'))) inputs.push({ name, kind: 'USER_INPUT' });
  for (const [name, target] of dictPairs(kw(v, 'buffers_to_mutate'))) outputs.push({ name, kind: 'BUFFER_MUTATION', target });
  for (const name of strings(kw(v, 'user_outputs'))) outputs.push({ name, kind: 'USER_OUTPUT' });
  return { inputs, outputs };
}

/**
 * Parses the signature starting at line `i` (the `Graph signature:` line, content at `p`).
 * Returns it (undefined when unreadable) and the next line.
 */
export function parseSignature(ctx: Ctx, i: number, p: number): { signature?: FxSignature; next: number } {
  const t = ctx.text;
  const { start, end, count } = ctx.lines;
  const e = trimEnd(t, p, end[i]);
  const colon = find(t, ':', p, e);
  const q = skipSpaces(t, colon + 1, e);
  if (q < e) {
    const sc = new ValueScanner(t, q, e, 'code');
    const v = sc.parseValue();
    if (!v || v.kind !== 'call') return { next: i + 1 };
    return { signature: { ...fromRepr(v), span: { start: p, end: e } }, next: i + 1 };
  }
  // 2.8+: indented `# inputs` / `# outputs` sections.
  const inputs: FxSignatureInput[] = [];
  const outputs: FxSignature['outputs'] = [];
  let section: 'in' | 'out' | undefined;
  let j = i + 1;
  let last = e;
  const baseIndent = p - start[i];
  for (; j < count; j++) {
    const s = start[j];
    const le = trimEnd(t, s, end[j]);
    const b = skipSpaces(t, s, le);
    if (b >= le) continue;
    if (b - s <= baseIndent) break;
    last = le;
    const line = t.slice(b, le);
    if (line === '# inputs') section = 'in';
    else if (line === '# outputs') section = 'out';
    else if (section) {
      const m = /^(\w*): (\w+)(.*)$/.exec(line);
      if (!m) continue;
      const tm = / target='([^']*)'/.exec(m[3]);
      const pm = / persistent=(True|False)\b/.exec(m[3]);
      const entry: FxSignatureInput = { name: m[1], kind: m[2], target: tm ? tm[1] : undefined, span: { start: b, end: le } };
      if (pm) entry.persistent = pm[1] === 'True';
      (section === 'in' ? inputs : outputs).push(entry);
    }
  }
  return { signature: { inputs, outputs, span: { start: p, end: last } }, next: j };
}
