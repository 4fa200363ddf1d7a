import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDir } from './registry';

// The lowering-legality table (server/data/lowering_legality.json, from
// scripts/gen_lowering_legality.py): for each torch-dialect op, dtype class and static/dynamic
// shape, whether the op's OpInfo probes lowered to linalg-on-tensors, and if not, the real stage
// and message. Keys the probes never reached are absent: unknown, never guessed.

export type DtypeClass = string;
export type ShapeKind = 'static' | 'dynamic' | '0d';

export interface LoweringFailure {
  /** `fails`: every attributable probe failed; `partial`: some lowered, some failed. */
  verdict: 'fails' | 'partial';
  /** `import`, `backend` (torchdynamo-export-to-torch-backend-pipeline), `linalg`. */
  stage: string;
  /** The first error, as torch-mlir printed it (paths, SSA numbers, locations scrubbed). */
  message: string;
  lowered: number;
  failed: number;
  /** The OpInfo and dtype of the first failing probe. */
  from: string;
}

export type LoweringVerdict = 'lowers' | LoweringFailure;

interface EntryJson {
  v: 'fails' | 'partial';
  stage: string;
  msg: string;
  n: [number, number];
  from: string;
}

interface TableJson {
  source: { generator: string; torch: string; torch_mlir: string; generated: string };
  ops: Record<string, Record<string, 'lowers' | EntryJson>>;
}

/** A missing or damaged table: the rule that needs it turns this into one internal-error diagnostic. */
export class LegalityDataError extends Error {}

const FILE = 'lowering_legality.json';

export class LoweringLegality {
  readonly source: string;
  private readonly ops = new Map<string, Map<string, LoweringVerdict>>();
  /** Op → dtype classes with a `fails` key. */
  private readonly failing = new Map<string, Set<string>>();

  constructor(json: unknown, where: string) {
    const bad = (why: string): never => {
      throw new LegalityDataError(`${where} is damaged (${why}); regenerate it with scripts/gen_lowering_legality.py`);
    };
    const t = json as TableJson;
    if (!t || typeof t !== 'object' || !t.source || typeof t.source.torch_mlir !== 'string' || typeof t.source.torch !== 'string') bad('no source versions');
    if (!t.ops || typeof t.ops !== 'object' || Array.isArray(t.ops)) bad('no ops object');
    this.source = `torch ${t.source.torch}, torch-mlir ${t.source.torch_mlir}`;
    for (const [op, keys] of Object.entries(t.ops)) {
      if (!op.startsWith('torch.') || !keys || typeof keys !== 'object') bad(`entry ${JSON.stringify(op)}`);
      const byKey = new Map<string, LoweringVerdict>();
      for (const [key, e] of Object.entries(keys)) {
        if (!/^[a-z0-9_]+\/(static|dynamic|0d)$/.test(key)) bad(`key ${JSON.stringify(key)} of ${op}`);
        if (e === 'lowers') {
          byKey.set(key, 'lowers');
          continue;
        }
        const ok =
          e && typeof e === 'object' && (e.v === 'fails' || e.v === 'partial') && typeof e.stage === 'string' && typeof e.msg === 'string' &&
          Array.isArray(e.n) && e.n.length === 2 && e.n.every((x) => Number.isInteger(x) && x >= 0) && typeof e.from === 'string';
        if (!ok) bad(`verdict for ${op} ${key}`);
        byKey.set(key, { verdict: e.v, stage: e.stage, message: e.msg, lowered: e.n[0], failed: e.n[1], from: e.from });
        if (e.v === 'fails') {
          const dtype = key.slice(0, key.indexOf('/'));
          const set = this.failing.get(op);
          if (set) set.add(dtype);
          else this.failing.set(op, new Set([dtype]));
        }
      }
      this.ops.set(op, byKey);
    }
  }

  /** Whether the table has any verdict for the op. */
  has(op: string): boolean {
    return this.ops.has(op);
  }

  /** Whether some dtype class or shape kind of the op `fails` (the cheap check before reading types). */
  hasFailure(op: string): boolean {
    return this.failing.has(op);
  }

  /** The dtype classes for which some shape kind of the op `fails`. */
  failingDtypes(op: string): ReadonlySet<string> | undefined {
    return this.failing.get(op);
  }

  /** `shape`: `static`, `dynamic` (a symbolic dim somewhere), `0d` (every tensor operand is 0-d). */
  verdict(op: string, dtype: DtypeClass, shape: ShapeKind): LoweringVerdict | undefined {
    return this.ops.get(op)?.get(`${dtype}/${shape}`);
  }

  private static cached?: LoweringLegality | LegalityDataError;

  /**
   * Loads the committed table once per process (TORCH_MLIR_LOWERING_LEGALITY names another file,
   * e.g. one generated for another torch-mlir). Throws LegalityDataError, every time, when the
   * file is missing or damaged.
   */
  static load(): LoweringLegality {
    if (!LoweringLegality.cached) {
      const path = process.env.TORCH_MLIR_LOWERING_LEGALITY || join(findDataDir(), FILE);
      try {
        let text: string;
        try {
          text = readFileSync(path, 'utf8');
        } catch (e) {
          throw new LegalityDataError(`cannot read ${path}: ${(e as Error).message}`);
        }
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (e) {
          throw new LegalityDataError(`${path} is damaged (${(e as Error).message}); regenerate it with scripts/gen_lowering_legality.py`);
        }
        LoweringLegality.cached = new LoweringLegality(json, path);
      } catch (e) {
        if (!(e instanceof LegalityDataError)) throw e;
        LoweringLegality.cached = e;
      }
    }
    const c = LoweringLegality.cached;
    if (c instanceof LegalityDataError) throw c;
    return c;
  }
}

// Dtype classes as the generator names them, from FX annotation abbreviations (`f32[2, 3]`) and
// torch-dialect element types (`!torch.vtensor<[2,3],si64>`).
const FX_DTYPE_CLASS: Record<string, DtypeClass> = {
  f32: 'float32', f16: 'float16', bf16: 'bfloat16', f64: 'float64', i64: 'int64', i32: 'int32', i16: 'int16', i8: 'int8',
  u8: 'uint8', b8: 'bool', c64: 'complex64', c128: 'complex128', c32: 'complex32',
};
const MLIR_DTYPE_CLASS: Record<string, DtypeClass> = {
  f32: 'float32', f16: 'float16', bf16: 'bfloat16', f64: 'float64', si64: 'int64', si32: 'int32', si16: 'int16', si8: 'int8',
  ui8: 'uint8', i1: 'bool', 'complex<f32>': 'complex64', 'complex<f64>': 'complex128', 'complex<f16>': 'complex32',
};

export function fxDtypeClass(abbreviation: string): DtypeClass | undefined {
  return FX_DTYPE_CLASS[abbreviation];
}

export function mlirDtypeClass(elementType: string): DtypeClass | undefined {
  return MLIR_DTYPE_CLASS[elementType];
}
