import { analyze, AnalysisResult, AnalyzeOptions, DEFAULT_MAX_SIZE, LanguageId, profileDirective } from '../analyze';
import type { TextChange } from './change';
import { reanalyzeFx } from './fx';
import { reanalyzeIsolatedOp } from './mlir';
import { reanalyzeLeafOp } from './mlirOp';

// Re-analysis after an edit: re-parse only the edited node (FX) or top-level op (MLIR), re-check
// only what can see the change, keep every other diagnostic (moved to the new offsets). Anything
// the incremental paths are not sure about falls back to a full analysis, so the result is always
// what `analyze` would give for the new text.

export { ChangeTracker, diffTexts, type TextChange } from './change';
export { prepareFxEdits } from './fx';

/**
 * The analysis of `text`, which is `prevText` with `change` applied, reusing `prev` (the
 * analysis of `prevText` with the same options) where the edit allows. `prev`'s model may be
 * updated in place: do not use it afterwards.
 */
export function reanalyze(prev: AnalysisResult, text: string, change: TextChange, language: LanguageId, options: AnalyzeOptions = {}): AnalysisResult {
  const why = incrementalBlocker(prev, text, language, options);
  let result: AnalysisResult | string;
  try {
    result = why ?? (language === 'fx' ? reanalyzeFx(prev, text, change, options) : reanalyzeMlir(prev, text, change, options));
  } catch (e) {
    // A bug here must cost time, never a wrong or missing result.
    options.log?.(`incremental analysis failed: ${(e as Error)?.stack ?? e}`);
    result = `the incremental analysis failed (${(e as Error)?.message ?? e})`;
  }
  if (typeof result === 'string') {
    const full = analyze(text, language, options);
    full.incremental = { reused: false, why: result };
    result = full;
  }
  return result;
}

function incrementalBlocker(prev: AnalysisResult, text: string, language: LanguageId, options: AnalyzeOptions): string | undefined {
  if (process.env.TORCH_MLIR_INCREMENTAL === '0') return 'incremental analysis disabled (TORCH_MLIR_INCREMENTAL=0)';
  if (prev.language !== language) return 'the language changed';
  if (options.ruleSet) return 'a custom rule set';
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > maxSize || prev.diagnostics.some((d) => d.code === 'file-too-large')) return 'the file is above the size limit';
  if ((profileDirective(text) ?? options.profile ?? 'torch-mlir') !== prev.profile) return 'the importer profile changed';
  if (prev.diagnostics.some((d) => d.code === 'internal-error')) return 'a rule crashed on the previous version';
  return undefined;
}

/** MLIR: inside a function body, the op holding the edit alone (mlirOp.ts); else the whole top-level op (mlir.ts). */
function reanalyzeMlir(prev: AnalysisResult, text: string, change: TextChange, options: AnalyzeOptions): AnalysisResult | string {
  const alone = reanalyzeLeafOp(prev, text, change, options);
  if (typeof alone !== 'string') return alone;
  const whole = reanalyzeIsolatedOp(prev, text, change, options);
  return typeof whole === 'string' ? `${whole} (the op alone: ${alone})` : whole;
}
