// Bundles the extension API suite (test/extension-api/suite/index.ts) for VS Code's extension
// host: out/extension-api/suite/index.js, CommonJS, `vscode` external. The analysis core it uses
// for expectations is bundled in; it finds server/data/ by walking up from out/.
import { build } from 'esbuild';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the suite; returns the bundle's path. */
export async function buildExtensionTests() {
  const outfile = join(REPO, 'out', 'extension-api', 'suite', 'index.js');
  await build({
    entryPoints: [join(REPO, 'test', 'extension-api', 'suite', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode'],
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`built ${relative(process.cwd(), await buildExtensionTests())}`);
}
