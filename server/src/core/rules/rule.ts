import type { FxAnalysis } from '../analysis/fxAnalysis';
import type { Diagnostic, Fix, Profile, RelatedInfo, Severity } from '../diagnostics';
import type { Registry } from '../registry/registry';
import type { Span } from '../text';

// A rule: a stable id, its documentation page, a default severity under each importer profile,
// and checks over the FX and/or MLIR model. Rules never see LSP or VS Code types.

export interface Report {
  span: Span;
  message: string;
  /** Overrides the rule's default severity for this profile (e.g. a milder case). */
  severity?: Severity;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

export interface RuleContext {
  readonly profile: Profile;
  readonly registry: Registry;
  report(r: Report): void;
}

export interface Rule<MlirModel = unknown> {
  id: string;
  /** One line: what the rule finds. */
  description: string;
  /** `off` means the rule does not apply under that profile. */
  severity: Record<Profile, Severity | 'off'>;
  checkFx?(analysis: FxAnalysis, ctx: RuleContext): void;
  checkMlir?(model: MlirModel, ctx: RuleContext): void;
}

export function docsUrl(id: string): string {
  return `https://github.com/torch-mlir-diagnostics/torch-mlir-diagnostics/blob/main/docs/rules/${id}.md`;
}

export type { Diagnostic };
