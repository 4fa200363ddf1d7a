import type { MlirAnalysis } from '../core/analysis/mlirAnalysis';
import type { MlirOp } from '../core/mlir/model';
import type { Span } from '../core/text';
import type { HoverResult } from './hover';

// Hover text for torch-dialect MLIR: on an op name, its torch-mlir definition and the PyTorch
// schema it comes from; on a value, its type and defining op; on a dense_resource, the blob size.

const inside = (s: Span | undefined, o: number) => !!s && o >= s.start && o <= s.end;

/** Ops are in document order (pre-order), so their name spans are sorted. */
function opAt(ops: MlirOp[], offset: number): MlirOp | undefined {
  let lo = 0;
  let hi = ops.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ops[mid].span.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // The innermost op containing the offset is at or before `best`; nested ops start later than
  // their parents, so walk back to the first whose span contains it.
  for (let i = best; i >= 0 && i > best - 64; i--) if (inside(ops[i].span, offset)) return ops[i];
  return ops.find((o) => inside(o.span, offset));
}

function lineOf(text: string, s: Span): string {
  const start = text.lastIndexOf('\n', s.start - 1) + 1;
  let end = text.indexOf('\n', s.start);
  if (end < 0) end = text.length;
  const l = text.slice(start, end).trim();
  return l.length > 300 ? l.slice(0, 299) + '…' : l;
}

function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(1)} KiB`;
  return `${n} bytes`;
}

export function mlirHover(m: MlirAnalysis, offset: number): HoverResult | undefined {
  const text = m.doc.text;
  const op = opAt(m.doc.allOps, offset);
  if (op) {
    for (const r of op.resourceRefs) {
      if (!inside(r.span, offset)) continue;
      const blob = m.doc.resources.find((b) => b.name === r.name);
      return {
        span: r.span,
        markdown: blob
          ? `**dense_resource** \`${r.name}\`: ${formatBytes(blob.dataByteLength)} of data${blob.alignment ? ` (alignment ${blob.alignment})` : ''}, in \`${blob.dialect}\` resources.`
          : `**dense_resource** \`${r.name}\`: no blob of that name in the file's \`dialect_resources\` section.`,
      };
    }
    if (inside(op.nameSpan, offset) || inside(op.operatorNameSpan, offset)) {
      return { span: op.operatorNameSpan && inside(op.operatorNameSpan, offset) ? op.operatorNameSpan : op.nameSpan, markdown: opHover(m, op) };
    }
  }
  const hit = m.scope.at(offset);
  if (hit && hit.def.kind === 'value') {
    const def = hit.def;
    const idx = hit.use?.resultIndex ?? 0;
    const type = m.typeOfDef(def, idx);
    const parts = [`**${hit.use?.name ?? def.name}${hit.use?.resultIndex !== undefined ? '#' + hit.use.resultIndex : ''}**${type ? `: \`${type.text}\`` : ''}`];
    if (def.origin === 'result' && def.op) parts.push('Defined by:\n```mlir\n' + lineOf(text, def.op.span) + '\n```');
    else if (def.origin === 'func-arg') parts.push(`Argument ${def.index ?? 0} of \`${def.op?.symbolName ?? 'the function'}\`.`);
    else if (def.origin === 'block-arg') parts.push(`Block argument ${def.index ?? 0}.`);
    const uses = m.usesOf(def);
    parts.push(`${uses.length} use${uses.length === 1 ? '' : 's'}.`);
    return { span: hit.use?.span ?? def.span, markdown: parts.join('\n\n') };
  }
  return undefined;
}

function opHover(m: MlirAnalysis, op: MlirOp): string {
  const reg = m.registry;
  const name = m.torchName(op);
  const parts: string[] = [`**${name}**${op.name === 'torch.operator' ? ' (generic `torch.operator`)' : ''}`];
  const def = reg.mlirOp(name);
  if (def) {
    const operands = def.operands.map((o) => `\`${o.name}\`: ${o.type ?? 'any'}${o.variadic ? ' (variadic)' : ''}`).join(', ');
    const results = def.results.map((o) => `\`${o.name}\`: ${o.type ?? 'any'}`).join(', ');
    parts.push(`torch-mlir definition (${reg.mlirSource}):\n\n- operands: ${operands || 'none'}\n- results: ${results || 'none'}`);
  } else if (name.startsWith('torch.')) {
    parts.push(`⚠ Not registered in ${reg.mlirSource}${op.name === 'torch.operator' ? ": lowering fails with \"failed to legalize operation 'torch.operator'\"" : ''}.`);
  }
  const schema = m.schemaOf(name);
  if (schema) parts.push('PyTorch schema:\n```\n' + schema.text + '\n```');
  if (def && schema && op.operands.length === def.operands.length) {
    const rows = ['| operand | parameter | value |', '|---|---|---|'];
    op.operands.forEach((o, i) => {
      const arg = schema.args[i];
      const c = m.producer(o)?.constant;
      rows.push(`| \`${o.name}\` | \`${arg ? `${arg.typeText} ${arg.name}${arg.default !== undefined ? '=' + arg.default : ''}` : def.operands[i].name}\` | ${c ? '`' + c.text.replace(/\|/g, '\\|') + '`' : ''} |`);
    });
    parts.push(rows.join('\n'));
  }
  return parts.join('\n\n');
}
