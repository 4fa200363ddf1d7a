import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// server/data/torch_ops.json (shipped: each op's schema text) joined with
// test/data/torch_ops_parsed.json (PyTorch's own parse of each schema, for the tests only), both
// written by scripts/gen_op_registry.py in the same order.

const ROOT = join(__dirname, '..', '..');

export function loadTorchOps() {
  const shipped = JSON.parse(readFileSync(join(ROOT, 'server', 'data', 'torch_ops.json'), 'utf8'));
  const parsed = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'torch_ops_parsed.json'), 'utf8'));
  if (parsed.ops.length !== shipped.ops.length) throw new Error('torch_ops_parsed.json does not match torch_ops.json: run scripts/gen_op_registry.py');
  return { ...shipped, ops: shipped.ops.map((o: { schema: string }, i: number) => ({ ...parsed.ops[i], schema: o.schema })) };
}
