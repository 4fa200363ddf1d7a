import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { RuleSetting } from './core/analyze';
import type { Profile } from './core/diagnostics';
import type { VerifyMode } from './tools/torchMlirOpt';

// The checker's command line, parsed with node:util's parseArgs: `--name=value` and `--name value`,
// `-j2`, `--` ending the options. Every option the checker takes is declared in OPTIONS; a new
// one is one entry there and one line in `toOptions`.

export class UsageError extends Error {}

export type Format = 'text' | 'json' | 'sarif';

export interface Options {
  profile: Profile;
  format: Format;
  rules: Record<string, RuleSetting>;
  showFixes: boolean;
  fix: boolean;
  maxWarnings?: number;
  /** Per-file budget of diagnostics reported (core/grouping); 0 for no limit. */
  maxDiagnostics?: number;
  jobs?: number;
  exitZero: boolean;
  /** --verify[=lower]: also run the real torch-mlir-opt (cliVerify.ts). */
  verify?: VerifyMode;
  paths: string[];
  /** --help or --version: print and exit 0. */
  print?: 'help' | 'version';
}

const OPTIONS = {
  importer: { type: 'string' },
  format: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'show-fixes': { type: 'boolean' },
  fix: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  'max-diagnostics': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'exit-zero': { type: 'boolean' },
  verify: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const TAKES_VALUE = new Set(
  // --verify's value is optional (`--verify` or `--verify=lower`): it never takes the next argument.
  Object.entries(OPTIONS).flatMap(([name, o]) => (o.type === 'string' && name !== 'verify' ? [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])] : [])),
);

/** Parses the checker's arguments; `ruleIds` are the ids `--rule` accepts. */
export function parseCliArgs(argv: string[], ruleIds: readonly string[]): Options {
  // tlparse names its folders `-_0_0_0`: an argument before `--` that starts with `-` and names
  // an existing file or folder, or a glob under such folders (`-_*/*.txt`), is a path, not an
  // option (no `--` needed).
  const paths: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--verify') {
      rest.push('--verify=verify');
      continue;
    }
    if (TAKES_VALUE.has(a)) {
      rest.push(a);
      if (i + 1 < argv.length) rest.push(argv[++i]);
    } else if (/^-[^-]/.test(a) && (existsSync(a) || /^-_[^/]*\//.test(a))) paths.push(a);
    else rest.push(a);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const m = /Unknown option '([^']+)'/.exec((e as Error).message);
      throw new UsageError(`unknown option '${m?.[1] ?? '?'}' (a path starting with '-'? put it after '--')`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const m = /Option '([^']+)/.exec((e as Error).message);
      throw new UsageError(`${m?.[1]?.split(' ')[0] ?? 'an option'} needs a value`);
    }
    throw new UsageError((e as Error).message);
  }
  return toOptions(parsed.values, [...parsed.positionals, ...paths], ruleIds);
}

const SEVERITIES = ['off', 'error', 'warning', 'information', 'hint', 'default'];

function toOptions(v: Record<string, string | boolean | string[] | undefined>, paths: string[], ruleIds: readonly string[]): Options {
  const o: Options = { profile: 'torch-mlir', format: 'text', rules: {}, showFixes: !!v['show-fixes'], fix: !!v.fix, exitZero: !!v['exit-zero'], paths };
  if (v.help) return { ...o, print: 'help' };
  if (v.version) return { ...o, print: 'version' };
  if (v.importer !== undefined) {
    if (v.importer !== 'torch-mlir' && v.importer !== 'turbine-2023') throw new UsageError(`unknown importer '${v.importer}' (torch-mlir or turbine-2023)`);
    o.profile = v.importer;
  }
  if (v.format !== undefined) {
    if (v.format !== 'text' && v.format !== 'json' && v.format !== 'sarif') throw new UsageError(`unknown format '${v.format}' (text, json or sarif)`);
    o.format = v.format;
  }
  for (const r of (v.rule as string[] | undefined) ?? []) {
    const m = /^([\w-]+)=([\w-]+)$/.exec(r);
    if (!m || !SEVERITIES.includes(m[2])) throw new UsageError(`--rule takes ID=SEVERITY (${SEVERITIES.join(', ')}), got '${r}'`);
    if (!ruleIds.includes(m[1])) throw new UsageError(`unknown rule '${m[1]}' in --rule; the rule ids are: ${ruleIds.join(', ')}`);
    o.rules[m[1]] = m[2] as RuleSetting;
  }
  if (v['max-warnings'] !== undefined) {
    const n = Number(v['max-warnings']);
    if (!/^\d+$/.test(String(v['max-warnings'])) || !Number.isInteger(n)) throw new UsageError('--max-warnings takes a whole number');
    o.maxWarnings = n;
  }
  if (v['max-diagnostics'] !== undefined) {
    const n = Number(v['max-diagnostics']);
    if (!/^\d+$/.test(String(v['max-diagnostics'])) || !Number.isInteger(n)) throw new UsageError('--max-diagnostics takes a whole number');
    o.maxDiagnostics = n;
  }
  if (v.jobs !== undefined) {
    const n = Number(v.jobs);
    if (!/^\d+$/.test(String(v.jobs)) || n < 1) throw new UsageError('--jobs takes a positive whole number');
    o.jobs = n;
  }
  if (v.verify !== undefined) {
    if (v.verify !== 'verify' && v.verify !== 'lower') throw new UsageError(`--verify takes no value or =lower, got '--verify=${v.verify}'`);
    o.verify = v.verify;
  }
  if (o.paths.length === 0) throw new UsageError('no PATH given');
  return o;
}
