// Runs the extension API suite (test/extension-api/): bundles it with
// scripts/build-extension-tests.mjs, then launches it in a real VS Code extension host with
// test/extension-api/run.ts: the VS Code build at VSCODE_EXECUTABLE (@vscode/test-electron, never a
// download), else code-server from scripts/setup-e2e.sh with its workbench in headless Chromium.
// Expects dist/ (npm run build). Neither VS Code nor code-server: a loud skip, a failure under
// CI=true. TMD_EXT_API_GREP=substring runs only the matching tests.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtensionTests } from './build-extension-tests.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
await buildExtensionTests();
const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'test', 'extension-api', 'run.ts')], { cwd: REPO, stdio: 'inherit' });
if (r.error) console.error(`run-extension-api: ${r.error.message}`);
process.exit(r.status ?? 1);
