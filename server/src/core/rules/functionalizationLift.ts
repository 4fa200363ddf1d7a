import { allGraphs } from '../fx/model';
import type { Rule } from './rule';

// Direct calls to aten.lift / lift_fresh / lift_fresh_copy in a graph that AOTAutograd has yet to
// functionalize (a Dynamo-level graph). Functionalization asserts on them (pytorch#107961:
// `!at::functionalization::impl::isFunctionalTensor(self) INTERNAL ASSERT FAILED`, and a
// RecursionError for lift_fresh_copy.default). In AOT and export graphs lift_fresh_copy of a
// lifted constant is the normal trace of torch.tensor(...): not this rule's business.

const LIFT = /^(.*\baten\.)(lift|lift_fresh|lift_fresh_copy)(\.[A-Za-z_]+)?$/;

export const functionalizationLift: Rule = {
  id: 'functionalization-lift',
  description: 'aten.lift / lift_fresh / lift_fresh_copy called directly in a graph that is yet to be functionalized.',
  // PyTorch 2.13 functionalizes these calls fine (corpus cases seed_aten_lift and
  // seed_lift_fresh_copy_default compile through AOTAutograd), so today it is only a note.
  severity: { 'torch-mlir': 'information', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    const text = a.doc.text;
    for (const g of allGraphs(a.doc)) {
      if (g.level !== 'dynamo' && g.level !== 'fx-trace') continue;
      for (const node of g.nodes) {
        if (node.op !== 'call_function') continue;
        const m = LIFT.exec(node.target);
        if (!m) continue;
        const op = m[2];
        const written = text.slice(node.targetSpan.start, node.targetSpan.end);
        const at = written.lastIndexOf(op);
        const fixes =
          at >= 0 && LIFT.test(written)
            ? [
                {
                  title: `Replace with aten.clone`,
                  edits: [{ span: { start: node.targetSpan.start + at, end: node.targetSpan.start + at + op.length }, newText: 'clone' }],
                  preferred: true,
                  safe: true,
                },
              ]
            : [];
        const assertMsg = op === 'lift_fresh_copy' ? '"RecursionError: maximum recursion depth exceeded" under fake tensors, or ' : '';
        ctx.report({
          span: node.targetSpan,
          message: ctx.profile === 'torch-mlir'
            ? `${node.name} calls aten.${op} directly in a graph that is yet to be functionalized (${g.levelReason}). PyTorch 2.13 functionalizes it, but PyTorch up to 2.1 (the SHARK-Turbine era) failed with "RuntimeError: !at::functionalization::impl::isFunctionalTensor(self) INTERNAL ASSERT FAILED" (pytorch#107961)${op === 'lift_fresh_copy' ? ' or a RecursionError' : ''}. aten.clone is the portable spelling.`
            : `${node.name} calls aten.${op} directly in a graph that is yet to be functionalized (${g.levelReason}): AOTAutograd's functionalization fails on it with ${assertMsg}"RuntimeError: !at::functionalization::impl::isFunctionalTensor(self) INTERNAL ASSERT FAILED" (pytorch#107961). aten.clone is the decomposition upstream adopted.`,
          fixes,
        });
      }
    }
  },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      const name = m.torchName(op);
      if (!/^torch\.aten\.(lift|lift_fresh)$/.test(name)) continue;
      ctx.report({
        span: op.operatorNameSpan ?? op.nameSpan,
        severity: 'warning',
        message: `${name} in the IR: a direct aten.${name.slice(11)} call that functionalization could not remove (pytorch#107961). It has no lowering in torch-mlir; replace it with torch.aten.clone in the model (t.clone()).`,
      });
    }
  },
};
