import type { MlirAnalysis } from '../analysis/mlirAnalysis';
import type { MlirOp } from '../mlir/model';
import { LineIndex, Span } from '../text';

// What torch-mlir-opt printed, as positions in the document it read on stdin. Pure: text in,
// spans out. The runner that produces the text lives in server/src/tools/.

export type OptSeverity = 'error' | 'warning' | 'note' | 'remark';

/** One diagnostic torch-mlir-opt printed: `LOC: SEVERITY: message`, with the notes that follow it. */
export interface OptMessage {
  /** `<stdin>`, a `loc("file":L:C)` file, or undefined for `<unknown>:0`. */
  file?: string;
  /** 1-based; 0 when unknown. */
  line: number;
  /** 1-based byte column as MLIR counts it; 0 when unknown. */
  col: number;
  severity: OptSeverity;
  /** The first line of the message. */
  message: string;
  /** Lines after the first that belong to the message (op dumps of "see current operation"). */
  more: string[];
  notes: OptMessage[];
}

const HEAD = /^(.*?):(\d+)(?::(\d+))?: (error|warning|note|remark): ?(.*)$/;
export const STDIN = '<stdin>';

/**
 * Parses torch-mlir-opt's stderr. Lines that start no diagnostic (the quoted source line and its
 * caret, continuation lines of multi-line op dumps) are attached to the message before them.
 */
export function parseOptOutput(stderr: string): OptMessage[] {
  const out: OptMessage[] = [];
  let last: OptMessage | undefined;
  const lines = stderr.split(/\r?\n/);
  const caret = /^\s*\^[~^]*\s*$/;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const m = HEAD.exec(raw);
    if (m && !/^\s/.test(raw)) {
      const file = m[1] === '<unknown>' || m[1] === 'unknown' ? undefined : m[1];
      const msg: OptMessage = { file, line: Number(m[2]), col: Number(m[3] ?? 0), severity: m[4] as OptSeverity, message: m[5], more: [], notes: [] };
      if (msg.severity === 'note' && out.length) out[out.length - 1].notes.push(msg);
      else out.push(msg);
      last = msg;
      continue;
    }
    // The quoted source line and its caret (printed when the tool could read the location's file).
    if (i + 1 < lines.length && caret.test(lines[i + 1])) {
      i++;
      continue;
    }
    if (!last || raw === '' || caret.test(raw)) continue;
    if (last.more.length < 200) last.more.push(raw);
  }
  return out;
}

/** A torch-mlir-opt diagnostic placed in the document. */
export interface PlacedOptDiagnostic {
  span: Span;
  severity: 'error' | 'warning' | 'information';
  message: string;
  /** The op it is on, when one was found. */
  op?: MlirOp;
  /** How the place was found: `<stdin>:L:C`, a `loc(...)` shared with an op, the op's name, or nowhere (start of the document). */
  how: 'position' | 'loc' | 'op-name' | 'document';
  /** The original `LOC: severity: message` line. */
  raw: string;
}

/** The op names a message is about: `'X' op`, `failed to legalize operation 'X'`, and the op a "see current operation" note prints. */
export function opNamesIn(msg: OptMessage): { names: string[]; operatorName?: string } {
  const names: string[] = [];
  let operatorName: string | undefined;
  const texts = [msg.message, ...msg.more, ...msg.notes.flatMap((n) => [n.message, ...n.more.slice(0, 2)])];
  for (const t of texts) {
    for (const re of [/^'([\w.$-]+)' op /, /failed to legalize operation '([\w.$-]+)'/, /(?:^|= |: )"([\w.$-]+)"\(/]) {
      const m = re.exec(t.trim());
      if (m && !names.includes(m[1])) names.push(m[1]);
    }
    const op = /\{name = "([\w.$-]+)"\}/.exec(t);
    if (op && !operatorName) operatorName = op[1];
  }
  return { names, operatorName };
}

/** UTF-16 offset of a 1-based line and 1-based byte column (MLIR counts UTF-8 bytes). */
function offsetOfByteColumn(lines: LineIndex, text: string, line: number, col: number): number | undefined {
  if (line < 1 || line > lines.lineCount) return undefined;
  const start = lines.lineStart(line - 1);
  const end = lines.lineEnd(line - 1);
  let bytes = 0;
  let i = start;
  while (i < end && bytes < col - 1) {
    const c = text.codePointAt(i)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}

/** The innermost op whose span contains `offset` (ops are in document order, parents first). */
export function opContaining(ops: readonly MlirOp[], offset: number): MlirOp | undefined {
  let lo = 0;
  let hi = ops.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ops[mid].span.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = best; i >= 0; i--) {
    const s = ops[i].span;
    if (offset >= s.start && offset <= s.end) return ops[i];
  }
  return undefined;
}

function opSpan(op: MlirOp): Span {
  return op.operatorNameSpan ?? op.nameSpan;
}

function matchesName(op: MlirOp, names: string[], operatorName: string | undefined): boolean {
  if (op.name === 'torch.operator' && operatorName) return op.operatorName === operatorName;
  return names.includes(op.name) || (op.name === 'return' && names.includes('func.return')) || (op.name === 'func.return' && names.includes('return'));
}

function sameFile(a: string, b: string): boolean {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/^\.\//, '');
  const x = norm(a);
  const y = norm(b);
  return x === y || y.endsWith('/' + x) || x.endsWith('/' + y);
}

export interface PlaceOptions {
  /** The document's own path, so a `loc("path":L:C)` naming this file maps to that line. */
  documentPath?: string;
  /** Prefix for every message, e.g. `torch-mlir-opt (lower): `. */
  prefix?: string;
}

/**
 * Places torch-mlir-opt's errors (and warnings) on the ops of the document it read: a
 * `<stdin>:L:C` position is the op written there; a `loc("file":L:C)` of the original program
 * picks the ops carrying that location, and the op named in the message (or its "see current
 * operation" note) among them; `<unknown>` locations fall back to the op's name.
 */
export function placeOptMessages(m: MlirAnalysis, messages: readonly OptMessage[], options: PlaceOptions = {}): PlacedOptDiagnostic[] {
  const text = m.doc.text;
  const lines = new LineIndex(text);
  const ops = m.doc.allOps;
  const out: PlacedOptDiagnostic[] = [];
  const seen = new Set<string>();
  for (const msg of messages) {
    if (msg.severity === 'note') continue;
    const { names, operatorName } = opNamesIn(msg);
    let op: MlirOp | undefined;
    let how: PlacedOptDiagnostic['how'] = 'document';
    let at: number | undefined;
    if (msg.file !== undefined && (msg.file === STDIN || (options.documentPath && sameFile(msg.file, options.documentPath)))) {
      at = offsetOfByteColumn(lines, text, msg.line, Math.max(1, msg.col));
      if (at !== undefined) {
        op = opContaining(ops, at);
        how = 'position';
      }
    }
    if (at === undefined) {
      const frames = msg.file === undefined ? undefined : ops.filter((o) => o.location?.frames.some((f) => f.line === msg.line && (f.col === msg.col || msg.col === 0) && sameFile(f.file, msg.file!)));
      const candidates = frames && frames.length ? frames : ops;
      op = candidates.find((o) => matchesName(o, names, operatorName)) ?? (frames?.length ? frames[0] : undefined);
      how = op ? (frames?.length ? 'loc' : 'op-name') : 'document';
    }
    let span: Span;
    if (op && (at === undefined || at <= opSpan(op).end)) span = opSpan(op);
    else if (at !== undefined) {
      const line = lines.lineOf(at);
      span = { start: at, end: Math.max(at, lines.lineEnd(line)) };
    } else {
      const first = ops[0];
      span = first ? opSpan(first) : { start: 0, end: Math.min(text.length, lines.lineEnd(0)) };
    }
    const where = how === 'document' && msg.file === undefined ? ' (torch-mlir-opt gave no location)' : how === 'document' ? ` (at ${msg.file}:${msg.line}:${msg.col}, not in this document)` : '';
    const message = `${options.prefix ?? ''}${shorten(msg.message)}${where}`;
    const key = `${span.start}:${span.end}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      span,
      severity: msg.severity === 'error' ? 'error' : msg.severity === 'warning' ? 'warning' : 'information',
      message,
      op,
      how,
      raw: `${msg.file ?? '<unknown>'}:${msg.line}:${msg.col}: ${msg.severity}: ${msg.message}`,
    });
  }
  return out;
}

function shorten(s: string): string {
  return s.length > 600 ? s.slice(0, 599) + '…' : s;
}
