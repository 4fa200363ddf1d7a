// The example dumps (under examples/) the real-client suites open. Adjust here, or override at run
// time with E2E_FILES=a.fx,b.fx. What each file should show comes from test/e2e/oracle.ts (the
// core's own analysis); the optional fields pin the seed's cases further.
export interface E2ECase {
  file: string;
  /** Rule ids that must be among this file's diagnostics (besides whatever the core reports). */
  codes?: string[];
  /** Which diagnostic's fix to apply through the UI (default: the first one with a fix). */
  fixCode?: string;
}

export const CASES: E2ECase[] = [
  // Known issue 1: lists of optional tensors (aten.index.Tensor with None indices from nn.Upsample).
  { file: 'upsample_bilinear_2023.fx', codes: ['optional-tensor-list'] },
  // Known issue 2: F.max_pool2d / avg_pool2d with stride=None / [].
  { file: 'max_pool_no_stride.fx', codes: ['pool-stride-default'], fixCode: 'pool-stride-default' },
  // Known issue 3: `_tensor_constant0 = self._tensor_constant0` with lift_fresh_copy.
  { file: 'tensor_constant_setitem_2023.fx', codes: ['lifted-tensor-constant'] },
  // Known issue 4: aten.lift / lift_fresh_copy at Dynamo level (functionalization failure).
  { file: 'lift_fresh_copy_dynamo.fx', codes: ['functionalization-lift'] },
];

export function selectedCases(): E2ECase[] {
  const only = process.env.E2E_FILES?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!only?.length) return CASES;
  return only.map((file) => CASES.find((c) => c.file === file) ?? { file });
}
