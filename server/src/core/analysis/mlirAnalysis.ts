import type { MlirDocument, MlirOp, MlirOperandRef, MlirType } from '../mlir/model';
import { MlirDef, MlirScopeInfo, MlirUse, resolveScopes } from '../mlir/scope';
import type { MlirOpDef, Registry } from '../registry/registry';
import type { OpSchema } from '../registry/schema';

// Per-document facts about an MLIR module that rules and editor features share: name resolution,
// the type each value was defined with, and the registered definition behind each torch op.

export class MlirAnalysis {
  private scopeInfo?: MlirScopeInfo;
  private usesByStart?: Map<number, MlirUse>;
  private readonly document: MlirDocument;
  private pending?: () => void;

  constructor(
    doc: MlirDocument,
    readonly registry: Registry,
    /** A resolution already made for `doc` (incremental re-analysis splices the previous one). */
    scope?: MlirScopeInfo,
    /**
     * Work that completes `doc` (incremental re-analysis moves the spans after an edit once the
     * diagnostics are out): done before the model is first read.
     */
    pending?: () => void,
  ) {
    this.document = doc;
    this.scopeInfo = scope;
    this.pending = pending;
  }

  get doc(): MlirDocument {
    if (this.pending) this.settle();
    return this.document;
  }

  get scope(): MlirScopeInfo {
    if (this.pending) this.settle();
    return (this.scopeInfo ??= resolveScopes(this.document));
  }

  /** Completes the model now (a server can call this while idle, after publishing diagnostics). */
  settle(): void {
    const p = this.pending;
    this.pending = undefined;
    p?.();
  }

  private useAt(offset: number): MlirUse | undefined {
    if (!this.usesByStart) {
      this.usesByStart = new Map();
      for (const u of this.scope.uses) this.usesByStart.set(u.span.start, u);
    }
    return this.usesByStart.get(offset);
  }

  /** The definition an operand refers to. */
  defOf(operand: MlirOperandRef): MlirDef | undefined {
    return this.useAt(operand.span.start)?.def;
  }

  /** The op that produces an operand's value, when it is an op result. */
  producer(operand: MlirOperandRef): MlirOp | undefined {
    const def = this.defOf(operand);
    return def?.origin === 'result' ? def.op : undefined;
  }

  /** The type a value was defined with (result type, function or block argument type). */
  typeOfDef(def: MlirDef, resultIndex = 0): MlirType | undefined {
    const i = (def.index ?? 0) + resultIndex;
    switch (def.origin) {
      case 'result':
        return def.op?.resultTypes[i];
      case 'func-arg':
        return def.op?.func?.args[i]?.type;
      case 'block-arg':
        return def.block?.args[i]?.type;
      default:
        return undefined;
    }
  }

  typeOfOperand(operand: MlirOperandRef): MlirType | undefined {
    const def = this.defOf(operand);
    return def ? this.typeOfDef(def, operand.resultIndex ?? 0) : undefined;
  }

  /** Every use of a definition. */
  usesOf(def: MlirDef): MlirUse[] {
    return this.scope.referencesOf(def);
  }

  /** The definition of the value an op's `i`-th result group defines. */
  resultDef(op: MlirOp, group = 0): MlirDef | undefined {
    const r = op.results[group];
    if (!r) return undefined;
    return this.scope.at(r.span.start)?.def;
  }

  /** The name the op is registered under: `torch.operator "torch.aten.foo"` counts as `torch.aten.foo`. */
  torchName(op: MlirOp): string {
    return op.name === 'torch.operator' && op.operatorName ? op.operatorName : op.name;
  }

  mlirDef(op: MlirOp): MlirOpDef | undefined {
    return this.registry.mlirOp(op.name);
  }

  /** The PyTorch schema a torch-dialect op name comes from: `torch.aten.add.Tensor` → aten::add.Tensor. */
  schemaOf(name: string): OpSchema | undefined {
    const m = /^torch\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?$/.exec(name);
    if (!m) return undefined;
    const [, ns, op, overload] = m;
    return this.registry.schema(`${ns}::${op}`, overload ?? '');
  }
}
