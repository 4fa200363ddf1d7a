import { CompletionItem, CompletionItemKind, CompletionList, InsertTextFormat, MarkupKind, Position } from 'vscode-languageserver';
import { allGraphs, FxDocument, FxGraph } from '../core/fx/model';
import type { Registry } from '../core/registry/registry';
import type { Span } from '../core/text';
import type { Analyzed } from '../documents';
import { callContextAt, signaturesOf } from './callContext';

// Completion in FX dumps: op targets segment by segment (`torch.ops.` → namespaces → op names →
// overloads) after `call_function[target=` and in code form; keyword arguments of the call being
// written, from its schema; node names after `%` in str(graph) (and bare in code-form arguments).

export type CompletionKind = 'namespace' | 'op' | 'overload' | 'keyword' | 'node' | 'module';

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** The text inserted (defaults to the label). */
  insertText?: string;
  detail?: string;
  documentation?: string;
  /** The text the completion replaces (the partial word before the cursor). */
  replace: Span;
  sortText?: string;
}

interface OpIndex {
  namespaces: Map<string, Map<string, string[]>>;
}

const indexes = new WeakMap<Registry, OpIndex>();

function opIndex(reg: Registry): OpIndex {
  let idx = indexes.get(reg);
  if (!idx) {
    idx = { namespaces: new Map() };
    for (const t of reg.allTargets()) {
      const [, , ns, name, overload] = t.split('.');
      let names = idx.namespaces.get(ns);
      if (!names) idx.namespaces.set(ns, (names = new Map()));
      const list = names.get(name);
      if (list) list.push(overload);
      else names.set(name, [overload]);
    }
    indexes.set(reg, idx);
  }
  return idx;
}

/** Target completions for the dotted word `word` that ends at `offset`. */
function targetCompletions(reg: Registry, word: string, offset: number): Completion[] {
  const parts = word.split('.');
  const last = parts[parts.length - 1];
  const replace = { start: offset - last.length, end: offset };
  const idx = opIndex(reg);
  const out: Completion[] = [];
  if (parts.length === 1) {
    if ('torch'.startsWith(last)) out.push({ label: 'torch', kind: 'module', insertText: 'torch.ops.', detail: 'torch.ops.<namespace>.<op>.<overload>', replace });
    return out;
  }
  if (parts[0] !== 'torch') return out;
  if (parts.length === 2) {
    out.push({ label: 'ops', kind: 'module', detail: 'PyTorch operator namespaces', replace });
    return out;
  }
  if (parts[1] !== 'ops') return out;
  if (parts.length === 3) {
    for (const [ns, names] of idx.namespaces) out.push({ label: ns, kind: 'namespace', detail: `${names.size} ops`, replace });
    return out;
  }
  const names = idx.namespaces.get(parts[2]);
  if (!names) return out;
  if (parts.length === 4) {
    for (const [name, overloads] of names) {
      out.push({ label: name, kind: 'op', detail: `${parts[2]}::${name} (${overloads.length} overload${overloads.length === 1 ? '' : 's'})`, replace });
    }
    return out;
  }
  if (parts.length === 5) {
    for (const overload of names.get(parts[3]) ?? []) {
      const s = reg.schema(`${parts[2]}::${parts[3]}`, overload === 'default' ? '' : overload);
      const mlir = s ? reg.mlirOp(`torch.${s.namespace}.${s.name}${s.overload ? '.' + s.overload : ''}`) : undefined;
      out.push({
        label: overload,
        kind: 'overload',
        detail: s?.text,
        documentation: s ? (mlir ? `Imports as \`${mlir.name}\`.` : `Not registered in the torch dialect: imports as \`torch.operator\`.`) : undefined,
        replace,
        sortText: (overload === 'default' ? '0' : overload.includes('out') ? '2' : '1') + overload,
      });
    }
  }
  return out;
}

function graphAt(doc: FxDocument, offset: number): FxGraph | undefined {
  let best: FxGraph | undefined;
  for (const g of allGraphs(doc)) {
    if (offset >= g.span.start && offset <= g.span.end + 1) best = g;
  }
  if (best) return best;
  // Typing past the end of the last graph: the nearest graph above.
  for (const g of allGraphs(doc)) if (g.span.start <= offset) best = g;
  return best;
}

function nodeCompletions(doc: FxDocument, offset: number, replace: Span, sigil: boolean): Completion[] {
  const g = graphAt(doc, offset);
  if (!g) return [];
  const out: Completion[] = [];
  const seen = new Set<string>();
  for (const n of g.nodes) {
    if (n.op === 'output' || seen.has(n.name)) continue;
    // Only values defined before the cursor's line can be used there.
    if (n.nameSpan.start >= offset && n.span.start >= offset) continue;
    seen.add(n.name);
    out.push({
      label: n.name,
      kind: 'node',
      detail: n.op === 'placeholder' ? `placeholder${n.type ? ': ' + n.type.text : ''}` : `${n.op} ${n.target}`,
      replace,
      sortText: String(100000 - n.nameSpan.start).padStart(9, '0'),
    });
  }
  void sigil;
  return out;
}

export function fxCompletions(doc: FxDocument, reg: Registry, offset: number): Completion[] {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  if (/^\s*#/.test(line)) return [];
  // `%name` in str(graph).
  const pct = /%([A-Za-z_]\w*)?$/.exec(line);
  if (pct) {
    const partial = pct[1] ?? '';
    return nodeCompletions(doc, offset, { start: offset - partial.length, end: offset }, true);
  }
  // Targets: after `target=` (str(graph)) or a dotted `torch.…` word (code form).
  const tgt = /\[target=([\w.]*)$/.exec(line) ?? /(?:^|[=\s(,])(torch(?:\.\w*)*)$/.exec(line);
  if (tgt && (tgt[0].startsWith('[target=') || tgt[1].includes('.'))) return targetCompletions(reg, tgt[1], offset);
  // Keyword arguments (and, in code form, node names) inside a call.
  const ctx = callContextAt(text, offset);
  if (ctx && ctx.partialWord !== undefined && !ctx.currentKeyword) {
    const replace = { start: offset - ctx.partialWord.length, end: offset };
    const out: Completion[] = [];
    const sigs = signaturesOf(reg, ctx.callee);
    const given = new Set(ctx.keywords);
    const seen = new Set<string>();
    const wantKeywords = ctx.style === 'code' || ctx.part === 'kwargs';
    if (wantKeywords) {
      for (const s of sigs) {
        // Parameters already bound by position are not offered again.
        const positional = s.params.filter((p) => !p.kwargOnly && !p.varKeyword && !p.varPositional).slice(0, ctx.positionalGiven);
        for (const p of s.params) {
          if (p.varPositional || p.varKeyword || given.has(p.name) || seen.has(p.name) || positional.includes(p)) continue;
          seen.add(p.name);
          const type = p.arg?.typeText;
          out.push({
            label: ctx.style === 'graph' ? `${p.name}:` : `${p.name}=`,
            kind: 'keyword',
            insertText: ctx.style === 'graph' ? `${p.name}: ` : `${p.name}=`,
            detail: `${type ? type + ' ' : ''}${p.name}${p.default !== undefined ? ' = ' + p.default : ''}`,
            documentation: s.schema?.text ?? s.name,
            replace,
            sortText: `0${String(s.params.indexOf(p)).padStart(3, '0')}`,
          });
        }
      }
    }
    if (ctx.style === 'code' && ctx.part === 'args') out.push(...nodeCompletions(doc, offset, replace, false).map((c) => ({ ...c, sortText: '1' + c.sortText })));
    return out;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// LSP adapter

const KIND: Record<CompletionKind, CompletionItemKind> = {
  namespace: CompletionItemKind.Module,
  module: CompletionItemKind.Module,
  op: CompletionItemKind.Function,
  overload: CompletionItemKind.Method,
  keyword: CompletionItemKind.Property,
  node: CompletionItemKind.Variable,
};

export function completion(an: Analyzed, pos: Position): CompletionList {
  const fx = an.result.fx;
  if (!fx) return { isIncomplete: false, items: [] };
  const offset = an.lines.offsetAt(pos);
  const items: CompletionItem[] = fxCompletions(fx.doc, fx.registry, offset).map((c) => ({
    label: c.label,
    kind: KIND[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    sortText: c.sortText,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: an.lines.rangeOf(c.replace), newText: c.insertText ?? c.label },
    ...(c.kind === 'module' && c.insertText?.endsWith('.') ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  }));
  return { isIncomplete: false, items };
}
