import type { FxKwarg, FxNode, FxValue } from '../fx/model';
import type { PythonParam } from '../registry/registry';
import type { OpSchema, SchemaArg } from '../registry/schema';
import type { Span } from '../text';

// Matches a call's positional and keyword arguments to a schema's parameters, the way PyTorch's
// dispatcher (aten overloads) or Python (torch-level callables) would, keeping a span for each.

export interface Param {
  name: string;
  /** The schema argument, for aten overloads (and torch-level functions mapped to one). */
  arg?: SchemaArg;
  default?: string;
  kwargOnly: boolean;
  varPositional?: boolean;
  varKeyword?: boolean;
}

export interface BoundArg {
  param: Param;
  index: number;
  source: 'positional' | 'keyword' | 'default' | 'missing';
  value?: FxValue;
  /** The keyword argument, when bound by name. */
  kwarg?: FxKwarg;
}

export type BindProblem =
  | { kind: 'too-many'; span: Span; given: number; max: number }
  | { kind: 'unknown-keyword'; span: Span; name: string }
  | { kind: 'repeated-keyword'; span: Span; name: string }
  | { kind: 'missing'; param: Param };

export interface Binding {
  params: Param[];
  args: BoundArg[];
  /** The bound argument of a parameter (a linear scan: schemas have a handful of parameters). */
  byName: { get(name: string): BoundArg | undefined };
  problems: BindProblem[];
}

/**
 * A Binding that is its own `byName` lookup. Every call node keeps one for the life of the
 * analysis, so it is one object rather than three (no separate lookup object, and bindings
 * without problems share one empty list).
 */
class BoundCall implements Binding {
  constructor(
    readonly params: Param[],
    readonly args: BoundArg[],
    readonly problems: BindProblem[],
  ) {}

  get byName(): this {
    return this;
  }

  get(name: string): BoundArg | undefined {
    for (const a of this.args) if (a.param.name === name) return a;
    return undefined;
  }
}

/** The `problems` of every binding that has none: shared, so never mutate a binding's problems. */
const NO_PROBLEMS: BindProblem[] = [];

const paramsBySchema = new WeakMap<OpSchema, Param[]>();

/** A schema's parameters, built once per schema and shared by every call bound to it. */
export function schemaParams(schema: OpSchema): Param[] {
  let params = paramsBySchema.get(schema);
  if (!params) {
    params = schema.args.map((arg) => ({ name: arg.name, arg, default: arg.default, kwargOnly: arg.kwargOnly }));
    paramsBySchema.set(schema, params);
  }
  return params;
}

/**
 * Python-level parameters, each tied to the aten argument it feeds: by the same name, else
 * `input` → `self`, else by position when the aten op has no keyword-only split before it.
 */
export function pythonParams(params: PythonParam[], aten?: OpSchema): Param[] {
  return params.map((p, i) => {
    let arg = aten?.args.find((a) => a.name === p.name);
    if (!arg && aten && (p.name === 'input' || p.name === 'x')) arg = aten.args.find((a) => a.name === 'self');
    if (!arg && aten && i < aten.args.length && !aten.args[i].kwargOnly) {
      const sameName = params.some((q) => q.name === aten.args[i].name);
      if (!sameName) arg = aten.args[i];
    }
    return {
      name: p.name,
      arg,
      default: p.default,
      kwargOnly: p.kind === 'keyword_only',
      varPositional: p.kind === 'var_positional',
      varKeyword: p.kind === 'var_keyword',
    };
  });
}

export function bindCall(params: Param[], args: FxValue[], kwargs: FxKwarg[], node?: Pick<FxNode, 'argsSpan' | 'span'>): Binding {
  const bound: BoundArg[] = new Array(params.length);
  // Every BoundArg gets all its fields up front: one object shape for the millions the rules read.
  for (let i = 0; i < params.length; i++) bound[i] = { param: params[i], index: i, source: 'missing', value: undefined, kwarg: undefined };
  const problems: BindProblem[] = [];
  const { positional, varPos, hasVarKw } = shapeOf(params);
  let pi = 0;
  for (let i = 0; i < args.length; i++) {
    const slot = positional[pi];
    if (!slot || slot.param.varKeyword) {
      if (varPos >= 0) continue;
      const extra = args.slice(i);
      problems.push({
        kind: 'too-many',
        span: { start: extra[0].span.start, end: extra[extra.length - 1].span.end },
        given: args.length,
        max: positional.length,
      });
      break;
    }
    if (slot.param.varPositional) continue;
    const b = bound[slot.index];
    b.source = 'positional';
    b.value = args[i];
    pi++;
  }
  const seen = kwargs.length > 1 ? new Set<string>() : undefined;
  for (const kw of kwargs) {
    if (seen?.has(kw.name)) {
      problems.push({ kind: 'repeated-keyword', span: kw.nameSpan, name: kw.name });
      continue;
    }
    seen?.add(kw.name);
    let idx = -1;
    for (let j = 0; j < params.length; j++) {
      const p = params[j];
      if (p.name === kw.name && !p.varPositional && !p.varKeyword) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (!hasVarKw) problems.push({ kind: 'unknown-keyword', span: kw.nameSpan, name: kw.name });
      continue;
    }
    const b = bound[idx];
    if (b.source === 'positional') {
      problems.push({ kind: 'repeated-keyword', span: kw.nameSpan, name: kw.name });
      continue;
    }
    b.source = 'keyword';
    b.value = kw.value;
    b.kwarg = kw;
  }
  for (const b of bound) {
    if (b.source !== 'missing' || b.param.varPositional || b.param.varKeyword) continue;
    if (b.param.default !== undefined) b.source = 'default';
    else problems.push({ kind: 'missing', param: b.param });
  }
  void node;
  return new BoundCall(params, bound, problems.length ? problems : NO_PROBLEMS);
}

interface ParamShape {
  positional: { param: Param; index: number }[];
  varPos: number;
  hasVarKw: boolean;
}

const shapes = new WeakMap<Param[], ParamShape>();

/** Which parameters take positional arguments, computed once per parameter list. */
function shapeOf(params: Param[]): ParamShape {
  let s = shapes.get(params);
  if (!s) {
    s = {
      positional: params.map((param, index) => ({ param, index })).filter((p) => !p.param.kwargOnly && !p.param.varKeyword),
      varPos: params.findIndex((p) => p.varPositional),
      hasVarKw: params.some((p) => p.varKeyword),
    };
    shapes.set(params, s);
  }
  return s;
}
