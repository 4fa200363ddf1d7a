import { removedBeforeImport } from '../core/analysis/decomposed';
import type { FxAnalysis, NodeInfo } from '../core/analysis/fxAnalysis';
import { fxHitAt } from '../core/analysis/locate';
import { importPathOf } from '../core/fx/importPath';
import type { FxGraph, FxNode, FxValue } from '../core/fx/model';
import type { Registry } from '../core/registry/registry';
import { describeDecomposition } from '../core/registry/decompositions';
import type { OpSchema } from '../core/registry/schema';
import type { Span } from '../core/text';

// Hover text for FX dumps: on a target, its schema, how this call bound to it, and what the
// importer will make of it; on a node name or reference, its definition, type and users.

export interface HoverResult {
  markdown: string;
  span: Span;
}

const LEVEL_TEXT: Record<FxGraph['level'], string> = {
  dynamo: 'Dynamo-level graph (before AOTAutograd: torch-level targets, not yet functionalized)',
  aot: 'ATen-level graph (AOTAutograd or torch.export output: functionalized ATen ops)',
  export: 'torch.export graph (functionalized ATen ops: what torch-mlir imports)',
  'fx-trace': 'torch.fx.symbolic_trace graph (modules and methods, not ATen)',
  inductor: 'Inductor graph (post-grad ATen/prims)',
  unknown: 'graph of unknown origin',
};

export function fxHover(a: FxAnalysis, offset: number): HoverResult | undefined {
  const hit = fxHitAt(a.doc, offset);
  if (!hit) return undefined;
  const text = a.doc.text;
  if (hit.kind === 'target') return { markdown: targetHover(a, a.info(hit.node), text), span: hit.span };
  const node = hit.kind === 'ref' ? hit.def : hit.node;
  if (!node) return { markdown: `\`${hit.kind === 'ref' ? hit.name : ''}\` is not defined in this graph.`, span: hit.span };
  return { markdown: nodeHover(a, node, text), span: hit.span };
}

function line(text: string, s: Span): string {
  const start = text.lastIndexOf('\n', s.start - 1) + 1;
  let end = text.indexOf('\n', s.start);
  if (end < 0) end = text.length;
  const l = text.slice(start, end).trim();
  return l.length > 300 ? l.slice(0, 299) + '…' : l;
}

function nodeHover(a: FxAnalysis, node: FxNode, text: string): string {
  const parts: string[] = [];
  parts.push(`**${node.name}**: \`${node.op}\`${node.op === 'output' ? '' : ` of \`${node.target}\``}`);
  parts.push('```python\n' + line(text, node.span) + '\n```');
  if (node.type) parts.push(`Type: \`${node.type.text}\``);
  else {
    const k = a.kindOfNode(node);
    if (k.k !== 'unknown') parts.push(`Inferred kind: ${k.k}`);
  }
  if (node.provenance) parts.push(`From \`${node.provenance.file}:${node.provenance.line}\`${node.provenance.fn ? ` in \`${node.provenance.fn}\`` : ''}${node.provenance.code ? `: \`${node.provenance.code}\`` : ''}`);
  const users = node.users.map((u) => `\`${u.name}\``);
  parts.push(users.length ? `Users (${users.length}): ${users.slice(0, 20).join(', ')}${users.length > 20 ? ', …' : ''}` : 'No users.');
  parts.push(`*${LEVEL_TEXT[node.graph.level]}*`);
  return parts.join('\n\n');
}

function valueText(text: string, v: FxValue | undefined): string {
  if (!v) return '';
  const s = text.slice(v.span.start, v.span.end).replace(/\s+/g, ' ');
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/`/g, "'");
}

function targetHover(a: FxAnalysis, info: NodeInfo, text: string): string {
  const reg = a.registry;
  const node = info.node;
  const r = info.resolved;
  const parts: string[] = [];
  const graphKind = `*In a ${LEVEL_TEXT[node.graph.level]}${node.graph.levelReason ? ` — ${node.graph.levelReason}` : ''}.*`;
  if (!r) {
    parts.push(`**${node.op}** \`${node.target}\``);
    if (node.op === 'call_module') parts.push('A call_module node: torch-mlir\'s importer skips call_module nodes, so any use of its result fails ("FX Node … has not been bound to an MLIR value"). Export the model (torch.export) to get an ATen graph.');
    if (node.op === 'get_attr') parts.push('A get_attr node: torch-mlir imports the attribute as a literal (`torch.vtensor.literal`) at its use.');
    parts.push(graphKind);
    return parts.join('\n\n');
  }
  if (info.schema) {
    parts.push('```\n' + info.schema.text + '\n```');
  }
  const removed = removedBeforeImport(a, node);
  // One line. In a torch.export graph the node is not what the importer receives, so no importer
  // verdict on it follows; in a graph that does not tell, both are shown.
  const exportGraph = importPathOf(node.graph) === 'export';
  const removedLine =
    removed &&
    `${describeDecomposition(removed).replace(/^\w/, (c) => c.toUpperCase())}: ${
      exportGraph
        ? `torch-mlir's export_and_import runs run_decompositions on this torch.export graph (${node.graph.importPathReason}), so the importer never sees this node.`
        : "if this graph goes through torch-mlir's export_and_import; handed to stateless_fx_import as it is, it imports as below."
    }`;
  switch (r.kind) {
    case 'python':
      parts.push(`Torch-level callable \`${r.fn.qualname}\`${r.fn.op ? `, lowered to \`${r.fn.op}\` by AOTAutograd / export` : ''}.`);
      if (r.fn.params) parts.push('```python\n' + `${r.fn.qualname}(${r.fn.params.map((p) => p.name + (p.default !== undefined ? '=' + p.default : '')).join(', ')})` + '\n```');
      break;
    case 'packet':
      parts.push(`\`${r.qualifiedName}\` without an overload: torch-mlir imports only OpOverloads ("FIX ME: Unimplemented call_function"). Overloads: ${r.overloads.slice(0, 8).map((s) => '`' + (s.overload || 'default') + '`').join(', ')}`);
      break;
    case 'hop':
      if (removedLine && exportGraph) break;
      parts.push(`Higher-order op \`${r.name}\`. torch-mlir imports only while_loop, auto_functionalized and flex_attention; others fail with "Higher-order operation '${r.name}' not implemented in the FxImporter".`);
      break;
    case 'unknown-op':
      parts.push(`\`${r.namespace}::${r.name}${r.overload ? '.' + r.overload : ''}\` is not registered in PyTorch ${reg.torchVersion}.`);
      break;
    case 'builtin':
      {
        const emits = reg.decompositions.emittedNames(r.name);
        parts.push(`Python builtin \`${r.name}\`: torch-mlir imports it only on symbolic ints/floats (SymInt arithmetic)${emits?.length ? `, as ${emits.map((n) => '`' + n + '`').join(' / ')} in a real import` : ''}.`);
      }
      break;
    case 'method':
      parts.push(`Tensor method \`${r.method}\` (call_method): not imported by torch-mlir; AOTAutograd / export turn it into aten ops.`);
      break;
    case 'opaque':
      parts.push(`\`${r.name}\`: not a PyTorch op we know.`);
      break;
  }
  if (info.binding) parts.push(bindingTable(info, text));
  if (removedLine) parts.push(removedLine);
  if (info.schema && (!removedLine || !exportGraph)) parts.push(importerLine(reg, info.schema, r.kind === 'overload'));
  const doc = r.kind === 'python' ? r.fn.doc : info.schema ? docLink(reg, info.schema) : undefined;
  if (doc) parts.push(`[PyTorch documentation](${doc})`);
  parts.push(graphKind);
  return parts.join('\n\n');
}

function bindingTable(info: NodeInfo, text: string): string {
  const rows = ['| parameter | type | value |', '|---|---|---|'];
  for (const b of info.binding!.args) {
    const type = b.param.arg?.typeText ?? '';
    let value: string;
    switch (b.source) {
      case 'positional':
      case 'keyword':
        value = '`' + escapeCell(valueText(text, b.value)) + '`' + (b.source === 'keyword' ? ' (keyword)' : '');
        break;
      case 'default':
        value = `*default* \`${escapeCell(b.param.default ?? '')}\``;
        break;
      default:
        value = b.param.varPositional || b.param.varKeyword ? '' : '**missing**';
    }
    rows.push(`| \`${b.param.name}\` | \`${escapeCell(type)}\` | ${value} |`);
  }
  return rows.join('\n');
}

function importerLine(reg: Registry, s: OpSchema, direct: boolean): string {
  if (reg.importedOpNames(s).length === 0) return `The importer drops this node: it emits nothing for it (seen in a real import with ${reg.mlirSource}).`;
  const name = reg.importedOpName(s);
  const def = reg.mlirOp(name);
  const prefix = direct ? 'Imports as' : 'After AOTAutograd, imports as';
  if (def) return `${prefix} \`${name}\` (${def.operands.length} operands; registered in ${reg.mlirSource}).`;
  return `⚠ \`${name}\` is not registered in ${reg.mlirSource}: the importer emits \`torch.operator "${name}"\`, and lowering to the backend contract fails with "failed to legalize operation 'torch.operator'" unless it is decomposed first.`;
}

function docLink(reg: Registry, s: OpSchema): string | undefined {
  if (s.namespace !== 'aten') return undefined;
  return reg.pythonFunction(`torch.${s.name}`)?.doc ?? reg.pythonFunction(`torch.nn.functional.${s.name}`)?.doc;
}
