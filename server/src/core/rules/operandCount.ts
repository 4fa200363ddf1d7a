import { resultCount } from '../mlir/model';
import type { Rule } from './rule';

// A torch op written with a number of operands its registered definition does not take. The
// default torch assembly parser reads exactly as many operands as the op declares
// (`parseDefaultTorchOp`), so torch-mlir-opt rejects the line; and an FX importer that emitted it
// would have passed a wrong argument list.

export const operandCount: Rule = {
  id: 'operand-count',
  description: 'A torch op with more or fewer operands (or results) than its registered definition has.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      if (!op.name.startsWith('torch.')) continue;
      const def = m.mlirDef(op);
      if (!def || def.operands.some((o) => o.variadic || o.optional)) continue;
      const wantResults = def.results.length;
      const gotResults = resultCount(op);
      if (gotResults !== wantResults && !def.results.some((r) => r.variadic || r.optional) && (gotResults > 0 || op.resultTypes.length > 0)) {
        ctx.report({
          span: op.nameSpan,
          message: `'${op.name}' op expected ${wantResults} result${wantResults === 1 ? '' : 's'} (${def.results.map((r) => r.name).join(', ')}), ${gotResults} written.`,
        });
      }
      const want = def.operands.length;
      const got = op.operands.length;
      if (got === want) continue;
      const names = def.operands.map((o) => o.name).join(', ');
      const schema = m.schemaOf(op.name);
      ctx.report({
        span: op.nameSpan,
        message: `${op.name} takes ${want} operand${want === 1 ? '' : 's'} (${names}), ${got} given${got < want ? `: missing ${def.operands.slice(got).map((o) => o.name).join(', ')}` : ''}.${schema ? ` Schema: ${schema.text}` : ''}`,
      });
    }
  },
};
