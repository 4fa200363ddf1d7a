import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ALL_RULES } from '../../server/src/core/rules/index';

// The checker at scale: globs, the worker pool (results equal to a sequential run whatever the
// completion order), SARIF 2.1.0 output, --fix across workers.

const CLI = join(__dirname, '../../dist/cli.js');
const EXAMPLES = join(__dirname, '../../examples');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A tree of dumps: every example in a few nested folders, plus files the folder walk ignores. */
function corpus(copies = 3): string {
  const root = mkdtempSync(join(tmpdir(), 'tmd-scale-'));
  const examples = readdirSync(EXAMPLES).filter((n) => /\.(fx|mlir)$/.test(n));
  for (let c = 0; c < copies; c++) {
    const dir = join(root, `model${c}`, c % 2 ? 'nested/deeper' : '');
    mkdirSync(dir, { recursive: true });
    for (const n of examples) copyFileSync(join(EXAMPLES, n), join(dir, n));
  }
  writeFileSync(join(root, 'model0', 'notes.txt'), readFileSync(join(EXAMPLES, 'max_pool_no_stride.fx'), 'utf8'));
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  copyFileSync(join(EXAMPLES, 'unknown_op.fx'), join(root, 'node_modules', 'ignored.fx'));
  return root;
}

const lines = (s: string) => s.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));

test('globs: * and ? within a segment, ** across folders, relative to the working directory', () => {
  const root = corpus();
  const all = run(['--format', 'json', '**/*.fx'], root);
  const paths = JSON.parse(all.out).files.map((f: any) => f.path);
  const fxCount = readdirSync(EXAMPLES).filter((n) => n.endsWith('.fx')).length;
  assert.equal(paths.length, 3 * fxCount, paths.join('\n'));
  assert.ok(paths.some((p: string) => p.startsWith('model1/nested/deeper/')), 'reaches nested folders');
  assert.ok(!paths.some((p: string) => p.includes('node_modules')), 'skips node_modules');

  const one = JSON.parse(run(['--format', 'json', 'model?/max_pool_*.fx'], root).out).files.map((f: any) => f.path);
  assert.deepEqual(one, ['model0/max_pool_dynamo.fx', 'model0/max_pool_no_stride.fx', 'model0/max_pool_no_stride_2023.fx', 'model2/max_pool_dynamo.fx', 'model2/max_pool_no_stride.fx', 'model2/max_pool_no_stride_2023.fx']);

  // a glob names files explicitly: any extension is checked
  const txt = JSON.parse(run(['--format', 'json', 'model*/*.txt'], root).out).files;
  assert.equal(txt.length, 1);
  assert.ok(txt[0].diagnostics.some((d: any) => d.code === 'pool-stride-default'));

  // an absolute glob, and a folder plus an overlapping glob: each file once
  const abs = JSON.parse(run(['--format', 'json', join(root, 'model0', '*.fx'), join(root, 'model0')], root).out).files;
  assert.equal(abs.length, new Set(abs.map((f: any) => f.path)).size);

  const none = run(['nothing/**/*.fx'], root);
  assert.equal(none.code, 2);
  assert.match(none.err, /no files match 'nothing\/\*\*\/\*\.fx'/);
});

test('parallel results equal sequential ones (JSON is in input order whatever finishes first)', () => {
  const root = corpus(4);
  const seq = run(['--format', 'json', '--jobs', '1', root]);
  const par = run(['--format', 'json', '--jobs', '2', root]);
  assert.equal(seq.code, 1, seq.err);
  assert.equal(par.code, seq.code, par.err);
  assert.deepEqual(JSON.parse(par.out), JSON.parse(seq.out));
  const many = run(['--format', 'json', '--jobs', '5', root]);
  assert.deepEqual(JSON.parse(many.out), JSON.parse(seq.out));
});

test('text output streams per file: same lines as a sequential run, each file contiguous, one summary', () => {
  const root = corpus(4);
  const seq = run(['--jobs', '1', '--show-fixes', root]);
  const par = run(['--jobs', '2', '--show-fixes', root]);
  assert.equal(par.code, seq.code);
  assert.deepEqual(lines(par.out).sort(), lines(seq.out).sort());
  // every file's block is contiguous, whichever order files finished in
  const order = lines(par.out).map((l) => l.slice(0, l.indexOf(':')));
  const blocks = order.filter((p, i) => i === 0 || order[i - 1] !== p);
  assert.equal(blocks.length, new Set(order).size, 'a file interleaved with another');
  assert.equal(par.out.match(/files? checked:/g)?.length, 1);
  assert.equal(par.out.trim().split('\n').at(-1), seq.out.trim().split('\n').at(-1));
});

test('--max-warnings, --exit-zero and bad --jobs work with the pool', () => {
  const root = corpus(2);
  const all = JSON.parse(run(['--format', 'json', '--rule', 'pool-stride-default=warning', '--jobs', '2', root]).out).files.flatMap((f: any) => f.diagnostics);
  const noErrors = ['--rule', 'pool-stride-default=warning', '--jobs', '2'];
  for (const d of new Set(all.filter((x: any) => x.severity === 'error').map((x: any) => x.code))) noErrors.push('--rule', `${d}=off`);
  // Count the warnings that remain once the rules that also report errors are off.
  const left = JSON.parse(run(['--format', 'json', ...noErrors, root]).out).files.flatMap((f: any) => f.diagnostics);
  assert.equal(left.filter((d: any) => d.severity === 'error').length, 0);
  const warnings = left.filter((d: any) => d.severity === 'warning').length;
  assert.ok(warnings > 0);
  assert.equal(run([...noErrors, '--max-warnings', String(warnings), root]).code, 0);
  assert.equal(run([...noErrors, '--max-warnings', String(warnings - 1), root]).code, 1);
  assert.equal(run(['--exit-zero', '--jobs', '2', root]).code, 0);
  assert.equal(run(['--jobs', '0', root]).code, 2);
});

test('--fix in parallel: every file fixed atomically, changes reported, no temp files left', () => {
  const root = mkdtempSync(join(tmpdir(), 'tmd-fix-'));
  for (let i = 0; i < 6; i++) copyFileSync(join(EXAMPLES, 'max_pool_no_stride.fx'), join(root, `pool${i}.fx`));
  const r = run(['--fix', '--jobs', '2', root]);
  assert.equal(r.code, 0, r.out + r.err);
  assert.equal(r.out.match(/applied 2 fixes: Insert explicit stride/g)?.length, 6, r.out);
  assert.match(r.out, /Applied 12 fixes to 6 files\./);
  for (let i = 0; i < 6; i++) assert.match(readFileSync(join(root, `pool${i}.fx`), 'utf8'), /\(%x, \[2, 2\], \[2, 2\]\)/);
  assert.deepEqual(readdirSync(root).filter((n) => n.includes('.tmp')), []);
  const again = run(['--fix', '--format', 'json', root]);
  assert.ok(JSON.parse(again.out).files.every((f: any) => f.fixed === undefined));
});

// ---- SARIF ---------------------------------------------------------------------------------

/** The properties SARIF 2.1.0's schema allows on the objects we emit (it sets additionalProperties: false). */
const ALLOWED: Record<string, string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
  driver: ['name', 'version', 'semanticVersion', 'informationUri', 'rules', 'notifications', 'taxa', 'guid', 'fullName', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'language', 'globalMessageStrings', 'locations', 'supportedTaxonomies', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'properties'],
  rule: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  location: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'],
  physicalLocation: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'],
  fix: ['description', 'artifactChanges', 'properties'],
  artifactChange: ['artifactLocation', 'replacements', 'properties'],
  replacement: ['deletedRegion', 'insertedContent', 'properties'],
};

function keysOk(kind: keyof typeof ALLOWED, o: any) {
  for (const k of Object.keys(o)) assert.ok(ALLOWED[kind].includes(k), `${kind} has no property '${k}' in SARIF 2.1.0`);
}

function checkRegion(r: any) {
  keysOk('region', r);
  for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(r[k]) && r[k] >= 1, `${k} = ${r[k]}`);
  assert.ok(r.endLine > r.startLine || (r.endLine === r.startLine && r.endColumn >= r.startColumn));
}

/** The structure SARIF 2.1.0 requires of what we emit, checked by hand (no JSON-schema validator is installed). */
function validateSarif(log: any) {
  keysOk('log', log);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.runs.length, 1);
  const run0 = log.runs[0];
  keysOk('run', run0);
  assert.deepEqual(Object.keys(run0.tool), ['driver']);
  const driver = run0.tool.driver;
  keysOk('driver', driver);
  assert.equal(typeof driver.name, 'string');
  assert.ok(['utf16CodeUnits', 'unicodeCodePoints'].includes(run0.columnKind));
  for (const [id, base] of Object.entries(run0.originalUriBaseIds ?? {})) assert.match((base as any).uri, /^file:\/\/.*\/$/, id);
  const ids = driver.rules.map((r: any) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const r of driver.rules) {
    keysOk('rule', r);
    assert.equal(typeof r.shortDescription.text, 'string');
    if (r.helpUri) assert.match(r.helpUri, new RegExp(`^https://\\S+/docs/rules/${r.id}\\.md$`));
    if (r.defaultConfiguration) assert.ok(['none', 'note', 'warning', 'error'].includes(r.defaultConfiguration.level));
  }
  for (const res of run0.results) {
    keysOk('result', res);
    assert.equal(typeof res.ruleId, 'string');
    assert.equal(driver.rules[res.ruleIndex].id, res.ruleId, 'ruleIndex points at the rule');
    assert.ok(['none', 'note', 'warning', 'error'].includes(res.level));
    assert.equal(typeof res.message.text, 'string');
    assert.ok(res.locations.length >= 1);
    for (const loc of [...res.locations, ...(res.relatedLocations ?? [])]) {
      keysOk('location', loc);
      keysOk('physicalLocation', loc.physicalLocation);
      assert.equal(typeof loc.physicalLocation.artifactLocation.uri, 'string');
      if (loc.physicalLocation.artifactLocation.uriBaseId) assert.ok(run0.originalUriBaseIds[loc.physicalLocation.artifactLocation.uriBaseId]);
      checkRegion(loc.physicalLocation.region);
    }
    for (const fix of res.fixes ?? []) {
      keysOk('fix', fix);
      assert.equal(typeof fix.description.text, 'string');
      assert.ok(fix.artifactChanges.length >= 1);
      for (const ch of fix.artifactChanges) {
        keysOk('artifactChange', ch);
        assert.ok(ch.replacements.length >= 1);
        for (const rep of ch.replacements) {
          keysOk('replacement', rep);
          checkRegion(rep.deletedRegion);
          assert.equal(typeof rep.insertedContent.text, 'string');
        }
      }
    }
  }
}

/** The official SARIF 2.1.0 JSON schema, as shipped in @microsoft/jest-sarif (a dev dependency). */
function officialSchema(): object {
  return JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
}

test('--format sarif: SARIF 2.1.0 with every rule, 1-based regions, fixes', (t) => {
  const root = corpus(1);
  const r = run(['--format', 'sarif', '--jobs', '2', root], root);
  assert.equal(r.code, 1, r.err);
  const log = JSON.parse(r.out);
  validateSarif(log);
  const run0 = log.runs[0];
  const ids = run0.tool.driver.rules.map((x: any) => x.id);
  for (const rule of ALL_RULES) assert.ok(ids.includes(rule.id), `rule ${rule.id} missing`);
  for (const rule of ALL_RULES) {
    const entry = run0.tool.driver.rules.find((x: any) => x.id === rule.id);
    assert.equal(entry.helpUri.split('/').slice(-3).join('/'), `docs/rules/${rule.id}.md`);
    assert.ok(existsSync(join(__dirname, '../../docs/rules', `${rule.id}.md`)), `helpUri of ${rule.id} points at a page that exists`);
  }
  // same diagnostics as JSON, positions shifted to 1-based
  const json = JSON.parse(run(['--format', 'json', '.'], root).out);
  const total = json.files.reduce((n: number, f: any) => n + f.diagnostics.length, 0);
  assert.equal(run0.results.length, total);
  const pool = run0.results.find((x: any) => x.ruleId === 'pool-stride-default' && x.locations[0].physicalLocation.artifactLocation.uri === 'model0/max_pool_no_stride.fx');
  const jpool = json.files.find((f: any) => f.path === 'model0/max_pool_no_stride.fx').diagnostics.find((d: any) => d.code === 'pool-stride-default');
  assert.equal(pool.level, 'note');
  assert.equal(pool.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.deepEqual(pool.locations[0].physicalLocation.region, {
    startLine: jpool.range.start.line + 1,
    startColumn: jpool.range.start.character + 1,
    endLine: jpool.range.end.line + 1,
    endColumn: jpool.range.end.character + 1,
  });
  assert.equal(pool.fixes[0].description.text, 'Insert explicit stride ([2, 2])');
  assert.equal(pool.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, jpool.fixes[0].edits[0].newText);
  assert.ok(run0.results.some((x: any) => x.level === 'error'));

  // And against the official schema (draft-04), with ajv.
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false /* the schema's language pattern is not valid with the u flag */ });
  addFormats(ajv);
  const validate = ajv.compile(officialSchema());
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  void t;
});

function writeTemp(text: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'tmd-sarif-')), 'out.sarif');
  writeFileSync(p, text);
  return p;
}
