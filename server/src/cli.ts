import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Profile, Severity } from './core/diagnostics';
import { ALL_RULES, ENGINE_CODES } from './core/rules/index';
import { Options, parseCliArgs, UsageError } from './cliArgs';
import { checkFile, CheckOptions, FileReport } from './cliWorker';
import { ReportVerifier, verifiedSuffix } from './cliVerify';
import { isDumpFile, walkDumps, WalkProblem } from './dumpFiles';
import { sniffedByName } from './core/sniff';
import { ruleDocsUrl, REPOSITORY_URL, VERSION } from './packageInfo';

// The command-line checker: the same analysis as the language server, over files, folders and
// globs, in parallel across cores (worker_threads), streaming text results as files finish.


const USAGE = `Usage: torch-mlir-check [options] [--] PATH...

Checks PyTorch FX graph dumps and torch-dialect MLIR for problems the torch-mlir FX importer will
hit. A PATH is a file, a folder or a glob ('dumps/**/*.txt'; * and ? match within a path
segment, ** any number of folders; quote it from the shell). In a folder, recursively: *.fx,
*.mlir and fx_graph_*.py files, and *.txt / *.log files whose content is a dump (so does a
glob); a TORCH_TRACE / tlparse output folder such as tl_out/ or -_0_0_0/ works as is. A file
named explicitly that holds no dump gets a not-a-dump warning.

Options:
  --importer torch-mlir|turbine-2023   importer profile (default torch-mlir)
  --format text|json|sarif             output format (default text; sarif is SARIF 2.1.0)
  --rule ID=SEVERITY                   override a rule: off, error, warning, information, hint
  --show-fixes                         list each diagnostic's fixes (text format)
  --fix                                apply every safe fix, writing files atomically
  --max-warnings N                     exit 1 when more than N warnings are found
  --max-diagnostics N                  report at most N diagnostics per file, the last one
                                       summarising the rest (default 1000; 0: no limit)
  -j, --jobs N                         files checked in parallel (default: one per core)
  --exit-zero                          exit 0 even when errors are found
  --verify[=lower]                     also run the real torch-mlir-opt on .mlir files ($TORCH_MLIR_OPT,
                                       else next to $TORCH_MLIR_PYTHON, else PATH): its verifier, or with
                                       =lower the backend-contract and linalg-on-tensors lowering
  -h, --help                           show this help
  -V, --version                        print the version
  --                                   end of options: every later argument is a PATH

Exit codes: 0 no errors (warnings allowed up to --max-warnings), 1 errors found or too many
warnings, 2 bad usage, or a PATH (or a fix) that cannot be read or written.`;

// ---- Files, folders and globs ----------------------------------------------------------------

const SKIP_DIRS = new Set(['node_modules']);
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

/**
 * Files named explicitly are checked whatever their name; folders contribute their dumps; globs
 * what they match. Entries of a folder that cannot be read are returned as `problems`.
 */
function expand(paths: string[], problems: WalkProblem[]): string[] {
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
    const found = walkDumps(dir, { followSymlinks: true, skipDirs: SKIP_DIRS });
    found.files.forEach(add);
    problems.push(...found.problems);
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      if (GLOB_CHARS.test(p)) {
        const matches = globFiles(p);
        if (matches.length === 0) throw new UsageError(`no files match '${p}'`);
        // Like a folder: a matched .txt/.log file is checked when it holds a dump.
        matches.filter((m) => !sniffedByName(basename(m)) || isDumpFile(m)).forEach(add);
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
    lines.push(`${rel}:${p.line + 1}:${p.character + 1}: ${d.severity} [${d.code}] ${d.message}${verifiedSuffix(d)}`);
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
      ...(d.verified ? { verified: d.verified } : {}),
      ...(d.related?.length ? { related: d.related } : {}),
    })),
    ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
    ...(r.verification ? { verification: r.verification } : {}),
  };
}

const SARIF_LEVEL: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note', off: 'none' };

const ENGINE_TEXT: Record<string, string> = {
  'parse-error': 'The dump does not parse.',
  'internal-error': 'A rule crashed on this file.',
  'file-too-large': 'The file is above the size limit: only syntax is checked.',
  'not-a-dump': 'The file holds no FX graph dump or torch-dialect MLIR (empty, binary or other text): nothing was checked.',
  unreadable: 'An entry of a folder could not be read (a broken symbolic link, a loop, no permission): it was skipped.',
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
      helpUri: ruleDocsUrl(rule.id),
      defaultConfiguration: { enabled: sev !== 'off', level: SARIF_LEVEL[sev] },
    });
  }
  for (const code of ENGINE_CODES) {
    if (!ruleIndex.has(code)) addRule({ id: code, name: code, shortDescription: { text: ENGINE_TEXT[code] ?? code }, helpUri: ruleDocsUrl(code) });
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
      if (d.verified) res.properties = { verified: d.verified };
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
        tool: { driver: { name: 'torch-mlir-diagnostics', version: VERSION, informationUri: REPOSITORY_URL, rules } },
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
  const problems: WalkProblem[] = [];
  try {
    opts = parseCliArgs(argv, ALL_RULES.map((r) => r.id));
    if (opts.print) {
      process.stdout.write(opts.print === 'version' ? `torch-mlir-check ${VERSION}\n` : USAGE + '\n');
      return 0;
    }
    files = expand(opts.paths, problems);
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
  // One unreadable folder entry is one warning; the walk went on past it.
  const skipped: FileReport[] = problems.map((p) => ({
    path: p.path,
    diagnostics: [{ code: 'unreadable', severity: 'warning', message: `${p.message}: skipped.`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, fixes: [] }],
  }));
  const onReport = (r: FileReport) => {
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
  };
  skipped.forEach(onReport);
  // --verify: each .mlir report also goes through the real torch-mlir-opt before it is shown.
  const verifier = opts.verify ? new ReportVerifier(opts.verify, opts.jobs, opts.profile) : undefined;
  if (verifier?.toolProblem) {
    process.stderr.write(`torch-mlir-check: ${verifier.toolProblem}\n`);
    return 2;
  }
  const report = (i: number, r: FileReport) => {
    reports[i] = r;
    onReport(r);
  };
  await checkAll(files, checkOpts, opts.jobs, (i, r) => (verifier ? verifier.add(i, r, report) : report(i, r)));
  await verifier?.done();
  const done = [...skipped, ...reports.filter((r) => r && !(r.error && r.diagnostics.length === 0))];
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

// `torch-mlir-check big/ | head -1`: when the reader closes the pipe, stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
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
