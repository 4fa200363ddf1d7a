import type { OpSchema } from './schema';

// Which graph the importer really sees: what torch_mlir.fx.export_and_import's decompositions take
// out of a raw torch.export graph before import, and the torch-dialect names the importer emits
// where they differ from the overload's own (scripts/gen_decompositions.py, from real runs of
// PyTorch and torch-mlir).

export interface Decomposition {
  /** `table` (torch-mlir's decomposition table), `composite` (a CompositeImplicitAutograd kernel
   * export does not keep), `functionalization` (an in-place op replaced by its functional twin),
   * `observed` (a real run removed it by another mechanism). */
  how: string;
  /** A real export + run_decompositions removed it. */
  verified: boolean;
  /** What it became in a real run, `aten::flip.default` style. */
  into?: string[];
  /** What aot_autograd (torch.compile) does with it: `removed`, `kept`, `varies`; absent when unknown. */
  aot?: string;
}

export interface DecompositionsJson {
  source: { torch: string; torch_mlir: string; generator: string; generated: string };
  removed: Record<string, Decomposition>;
  preserved_composite?: string[];
  hops_removed?: Record<string, unknown>;
  python_removed?: Record<string, { into?: string[] }>;
  emitted_names?: Record<string, { emits: string[] }>;
}

/** `aten::sym_size` + `int` → `aten::sym_size.int` (the data's keys). */
export function overloadKey(s: OpSchema): string {
  return `${s.qualifiedName}.${s.overload || 'default'}`;
}

/** `aten::flip.default` → `aten.flip.default`, as FX prints a target (without `torch.ops.`). */
export function shortTarget(key: string): string {
  return key.replace('::', '.');
}

export class Decompositions {
  private readonly removed: Map<string, Decomposition>;
  private readonly hops: Set<string>;
  private readonly python: Map<string, { into?: string[] }>;
  private readonly emitted: Map<string, string[]>;
  readonly source: string;

  constructor(data?: DecompositionsJson) {
    this.removed = new Map(Object.entries(data?.removed ?? {}));
    this.hops = new Set(Object.keys(data?.hops_removed ?? {}));
    this.python = new Map(Object.entries(data?.python_removed ?? {}));
    this.emitted = new Map(Object.entries(data?.emitted_names ?? {}).map(([k, v]) => [k, v.emits]));
    this.source = data ? `torch ${data.source.torch}, torch-mlir ${data.source.torch_mlir}` : '';
  }

  // Asked for every node of 100k-node graphs, which hold a few dozen distinct overloads.
  private readonly bySchema = new Map<OpSchema, Decomposition | null>();

  /** How export_and_import's decompositions take this overload out before import, if they do. */
  removedBeforeImport(s: OpSchema): Decomposition | undefined {
    let d = this.bySchema.get(s);
    if (d === undefined) {
      d = this.removed.get(overloadKey(s)) ?? null;
      this.bySchema.set(s, d);
    }
    return d ?? undefined;
  }

  /** A higher-order op that run_decompositions inlines (`wrap_with_set_grad_enabled`). */
  hopRemovedBeforeImport(name: string): boolean {
    return this.hops.has(name);
  }

  /** A Python-level call target (as FX prints it) that only a pre-decomposition graph holds. */
  pythonRemovedBeforeImport(target: string): { into?: string[] } | undefined {
    return this.python.get(target);
  }

  /** The torch-dialect names a real import emitted for this target, when not its own name. */
  emittedNames(key: string): string[] | undefined {
    return this.emitted.get(key);
  }
}

/** `decomposed before import into aten.flip.default` — one line for hover and messages. */
export function describeDecomposition(d: Decomposition): string {
  const shown = d.into?.filter((k) => k !== 'operator.getitem');
  const into = shown?.length ? ` into ${shown.slice(0, 6).map(shortTarget).join(', ')}${shown.length > 6 ? ', …' : ''}` : '';
  if (!into && d.verified && d.how !== 'inlined') return 'removed before import (nothing replaces it)';
  switch (d.how) {
    case 'functionalization':
      return `functionalized before import${into}`;
    case 'inlined':
      return 'inlined before import (its body is imported instead)';
    default:
      return `decomposed before import${into}`;
  }
}
