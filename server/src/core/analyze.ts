import { FxAnalysis } from './analysis/fxAnalysis';
import { MlirAnalysis } from './analysis/mlirAnalysis';
import { parseMlir } from './mlir/parse';
import type { Diagnostic, Fix, Profile, Severity } from './diagnostics';
import { parseFx } from './fx/parse';
import { Registry } from './registry/registry';
import { ALL_RULES } from './rules/index';
import { dumpByName, sniffText, type LanguageId } from './sniff';
import type { Rule, RuleContext } from './rules/rule';

// The one entry point every adapter (language server, checker, tests) calls: text in, model and
// diagnostics out.

export type { LanguageId };
export type RuleSetting = Severity | 'off' | 'default';

export interface AnalyzeOptions {
  profile?: Profile;
  /** Per-rule overrides, as in the `torchMlir.rules` setting. */
  rules?: Record<string, RuleSetting>;
  registry?: Registry;
  /** Above this many UTF-16 units the file gets a notice and parsing only (default 64 MiB). */
  maxSize?: number;
  /** Where rule crashes are logged with their stack. */
  log?: (message: string) => void;
  /** Rules to run instead of the built-in set (tests). */
  ruleSet?: Rule[];
}

export interface AnalysisResult {
  language: LanguageId;
  profile: Profile;
  diagnostics: Diagnostic[];
  fx?: FxAnalysis;
  mlir?: MlirAnalysis;
  /** Set by `reanalyze`: whether the previous version's analysis was reused, and how or why not. */
  incremental?: IncrementalInfo;
}

export interface IncrementalInfo {
  reused: boolean;
  /** Why a full analysis ran instead. */
  why?: string;
  /** Nodes / ops parsed again. */
  reparsed?: number;
  /** Nodes / ops whose diagnostics were recomputed. */
  rechecked?: number;
  /** Nodes / ops the rules visited to recompute them. */
  visited?: number;
}

export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

/** Shared by every finding without a fix (nothing adds fixes to a reported diagnostic). */
const NO_FIXES: Fix[] = Object.freeze([]) as unknown as Fix[];

/** Chooses the language from the file name, falling back to the text. */
export function languageOf(path: string, text?: string): LanguageId {
  const byName = dumpByName(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
  if (byName) return byName;
  if (text !== undefined) {
    // Content first (tlparse's fx_graph_runnable_2.txt is FX), then the old loose MLIR test.
    const sniffed = sniffText(text);
    if (sniffed) return sniffed;
    const head = text.slice(0, 4096);
    if (/^\s*(module\b|func\.func\b|"?[a-z_]+\.[a-z_.]+"?\s*\(|%[\w.$-]+\s*=\s*torch\.|#loc\d* = loc)/m.test(head) && !/^\s*graph\(/m.test(head)) return 'mlir';
  }
  return 'fx';
}

/**
 * A file may pin its importer profile in a comment near the top, like ESLint's inline config:
 * `# torch-mlir-diagnostics: importer=turbine-2023` (or `//` in MLIR).
 */
export function profileDirective(text: string): Profile | undefined {
  const head = text.slice(0, 2000).split(/\r?\n/, 5).join('\n');
  const m = /torch-mlir-diagnostics:\s*importer\s*=\s*(torch-mlir|turbine-2023)\b/.exec(head);
  return m ? (m[1] as Profile) : undefined;
}

export function analyze(text: string, language: LanguageId, options: AnalyzeOptions = {}): AnalysisResult {
  const profile = profileDirective(text) ?? options.profile ?? 'torch-mlir';
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const registry = options.registry ?? Registry.load();
  const diagnostics: Diagnostic[] = [];
  const tooLarge = text.length > maxSize;
  if (tooLarge) {
    diagnostics.push({
      code: 'file-too-large',
      severity: 'information',
      message: `This file is ${(text.length / 1048576).toFixed(1)} MB, above the ${(maxSize / 1048576).toFixed(0)} MB limit (torchMlir.maxFileSizeMB): only syntax is checked, the importer rules are skipped.`,
      span: { start: 0, end: 0 },
      fixes: [],
    });
  }

  const result: AnalysisResult = { language, profile, diagnostics };
  let runRule: (rule: Rule, ctx: RuleContext) => void;
  if (language === 'fx') {
    const doc = parseFx(text);
    diagnostics.push(...doc.diagnostics);
    const fx = new FxAnalysis(doc, registry);
    result.fx = fx;
    runRule = (rule, ctx) => rule.checkFx?.(fx, ctx);
  } else {
    const doc = parseMlir(text);
    diagnostics.push(...doc.diagnostics);
    const mlir = new MlirAnalysis(doc, registry);
    result.mlir = mlir;
    runRule = (rule, ctx) => rule.checkMlir?.(mlir, ctx);
  }
  if (tooLarge) return result;
  const rules = options.ruleSet ?? ALL_RULES;

  runRules(rules, options, profile, registry, diagnostics, runRule);
  diagnostics.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  return result;
}

/**
 * Runs every enabled rule through `runRule` (which hands it the model), applying the profile's
 * severities and the per-rule settings; a crashing rule becomes an internal-error diagnostic.
 */
export function runRules(
  rules: readonly Rule[],
  options: AnalyzeOptions,
  profile: Profile,
  registry: Registry,
  diagnostics: Diagnostic[],
  runRule: (rule: Rule, ctx: RuleContext) => void,
): void {
  for (const rule of rules) {
    const setting = options.rules?.[rule.id] ?? 'default';
    const base = rule.severity[profile];
    if (setting === 'off' || (setting === 'default' && base === 'off')) continue;
    // A rule repeating one finding (an undefined name used a million times) builds the same
    // message each time: keep one copy of it, so the repeats cost a span each, not a string each.
    let lastMessage = '';
    const ctx: RuleContext = {
      profile,
      registry,
      report(r) {
        const severity = setting !== 'default' ? setting : (r.severity ?? (base as Severity));
        const message = r.message === lastMessage ? lastMessage : (lastMessage = r.message);
        diagnostics.push({ code: rule.id, severity, message, span: r.span, fixes: r.fixes ?? NO_FIXES, related: r.related });
      },
    };
    try {
      runRule(rule, ctx);
    } catch (e) {
      const err = e as Error;
      options.log?.(`rule ${rule.id} crashed: ${err?.stack ?? String(e)}`);
      diagnostics.push({
        code: 'internal-error',
        severity: 'warning',
        message: `Internal error in rule ${rule.id}: ${err?.message ?? String(e)}. The other rules' results are still shown; please report this with the file.`,
        span: { start: 0, end: 0 },
        fixes: [],
      });
    }
  }
}
