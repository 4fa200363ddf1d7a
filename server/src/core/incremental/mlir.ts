import type { AnalysisResult, AnalyzeOptions } from '../analyze';
import type { TextChange } from './change';

/** Incremental MLIR re-analysis: the analysis, or why it falls back to a full one. */
export function reanalyzeMlir(_prev: AnalysisResult, _text: string, _change: TextChange, _options: AnalyzeOptions): AnalysisResult | string {
  return 'MLIR edits are analysed in full';
}
