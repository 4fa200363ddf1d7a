import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver';
import type { FxAnalysis } from '../core/analysis/fxAnalysis';
import { allGraphs } from '../core/fx/model';
import type { Span } from '../core/text';
import type { Analyzed } from '../documents';
import type { Settings } from '../settings';
import { mlirDocumentOf, mlirTypeHints } from './mlirSupport';
import type { Hint } from './shapes';

// Inlay hints from the binding of each call to its schema: the parameter name before each
// positional argument (`kernel_size=`), and the defaults the call leaves out at the end of its
// arguments (`stride=[]`), which is what the importer will see. For MLIR: the type of a value at
// uses whose line does not spell it.

export interface HintOptions {
  parameterNames: boolean;
  defaults: boolean;
  mlirTypes: boolean;
}

const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

export function fxInlayHints(a: FxAnalysis, opts: HintOptions, within?: Span): Hint[] {
  const out: Hint[] = [];
  if (!opts.parameterNames && !opts.defaults) return out;
  const text = a.doc.text;
  for (const g of allGraphs(a.doc)) {
    if (within && !overlaps(g.span, within)) continue;
    for (const node of g.nodes) {
      if (node.op !== 'call_function' && node.op !== 'call_method') continue;
      if (within && !overlaps(node.span, within)) continue;
      const info = a.info(node);
      const b = info.binding;
      if (!b || info.ambiguous) continue;
      const sig = info.schema ? info.schema.text : undefined;
      if (opts.parameterNames) {
        for (const arg of b.args) {
          if (arg.source !== 'positional' || !arg.value) continue;
          const name = arg.param.name;
          if (name === 'self') continue;
          const written = text.slice(arg.value.span.start, arg.value.span.end).replace(/^%/, '');
          if (written === name) continue;
          out.push({ offset: arg.value.span.start, label: `${name}=`, kind: 'parameter', tooltip: arg.param.arg ? `${arg.param.arg.typeText} ${name}` : name });
        }
      }
      if (opts.defaults && node.argsSpan && b.problems.length === 0) {
        const defaults = b.args.filter((x) => x.source === 'default' && !(x.param.kwargOnly && x.param.default === 'None'));
        if (defaults.length) {
          const before = text.slice(node.argsSpan.start, node.argsSpan.end).trimEnd();
          let end = node.argsSpan.start + before.length;
          const needComma = before.length > 0 && !before.endsWith(',');
          const label = defaults.map((x) => `${x.param.name}=${x.param.default}`).join(', ');
          if (!before.length) end = node.argsSpan.start;
          out.push({
            offset: end,
            label: (needComma ? ', ' : before.length ? ' ' : '') + label,
            kind: 'default',
            tooltip: `Defaults this call leaves out${sig ? ` (from ${sig})` : ''}: the importer passes them explicitly.`,
          });
        }
      }
    }
  }
  return out.sort((x, y) => x.offset - y.offset);
}

export function hintOptions(settings: Settings): HintOptions {
  return { ...settings.inlayHints };
}

export function inlayHints(an: Analyzed, range: Range, settings: Settings): InlayHint[] {
  const opts = hintOptions(settings);
  const within = { start: an.lines.offsetAt(range.start), end: an.lines.offsetAt(range.end) };
  let hints: Hint[] = [];
  if (an.result.fx) hints = fxInlayHints(an.result.fx, opts, within);
  else if (opts.mlirTypes) {
    const mlir = mlirDocumentOf(an);
    if (mlir) hints = mlirTypeHints(mlir, within);
  }
  return hints.map((h) => ({
    position: an.lines.positionAt(h.offset),
    label: h.label,
    kind: h.kind === 'type' ? InlayHintKind.Type : InlayHintKind.Parameter,
    tooltip: h.tooltip,
    paddingLeft: h.paddingLeft,
    paddingRight: h.paddingRight,
  }));
}
