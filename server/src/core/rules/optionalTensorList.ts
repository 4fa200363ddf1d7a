import type { FxAnalysis } from '../analysis/fxAnalysis';
import type { FxNode, FxValue } from '../fx/model';
import { type JitType, unwrapOptional } from '../registry/schema';
import type { Rule, RuleContext } from './rule';
import { isNoneType, retypeValueEdits } from './mlirHelpers';

// A list argument that mixes None with tensors, as `aten.index.Tensor(x, [None, None, %i, %j])`
// (what nn.Upsample(mode='bilinear', align_corners=True) decomposes into). The 2023 importer typed
// a list by its first element and rejected the mix; torch-mlir types it from the schema, so the
// mix is fine for `Tensor?[]` and wrong only for a plain `Tensor[]`.

function pyTypeOf(v: FxValue): string {
  switch (v.kind) {
    case 'none':
      return "<class 'NoneType'>";
    case 'ref':
      return "<class 'torch.fx.node.Node'>";
    case 'int':
      return "<class 'int'>";
    case 'float':
      return "<class 'float'>";
    case 'bool':
      return "<class 'bool'>";
    case 'string':
      return "<class 'str'>";
    default:
      return `<class '${v.kind}'>`;
  }
}

/** Whether an argument of `node` is a list literal with a None item (a binding only rearranges them). */
function hasNoneList(node: FxNode): boolean {
  for (const v of node.args) if (v.kind === 'list' && v.items.some(isNone)) return true;
  for (const k of node.kwargs) if (k.value.kind === 'list' && k.value.items.some(isNone)) return true;
  return false;
}

function isNone(v: FxValue): boolean {
  return v.kind === 'none';
}

function checkList(a: FxAnalysis, ctx: RuleContext, node: FxNode, v: FxValue & { kind: 'list' }, param: string | undefined, type: JitType | undefined): void {
  const g = node.graph;
  const hasNone = v.items.some((i) => i.kind === 'none');
  const refs = v.items.filter((i) => i.kind === 'ref');
  if (!hasNone || refs.length === 0) return;
  if (refs.some((r) => { const k = a.kindOf(r, g).k; return k !== 'tensor' && k !== 'unknown'; })) return;
  const where = param ? `${param} of ${node.name}` : `an argument of ${node.name}`;
  if (ctx.profile === 'turbine-2023') {
    const first = v.items[0];
    const bad = v.items.find((i) => pyTypeOf(i) !== pyTypeOf(first))!;
    ctx.report({
      span: v.span,
      message: `${where} mixes None and tensors: SHARK-Turbine's 2023 importer types a list by its first element and raises "TypeError: Heterogeneous lists are not supported: expected ${pyTypeOf(first)}, got ${pyTypeOf(bad)}" (fixed by SHARK-Turbine #31, which emits !torch.list<optional<vtensor>>).`,
    });
    return;
  }
  if (!type) return;
  const list = unwrapOptional(type).type;
  if (list.kind !== 'list') return;
  if (list.elem.kind === 'optional') return; // Tensor?[]: imported as !torch.list<optional<vtensor>>.
  ctx.report({
    span: v.items.find((i) => i.kind === 'none')!.span,
    message: `${where} is declared ${type.kind === 'optional' ? 'an optional ' : ''}Tensor[] (not Tensor?[]), but the list holds None: torch-mlir raises "AssertionError: Heterogeneous lists are not supported: expected vtensor, got <class 'NoneType'>".`,
  });
}

export const optionalTensorList: Rule = {
  id: 'optional-tensor-list',
  description: 'A list argument mixing None and tensors (e.g. aten.index.Tensor indices).',
  severity: { 'torch-mlir': 'error', 'turbine-2023': 'error' },
  checkFx(a, ctx) {
    for (const node of a.calls([])) {
      // Only a list literal holding None can be reported: most nodes have none, and are left
      // before their binding is even looked at.
      if (!hasNoneList(node)) continue;
      const binding = a.info(node).binding;
      if (binding) {
        for (const b of binding.args) if (b.value?.kind === 'list') checkList(a, ctx, node, b.value, b.param.name, b.param.arg?.type);
      } else if (ctx.profile === 'turbine-2023') {
        // The 2023 importer never looked at the schema: any list argument counts.
        for (const v of node.args) if (v.kind === 'list') checkList(a, ctx, node, v, undefined, undefined);
      }
    }
  },
  checkMlir(m, ctx) {
    for (const op of m.doc.allOps) {
      if (op.name !== 'torch.prim.ListConstruct' || op.resultTypes.length !== 1) continue;
      const listType = op.resultTypes[0];
      const d = listType.desc;
      if (d.kind !== 'torch-list' || d.element.kind !== 'torch-tensor') continue;
      const noneAt = op.operands.findIndex((o, i) => isNoneType(op.operandTypes[i]?.text ?? m.typeOfOperand(o)?.text));
      if (noneAt < 0) continue;
      const optional = `!torch.list<optional<${d.element.value ? 'vtensor' : 'tensor'}>>`;
      const def = m.resultDef(op);
      const edits = def ? retypeValueEdits(m, def, optional) : [{ span: listType.span, newText: optional }];
      ctx.report({
        span: op.operands[noneAt].span,
        message: `${op.results[0]?.name ?? 'this list'} holds ${op.operands[noneAt].name} (!torch.none) but is typed ${listType.text}: the verifier rejects it ("operand types should have the same type as the list contained type"). A list with None elements must be ${optional}, as torch-mlir's importer emits for Tensor?[] parameters.`,
        fixes: [{ title: 'Mark list elements optional', edits, preferred: true, safe: true }],
      });
    }
  },
};
