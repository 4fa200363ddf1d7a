import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

// The architecture invariants of ARCHITECTURE.md, read from the imports themselves: the analysis
// core never reaches an editor API or an adapter, each layer imports only itself and the layers
// below it, and no module takes part in an import cycle (type-only imports included: a cycle of
// types is still two modules that cannot be understood apart).

const ROOT = resolve(__dirname, '../..');

/** Layers from the bottom up; a module may import its own layer and any layer listed before it. */
const LAYERS: { name: string; match: (p: string) => boolean }[] = [
  {
    name: 'text',
    match: (p) =>
      ['server/src/core/text.ts', 'server/src/core/diagnostics.ts', 'server/src/core/fixes.ts', 'server/src/core/sniff.ts'].includes(p),
  },
  { name: 'registry', match: (p) => p.startsWith('server/src/core/registry/') },
  { name: 'parsers', match: (p) => p.startsWith('server/src/core/fx/') || p.startsWith('server/src/core/mlir/') },
  { name: 'analysis', match: (p) => p.startsWith('server/src/core/analysis/') },
  { name: 'rules', match: (p) => p.startsWith('server/src/core/rules/') },
  { name: 'engine', match: (p) => p === 'server/src/core/analyze.ts' || p.startsWith('server/src/core/incremental/') },
  { name: 'core-adapters', match: (p) => p.startsWith('server/src/core/') },
  {
    name: 'editor-features',
    match: (p) =>
      p.startsWith('server/src/features/') ||
      ['server/src/documents.ts', 'server/src/settings.ts', 'server/src/dumpFiles.ts'].includes(p),
  },
  { name: 'entry-points', match: (p) => p.startsWith('server/src/') },
  { name: 'client', match: (p) => p.startsWith('client/src/') },
];

function layerOf(p: string): number {
  const i = LAYERS.findIndex((l) => l.match(p));
  assert.ok(i >= 0, `${p} belongs to no layer of ARCHITECTURE.md: add it to LAYERS`);
  return i;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = `${dir}/${name}`;
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...sources(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module a file imports: project paths (relative to the root) and bare package names. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) {
      packages.push(spec);
      continue;
    }
    const base = relative(ROOT, resolve(join(ROOT, dirname(file)), spec));
    const candidates = [`${base}.ts`, `${base}/index.ts`, base];
    const hit = candidates.find((c) => {
      try {
        return statSync(join(ROOT, c)).isFile();
      } catch {
        return false;
      }
    });
    // JSON data and other non-TypeScript files are leaves, not modules with imports of their own.
    if (hit?.endsWith('.ts')) local.push(hit);
  }
  return { local, packages };
}

const FILES = [...sources('server/src'), ...sources('client/src')];
const GRAPH = new Map(FILES.map((f) => [f, importsOf(f)]));

test('the analysis core never imports an editor API or an adapter', () => {
  const bad: string[] = [];
  for (const [file, { local, packages }] of GRAPH) {
    if (!file.startsWith('server/src/core/')) continue;
    for (const p of packages) if (/^vscode/.test(p)) bad.push(`${file} imports ${p}`);
    for (const l of local) if (!l.startsWith('server/src/core/')) bad.push(`${file} imports ${l}`);
  }
  assert.deepEqual(bad, []);
});

test('rules never import editor features', () => {
  const bad = [...GRAPH]
    .filter(([f]) => f.startsWith('server/src/core/rules/'))
    .flatMap(([f, { local }]) => local.filter((l) => l.startsWith('server/src/features/')).map((l) => `${f} imports ${l}`));
  assert.deepEqual(bad, []);
});

test('the client talks to the server over LSP only: it may share the pure core, never an adapter or feature', () => {
  const bad: string[] = [];
  for (const [file, { local }] of GRAPH) {
    for (const l of local) {
      const crosses = file.startsWith('client/') ? !l.startsWith('client/') && !l.startsWith('server/src/core/') : l.startsWith('client/');
      if (crosses) bad.push(`${file} imports ${l}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('nothing imports upward', () => {
  const bad: string[] = [];
  for (const [file, { local }] of GRAPH) {
    for (const l of local) {
      if (layerOf(l) > layerOf(file)) bad.push(`${file} (${LAYERS[layerOf(file)].name}) imports ${l} (${LAYERS[layerOf(l)].name})`);
    }
  }
  assert.deepEqual(bad, []);
});

test('no import cycles', () => {
  // Tarjan's strongly connected components over the module graph.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of GRAPH.get(v)?.local ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || GRAPH.get(v)?.local.includes(v)) cycles.push(scc.sort());
    }
  };
  for (const f of FILES) if (!index.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});

test('every module is reached by the checks (the import reader sees the whole tree)', () => {
  assert.ok(FILES.length > 50, `only ${FILES.length} modules found`);
  const withImports = [...GRAPH.values()].filter((g) => g.local.length + g.packages.length > 0).length;
  assert.ok(withImports > FILES.length * 0.9, `imports read in ${withImports} of ${FILES.length} modules`);
});
