import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentLink } from 'vscode-languageserver';
import { allGraphs, FxDocument } from '../core/fx/model';
import type { MlirDocument, MlirLocNode } from '../core/mlir/model';
import type { Span } from '../core/text';
import type { Analyzed } from '../documents';
import { mlirDocumentOf } from './mlirSupport';

// Document links: `# File: path:line` provenance comments and MLIR `loc("path":line:col)` open the
// source file at that line, but only when the file exists inside a workspace folder: a dump from
// someone else's machine must not open (or probe) arbitrary paths. `..` escapes, absolute paths
// outside the folders and symlinks leading out of them are not linked.

export interface SourceRef {
  span: Span;
  file: string;
  line: number;
  col?: number;
}

export function fxSourceRefs(doc: FxDocument): SourceRef[] {
  const seen = new Set<number>();
  const out: SourceRef[] = [];
  for (const g of allGraphs(doc)) {
    for (const n of g.nodes) {
      const p = n.provenance;
      if (!p || seen.has(p.locationSpan.start)) continue;
      seen.add(p.locationSpan.start);
      out.push({ span: p.locationSpan, file: p.file, line: p.line });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function mlirSourceRefs(doc: MlirDocument): SourceRef[] {
  const seen = new Set<number>();
  const out: SourceRef[] = [];
  const walk = (n: MlirLocNode | undefined, depth = 0): void => {
    if (!n || depth > 32) return;
    switch (n.kind) {
      case 'file':
        if (!seen.has(n.span.start)) {
          seen.add(n.span.start);
          out.push({ span: n.span, file: n.file, line: n.line, col: n.col });
        }
        break;
      case 'callsite':
        walk(n.callee, depth + 1);
        walk(n.caller, depth + 1);
        break;
      case 'fused':
        n.locs.forEach((l) => walk(l, depth + 1));
        break;
      case 'name':
        walk(n.child, depth + 1);
        break;
    }
  };
  for (const op of doc.allOps) {
    walk(op.location?.node);
    for (const a of op.func?.args ?? []) walk(a.location?.node);
    for (const r of op.regions) for (const b of r.blocks) for (const a of b.args) walk(a.location?.node);
  }
  for (const a of doc.locAliases) walk(a.location.node);
  return out.sort((a, b) => a.span.start - b.span.start);
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function contains(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The absolute path of `file` when it is an existing regular file inside one of `folders` (absolute
 * file-system paths). Relative paths resolve against each folder in turn.
 */
export function resolveInWorkspace(file: string, folders: string[]): string | undefined {
  if (!file || file.startsWith('<') || file.includes('\0')) return undefined;
  for (const folder of folders) {
    const root = real(folder);
    if (!root) continue;
    const candidate = isAbsolute(file) ? resolve(file) : resolve(root, file);
    if (!contains(root, candidate) && !contains(resolve(folder), candidate)) continue;
    if (!existsSync(candidate)) continue;
    const target = real(candidate);
    if (!target || !contains(root, target)) continue;
    try {
      if (!statSync(target).isFile()) continue;
    } catch {
      continue;
    }
    return candidate;
  }
  return undefined;
}

/** Links for the refs whose file resolves inside the workspace. */
export function sourceLinks(refs: SourceRef[], folders: string[]): { span: Span; target: string; path: string; line: number }[] {
  const cache = new Map<string, string | undefined>();
  const out: { span: Span; target: string; path: string; line: number }[] = [];
  for (const r of refs) {
    if (!cache.has(r.file)) cache.set(r.file, resolveInWorkspace(r.file, folders));
    const path = cache.get(r.file);
    if (!path) continue;
    out.push({ span: r.span, path, line: r.line, target: `${pathToFileURL(path).toString()}#L${Math.max(1, r.line)}` });
  }
  return out;
}

/** Workspace folder URIs (from initialize's workspaceFolders / rootUri / rootPath) as file-system paths. */
export function folderPaths(uris: string[]): string[] {
  const out: string[] = [];
  for (const u of uris) {
    try {
      if (u.startsWith('file:')) out.push(fileURLToPath(u));
      else if (isAbsolute(u)) out.push(u);
    } catch {
      /* not a file URI */
    }
  }
  return out;
}

export function documentLinks(an: Analyzed, folders: string[]): DocumentLink[] {
  if (!folders.length) return [];
  let refs: SourceRef[] = [];
  if (an.result.fx) refs = fxSourceRefs(an.result.fx.doc);
  else {
    const mlir = mlirDocumentOf(an);
    if (mlir) refs = mlirSourceRefs(mlir);
  }
  return sourceLinks(refs, folders).map((l) => ({ range: an.lines.rangeOf(l.span), target: l.target, tooltip: `Open ${l.path} at line ${l.line}` }));
}
