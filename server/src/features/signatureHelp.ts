import { MarkupKind, ParameterInformation, Position, SignatureHelp, SignatureInformation } from 'vscode-languageserver';
import type { Registry } from '../core/registry/registry';
import type { Analyzed } from '../documents';
import { activeParameter, callContextAt, CallSignature, signaturesOf } from './callContext';

// Signature help inside a call's parentheses: code form `torch.ops.aten.max_pool2d.default(` and
// str(graph) `args = (` / `kwargs = {`, with the parameter the cursor is on.

export interface SignatureView {
  label: string;
  /** [start, end) of each parameter in the label. */
  params: { name: string; range: [number, number]; doc?: string }[];
  active?: number;
  documentation?: string;
}

export interface SignatureResult {
  signatures: SignatureView[];
  activeSignature: number;
}

function render(sig: CallSignature): SignatureView {
  let label = `${sig.name}(`;
  const params: SignatureView['params'] = [];
  let starred = false;
  sig.params.forEach((p, i) => {
    if (i > 0) label += ', ';
    if (p.kwargOnly && !starred && !p.varKeyword) {
      label += '*, ';
      starred = true;
    }
    const type = p.arg?.typeText;
    const text = `${p.varPositional ? '*' : p.varKeyword ? '**' : ''}${type && !p.varPositional && !p.varKeyword ? type + ' ' : ''}${p.name}${p.default !== undefined ? '=' + p.default : ''}`;
    params.push({ name: p.name, range: [label.length, label.length + text.length], doc: type ? `${type} ${p.name}` : undefined });
    label += text;
  });
  label += ')';
  if (sig.schema) label += ' -> ' + (sig.schema.returns.length === 1 ? sig.schema.returns[0].typeText : `(${sig.schema.returns.map((r) => r.typeText).join(', ')})`);
  return { label, params, documentation: sig.doc };
}

export function fxSignatureHelp(text: string, reg: Registry, offset: number): SignatureResult | undefined {
  const ctx = callContextAt(text, offset);
  if (!ctx) return undefined;
  const sigs = signaturesOf(reg, ctx.callee);
  if (!sigs.length) return undefined;
  const views = sigs.map((s) => ({ ...render(s), active: activeParameter(ctx, s.params) }));
  // Prefer the first overload that has the active parameter and all the keywords written.
  let activeSignature = sigs.findIndex((s, i) => views[i].active !== undefined && ctx.keywords.every((k) => s.params.some((p) => p.name === k)));
  if (activeSignature < 0) activeSignature = 0;
  return { signatures: views, activeSignature };
}

export function signatureHelp(an: Analyzed, pos: Position): SignatureHelp | null {
  const fx = an.result.fx;
  if (!fx) return null;
  const r = fxSignatureHelp(an.text, fx.registry, an.lines.offsetAt(pos));
  if (!r) return null;
  const signatures: SignatureInformation[] = r.signatures.map((s) => ({
    label: s.label,
    documentation: s.documentation ? { kind: MarkupKind.Markdown, value: `[Documentation](${s.documentation})` } : undefined,
    parameters: s.params.map((p): ParameterInformation => ({ label: p.range, documentation: p.doc })),
    // Out of range when the cursor is on no parameter (an unknown keyword): nothing is highlighted.
    activeParameter: s.active ?? s.params.length,
  }));
  const act = r.signatures[r.activeSignature];
  return { signatures, activeSignature: r.activeSignature, activeParameter: act?.active ?? act?.params.length ?? 0 };
}
