// Bundles the client, the language server and the checker into dist/ with esbuild.
import { build } from 'esbuild';

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

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The checker's worker_threads pool runs this next to dist/cli.js.
  build({ ...common, entryPoints: ['server/src/cliWorker.ts'], outfile: 'dist/cliWorker.js' }),
]);
