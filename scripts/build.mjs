// Bundles the client, the language server and the checker into dist/ with esbuild.
import { build, context } from 'esbuild';

const common = {
  bundle: true,
  // Minified: the .vsix and the extension host load a third of the bytes; the source maps
  // (never packaged) keep stack traces readable.
  minify: true,
  keepNames: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const watch = process.argv.includes('--watch');

// One entry per bundle; `--watch` (F5's "npm: watch" task) rebuilds on every save instead of once.
const bundles = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The checker's worker_threads pool runs this next to dist/cli.js.
  { ...common, entryPoints: ['server/src/cliWorker.ts'], outfile: 'dist/cliWorker.js' },
];

if (watch) {
  const plugin = {
    name: 'watch-log',
    setup(b) {
      b.onStart(() => console.log('[watch] build started'));
      b.onEnd((r) => console.log(`[watch] build finished with ${r.errors.length} errors`));
    },
  };
  for (const options of bundles) await (await context({ ...options, plugins: [plugin] })).watch();
} else {
  await Promise.all(bundles.map((options) => build(options)));
}
