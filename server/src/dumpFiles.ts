import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dumpByName, SNIFF_BYTES, sniffBytes, sniffedByName } from './core/sniff';

// Which files under a folder are dumps: the checker's folder mode and "check workspace" share
// this rule. `.fx`, `.mlir` and `fx_graph_*.py` by name; `.txt` and `.log` files (tlparse and
// TORCH_LOGS output) when their first 64 KB sniff as FX or MLIR.

/** The first bytes of a file (the sniffer needs no more). */
export function readHead(path: string, bytes = SNIFF_BYTES): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Whether a file found in a folder is to be checked (reads the head of `.txt`/`.log` files only). */
export function isDumpFile(path: string): boolean {
  const name = basename(path);
  if (dumpByName(name)) return true;
  if (!sniffedByName(name)) return false;
  try {
    return sniffBytes(readHead(path)).kind !== 'none';
  } catch {
    return false;
  }
}

export interface WalkProblem {
  path: string;
  message: string;
}

export interface WalkOptions {
  /** Folder names never entered, besides dot-folders. */
  skipDirs?: ReadonlySet<string>;
  /** Follow symbolic links (the checker does; "check workspace" does not). */
  followSymlinks?: boolean;
  limit?: number;
}

/**
 * Dump files under `dir`, sorted, and the entries that could not be read (a broken symlink, a
 * symlink loop, a folder without permission), each once, so one bad entry never stops the walk.
 */
export function walkDumps(dir: string, opts: WalkOptions = {}): { files: string[]; problems: WalkProblem[] } {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  const limit = opts.limit ?? Infinity;
  const visited = new Set<string>();
  const ancestors = new Set<string>();
  const walk = (d: string) => {
    if (files.length >= limit) return;
    let real: string;
    try {
      real = realpathSync(d);
    } catch (e) {
      problems.push({ path: d, message: `cannot read folder '${d}': ${(e as Error).message}` });
      return;
    }
    if (ancestors.has(real)) {
      problems.push({ path: d, message: `cannot read '${d}': a symbolic link loop (it leads back to '${real}')` });
      return;
    }
    // A second link to a folder already walked (`latest -> run_3`) adds nothing.
    if (visited.has(real)) return;
    visited.add(real);
    ancestors.add(real);
    try {
      walkEntries(d);
    } finally {
      ancestors.delete(real);
    }
  };
  const walkEntries = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch (e) {
      problems.push({ path: d, message: `cannot read folder '${d}': ${(e as Error).message}` });
      return;
    }
    for (const name of names) {
      if (files.length >= limit) return;
      if (name.startsWith('.') || opts.skipDirs?.has(name)) continue;
      const p = join(d, name);
      let st;
      try {
        st = opts.followSymlinks ? statSync(p) : lstatSync(p);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const why = err.code === 'ENOENT' ? 'a broken symbolic link' : err.code === 'ELOOP' ? 'a symbolic link loop' : err.message;
        problems.push({ path: p, message: `cannot read '${p}': ${why}` });
        continue;
      }
      if (st.isSymbolicLink()) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && isDumpFile(p)) files.push(p);
    }
  };
  walk(dir);
  return { files, problems };
}
