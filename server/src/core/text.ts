// Offsets are UTF-16 code-unit indices into the document text (what JS strings index), so they
// convert to LSP positions without re-encoding. The core speaks spans; adapters convert.

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** Maps offsets to line/character and back in O(log lines). Built once per text. */
export class LineIndex {
  private readonly lineStarts: Uint32Array;

  /**
   * The index of `text`, which is `prev.text` with [start, oldEnd) replaced by text[start, newEnd).
   * When neither side of the edit holds a line break the line starts only move: no rescan.
   */
  static afterEdit(prev: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): LineIndex {
    const hasBreak = (t: string, s: number, e: number) => {
      for (let i = s; i < e; i++) {
        const c = t.charCodeAt(i);
        if (c === 10 || c === 13) return true;
      }
      return false;
    };
    // Line breaks removed or inserted change the table; so does a `\r\n` pair split or joined
    // at either end of the edit.
    const crlfAt = (t: string, p: number) => t.charCodeAt(p - 1) === 13 && t.charCodeAt(p) === 10;
    if (hasBreak(prev.text, start, oldEnd) || hasBreak(text, start, newEnd)) return new LineIndex(text);
    if (crlfAt(prev.text, start) || crlfAt(prev.text, oldEnd) || crlfAt(text, start) || crlfAt(text, newEnd)) return new LineIndex(text);
    const starts = prev.lineStarts.slice();
    const d = newEnd - oldEnd;
    for (let i = prev.lineOf(start) + 1; i < starts.length; i++) starts[i] += d;
    return new LineIndex(text, starts);
  }

  constructor(
    readonly text: string,
    starts?: Uint32Array,
  ) {
    if (starts) {
      this.lineStarts = starts;
      return;
    }
    this.lineStarts = LineIndex.scan(text);
  }

  private static scan(text: string): Uint32Array {
    const starts: number[] = [0];
    if (text.indexOf('\r') < 0) {
      // The common case, LF only: indexOf is a native memchr, ~10× faster than a charCodeAt loop
      // on multi-megabyte dumps.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    return Uint32Array.from(starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.lineStarts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  rangeOf(s: Span): Range {
    return { start: this.positionAt(s.start), end: this.positionAt(s.end) };
  }
}
