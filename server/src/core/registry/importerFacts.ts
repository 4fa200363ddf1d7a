import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from './registry';

// What torch-mlir's FX importer accepts, generated from the installed importer by
// scripts/gen_importer_facts.py (server/data/importer_facts.json): its higher-order-op handlers
// (each probed with a real program), its SymInt builtin table, its node canonicalizations, its
// dtype tables, and the buffer names transformers registers with persistent=False.

export interface HopProbe {
  exported?: boolean;
  export_error?: string;
  in_export?: boolean;
  after_decomposition?: boolean;
  /** `ok`, or the importer's `ErrorType: message`. */
  import?: string;
}

export interface ImporterFacts {
  source: { generator: string; generated: string; torch: string; 'torch-mlir': string };
  higher_order_ops: { handlers: string[]; ops: Record<string, { handled: boolean; registered_in_torch: boolean; probe?: HopProbe }> };
  symbolic: { py_builtin_to_torch_op: Record<string, string>; symbolic_torch_ops: Record<string, string> };
  node_canonicalizations: Record<string, string | null>;
  dtypes: Record<string, { aliases?: string[]; mlir_type: string | null; literal_code: number | null; numpy_literal: boolean }>;
  nonpersistent_buffer_names: { source: string | null; names: Record<string, { nonpersistent: number; persistent: number }> };
  /** Entry point → `ok` or the importer's error, for a module with a persistent=False buffer. */
  nonpersistent_buffer_import: Record<string, string>;
}

const FILE = 'importer_facts.json';
let cached: ImporterFacts | undefined;

/** The committed facts, loaded on first use. A damaged file throws one clear error (the rule using it reports internal-error). */
export function importerFacts(dataDir?: string): ImporterFacts {
  if (cached && !dataDir) return cached;
  const path = join(dataDir ?? findDataDir(), FILE);
  let facts: ImporterFacts;
  try {
    facts = JSON.parse(readFileSync(path, 'utf8')) as ImporterFacts;
  } catch (e) {
    throw new Error(`${path} cannot be read (${(e as Error).message}); regenerate it with scripts/gen_importer_facts.py`);
  }
  const missing = ['source', 'higher_order_ops', 'symbolic', 'node_canonicalizations', 'dtypes', 'nonpersistent_buffer_names', 'nonpersistent_buffer_import'].filter(
    (k) => typeof (facts as unknown as Record<string, unknown>)?.[k] !== 'object' || (facts as unknown as Record<string, unknown>)[k] === null,
  );
  if (missing.length || !Array.isArray(facts.higher_order_ops.handlers)) {
    throw new Error(`${path} is damaged (missing ${missing.join(', ') || 'higher_order_ops.handlers'}); regenerate it with scripts/gen_importer_facts.py`);
  }
  if (!dataDir) cached = facts;
  return facts;
}

/** A set computed from the facts on first use, so importing a rule never reads the data file. */
export class LazySet implements Iterable<string> {
  private value?: Set<string>;
  constructor(private readonly compute: (f: ImporterFacts) => Iterable<string>) {}
  private get set(): Set<string> {
    return (this.value ??= new Set(this.compute(importerFacts())));
  }
  has(name: string): boolean {
    return this.set.has(name);
  }
  [Symbol.iterator](): Iterator<string> {
    return this.set[Symbol.iterator]();
  }
}

/** Higher-order ops the importer has an `_import_hop_<name>` handler for. */
export const HANDLED_HOPS = new LazySet((f) => f.higher_order_ops.handlers);

/** Python builtins (`operator.<name>`) the importer maps to torch ops when applied to SymInts. */
export const SYMBOLIC_BUILTINS = new LazySet((f) => Object.keys(f.symbolic.py_builtin_to_torch_op));

/** Buffer names transformers registers with persistent=False (almost) everywhere. */
export const NONPERSISTENT_BUFFER_NAMES = new LazySet((f) => Object.keys(f.nonpersistent_buffer_names.names));

/** Dtype literals (`torch.qint8`, and their aliases) with no code in the importer's TORCH_DTYPE_TO_INT. */
export const DTYPE_LITERALS_WITHOUT_CODE = new LazySet((f) =>
  Object.entries(f.dtypes)
    .filter(([, d]) => d.literal_code === null)
    .flatMap(([name, d]) => [name, ...(d.aliases ?? [])]),
);
