import { analyze } from '../../server/src/core/analyze';
import type { Diagnostic, Profile } from '../../server/src/core/diagnostics';
import { applyEdits } from '../../server/src/core/fixes';

// Small helpers shared by the per-rule tests.

export function diagnose(text: string, profile: Profile = 'torch-mlir', language: 'fx' | 'mlir' = 'fx'): Diagnostic[] {
  return analyze(text, language, { profile }).diagnostics;
}

export function only(text: string, code: string, profile: Profile = 'torch-mlir', language: 'fx' | 'mlir' = 'fx'): Diagnostic[] {
  const all = diagnose(text, profile, language);
  const parseErrors = all.filter((d) => d.code === 'parse-error' || d.code === 'internal-error');
  if (parseErrors.length) throw new Error(`unexpected ${parseErrors.map((d) => d.code + ': ' + d.message).join('; ')}`);
  return all.filter((d) => d.code === code);
}

/** The text a diagnostic's first (or named) fix produces. */
export function fixed(text: string, d: Diagnostic, title?: RegExp): string {
  const fix = title ? d.fixes.find((f) => title.test(f.title)) : d.fixes[0];
  if (!fix) throw new Error(`no fix${title ? ' matching ' + title : ''} on ${d.code}: ${d.message}`);
  return applyEdits(text, fix.edits);
}

export function at(text: string, d: Diagnostic): string {
  return text.slice(d.span.start, d.span.end);
}
