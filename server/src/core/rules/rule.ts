import type { FxAnalysis } from '../analysis/fxAnalysis';
import type { MlirAnalysis } from '../analysis/mlirAnalysis';
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

/**
 * How rules walk the FX model, so incremental analysis can re-run them on a few nodes: iterate
 * `analysis.doc`'s graphs (`g.nodes`, `analysis.calls()`) for the nodes to check, and reach
 * everything else through the node (`node.graph`, `node.users`, `node.index`, `analysis.info`).
 * After an edit the doc's graphs are views holding only the nodes near it, while `node.graph` is
 * the whole graph. Report on the node being visited or on a direct neighbour (a producer or user).
 */
export interface Rule {
  id: string;
  /** One line: what the rule finds. */
  description: string;
  /** `off` means the rule does not apply under that profile. */
  severity: Record<Profile, Severity | 'off'>;
  checkFx?(analysis: FxAnalysis, ctx: RuleContext): void;
  checkMlir?(analysis: MlirAnalysis, ctx: RuleContext): void;
}

export type { Diagnostic };
