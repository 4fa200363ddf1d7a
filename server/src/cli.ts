import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, languageOf } from './core/analyze';
import type { Diagnostic, Profile } from './core/diagnostics';
import { applyEdits, collectSafeEdits } from './core/fixes';
import { LineIndex } from './core/text';

// The command-line checker: the same analysis as the language server, over files and folders.

const USAGE = `Usage: torch-mlir-check [options] PATH...

Checks PyTorch FX graph dumps (.fx, fx_graph_*.py, or any text file named explicitly) and
torch-dialect MLIR (.mlir) for problems the torch-mlir FX importer will hit.

Options:
  --importer torch-mlir|turbine-2023   importer profile (default torch-mlir)
  --format text|json                   output format (default text)
  --rule ID=SEVERITY                   override a rule: off, error, warning, information, hint
  --show-fixes                         list each diagnostic's fixes (text format)
  --fix                                apply every safe fix, writing files atomically
  --max-warnings N                     exit 1 when more than N warnings are found
  --exit-zero                          exit 0 even when errors are found
  -h, --help                           show this help

Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

interface Options {
  profile: Profile;
  format: 'text' | 'json';
  rules: Record<string, any>;
  showFixes: boolean;
  fix: boolean;
  maxWarnings?: number;
  exitZero: boolean;
  paths: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const o: Options = { profile: 'torch-mlir', format: 'text', rules: {}, showFixes: false, fix: false, exitZero: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const flag = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    switch (flag) {
      case '-h':
      case '--help':
        process.stdout.write(USAGE + '\n');
        process.exit(0);
      case '--importer': {
        const v = value();
        if (v !== 'torch-mlir' && v !== 'turbine-2023') throw new UsageError(`unknown importer '${v}' (torch-mlir or turbine-2023)`);
        o.profile = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`unknown format '${v}' (text or json)`);
        o.format = v;
        break;
      }
      case '--rule': {
        const v = argv[++i] ?? '';
        const m = /^([\w-]+)=(off|error|warning|information|hint|default)$/.exec(v);
        if (!m) throw new UsageError(`--rule takes ID=SEVERITY, got '${v}'`);
        o.rules[m[1]] = m[2];
        break;
      }
      case '--show-fixes':
        o.showFixes = true;
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--exit-zero':
        o.exitZero = true;
        break;
      case '--max-warnings': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-warnings takes a whole number');
        o.maxWarnings = n;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        o.paths.push(a);
    }
  }
  if (o.paths.length === 0) throw new UsageError('no PATH given');
  return o;
}

const CHECKED_IN_FOLDERS = /\.(fx|mlir)$|^fx_graph_(readable|runnable|transformed)\.py$/;

/** Files named explicitly are checked whatever their name; folders contribute dumps by name. */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (CHECKED_IN_FOLDERS.test(name)) out.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`cannot read '${p}': no such file or directory`);
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.torch-mlir-fix-${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

interface FileResult {
  path: string;
  text: string;
  lines: LineIndex;
  diagnostics: Diagnostic[];
  fixed?: number;
}

function jsonOf(r: FileResult) {
  return {
    path: r.path,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: r.lines.rangeOf(d.span),
      fixes: d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ range: r.lines.rangeOf(e.span), newText: e.newText })) })),
    })),
    ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
  };
}

function textOf(r: FileResult, showFixes: boolean): string {
  const lines: string[] = [];
  const rel = relative(process.cwd(), r.path) || r.path;
  for (const d of r.diagnostics) {
    const p = r.lines.positionAt(d.span.start);
    lines.push(`${rel}:${p.line + 1}:${p.character + 1}: ${d.severity} [${d.code}] ${d.message}`);
    if (showFixes) {
      for (const f of d.fixes) {
        const edits = f.edits.map((e) => {
          const s = r.lines.positionAt(e.span.start);
          return `${s.line + 1}:${s.character + 1} ${e.span.end > e.span.start ? `replace ${JSON.stringify(r.text.slice(e.span.start, e.span.end))} with` : 'insert'} ${JSON.stringify(e.newText)}`;
        });
        lines.push(`    fix: ${f.title}${f.safe ? ' (safe)' : ''} — ${edits.join('; ')}`);
      }
    }
  }
  if (r.fixed) lines.push(`${rel}: applied ${r.fixed} fix${r.fixed === 1 ? '' : 'es'}`);
  return lines.join('\n');
}

function main(argv: string[]): number {
  let opts: Options;
  let files: string[];
  try {
    opts = parseArgs(argv);
    files = expand(opts.paths);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`torch-mlir-check: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  const results: FileResult[] = [];
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      process.stderr.write(`torch-mlir-check: cannot read '${path}': ${(e as Error).message}\n`);
      unreadable++;
      continue;
    }
    let result = analyze(text, languageOf(path, text), { profile: opts.profile, rules: opts.rules, log: (m) => process.stderr.write(m + '\n') });
    let fixed: number | undefined;
    if (opts.fix) {
      const { edits, applied } = collectSafeEdits(result.diagnostics);
      if (edits.length) {
        text = applyEdits(text, edits);
        writeAtomic(path, text);
        fixed = applied.length;
        result = analyze(text, languageOf(path, text), { profile: opts.profile, rules: opts.rules });
      }
    }
    const r: FileResult = { path, text, lines: new LineIndex(text), diagnostics: result.diagnostics, fixed };
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    results.push(r);
    if (opts.format === 'text') {
      const t = textOf(r, opts.showFixes);
      if (t) process.stdout.write(t + '\n');
    }
  }
  if (opts.format === 'json') process.stdout.write(JSON.stringify({ files: results.map(jsonOf) }, null, 2) + '\n');
  else process.stdout.write(`\n${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`);
  if (unreadable) return 2;
  if (opts.exitZero) return 0;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    process.stderr.write(`torch-mlir-check: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
