import type { FxNode, FxValue } from '../fx/model';
import type { TextEdit } from '../diagnostics';

// Building text edits on FX node lines in the dump's own syntax: str(graph) writes kwargs as
// `{stride: [2, 2]}` and node refs as `%x`; code writes `stride = [2, 2]` and bare names.

/** The value's text as it appears in the document. */
export function valueText(text: string, v: FxValue): string {
  return text.slice(v.span.start, v.span.end);
}

/**
 * Text of `v` rewritten for a node of another style. Copying a value within one node keeps its
 * text; only refs differ between styles (`%x` vs `x`).
 */
export function valueTextFor(text: string, v: FxValue, node: FxNode): string {
  const raw = valueText(text, v);
  if (node.argStyle === 'graph') return raw;
  return raw.replace(/%([A-Za-z_][A-Za-z0-9_]*)/g, '$1');
}

/** Locates the kwargs dict `{...}` of a str(graph) node line (after its args tuple). */
function graphKwargsBraces(text: string, node: FxNode): { open: number; close: number } | undefined {
  if (!node.argsSpan) return undefined;
  const from = text.indexOf('kwargs = {', node.argsSpan.end);
  if (from < 0 || from > node.span.end) return undefined;
  const open = from + 'kwargs = '.length;
  let depth = 0;
  for (let i = open; i < node.span.end; i++) {
    const c = text[i];
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) return { open, close: i };
    }
  }
  return undefined;
}

/**
 * Inserts `name=value` as a keyword argument, in the node's style. Returns undefined when the
 * node's layout does not allow a safe insertion.
 */
export function insertKwarg(text: string, node: FxNode, name: string, value: string): TextEdit | undefined {
  if (node.argStyle === 'graph') {
    const braces = graphKwargsBraces(text, node);
    if (!braces) return undefined;
    const empty = text.slice(braces.open + 1, braces.close).trim() === '';
    return { span: { start: braces.close, end: braces.close }, newText: `${empty ? '' : ', '}${name}: ${value}` };
  }
  if (node.argStyle === 'code' && node.argsSpan) {
    const inner = text.slice(node.argsSpan.start, node.argsSpan.end);
    const empty = inner.trim() === '';
    return { span: { start: node.argsSpan.end, end: node.argsSpan.end }, newText: `${empty ? '' : ', '}${name} = ${value}` };
  }
  return undefined;
}

/** Inserts a positional argument right after `after`. */
export function insertPositionalAfter(after: FxValue, value: string): TextEdit {
  return { span: { start: after.span.end, end: after.span.end }, newText: `, ${value}` };
}

export function replaceValue(v: FxValue, newText: string): TextEdit {
  return { span: v.span, newText };
}

/** A short one-line rendering of a value for messages. */
export function shortValue(text: string, v: FxValue, max = 60): string {
  const s = valueText(text, v).replace(/\s+/g, ' ');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
