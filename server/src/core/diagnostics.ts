import type { Span } from './text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Profile = 'torch-mlir' | 'turbine-2023';
export const PROFILES: readonly Profile[] = ['torch-mlir', 'turbine-2023'];

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Offered first by editors (VS Code's isPreferred). */
  preferred?: boolean;
  /** Safe to apply unattended together with other safe fixes (source.fixAll, `--fix`). */
  safe?: boolean;
}

export interface RelatedInfo {
  span: Span;
  message: string;
}

export interface Diagnostic {
  /** Stable rule id, e.g. `pool-stride-default`; also `parse-error` and `internal-error`. */
  code: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes: Fix[];
  related?: RelatedInfo[];
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
