import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

// The real torch-mlir-opt and Python (torch 2.13.0 CPU, torch-mlir 20261001, from
// scripts/corpus/requirements.txt) the verification tests run. Found through $TORCH_MLIR_OPT and
// $TORCH_MLIR_PYTHON (set by .ci/run), else a venv made by scripts/setup-venv.sh, else /work/venv.
// Under CI=true a missing tool fails the suite; elsewhere the suite is skipped with a loud banner.

export interface RealTools {
  opt: string;
  python: string;
}

const executable = (p: string | undefined): p is string => {
  if (!p) return false;
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export const VENV_CANDIDATES = [process.env.TORCH_MLIR_VENV, join(homedir(), '.cache/torch-mlir-diagnostics-venv'), '/work/venv'].filter((v): v is string => !!v);

export function findRealTools(): RealTools | undefined {
  const pythons = process.env.TORCH_MLIR_PYTHON ? [process.env.TORCH_MLIR_PYTHON] : VENV_CANDIDATES.map((v) => join(v, 'bin/python'));
  for (const python of pythons) {
    // A venv still being installed has its python before its torch-mlir-opt: take a complete one.
    const opt = process.env.TORCH_MLIR_OPT ?? join(dirname(python), 'torch-mlir-opt');
    if (executable(opt) && executable(python)) return { opt, python };
  }
  return undefined;
}

const warned = new Set<string>();

/** The tools, or undefined after a banner (a failure under CI=true). */
export function requireRealTools(suite: string): RealTools | undefined {
  const tools = findRealTools();
  if (tools) return tools;
  const why = `${suite}: the real torch-mlir-opt / Python with torch-mlir were not found (set TORCH_MLIR_OPT and TORCH_MLIR_PYTHON, or run scripts/setup-venv.sh)`;
  if (process.env.CI === 'true') throw new Error(why);
  if (!warned.has(suite)) {
    warned.add(suite);
    process.stderr.write(`\n${'!'.repeat(100)}\n!! SKIPPED ${why}\n${'!'.repeat(100)}\n\n`);
  }
  return undefined;
}
