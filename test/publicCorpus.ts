import { test } from 'node:test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// The public corpus of FX dumps collected from other projects lives outside the repository,
// beside the clone (<repo>/../shared/corpus/public), or where TORCH_MLIR_PUBLIC_CORPUS points. A
// plain clone has no such folder: the suites that read it are left out with a loud banner, except
// under CI=true, where a missing corpus is a failure.

export const PUBLIC_CORPUS = process.env.TORCH_MLIR_PUBLIC_CORPUS ?? resolve(__dirname, '..', '..', 'shared', 'corpus', 'public');

const warned = new Set<string>();

/** The corpus folder, or undefined after a banner (a failing test under CI=true). */
export function publicCorpus(suite: string): string | undefined {
  if (existsSync(PUBLIC_CORPUS)) return PUBLIC_CORPUS;
  const why = `${PUBLIC_CORPUS} is missing (set TORCH_MLIR_PUBLIC_CORPUS to the public corpus folder)`;
  if (process.env.CI === 'true') {
    test(`${suite}: the public corpus is present`, () => {
      throw new Error(`${why}; CI=true requires it`);
    });
    return undefined;
  }
  if (!warned.has(suite)) {
    warned.add(suite);
    const line = '!'.repeat(100);
    console.error(`\n${line}\n!! ${suite}: NOT RUN on the public corpus: ${why}.\n!! CI runs it (CI=true fails without it).\n${line}\n`);
  }
  return undefined;
}

/** node:test's `test` when the corpus is there; otherwise one that registers nothing (the banner says why). */
export function testWithCorpus(suite: string): { corpus: string; test: typeof test } {
  const corpus = publicCorpus(suite);
  if (corpus) return { corpus, test };
  const none = (() => undefined) as unknown as typeof test;
  return { corpus: PUBLIC_CORPUS, test: none };
}
