import { SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { allGraphs } from '../core/fx/model';
import type { Span } from '../core/text';
import type { Analyzed } from '../documents';
import { mlirDocumentOf, mlirScope } from './mlirSupport';

// Workspace symbols (Go to Symbol in Workspace, `#` in VS Code's quick open): every FX node and
// every MLIR function and op result of the open documents, by name. The outline of a huge dump
// lists groups, not its 100,000 nodes; this is how any one of them is found.

/** Results per query: enough to pick from, small enough to send on every keystroke of the query. */
export const WORKSPACE_SYMBOL_LIMIT = 500;

export interface NamedSpan {
  name: string;
  span: Span;
  kind: SymbolKind;
  container?: string;
}

/** Whether the query's characters appear in `name` in order (case-insensitive), as editors filter. */
export function fuzzyMatch(query: string, name: string): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let i = 0;
  for (let k = 0; k < n.length && i < q.length; k++) if (n.charCodeAt(k) === q.charCodeAt(i)) i++;
  return i === q.length;
}

/** The named things of one document matching `query`, at most `limit`. */
export function documentNames(an: Analyzed, query: string, limit: number): NamedSpan[] {
  const out: NamedSpan[] = [];
  const q = query.replace(/^%/, '');
  if (an.result.fx) {
    for (const g of allGraphs(an.result.fx.doc)) {
      for (const n of g.nodes) {
        if (out.length >= limit) return out;
        if (n.op === 'output' || !fuzzyMatch(q, n.name)) continue;
        out.push({ name: n.name, span: n.nameSpan, kind: n.op === 'placeholder' ? SymbolKind.Variable : SymbolKind.Function, container: g.name });
      }
    }
    return out;
  }
  const mlir = mlirDocumentOf(an);
  if (!mlir) return out;
  for (const d of mlirScope(mlir).defs) {
    if (out.length >= limit) break;
    if ((d.kind !== 'value' || d.origin !== 'result') && d.kind !== 'symbol') continue;
    if (!fuzzyMatch(q, d.name.replace(/^[%@]/, ''))) continue;
    out.push({ name: d.name, span: d.span, kind: d.kind === 'symbol' ? SymbolKind.Function : SymbolKind.Variable, container: d.op?.name });
  }
  return out;
}

export function workspaceSymbols(docs: Analyzed[], query: string, limit = WORKSPACE_SYMBOL_LIMIT): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const an of docs) {
    for (const n of documentNames(an, query, limit - out.length)) {
      out.push({ name: n.name, kind: n.kind, location: { uri: an.uri, range: an.lines.rangeOf(n.span) }, containerName: n.container });
    }
    if (out.length >= limit) break;
  }
  return out;
}
