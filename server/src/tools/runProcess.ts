import { ChildProcess, spawn } from 'node:child_process';

// Runs one external tool (torch-mlir-opt, Python) the only way this project runs anything: no
// shell, a fixed argument list, text on stdin, a time limit, cancellation, a cap on what it may
// print, and every child killed when this process exits.

export interface RunRequest {
  command: string;
  args: readonly string[];
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Keep stdin open until the tool ends (a tool that exits when its stdin closes dies with us). */
  holdStdin?: boolean;
  timeoutMs: number;
  /** stdout + stderr beyond this many bytes are dropped and the tool is stopped. */
  maxOutputBytes: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export type RunOutcome = 'exited' | 'timeout' | 'cancelled' | 'output-limit' | 'spawn-error';

export interface RunResult {
  outcome: RunOutcome;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why it could not start (spawn-error). */
  error?: string;
  ms: number;
  /** The command as a user would type it, for messages. */
  commandLine: string;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kills every tool still running (the editor or the checker is going away). */
export function killAllTools(): void {
  for (const child of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  live.clear();
}

export function runningTools(): number {
  return live.size;
}

function quoteArg(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map(quoteArg).join(' ');
}

export function runProcess(req: RunRequest): Promise<RunResult> {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', killAllTools);
  }
  const started = Date.now();
  const line = commandLine(req.command, req.args);
  return new Promise((resolve) => {
    let child: ChildProcess | undefined;
    let finished = false;
    const finish = (r: Omit<RunResult, 'ms' | 'commandLine'>) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      if (child) {
        live.delete(child);
        child.stdin?.destroy();
      }
      resolve({ ...r, ms: Date.now() - started, commandLine: line });
    };
    let outcome: RunOutcome = 'exited';
    const stop = (why: RunOutcome) => {
      if (outcome === 'exited') outcome = why;
      try {
        child?.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const onAbort = () => stop('cancelled');
    const timer = setTimeout(() => stop('timeout'), Math.max(1, req.timeoutMs));
    if (req.signal?.aborted) {
      finish({ outcome: 'cancelled', code: null, stdout: '', stderr: '' });
      return;
    }
    try {
      child = spawn(req.command, [...req.args], {
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: req.env ?? process.env,
        cwd: req.cwd,
        windowsHide: true,
      });
    } catch (e) {
      finish({ outcome: 'spawn-error', code: null, stdout: '', stderr: '', error: (e as Error).message });
      return;
    }
    const proc = child;
    live.add(proc);
    req.signal?.addEventListener('abort', onAbort);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let bytes = 0;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      if (bytes >= req.maxOutputBytes) return;
      const room = req.maxOutputBytes - bytes;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      into.push(part);
      bytes += part.length;
      if (bytes >= req.maxOutputBytes) stop('output-limit');
    };
    child.stdout!.on('data', collect(out));
    child.stderr!.on('data', collect(err));
    let spawnError: string | undefined;
    child.on('error', (e) => {
      spawnError = e.message;
      // Never started (ENOENT, EACCES): no 'close' is guaranteed to follow.
      if (child!.pid === undefined) finish({ outcome: 'spawn-error', code: null, stdout: '', stderr: '', error: e.message });
    });
    // A tool that exits before reading all its input closes the pipe: not our error to report.
    child.stdin!.on('error', () => undefined);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (spawnError !== undefined && code === null && outcome === 'exited') finish({ outcome: 'spawn-error', code, stdout, stderr, error: spawnError });
      else finish({ outcome, code, stdout, stderr });
    });
    if (req.holdStdin) {
      if (req.input) child.stdin!.write(req.input);
    } else child.stdin!.end(req.input ?? '');
  });
}
