import type { Diagnostic } from '../diagnostics';
import type { Span } from '../text';

// One graph model for every dump format. Every piece keeps the exact span of the text it came
// from, so rules can point at (and fixes can rewrite) the very characters a user sees.

export type OpKind = 'placeholder' | 'get_attr' | 'call_function' | 'call_method' | 'call_module' | 'output';

/** The value syntax of an argument, as printed by str(graph), gm.code or print_tabular. */
export type FxValue =
  /** A reference to another node: `%add_1` (str(graph)) or `add_1` (code, return lines, tabular). */
  | { kind: 'ref'; name: string; span: Span }
  | { kind: 'int'; text: string; value: number; span: Span }
  /** Includes `inf`, `-inf`, `nan`, `1e-05`. */
  | { kind: 'float'; text: string; value: number; span: Span }
  | { kind: 'bool'; value: boolean; span: Span }
  | { kind: 'none'; span: Span }
  /** `quoted` is false for str(graph)'s unquoted strings (`error`, `floor`, `cpu`). */
  | { kind: 'string'; value: string; quoted: boolean; span: Span }
  /** Dotted names and other bare words that are not refs: `torch.float32`, `torch.strided`, `Ellipsis`, `cuda:0`. */
  | { kind: 'name'; text: string; span: Span }
  | { kind: 'list'; items: FxValue[]; span: Span }
  | { kind: 'tuple'; items: FxValue[]; span: Span }
  | { kind: 'dict'; entries: FxDictEntry[]; span: Span }
  /** `slice(None, None, None)`, `device(type='cuda', index=0)`, `torch.Size([2, 3])`. */
  | { kind: 'call'; callee: string; args: FxValue[]; kwargs: FxKwarg[]; span: Span }
  /** Anything the value grammar could not structure; kept verbatim so nothing is lost. */
  | { kind: 'raw'; text: string; span: Span };

export interface FxDictEntry {
  key: string;
  keySpan: Span;
  value: FxValue;
}

export interface FxKwarg {
  name: string;
  nameSpan: Span;
  value: FxValue;
  /** From the `name` through the value (and, in code form, the spaces around `=`). */
  span: Span;
}

/** A `"f32[3, 4][4, 1]cpu"` / `f32[3, 4]` / `Sym(s0)` / `torch.Tensor` annotation. */
export interface FxTypeAnnotation {
  /** The annotation as written, without quotes. */
  text: string;
  span: Span;
  kind: 'tensor' | 'sym' | 'python';
  /** Tensor: the dtype abbreviation (`f32`, `bf16`, `i64`, `b8`, ...). */
  dtype?: string;
  /** Tensor: each size as text (`3`, `s0`, `2*s0 + 1`). */
  shape?: string[];
  stride?: string[];
  device?: string;
  /** Sym: the sympy expression inside `Sym(...)`. */
  symExpr?: string;
  /** Tensor subclass wrapper name, e.g. `TwoTensor`, `DTensor`. */
  wrapper?: string;
}

/** A `# File: path:line in fn, code: ...` provenance comment. */
export interface FxProvenance {
  file: string;
  line: number;
  fn?: string;
  code?: string;
  span: Span;
  /** The span of `path:line`, for document links. */
  locationSpan: Span;
}

export interface FxNode {
  name: string;
  nameSpan: Span;
  op: OpKind;
  /**
   * The target as the dump names it, normalized to str(graph) spelling where the format allows:
   * `torch.ops.aten.add.Tensor`, `operator.add`, `builtins.getattr`, `view` (call_method),
   * `layer1.0.conv1` (call_module / get_attr), the argument name (placeholder), `output`.
   * Code-form operators (`x + y`) become `operator.add`; print_tabular's `aten.addmm.default`
   * becomes `torch.ops.aten.addmm.default`.
   */
  target: string;
  /** The target as written (e.g. `+`, `aten.addmm.default`, `self.linear`). */
  targetText: string;
  targetSpan: Span;
  args: FxValue[];
  kwargs: FxKwarg[];
  /**
   * Span of the argument list's interior where the format has one: inside `args = (` ... `)` in
   * str(graph), inside the call parentheses in code. Fixes insert arguments here. Undefined for
   * operator forms (`x + y`) and nodes without an argument list.
   */
  argsSpan?: Span;
  /** Whether args and kwargs are written in str(graph) style (`%x`, unquoted strings) or Python code. */
  argStyle: 'graph' | 'code' | 'tabular';
  type?: FxTypeAnnotation;
  /** `[num_users=N]` / `[#users=N]` as printed, when printed. */
  declaredUsers?: number;
  /** Placeholder `(default=...)` text. */
  defaultText?: string;
  provenance?: FxProvenance;
  /** The whole statement, from the first character of the name to the end of the line(s). */
  span: Span;
  /** Nodes whose args or kwargs refer to this node, in graph order (computed by the parser). */
  users: FxNode[];
  graph: FxGraph;
  /** Position in `graph.nodes`, so per-node analysis results can live in arrays. */
  index: number;
}

export type FxFormat =
  | 'str-graph'
  | 'code'
  | 'print-readable'
  | 'tabular'
  | 'exported-program'
  | 'inductor-fragment';

/**
 * Where in the PyTorch pipeline the graph was captured. Tells Dynamo-level graphs (torch-level
 * targets, `L_x_` placeholders, TORCH_LOGS graph_code) from AOT / export graphs (aten overloads).
 */
export type FxGraphLevel = 'dynamo' | 'aot' | 'export' | 'fx-trace' | 'inductor' | 'unknown';

export interface FxGraph {
  /** `graph`, the class name (`GraphModule`, `<lambda>`, `true_graph_0`), or the log header (`__compiled_fn_1`, `Forward graph 0`). */
  name: string;
  format: FxFormat;
  level: FxGraphLevel;
  /** Why `level` was chosen, for hover ("placeholders named L_x_", "header `Forward graph 0`"). */
  levelReason: string;
  nodes: FxNode[];
  /** Last definition wins for duplicate names; rules that need all defs read `nodes`. */
  byName: Map<string, FxNode>;
  /** The output node, when the dump has a return line / output row. */
  output?: FxNode;
  /** The whole graph's text (header to last node), for folding and symbols. */
  span: Span;
  /** Span of the header (`graph():`, `class X(torch.nn.Module):`, `===== name =====`). */
  headerSpan: Span;
  /** Nested graphs (submodule classes of print_readable, executorch `lowered graph():` blocks). */
  children: FxGraph[];
  parent?: FxGraph;
  /** print(exported_program): the signature's parameter/buffer/constant targets by placeholder name. */
  signature?: FxSignature;
}

export interface FxSignatureInput {
  name: string;
  kind: string; // USER_INPUT, PARAMETER, BUFFER, CONSTANT_TENSOR, CUSTOM_OBJ, TOKEN
  target?: string;
  /** A buffer's `persistent=True/False` (absent when the dump prints None or nothing). */
  persistent?: boolean;
  /** The entry's text in the signature (its line, or its `InputSpec(...)`). */
  span?: Span;
}

export interface FxSignature {
  inputs: FxSignatureInput[];
  outputs: { name: string; kind: string; target?: string }[];
  span: Span;
}

export interface FxDocument {
  text: string;
  /** Top-level graphs in document order (each nested graph is in its parent's `children`). */
  graphs: FxGraph[];
  /** parse-error diagnostics (at most one per graph: where it breaks). */
  diagnostics: Diagnostic[];
}

/** Every graph, nested ones included, parents before children. */
export function allGraphs(doc: FxDocument): FxGraph[] {
  const out: FxGraph[] = [];
  const walk = (g: FxGraph) => {
    out.push(g);
    g.children.forEach(walk);
  };
  doc.graphs.forEach(walk);
  return out;
}

/** Visits every value in a node's args and kwargs, depth first, including list/tuple/dict/call items. */
export function forEachValue(node: FxNode, visit: (v: FxValue) => void): void {
  // Plain loops and a top-level walker: the rules call this for every node of 100k-node graphs,
  // and per-call closures were a measurable share of the garbage.
  const args = node.args;
  for (let i = 0; i < args.length; i++) walkValue(args[i], visit);
  const kwargs = node.kwargs;
  for (let i = 0; i < kwargs.length; i++) walkValue(kwargs[i].value, visit);
}

function walkValue(v: FxValue, visit: (v: FxValue) => void): void {
  visit(v);
  switch (v.kind) {
    case 'list':
    case 'tuple':
      for (let i = 0; i < v.items.length; i++) walkValue(v.items[i], visit);
      break;
    case 'dict':
      for (let i = 0; i < v.entries.length; i++) walkValue(v.entries[i].value, visit);
      break;
    case 'call':
      for (let i = 0; i < v.args.length; i++) walkValue(v.args[i], visit);
      for (let i = 0; i < v.kwargs.length; i++) walkValue(v.kwargs[i].value, visit);
      break;
  }
}
