import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MlirDocument, MlirOp } from '../../server/src/core/mlir/model';
import type { Span } from '../../server/src/core/text';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'mlir');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function slice(text: string, s: Span | undefined): string {
  if (!s) throw new Error('no span');
  return text.slice(s.start, s.end);
}

/** The first op with this name (or whose operatorName / first result matches). */
export function op(doc: MlirDocument, name: string, nth = 0): MlirOp {
  const all = doc.allOps.filter((o) => o.name === name || o.operatorName === name || o.results[0]?.name === name);
  if (!all[nth]) throw new Error(`no op ${name} #${nth}`);
  return all[nth];
}
