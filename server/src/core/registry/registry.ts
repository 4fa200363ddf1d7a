import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Decompositions, overloadKey, type DecompositionsJson } from './decompositions';
import { mlirOpName, OpSchema, parseSchema, SchemaParseError } from './schema';
import { closestNames } from './similar';

// The op registry: every PyTorch op overload (from scripts/gen_op_registry.py, run against the
// real PyTorch) and every op the torch-mlir dialect registers (scripts/gen_torch_mlir_ops.py).

export interface PythonParam {
  name: string;
  default?: string;
  kind?: 'positional_only' | 'positional_or_keyword' | 'keyword_only' | 'var_positional' | 'var_keyword';
}

export interface PythonFunction {
  qualname: string;
  /** The aten op of the same name, `aten::max_pool2d`. */
  op?: string;
  params?: PythonParam[];
  doc?: string;
}

export interface MlirOperandDef {
  name: string;
  type?: string;
  variadic?: boolean;
  optional?: boolean;
}

export interface MlirOpDef {
  name: string;
  key?: string;
  operands: MlirOperandDef[];
  results: MlirOperandDef[];
  handwritten?: boolean;
}

interface TorchOpsJson {
  source: { version: string };
  ops: { schema: string }[];
  python: Record<string, { op?: string; params?: PythonParam[]; doc?: string }>;
  methods: Record<string, string>;
  higher_order: string[];
}

interface MlirOpsJson {
  source: { package: string; version: string };
  ops: Record<string, Omit<MlirOpDef, 'name'>>;
}

/** What a node target (or an MLIR op name) refers to. */
export type ResolvedTarget =
  | { kind: 'overload'; schema: OpSchema }
  /** `torch.ops.aten.add` without an overload: the importer cannot import it. */
  | { kind: 'packet'; qualifiedName: string; overloads: OpSchema[] }
  /** A torch-level Python callable (`torch.nn.functional.max_pool2d`, `torch.conv2d`). */
  | { kind: 'python'; fn: PythonFunction; aten: OpSchema[] }
  | { kind: 'method'; method: string; aten: OpSchema[] }
  | { kind: 'hop'; name: string; known: boolean }
  /** `operator.add`, `builtins.getattr`, `<built-in function add>`. */
  | { kind: 'builtin'; name: string }
  /** `torch.ops.<ns>.<name>[.<overload>]` that PyTorch 2.13 does not register. */
  | { kind: 'unknown-op'; namespace: string; name: string; overload?: string }
  /** A user or third-party callable we cannot know. */
  | { kind: 'opaque'; name: string };

export class Registry {
  readonly torchVersion: string;
  readonly mlirSource: string;
  private readonly byName = new Map<string, OpSchema[]>();
  private readonly byFull = new Map<string, OpSchema>();
  private readonly python = new Map<string, PythonFunction>();
  private readonly methods: Map<string, string>;
  private readonly hops: Set<string>;
  private readonly mlirOps = new Map<string, MlirOpDef>();
  private namespaces = new Set<string>();
  private nameList?: string[];

  /** What export_and_import's decompositions remove before import, and the names it really emits. */
  readonly decompositions: Decompositions;

  constructor(torch: TorchOpsJson, mlir: MlirOpsJson, decompositions?: DecompositionsJson) {
    this.decompositions = new Decompositions(decompositions);
    this.torchVersion = torch.source.version;
    this.mlirSource = `${mlir.source.package} ${mlir.source.version}`;
    for (const op of torch.ops) {
      let s: OpSchema;
      try {
        s = parseSchema(op.schema);
      } catch (e) {
        if (e instanceof SchemaParseError) continue;
        throw e;
      }
      const list = this.byName.get(s.qualifiedName);
      if (list) list.push(s);
      else this.byName.set(s.qualifiedName, [s]);
      this.byFull.set(`${s.qualifiedName}.${s.overload || 'default'}`, s);
      this.namespaces.add(s.namespace);
    }
    for (const [qualname, p] of Object.entries(torch.python ?? {})) this.python.set(qualname, { qualname, ...p });
    this.methods = new Map(Object.entries(torch.methods ?? {}));
    this.hops = new Set(torch.higher_order ?? []);
    for (const [name, def] of Object.entries(mlir.ops)) this.mlirOps.set(name, { name, ...def });
  }

  private static cached?: Registry;

  /** Loads the committed data once per process. */
  static load(dataDir = findDataDir()): Registry {
    if (!Registry.cached) {
      const torch = JSON.parse(readFileSync(join(dataDir, 'torch_ops.json'), 'utf8')) as TorchOpsJson;
      const mlir = JSON.parse(readFileSync(join(dataDir, 'torch_mlir_ops.json'), 'utf8')) as MlirOpsJson;
      const decomp = JSON.parse(readFileSync(join(dataDir, 'decompositions.json'), 'utf8')) as DecompositionsJson;
      Registry.cached = new Registry(torch, mlir, decomp);
    }
    return Registry.cached;
  }

  overloads(qualifiedName: string): OpSchema[] {
    return this.byName.get(qualifiedName) ?? [];
  }

  /** `aten::add` + `Tensor` (or '' / 'default'). */
  schema(qualifiedName: string, overload: string): OpSchema | undefined {
    return this.byFull.get(`${qualifiedName}.${overload || 'default'}`);
  }

  pythonFunction(qualname: string): PythonFunction | undefined {
    return this.python.get(qualname);
  }

  isHigherOrder(name: string): boolean {
    return this.hops.has(name);
  }

  /**
   * The torch-dialect op the importer really emits for an overload: its own name
   * (`torch.aten.add.Tensor`), or the one a real import showed (`aten::sym_size.int` is emitted as
   * `torch.aten.size.int`). Where the importer picks between names by the arguments
   * (`mul.Tensor` with a Python scalar becomes `mul.Scalar`), the overload's own name.
   */
  importedOpName(s: OpSchema): string {
    const own = mlirOpName(s);
    const real = this.decompositions.emittedNames(overloadKey(s));
    return real && real.length === 1 ? real[0] : own;
  }

  /** Every name a real import emitted for the overload (one, or several chosen by the arguments). */
  importedOpNames(s: OpSchema): string[] {
    return this.decompositions.emittedNames(overloadKey(s)) ?? [mlirOpName(s)];
  }

  mlirOp(name: string): MlirOpDef | undefined {
    return this.mlirOps.get(name);
  }

  hasNamespace(ns: string): boolean {
    return this.namespaces.has(ns);
  }

  mlirOpNames(): string[] {
    return [...this.mlirOps.keys()];
  }

  /** Every op as FX prints it (`torch.ops.aten.add.Tensor`), for completion and suggestions. */
  allTargets(): string[] {
    if (!this.nameList) {
      this.nameList = [...this.byFull.values()].map((s) => `torch.ops.${s.namespace}.${s.name}.${s.overload || 'default'}`);
    }
    return this.nameList;
  }

  pythonNames(): string[] {
    return [...this.python.keys()];
  }

  /** The closest real op names to a misspelt target (`torch.ops.aten.max_pool2D.default`). */
  suggest(target: string, n = 3): string[] {
    return closestNames(target, this.allTargets(), n);
  }

  /**
   * Resolves an FX target (normalized str(graph) spelling) to what it refers to.
   * Edge-dialect targets (`executorch.exir.dialects.edge._ops.aten.add.Tensor`) resolve to their aten op.
   */
  resolve(target: string, op: 'call_function' | 'call_method' = 'call_function'): ResolvedTarget {
    // A 100k-node graph has a few dozen distinct targets: resolve each once.
    const key = op === 'call_method' ? 'm:' + target : target;
    let r = this.resolved.get(key);
    if (!r) {
      r = this.resolveUncached(target, op);
      this.resolved.set(key, r);
    }
    return r;
  }

  private readonly resolved = new Map<string, ResolvedTarget>();

  private resolveUncached(target: string, op: 'call_function' | 'call_method'): ResolvedTarget {
    if (op === 'call_method') {
      const aten = this.methods.get(target);
      return { kind: 'method', method: target, aten: aten ? this.overloads(aten) : [] };
    }
    let t = target;
    const edge = t.indexOf('.dialects.edge._ops.');
    if (edge >= 0) t = 'torch.ops.' + t.slice(edge + '.dialects.edge._ops.'.length);
    if (t.startsWith('torch.ops.')) {
      const parts = t.slice('torch.ops.'.length).split('.');
      const [ns, name, overload] = parts;
      if (ns === 'higher_order') return { kind: 'hop', name: name ?? '', known: this.hops.has(name ?? '') };
      if (!name) return { kind: 'opaque', name: target };
      const qn = `${ns}::${name}`;
      const list = this.byName.get(qn);
      if (!list) return { kind: 'unknown-op', namespace: ns, name, overload };
      if (overload === undefined) return { kind: 'packet', qualifiedName: qn, overloads: list };
      const s = this.schema(qn, overload === 'default' ? '' : overload);
      if (!s) return { kind: 'unknown-op', namespace: ns, name, overload };
      return { kind: 'overload', schema: s };
    }
    // print_tabular prints higher-order ops by their bare name (`while_loop`).
    if (!t.includes('.') && this.hops.has(t)) return { kind: 'hop', name: t, known: true };
    if (t.startsWith('operator.') || t.startsWith('builtins.') || t.startsWith('_operator.') || t.startsWith('math.')) {
      return { kind: 'builtin', name: t };
    }
    const fn = this.python.get(t);
    if (fn) return { kind: 'python', fn, aten: fn.op ? this.overloads(fn.op) : [] };
    // torch-level builtins the generator could not introspect: `torch.relu` → aten::relu.
    const m = /^torch\.(?:_C\._nn\.|_C\._VariableFunctions\.|nn\.functional\.|Tensor\.|special\.|linalg\.|fft\.)?([A-Za-z0-9_]+)$/.exec(t);
    if (m) {
      const aten = this.overloads(`aten::${m[1]}`);
      if (aten.length) return { kind: 'python', fn: { qualname: t, op: `aten::${m[1]}` }, aten };
    }
    return { kind: 'opaque', name: target };
  }
}

/** Finds server/data from the bundle (dist/) or the sources (server/src/core/registry/). */
export function findDataDir(start = __dirname): string {
  let dir = start;
  for (let i = 0; i < 8; i++) {
    for (const candidate of [join(dir, 'server', 'data'), join(dir, 'data')]) {
      if (existsSync(join(candidate, 'torch_ops.json'))) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`torch-mlir-diagnostics: cannot find server/data/torch_ops.json above ${start}`);
}
