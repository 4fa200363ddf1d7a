import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

// ARCHITECTURE.md is only useful while it is true: every file or folder it names must exist. Links
// are repository paths; code spans are paths relative to the repository, to server/src or to
// server/src/core (as the guide writes them), or bare file names that must exist somewhere in the tree.

const ROOT = resolve(__dirname, '../..');
const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');

function allFiles(dir: string, out = new Set<string>()): Set<string> {
  for (const name of readdirSync(join(ROOT, dir))) {
    if (name === 'node_modules' || name === '.git' || name === 'dist' || name === 'corpus') continue;
    const p = dir ? `${dir}/${name}` : name;
    out.add(name);
    if (statSync(join(ROOT, p)).isDirectory()) allFiles(p, out);
  }
  return out;
}
const NAMES = allFiles('');

const looksLikePath = (s: string) => /^[\w.@-]+(\/[\w.@<>-]*)*$/.test(s) && (s.includes('/') || /\.(ts|md|json|py|mjs|sh)$/.test(s));

function exists(p: string): boolean {
  if (p.includes('<')) return true; // a pattern such as docs/rules/<id>.md
  const clean = p.replace(/\/$/, '');
  if (!clean.includes('/')) return NAMES.has(clean);
  return ['', 'server/src/', 'server/src/core/'].some((base) => existsSync(join(ROOT, base + clean)));
}

test('every path ARCHITECTURE.md names exists', () => {
  const named = new Set<string>();
  for (const m of text.matchAll(/\]\(([^)#\s]+)\)/g)) if (!/^https?:/.test(m[1])) named.add(m[1]);
  for (const m of text.matchAll(/`([^`\s]+)`/g)) if (looksLikePath(m[1])) named.add(m[1]);
  assert.ok(named.size > 40, `only ${named.size} paths found: is the reader broken?`);
  assert.deepEqual([...named].filter((p) => !exists(p)), []);
});

