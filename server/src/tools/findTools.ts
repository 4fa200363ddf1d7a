import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { runProcess } from './runProcess';

// Where torch-mlir-opt and the Python with torch and torch_mlir are: the settings first, then
// the Python extension's selected interpreter (the client passes it on), then PATH.

export interface ToolSettings {
  /** `torchMlir.torchMlirOpt`: the torch-mlir-opt binary. */
  torchMlirOpt?: string;
  /** `torchMlir.python`: an interpreter whose environment has torch and torch_mlir. */
  python?: string;
  /** `torchMlir.verify.timeoutSeconds`, in ms. */
  timeoutMs: number;
  /** Output beyond this is dropped and the tool stopped. */
  maxOutputBytes: number;
}

export const DEFAULT_TOOL_SETTINGS: ToolSettings = { timeoutMs: 60_000, maxOutputBytes: 16 * 1024 * 1024 };

export interface ToolHints {
  /** The interpreter the Python extension has selected (its public API), when installed. */
  pythonFromExtension?: string;
  /** Folders relative setting paths are resolved against (the workspace folders). */
  folders?: string[];
}

export type ToolSource = 'setting' | 'python-extension' | 'next to python' | 'PATH';

export interface FoundTool {
  path: string;
  from: ToolSource;
  /** `LLVM version 24.0.0git`, `Python 3.11.2, torch 2.13.0+cpu, torch-mlir 20261001`. */
  version?: string;
  /** Set when the tool was found but does not run, or lacks a package. */
  problem?: string;
}

export interface ToolStatus {
  opt?: FoundTool;
  python?: FoundTool;
  /** What is missing and how to set it. */
  problems: string[];
}

function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const EXE = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];

/** A program on PATH, as a shell would find it (without running a shell). */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of EXE) {
      const p = join(dir, name + ext);
      if (isExecutable(p)) return p;
    }
  }
  return undefined;
}

function resolveSetting(value: string, folders: string[] | undefined): string {
  if (isAbsolute(value) || !value.includes('/')) return value;
  for (const f of folders ?? []) {
    const p = join(f, value);
    if (isExecutable(p)) return p;
  }
  return value;
}

/** A setting naming a bare program (`python3`) is looked up on PATH; a path must exist. */
function fromSetting(value: string, folders: string[] | undefined): string | undefined {
  const v = resolveSetting(value.trim(), folders);
  if (!v.includes('/') && !v.includes('\\')) return onPath(v);
  return isExecutable(v) ? v : undefined;
}

/** Locates the tools without running them. */
export function locateTools(settings: ToolSettings, hints: ToolHints = {}): ToolStatus {
  const problems: string[] = [];
  let python: FoundTool | undefined;
  if (settings.python?.trim()) {
    const p = fromSetting(settings.python, hints.folders);
    if (p) python = { path: p, from: 'setting' };
    else problems.push(`torchMlir.python is set to '${settings.python}', which is not an executable file.`);
  } else if (hints.pythonFromExtension && isExecutable(hints.pythonFromExtension)) {
    python = { path: hints.pythonFromExtension, from: 'python-extension' };
  } else {
    const p = onPath('python3') ?? onPath('python');
    if (p) python = { path: p, from: 'PATH' };
  }
  let opt: FoundTool | undefined;
  if (settings.torchMlirOpt?.trim()) {
    const p = fromSetting(settings.torchMlirOpt, hints.folders);
    if (p) opt = { path: p, from: 'setting' };
    else problems.push(`torchMlir.torchMlirOpt is set to '${settings.torchMlirOpt}', which is not an executable file.`);
  } else {
    // pip installs torch-mlir-opt next to the environment's interpreter (venv/bin).
    const beside = python && python.from !== 'PATH' ? join(dirname(python.path), process.platform === 'win32' ? 'torch-mlir-opt.exe' : 'torch-mlir-opt') : undefined;
    if (beside && isExecutable(beside)) opt = { path: beside, from: 'next to python' };
    else {
      const p = onPath('torch-mlir-opt');
      if (p) opt = { path: p, from: 'PATH' };
      else if (python?.from === 'PATH') {
        const b = join(dirname(python.path), 'torch-mlir-opt');
        if (isExecutable(b)) opt = { path: b, from: 'next to python' };
      }
    }
  }
  if (!opt && !settings.torchMlirOpt?.trim()) {
    problems.push("torch-mlir-opt not found: set torchMlir.torchMlirOpt, or torchMlir.python to an interpreter whose environment has torch-mlir (pip install torch-mlir), or put torch-mlir-opt on PATH.");
  }
  if (!python && !settings.python?.trim()) problems.push('No Python found: set torchMlir.python to an interpreter whose environment has torch and torch_mlir.');
  return { opt, python, problems };
}

const VERSION_SNIPPET = [
  'import json, sys',
  'from importlib import metadata',
  'def v(n):',
  '    try:',
  '        return metadata.version(n)',
  '    except Exception:',
  '        return None',
  "print(json.dumps({'python': sys.version.split()[0], 'torch': v('torch'), 'torch_mlir': v('torch-mlir')}))",
].join('\n');

/** Environment for Python tools: no user site-packages, so the selected environment is what runs. */
export function pythonEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, PYTHONNOUSERSITE: '1', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' };
}

/** Locates the tools and asks each for its version (a few seconds at most). */
export async function findTools(settings: ToolSettings, hints: ToolHints = {}): Promise<ToolStatus> {
  const status = locateTools(settings, hints);
  const limits = { timeoutMs: Math.min(settings.timeoutMs, 20_000), maxOutputBytes: 64 * 1024 };
  const jobs: Promise<void>[] = [];
  if (status.opt) {
    const opt = status.opt;
    jobs.push(
      runProcess({ command: opt.path, args: ['--version'], ...limits }).then((r) => {
        const v = /LLVM version\s+(\S+)/.exec(r.stdout + r.stderr);
        if (r.outcome === 'exited' && r.code === 0 && v) opt.version = `LLVM ${v[1]}`;
        else opt.problem = `\`${r.commandLine}\` ${r.outcome === 'exited' ? `exited with code ${r.code}` : r.outcome === 'spawn-error' ? `could not start: ${r.error}` : `did not finish (${r.outcome})`}`;
      }),
    );
  }
  if (status.python) {
    const py = status.python;
    jobs.push(
      runProcess({ command: py.path, args: ['-I', '-c', VERSION_SNIPPET], ...limits, env: pythonEnv() }).then((r) => {
        try {
          if (r.outcome !== 'exited' || r.code !== 0) throw new Error();
          const v = JSON.parse(r.stdout.trim().split('\n').pop()!) as { python: string; torch?: string; torch_mlir?: string };
          py.version = `Python ${v.python}, torch ${v.torch ?? '(missing)'}, torch-mlir ${v.torch_mlir ?? '(missing)'}`;
          if (!v.torch || !v.torch_mlir) py.problem = `${py.path} has no ${[!v.torch && 'torch', !v.torch_mlir && 'torch-mlir'].filter(Boolean).join(' or ')} (pip install torch-mlir), needed for "Run the real import".`;
        } catch {
          py.problem = `\`${r.commandLine.slice(0, 120)}…\` ${r.outcome === 'spawn-error' ? `could not start: ${r.error}` : r.outcome === 'exited' ? `exited with code ${r.code}: ${r.stderr.trim().split('\n').pop() ?? ''}` : `did not finish (${r.outcome})`}`;
        }
      }),
    );
  }
  await Promise.all(jobs);
  return status;
}
