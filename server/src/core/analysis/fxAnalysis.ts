import { allGraphs, FxDocument, FxGraph, FxGraphLevel, FxNode, FxValue } from '../fx/model';
import type { Registry, ResolvedTarget } from '../registry/registry';
import type { OpSchema } from '../registry/schema';
import { bindCall, Binding, Param, pythonParams, schemaParams } from './bind';
import { accepts } from './compat';
import { kindOfAnnotation, kindOfJitType, literalKind, ValueKind } from './kinds';

// Per-document facts that several rules and editor features need: what each target resolves to,
// which overload a call binds to and how, and the kind of every argument. Computed lazily, once.

export interface NodeInfo {
  node: FxNode;
  resolved?: ResolvedTarget;
  /** The aten overload the call binds to (for torch-level callables: the best-fitting one). */
  schema?: OpSchema;
  binding?: Binding;
  /** Several overloads were possible and none bound cleanly. */
  ambiguous?: boolean;
}

const UNKNOWN: ValueKind = { k: 'unknown' };

export class FxAnalysis {
  // Per-node results live in arrays indexed by FxNode.index, one pair per graph: a 100k-node
  // graph is looked up millions of times by the rules, and a Map keyed by objects costs far more.
  private readonly perGraph = new Map<FxGraph, { infos: (NodeInfo | undefined)[]; kinds: (ValueKind | undefined)[] }>();
  private lastGraph?: FxGraph;
  private lastSlots?: { infos: (NodeInfo | undefined)[]; kinds: (ValueKind | undefined)[] };

  private slots(g: FxGraph) {
    if (g !== this.lastGraph) {
      let s = this.perGraph.get(g);
      if (!s) {
        s = { infos: new Array(g.nodes.length), kinds: new Array(g.nodes.length) };
        this.perGraph.set(g, s);
      }
      this.lastGraph = g;
      this.lastSlots = s;
    }
    return this.lastSlots!;
  }

  constructor(
    readonly doc: FxDocument,
    readonly registry: Registry,
  ) {}

  private readonly callLists = new Map<string, FxNode[]>();

  /**
   * Every call_function node of the document, graphs of the `skip` levels left out. Most rules
   * walk exactly this list, so it is built once per set of skipped levels.
   */
  calls(skip: readonly FxGraphLevel[] = []): FxNode[] {
    const key = skip.join(',');
    let list = this.callLists.get(key);
    if (!list) {
      // Each graph's call list is collected once and shared by every set of skipped levels
      // (a dump is usually one graph, whose list is then returned as is, without a copy).
      const parts: FxNode[][] = [];
      for (const g of allGraphs(this.doc)) if (!skip.includes(g.level)) parts.push(this.graphCalls(g));
      if (parts.length === 1) list = parts[0];
      else {
        list = [];
        for (const part of parts) for (const n of part) list.push(n);
      }
      this.callLists.set(key, list);
    }
    return list;
  }

  private readonly callsByGraph = new Map<FxGraph, FxNode[]>();

  private graphCalls(g: FxGraph): FxNode[] {
    let list = this.callsByGraph.get(g);
    if (!list) {
      list = [];
      for (const n of g.nodes) if (n.op === 'call_function') list.push(n);
      this.callsByGraph.set(g, list);
    }
    return list;
  }

  info(node: FxNode): NodeInfo {
    const infos = this.slots(node.graph).infos;
    let info = infos[node.index];
    if (!info) {
      info = this.computeInfo(node);
      infos[node.index] = info;
    }
    return info;
  }

  private computeInfo(node: FxNode): NodeInfo {
    // Every NodeInfo gets all its fields up front: one object shape for the 100k of a large graph.
    if (node.op !== 'call_function' && node.op !== 'call_method') return { node, resolved: undefined, schema: undefined, binding: undefined, ambiguous: undefined };
    const resolved = this.registry.resolve(node.target, node.op);
    const info: NodeInfo = { node, resolved, schema: undefined, binding: undefined, ambiguous: undefined };
    switch (resolved.kind) {
      case 'overload':
        info.schema = resolved.schema;
        info.binding = bindCall(schemaParams(resolved.schema), node.args, node.kwargs, node);
        break;
      case 'python': {
        const fn = resolved.fn;
        if (fn.params) {
          const sig = this.pythonSignature(fn.qualname, fn.params, resolved.aten);
          info.schema = sig.aten;
          info.binding = bindCall(sig.params, node.args, node.kwargs, node);
        } else this.bindBest(info, resolved.aten, node.args, node);
        break;
      }
      case 'method': {
        // A method's receiver is `self`, the first schema argument.
        this.bindBest(info, resolved.aten, node.args, node);
        break;
      }
    }
    return info;
  }

  private readonly pythonSigs = new Map<string, { aten?: OpSchema; params: Param[] }>();

  /** A torch-level callable's parameters tied to its aten overload, computed once per callable. */
  private pythonSignature(qualname: string, params: import('../registry/registry').PythonParam[], overloads: OpSchema[]) {
    let sig = this.pythonSigs.get(qualname);
    if (!sig) {
      const aten = pickOverloadByNames(overloads, params.map((p) => p.name));
      sig = { aten, params: pythonParams(params, aten) };
      this.pythonSigs.set(qualname, sig);
    }
    return sig;
  }

  /** Picks the overload that binds with no problem and no kind mismatch; else the closest. */
  private bindBest(info: NodeInfo, overloads: OpSchema[], args: FxValue[], node: FxNode): void {
    let best: { s: OpSchema; b: Binding; score: number } | undefined;
    for (const s of overloads) {
      if (s.overload === 'out' || s.overload.endsWith('_out')) continue;
      const b = bindCall(schemaParams(s), args, node.kwargs, node);
      let score = b.problems.length * 10;
      for (const a of b.args) {
        if (a.value && a.param.arg && !accepts(a.param.arg.type, this.kindOf(a.value, node.graph)).ok) score++;
      }
      if (!best || score < best.score) best = { s, b, score };
      if (score === 0) break;
    }
    if (best) {
      info.schema = best.s;
      info.binding = best.b;
      info.ambiguous = best.score > 0 && overloads.length > 1;
    }
  }

  /** The kind of a value at a use in `graph`. */
  kindOf(v: FxValue, graph: FxGraph): ValueKind {
    switch (v.kind) {
      case 'ref': {
        const def = graph.byName.get(v.name);
        return def ? this.kindOfNode(def) : UNKNOWN;
      }
      case 'list':
      case 'tuple': {
        const items: ValueKind[] = new Array(v.items.length);
        for (let i = 0; i < items.length; i++) items[i] = this.kindOf(v.items[i], graph);
        return { k: v.kind, items };
      }
      default:
        return literalKind(v) ?? UNKNOWN;
    }
  }

  kindOfNode(node: FxNode): ValueKind {
    const kinds = this.slots(node.graph).kinds;
    let k = kinds[node.index];
    if (!k) {
      // Guard against reference cycles in damaged dumps.
      kinds[node.index] = UNKNOWN;
      k = this.computeNodeKind(node);
      this.slots(node.graph).kinds[node.index] = k;
    }
    return k;
  }

  private computeNodeKind(node: FxNode): ValueKind {
    const ann = kindOfAnnotation(node);
    if (ann) return ann;
    switch (node.op) {
      case 'get_attr':
        // Submodules (cond branches, delegates) are not tensors; constants and parameters are.
        return /(^|\.)(_tensor_constant|_param_constant|weight|bias|running_|c_|p_|b_)/.test(node.target) ? { k: 'tensor' } : UNKNOWN;
      case 'call_function': {
        if (node.target === 'operator.getitem' && node.args.length >= 2) {
          const src = node.args[0];
          const idx = node.args[1];
          if (src.kind === 'ref' && idx.kind === 'int') {
            const def = node.graph.byName.get(src.name);
            const sk = def ? this.kindOfNode(def) : UNKNOWN;
            if (sk.k === 'tuple') return sk.items[idx.value] ?? UNKNOWN;
            if (sk.k === 'tensor-list') return { k: 'tensor' };
          }
          return UNKNOWN;
        }
        const info = this.info(node);
        if (info.schema && !info.ambiguous && info.schema.returns.length >= 1) {
          if (info.schema.returns.length === 1) return kindOfJitType(info.schema.returns[0].type);
          return { k: 'tuple', items: info.schema.returns.map((r) => kindOfJitType(r.type)) };
        }
        if (info.resolved?.kind === 'python' && info.resolved.aten.length) {
          const all = info.resolved.aten.filter((s) => !s.overload.includes('out'));
          if (all.length && all.every((s) => s.returns.length === 1 && s.returns[0].typeText === 'Tensor')) return { k: 'tensor' };
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
}

/** For a Python signature, the aten overload whose argument names best match it. */
function pickOverloadByNames(overloads: OpSchema[], names: string[]): OpSchema | undefined {
  let best: OpSchema | undefined;
  let bestScore = -1;
  for (const s of overloads) {
    if (s.overload === 'out' || s.overload.endsWith('_out')) continue;
    const score = s.args.filter((a) => names.includes(a.name) || (a.name === 'self' && names.includes('input'))).length - Math.abs(s.args.length - names.length) * 0.1;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

export type { Param };
