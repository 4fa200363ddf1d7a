import { allGraphs, forEachValue, type FxNode, type FxValue } from '../fx/model';
import { DTYPE_LITERALS_WITHOUT_CODE } from '../registry/importerFacts';
import type { Rule } from './rule';

// Dtypes the importer's tables do not map. A dtype literal (`torch.complex128` as an argument)
// goes through TORCH_DTYPE_TO_INT: missing entries raise a raw KeyError, and the complex codes are
// off by one (complex64 emitted as 10 = complex128; torch-mlir PR #4638). A tensor of such a
// dtype goes through dtype_to_type, which raises the same raw KeyError.

// Which literals lack a code is generated from the importer (importer_facts.json).
const LITERAL_MISSING = DTYPE_LITERALS_WITHOUT_CODE;
const LITERAL_WRONG_CODE: Record<string, string> = {
  'torch.complex64': 'complex64 is emitted as 10 (complex128) instead of 9',
  'torch.cfloat': 'complex64 is emitted as 10 (complex128) instead of 9',
  'torch.complex32': 'complex32 is emitted as 9 (complex64) instead of 8',
  'torch.chalf': 'complex32 is emitted as 9 (complex64) instead of 8',
};
// uint32 is absent on purpose: torch-mlir 20261001 imports it as ui32 (corpus case dtype_uint32_input).
const TENSOR_MISSING = new Set(['u16', 'u64', 'b16', 'b1x8']);
const TENSOR_NAME: Record<string, string> = { u16: 'uint16', u64: 'uint64', b16: 'bits16', b1x8: 'bits1x8' };
// Literal tensors of these dtypes go through numpy only with the ml_dtypes package installed.
const NEEDS_ML_DTYPES: Record<string, string> = { bf16: 'bfloat16', f8e4m3fn: 'float8_e4m3fn', f8e5m2: 'float8_e5m2', f8e4m3fnuz: 'float8_e4m3fnuz', f8e5m2fnuz: 'float8_e5m2fnuz', f8e8m0fnu: 'float8_e8m0fnu' };

/** Placeholders the frozen import turns into literal tensors: parameters, buffers, constants. */
function isFrozenConstant(node: import('../fx/model').FxNode): boolean {
  if (node.op === 'get_attr') return true;
  if (node.op !== 'placeholder') return false;
  const spec = node.graph.signature?.inputs.find((i) => i.name === node.name);
  if (spec) return spec.kind === 'PARAMETER' || spec.kind === 'BUFFER' || spec.kind === 'CONSTANT_TENSOR';
  return /^(p|b|c)_/.test(node.name);
}

export const unsupportedDtype: Rule = {
  id: 'unsupported-dtype',
  description: "A dtype the importer's tables do not map (uint16/32/64, complex128 literals, ...), or map wrongly (complex64 codes).",
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    // One visitor for the whole walk (not a closure per node): it reads the node being walked from `current`.
    let current: FxNode;
    const visitDtype = (v: FxValue) => {
      const node = current;
      if (v.kind !== 'name') return;
      if (v.text.startsWith('torch.') && LITERAL_MISSING.has(v.text)) {
        ctx.report({
          span: v.span,
          message: `${node.name} passes the dtype ${v.text}, which the importer's dtype table (TORCH_DTYPE_TO_INT) lacks: import fails with "KeyError: ${v.text}".${v.text.includes('complex128') ? ' (torch-mlir PR #4638.)' : ''}`,
        });
      } else if (LITERAL_WRONG_CODE[v.text]) {
        ctx.report({
          span: v.span,
          severity: 'warning',
          message: `${node.name} passes the dtype ${v.text}: the importer's dtype codes for complex types are off by one (${LITERAL_WRONG_CODE[v.text]}; torch-mlir PR #4638), so the op computes in the wrong type and lowering may fail.`,
        });
      }
    };
    for (const g of allGraphs(a.doc)) {
      if (g.level === 'dynamo' || g.level === 'fx-trace') continue;
      for (const node of g.nodes) {
        if (node.type?.kind === 'tensor' && node.type.dtype && TENSOR_MISSING.has(node.type.dtype) && (node.op === 'placeholder' || node.op === 'call_function')) {
          ctx.report({
            span: node.type.span,
            message: `${node.name} is a torch.${TENSOR_NAME[node.type.dtype]} tensor: the importer has no MLIR element type for it and fails with "KeyError: torch.${TENSOR_NAME[node.type.dtype]}" (dtype_to_type).`,
          });
        }
        const dt = node.type?.kind === 'tensor' ? node.type.dtype : undefined;
        if (dt && NEEDS_ML_DTYPES[dt] && isFrozenConstant(node) && node.users.length) {
          const user = node.users[0];
          let at: import('../text').Span = node.nameSpan;
          forEachValue(user, (v) => {
            if (v.kind === 'ref' && v.name === node.name && at === node.nameSpan) at = v.span;
          });
          ctx.report({
            span: at,
            severity: 'warning',
            message: `${node.name} is a torch.${NEEDS_ML_DTYPES[dt]} ${node.op === 'get_attr' ? 'constant' : 'parameter/buffer'}: the frozen import turns it into a literal through numpy, which needs the ml_dtypes package; without it, importing ${user.name} fails with "AssertionError: torch.${NEEDS_ML_DTYPES[dt]} requires the ml_dtypes package, please run: pip install ml_dtypes".`,
          });
        }
        if (node.op !== 'call_function') continue;
        current = node;
        forEachValue(node, visitDtype);
      }
    }
  },
};

