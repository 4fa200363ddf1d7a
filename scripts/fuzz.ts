// `npm run fuzz`: the robustness properties of test/robustness/ (no throw, bounded time, every
// span inside the text, no rule crash, incremental re-analysis equal to full analysis) with random
// seeds for FUZZ_MINUTES minutes (default 3).
// Runs in worker threads (FUZZ_JOBS, default 1) watched by this thread, so a hang is caught too.
// Every failing input is written to test/robustness/regressions/<hash>.fx|.mlir, which the test
// command replays on every run. Exit 1 when anything failed.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { LanguageId } from '../server/src/core/analyze';
import { checkBoth, checkIncremental, mutate, rng, saveRegression, seeds, soup, timeBudgetMs } from '../test/robustness/harness';

interface Job {
  mode: 'mutate' | 'soup';
  si: number;
  seed: number;
  count: number;
  language: LanguageId;
}

const SEEDS = seeds({ realStride: 1, oneFunction: true });

/** The i-th input of a run with base seed `base`: everything derives from (base, i). */
function job(base: number, i: number): Job {
  const r = rng((base ^ Math.imul(i, 0x9e3779b1)) >>> 0);
  const mode = r() < 0.85 ? 'mutate' : 'soup';
  const si = Math.floor(r() * SEEDS.length);
  const seed = Math.floor(r() * 2 ** 32);
  const count = 1 + Math.floor(r() * r() * 24);
  const own = mode === 'mutate' ? SEEDS[si].language : r() < 0.5 ? 'fx' : 'mlir';
  const language: LanguageId = r() < 0.15 ? (own === 'fx' ? 'mlir' : 'fx') : own;
  return { mode, si, seed, count, language };
}

function input(j: Job): string {
  return j.mode === 'mutate' ? mutate(SEEDS[j.si].text, j.seed, j.count) : soup(j.seed);
}

function describe(j: Job): string {
  return j.mode === 'mutate' ? `mutate(${SEEDS[j.si].name}, seed ${j.seed}, ${j.count} mutations) as ${j.language}` : `soup(seed ${j.seed}) as ${j.language}`;
}

if (!isMainThread) {
  const { base, until } = workerData as { base: number; until: number };
  for (let i = 0; Date.now() < until; i++) {
    const j = job(base, i);
    const text = input(j);
    parentPort!.postMessage({ type: 'start', i, length: text.length });
    const f = checkBoth(text, j.language);
    // Every third input also gets edits re-analysed incrementally, checked against full analyses.
    const g = f || i % 3 ? undefined : checkIncremental(text, j.language, j.seed);
    const failure = f ? `${f.profile}: ${f.reason}` : g ? `incremental: ${g.reason}` : undefined;
    parentPort!.postMessage({ type: 'done', i, failure });
  }
  parentPort!.postMessage({ type: 'end' });
} else {
  const minutes = Number(process.env.FUZZ_MINUTES ?? 3);
  const jobs = Math.max(1, Math.min(availableParallelism(), Number(process.env.FUZZ_JOBS ?? 1) || 1));
  const until = Date.now() + minutes * 60_000;
  let tried = 0;
  let failures = 0;
  const saved = new Set<string>();

  const record = (j: Job, reason: string) => {
    failures++;
    const path = saveRegression(input(j), j.language);
    if (!saved.has(path)) {
      saved.add(path);
      console.log(`FAIL ${describe(j)}\n  ${reason.split('\n').slice(0, 6).join('\n  ')}\n  saved ${path}`);
    }
  };

  const run = (base: number): Promise<void> =>
    new Promise((resolve) => {
      const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: { base, until } });
      let current: { i: number; length: number; at: number } | undefined;
      const watchdog = setInterval(() => {
        if (!current) return;
        const limit = 2 * timeBudgetMs(current.length) + 10_000;
        if (Date.now() - current.at > limit) {
          record(job(base, current.i), `no answer after ${limit} ms (hang)`);
          clearInterval(watchdog);
          void w.terminate();
          // carry on with a fresh worker past the hanging input
          if (Date.now() < until) run((base + current.i + 1) >>> 0).then(resolve);
          else resolve();
        }
      }, 1000);
      w.on('message', (m: { type: string; i: number; length: number; failure?: string }) => {
        if (m.type === 'start') current = { i: m.i, length: m.length, at: Date.now() };
        else if (m.type === 'done') {
          tried++;
          current = undefined;
          if (m.failure) record(job(base, m.i), m.failure);
        }
      });
      w.on('error', (e) => {
        if (current) record(job(base, current.i), `worker crashed: ${e?.stack ?? e}`);
        else console.error(`fuzz worker failed: ${e?.stack ?? e}`);
      });
      w.on('exit', () => {
        clearInterval(watchdog);
        resolve();
      });
    });

  const bases = Array.from({ length: jobs }, () => Math.floor(Math.random() * 2 ** 32));
  console.log(`fuzzing ${SEEDS.length} seed files for ${minutes} min with ${jobs} worker(s), base seeds ${bases.join(', ')}`);
  const progress = setInterval(() => console.log(`  ${tried} inputs, ${failures} failures`), 30_000);
  Promise.all(bases.map(run)).then(() => {
    clearInterval(progress);
    console.log(`fuzz: ${tried} inputs tried (x2 profiles), ${failures} failures, ${saved.size} new regression files`);
    process.exitCode = failures ? 1 : 0;
  });
}
