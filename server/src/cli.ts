import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleSetting } from './core/analyze';
import type { Profile, Severity } from './core/diagnostics';
import { ALL_RULES, ENGINE_CODES } from './core/rules/index';
import { checkFile, CheckOptions, FileReport } from './cliWorker';

// The command-line checker: the same analysis as the language server, over files, folders and
// globs, in parallel across cores (worker_threads), streaming text results as files finish.

const VERSION = '0.1.0';
const DOCS_BASE = 'https://github.com/torch-mlir-diagnostics/torch-mlir-diagnostics/blob/main/docs/rules/';

const USAGE = `Usage: torch-mlir-check [options] PATH...

Checks PyTorch FX graph dumps (.fx, fx_graph_*.py, or any text file named explicitly) and
torch-dialect MLIR (.mlir) for problems the torch-mlir FX importer will hit. A PATH is a file, a
folder (its *.fx, *.mlir and fx_graph_*.py files, recursively) or a glob ('dumps/**/*.txt';
* and ? match within a path segment, ** any number of folders; quote it from the shell).

Options:
  --importer torch-mlir|turbine-2023   importer profile (default torch-mlir)
  --format text|json|sarif             output format (default text; sarif is SARIF 2.1.0)
  --rule ID=SEVERITY                   override a rule: off, error, warning, information, hint
  --show-fixes                         list each diagnostic's fixes (text format)
  --fix                                apply every safe fix, writing files atomically
  --max-warnings N                     exit 1 when more than N warnings are found
  --max-diagnostics N                  report at most N diagnostics per file, the last one
                                       summarising the rest (default 1000; 0: no limit)
  --jobs N                             files checked in parallel (default: one per core)
  --exit-zero                          exit 0 even when errors are found
  -h, --help                           show this help

Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

type Format = 'text' | 'json' | 'sarif';

interface Options {
  profile: Profile;
  format: Format;
  rules: Record<string, RuleSetting>;
  showFixes: boolean;
  fix: boolean;
  maxWarnings?: number;
  maxDiagnostics?: number;
  jobs?: number;
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
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format '${v}' (text, json or sarif)`);
        o.format = v;
        break;
      }
      case '--rule': {
        const v = a.startsWith('--rule=') ? a.slice('--rule='.length) : (argv[++i] ?? '');
        const m = /^([\w-]+)=(off|error|warning|information|hint|default)$/.exec(v);
        if (!m) throw new UsageError(`--rule takes ID=SEVERITY, got '${v}'`);
        o.rules[m[1]] = m[2] as RuleSetting;
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
      case '--max-diagnostics': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0) throw new UsageError('--max-diagnostics takes a whole number');
        o.maxDiagnostics = n;
        break;
      }
      case '--jobs':
      case '-j': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--jobs takes a positive whole number');
        o.jobs = n;
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

// ---- Files, folders and globs ----------------------------------------------------------------

const CHECKED_IN_FOLDERS = /\.(fx|mlir)$|^fx_graph_(readable|runnable|transformed)\.py$/;
const GLOB_CHARS = /[*?]/;

const skipEntry = (name: string) => name === 'node_modules' || name.startsWith('.');

/** A glob as a regular expression over '/'-separated paths: `*` and `?` stay inside a segment, `**` spans folders. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*'; // `**/`: zero or more folders
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files matching a glob, sorted; the walk starts at the glob's longest literal folder prefix. */
function globFiles(pattern: string): string[] {
  const p = pattern.split(sep).join('/').replace(/^(\.\/)+/, '');
  const segs = p.split('/');
  let k = 0;
  while (k < segs.length - 1 && !GLOB_CHARS.test(segs[k])) k++;
  const baseSegs = segs.slice(0, k);
  const base = baseSegs.length === 0 ? '' : baseSegs.join('/') || '/';
  const rest = segs.slice(k);
  const maxDepth = rest.includes('**') || rest.some((s) => s.includes('**')) ? Infinity : rest.length;
  const re = globToRegExp(p);
  const out: string[] = [];
  const walk = (dir: string, shown: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir || '.').sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (skipEntry(name)) continue;
      const full = dir ? join(dir, name) : name;
      const rel = shown ? (shown.endsWith('/') ? shown + name : `${shown}/${name}`) : name;
      let st;
      try {
        st = statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (depth + 1 < maxDepth) walk(full, rel, depth + 1);
      } else if (re.test(rel)) out.push(full);
    }
  };
  walk(base, base, 0);
  return out;
}

/** Files named explicitly are checked whatever their name; folders contribute dumps by name; globs what they match. */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (skipEntry(name)) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (CHECKED_IN_FOLDERS.test(name)) add(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      if (GLOB_CHARS.test(p)) {
        const matches = globFiles(p);
        if (matches.length === 0) throw new UsageError(`no files match '${p}'`);
        matches.forEach(add);
        continue;
      }
      throw new UsageError(`cannot read '${p}': no such file or directory`);
    }
    if (st.isDirectory()) walk(p);
    else add(p);
  }
  return out;
}

// ---- Running: in-process or a worker pool --------------------------------------------------

/** Below this much input a pool costs more (each worker loads the op registry) than it saves. */
const POOL_MIN_BYTES = 256 * 1024;

async function checkAll(files: string[], opts: CheckOptions, jobs: number | undefined, onReport: (index: number, r: FileReport) => void): Promise<void> {
  const workerScript = join(__dirname, 'cliWorker.js');
  let n = jobs ?? availableParallelism();
  if (jobs === undefined) {
    let bytes = 0;
    for (const f of files) {
      try {
        bytes += statSync(f).size;
      } catch {
        /* reported when read */
      }
    }
    if (bytes < POOL_MIN_BYTES) n = 1;
  }
  n = Math.min(n, files.length);
  if (n <= 1 || !existsSync(workerScript)) {
    files.forEach((f, i) => onReport(i, checkFile(f, opts)));
    return;
  }
  let next = 0;
  const inProcess: number[] = [];
  await Promise.all(
    Array.from({ length: n }, () =>
      new Promise<void>((done) => {
        const w = new Worker(workerScript);
        let current = -1;
        const feed = () => {
          if (next >= files.length) {
            current = -1;
            void w.terminate().then(() => done());
            return;
          }
          current = next++;
          w.postMessage({ id: current, path: files[current], opts });
        };
        w.on('message', (m: { id: number; report: FileReport }) => {
          onReport(m.id, m.report);
          feed();
        });
        w.on('exit', () => {
          if (current >= 0) inProcess.push(current);
          current = -1;
          done();
        });
        w.on('error', (e) => {
          // A crashed worker's file is retried in-process; the other workers carry on.
          process.stderr.write(`torch-mlir-check: worker failed: ${e?.message ?? e}\n`);
          if (current >= 0) inProcess.push(current);
          current = -1;
          done();
        });
        feed();
      }),
    ),
  );
  for (const i of inProcess) onReport(i, checkFile(files[i], opts));
  // Files never handed out (every worker died) are checked here too.
  while (next < files.length) {
    const i = next++;
    onReport(i, checkFile(files[i], opts));
  }
}

// ---- Output -------------------------------------------------------------------------------

function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

function textOf(r: FileReport, showFixes: boolean): string {
  const lines: string[] = [];
  const rel = shownPath(r.path);
  for (const d of r.diagnostics) {
    const p = d.range.start;
    lines.push(`${rel}:${p.line + 1}:${p.character + 1}: ${d.severity} [${d.code}] ${d.message}`);
    if (showFixes) {
      for (const f of d.fixes) {
        const edits = f.edits.map((e) => {
          const s = e.range.start;
          return `${s.line + 1}:${s.character + 1} ${e.oldText ? `replace ${JSON.stringify(e.oldText)} with` : 'insert'} ${JSON.stringify(e.newText)}`;
        });
        lines.push(`    fix: ${f.title}${f.safe ? ' (safe)' : ''} — ${edits.join('; ')}`);
      }
    }
  }
  if (r.fixed) lines.push(`${rel}: applied ${r.fixed} fix${r.fixed === 1 ? '' : 'es'}: ${(r.fixedTitles ?? []).join('; ')}`);
  return lines.join('\n');
}

function jsonOf(r: FileReport) {
  return {
    path: r.path,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: d.range,
      fixes: d.fixes.map((f) => ({ title: f.title, edits: f.edits.map((e) => ({ range: e.range, newText: e.newText })) })),
      ...(d.related?.length ? { related: d.related } : {}),
    })),
    ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
  };
}

const SARIF_LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };

const ENGINE_TEXT: Record<string, string> = {
  'parse-error': 'The dump does not parse.',
  'internal-error': 'A rule crashed on this file.',
  'file-too-large': 'The file is above the size limit: only syntax is checked.',
};

/** SARIF 2.1.0: one run, every rule in tool.driver.rules, positions 1-based in UTF-16 code units. */
export function sarifOf(reports: FileReport[], profile: Profile, ok: boolean) {
  const rules: any[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (r: any) => {
    ruleIndex.set(r.id, rules.length);
    rules.push(r);
  };
  for (const rule of ALL_RULES) {
    const sev = rule.severity[profile];
    addRule({
      id: rule.id,
      name: rule.id,
      shortDescription: { text: rule.description },
      helpUri: `${DOCS_BASE}${rule.id}.md`,
      defaultConfiguration: { enabled: sev !== 'off', level: SARIF_LEVEL[sev] },
    });
  }
  for (const code of ENGINE_CODES) {
    if (!ruleIndex.has(code)) addRule({ id: code, name: code, shortDescription: { text: ENGINE_TEXT[code] ?? code }, helpUri: `${DOCS_BASE}${code}.md` });
  }
  const cwd = process.cwd();
  const location = (path: string) => {
    const abs = resolve(path);
    const rel = relative(cwd, abs);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
    return { uri: pathToFileURL(abs).href };
  };
  const region = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  });
  const results: any[] = [];
  for (const rep of reports) {
    const artifactLocation = location(rep.path);
    for (const d of rep.diagnostics) {
      if (!ruleIndex.has(d.code)) addRule({ id: d.code, name: d.code, shortDescription: { text: d.code } });
      const res: any = {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
      };
      if (d.related?.length) {
        res.relatedLocations = d.related.map((r, i) => ({ id: i, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(r.range) } }));
      }
      if (d.fixes.length) {
        res.fixes = d.fixes
          .filter((f) => f.edits.length > 0)
          .map((f) => ({
            description: { text: f.title },
            artifactChanges: [{ artifactLocation, replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
          }));
        if (!res.fixes.length) delete res.fixes;
      }
      results.push(res);
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'torch-mlir-diagnostics', version: VERSION, informationUri: `${DOCS_BASE.replace(/docs\/rules\/$/, '')}`, rules } },
        invocations: [{ executionSuccessful: ok }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

async function main(argv: string[]): Promise<number> {
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
  let fixedFiles = 0;
  let fixes = 0;
  const reports: FileReport[] = new Array(files.length);
  const checkOpts: CheckOptions = { profile: opts.profile, rules: opts.rules, fix: opts.fix, withOldText: opts.format === 'text' && opts.showFixes, maxDiagnostics: opts.maxDiagnostics };
  await checkAll(files, checkOpts, opts.jobs, (i, r) => {
    reports[i] = r;
    for (const m of r.logs ?? []) process.stderr.write(m + '\n');
    if (r.error) {
      process.stderr.write(`torch-mlir-check: ${r.error}\n`);
      unreadable++;
    }
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
    if (r.fixed) {
      fixedFiles++;
      fixes += r.fixed;
    }
    if (opts.format === 'text') {
      // Streamed: each file as soon as it is done (in completion order when run in parallel).
      const t = textOf(r, opts.showFixes);
      if (t) process.stdout.write(t + '\n');
    }
  });
  const done = reports.filter((r) => r && !(r.error && r.diagnostics.length === 0));
  if (opts.format === 'json') process.stdout.write(JSON.stringify({ files: done.map(jsonOf) }, null, 2) + '\n');
  else if (opts.format === 'sarif') process.stdout.write(JSON.stringify(sarifOf(done, opts.profile, unreadable === 0), null, 2) + '\n');
  else {
    const fixedText = opts.fix ? ` Applied ${fixes} fix${fixes === 1 ? '' : 'es'} to ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}.` : '';
    process.stdout.write(`\n${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.${fixedText}\n`);
  }
  if (unreadable) return 2;
  if (opts.exitZero) return 0;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    process.stderr.write(`torch-mlir-check: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`torch-mlir-check: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
