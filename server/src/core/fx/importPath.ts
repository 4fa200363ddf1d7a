import type { FxGraph, ImportPath } from './model';

// Which importer entry point a dumped graph goes through, as far as the dump tells. It decides
// whether a node is judged as it stands or as what torch_mlir.fx.export_and_import's decompositions
// turn it into first:
// - `export`: a torch.export graph (a graph signature, or placeholders named like torch.export's
//   lifted state: `p_weight`, `b_running_mean`, `c_const`). export_and_import runs
//   `ep.run_decompositions(<torch-mlir's table>)` on it before import, so a raw (pre-decomposition)
//   dump holds nodes the importer never sees.
// - `stateless`: a graph handed straight to stateless_fx_import (aot_autograd / make_fx graphs:
//   `arg0_1`, `primals_1` placeholders, AOT log headers, `class <lambda>`), or one that never reaches
//   an importer as it is (Dynamo-level, symbolic_trace, Inductor). Its nodes are what the importer gets.
// - `unknown`: an ATen graph with plain placeholder names: either.

export function detectImportPath(g: FxGraph): { path: ImportPath; reason: string } {
  if (g.parent) {
    const p = g.parent.importPath ?? detectImportPath(g.parent).path;
    return { path: p, reason: `nested in ${g.parent.name}` };
  }
  if (g.signature || g.format === 'exported-program') return { path: 'export', reason: 'print(exported_program)' };
  let lifted: string | undefined;
  let traced: string | undefined;
  for (const n of g.nodes) {
    if (n.op !== 'placeholder') continue;
    const c0 = n.name.charCodeAt(0);
    if (!lifted && n.name.charCodeAt(1) === 95 && (c0 === 112 || c0 === 98 || c0 === 99) && n.name.length > 2) lifted = n.name;
    else if (!traced && /^(arg\d+_\d+|primals_\d+|tangents_\d+)$/.test(n.name)) traced = n.name;
  }
  if (lifted) return { path: 'export', reason: `placeholders named like \`${lifted}\` (torch.export's lifted parameters and buffers)` };
  if (traced) return { path: 'stateless', reason: `placeholders named like \`${traced}\` (aot_autograd / make_fx)` };
  if (g.level === 'aot' && !g.levelReason.startsWith('ATen overload targets')) return { path: 'stateless', reason: g.levelReason };
  if (g.level === 'dynamo' || g.level === 'fx-trace' || g.level === 'inductor') return { path: 'stateless', reason: `a ${g.level} graph` };
  return { path: 'unknown', reason: 'an ATen graph with plain placeholder names' };
}

/** Sets `importPath` on every graph, parents first. */
export function setImportPaths(graphs: FxGraph[]): void {
  const walk = (g: FxGraph) => {
    const r = detectImportPath(g);
    g.importPath = r.path;
    g.importPathReason = r.reason;
    g.children.forEach(walk);
  };
  graphs.forEach(walk);
}

/** The graph's import path, computed when the parser did not set it (graphs built by hand). */
export function importPathOf(g: FxGraph): ImportPath {
  if (g.importPath === undefined) {
    const r = detectImportPath(g);
    g.importPath = r.path;
    g.importPathReason = r.reason;
  }
  return g.importPath;
}
