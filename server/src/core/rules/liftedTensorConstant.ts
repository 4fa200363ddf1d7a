import { allGraphs, FxNode, FxValue } from '../fx/model';
import type { Rule } from './rule';

// get_attr nodes that read tensors off the module (`_tensor_constant0 = self._tensor_constant0`,
// typically feeding aten.lift_fresh_copy). The 2023 importer never bound get_attr nodes, so every
// use raised `KeyError: (_tensor_constant0, 0)`. torch-mlir imports them lazily at their use, but
// its cache check for direct (non-list) uses looks up the wrong key: a second use re-imports the
// node and trips `Node already has a value` (torch-mlir PR #4770), and a dotted target is read
// with a plain getattr that cannot follow `a.b`.

const HOP_TARGETS = /higher_order\.|executorch_call_delegate/;

/** True for get_attrs that name submodules (cond branches, delegates) rather than tensors. */
function isSubmoduleAttr(node: FxNode): boolean {
  if (node.users.length === 0) return false;
  return node.users.every((u) => u.op === 'call_function' && HOP_TARGETS.test(u.target));
}

interface Use {
  user: FxNode;
  direct: boolean;
  value: FxValue;
}

/** Every use of `def`, in the order the importer meets them (graph order, then argument order). */
function usesOf(def: FxNode): Use[] {
  const out: Use[] = [];
  for (const user of def.users) {
    const visit = (v: FxValue, direct: boolean) => {
      if (v.kind === 'ref' && v.name === def.name) out.push({ user, direct, value: v });
      else if (v.kind === 'list' || v.kind === 'tuple') v.items.forEach((i) => visit(i, v.kind === 'tuple' ? direct : false));
      else if (v.kind === 'dict') v.entries.forEach((e) => visit(e.value, direct));
    };
    user.args.forEach((v) => visit(v, true));
    user.kwargs.forEach((k) => visit(k.value, true));
  }
  return out;
}

export const liftedTensorConstant: Rule = {
  id: 'lifted-tensor-constant',
  description: 'A get_attr of a lifted tensor constant that the importer cannot bind.',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    for (const g of allGraphs(a.doc)) {
      for (const node of g.nodes) {
        if (node.op !== 'get_attr' || isSubmoduleAttr(node)) continue;
        const uses = usesOf(node);
        if (uses.length === 0) continue;
        const feedsLift = node.users.some((u) => /lift_fresh/.test(u.target));
        const why = feedsLift ? ` (it feeds ${node.users.find((u) => /lift_fresh/.test(u.target))!.name} = aten.lift_fresh_copy, the trace of torch.tensor(...) / x[mask] = v / .tolist())` : '';
        if (ctx.profile === 'turbine-2023') {
          ctx.report({
            span: node.nameSpan,
            message: `${node.name} = get_attr ${node.target}${why}: SHARK-Turbine's 2023 importer skipped get_attr nodes, so its first use (${uses[0].user.name}) fails with "KeyError: (${node.name}, 0)". Fixed in SHARK-Turbine #37 (Aug 2023), which imports the attribute as a literal.`,
            related: [{ span: uses[0].value.span, message: `first use, where the KeyError is raised` }],
          });
          continue;
        }
        if (node.target.includes('.')) {
          ctx.report({
            span: node.targetSpan,
            message: `${node.name} = get_attr ${node.target}: torch-mlir reads get_attr targets with a plain getattr on the graph module, which cannot follow the dotted path: "AssertionError: Attempting to retrieve attribute '${node.target}' from module, but no such attribute exists" (torch-mlir PR #4770).`,
          });
          continue;
        }
        const second = uses.findIndex((u, i) => i > 0 && u.direct);
        if (second > 0) {
          const u = uses[second];
          ctx.report({
            span: node.nameSpan,
            message: `${node.name} = get_attr ${node.target} is used ${uses.length} times${why}: torch-mlir imports a get_attr at each direct use without finding the earlier import, so the use in ${u.user.name} fails with "AssertionError: Node already has a value: ${node.name}" (torch-mlir PR #4770).`,
            related: [{ span: u.value.span, message: `the use that fails` }],
          });
        }
      }
    }
  },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      if (m.torchName(op) !== 'torch.aten.lift_fresh_copy') continue;
      ctx.report({
        span: op.nameSpan,
        severity: ctx.profile === 'turbine-2023' ? 'warning' : 'information',
        message:
          ctx.profile === 'turbine-2023'
            ? 'torch.aten.lift_fresh_copy survived import: in 2023 torch-mlir could not lower it ("That op just keeps giving"), which is why SHARK-Turbine #46 rewrote it to aten.clone in the importer.'
            : "torch.aten.lift_fresh_copy survived import: today's FX importer rewrites lift_fresh_copy.default to aten.clone, so this IR comes from another path (TorchScript, or an importer without that canonicalization); lowering relies on torch-mlir decomposing it to a clone.",
      });
    }
  },
};
