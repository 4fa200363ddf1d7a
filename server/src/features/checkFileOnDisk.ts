import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { Connection, Diagnostic as LspDiagnostic, ErrorCodes, Position, ResponseError } from 'vscode-languageserver/node';
import { analyze, languageOf } from '../core/analyze';
import { LineIndex } from '../core/text';
import type { Analyzed } from '../documents';
import type { Settings } from '../settings';
import { lspDiagnostics } from './diagnostics';

// `torchMlir/checkFileOnDisk`: VS Code does not hand documents over 50 MB to extensions, and the
// importer prints torch MLIR of hundreds of megabytes once weights are inlined. For such a file the
// client sends its `file:` URI; the server streams the file from disk, keeps every character but
// the bulk of long hex strings (`dense_resource` blobs in the `dialect_resources` section, inline
// `dense<"0x...">` literals): their first digits stay, the rest never becomes a JS string. The text
// left is analysed and the diagnostics are published for the URI, with positions on the lines of
// a cut blob moved back to where they are in the file.

export const CHECK_FILE_ON_DISK_REQUEST = 'torchMlir/checkFileOnDisk';

export interface CheckFileOnDiskParams {
  uri: string;
}

export interface CheckFileOnDiskResult {
  uri: string;
  /** Size of the file. */
  bytes: number;
  /** Hex digits left out of the analysed text. */
  skippedBytes: number;
  diagnostics: number;
  errors: number;
  warnings: number;
}

/** Hex digits of a long `"0x..."` string that stay (the 4-byte alignment header and a little data). */
const KEEP_HEX_DIGITS = 64;

/** `removed` hex digits left out at offset `at` of the analysed text. */
export interface BlobCut {
  at: number;
  removed: number;
}

export interface TextWithoutBlobs {
  text: string;
  cuts: BlobCut[];
  bytes: number;
  skipped: number;
}

const enum S {
  Normal,
  Slash,
  Comment,
  Quote,
  Quote0,
  String,
  Escape,
  Hex,
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * The file's text with each `"0x..."` string cut to its first KEEP_HEX_DIGITS digits (an even
 * number of digits left out, so a blob's parity and header stay), read in chunks: the digits left
 * out are never decoded. Strings and `//` comments are followed so a quote in a comment or an
 * escaped quote does not start a string.
 */
export async function readWithoutBlobs(path: string): Promise<TextWithoutBlobs> {
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  const cuts: BlobCut[] = [];
  let length = 0;
  let bytes = 0;
  let skipped = 0;
  let state = S.Normal;
  let digits = 0;
  let cut = 0;
  const emit = (b: Buffer) => {
    if (!b.length) return;
    const s = decoder.write(b);
    if (s) {
      parts.push(s);
      length += s.length;
    }
  };
  const endCut = () => {
    if (!cut) return;
    // Keep the number of digits even: one digit back in place of a left-out one.
    if (cut % 2) {
      emit(Buffer.from('0'));
      cut--;
    }
    if (cut) cuts.push({ at: length, removed: cut });
    skipped += cut;
    cut = 0;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      switch (state) {
        case S.Normal:
          if (c === 34) state = S.Quote;
          else if (c === 47) state = S.Slash;
          break;
        case S.Slash:
          state = c === 47 ? S.Comment : c === 34 ? S.Quote : S.Normal;
          break;
        case S.Comment:
          if (c === 10 || c === 13) state = S.Normal;
          break;
        case S.Quote:
          state = c === 48 ? S.Quote0 : c === 34 ? S.Normal : c === 92 ? S.Escape : c === 10 || c === 13 ? S.Normal : S.String;
          break;
        case S.Quote0:
          if (c === 120) {
            state = S.Hex;
            digits = 0;
          } else state = c === 34 ? S.Normal : c === 92 ? S.Escape : c === 10 || c === 13 ? S.Normal : S.String;
          break;
        case S.Hex:
          if (isHexDigit(c)) {
            if (++digits > KEEP_HEX_DIGITS) {
              if (!cut) emit(chunk.subarray(from, i));
              // The bulk of a blob: a tight loop over its digits.
              let j = i + 1;
              while (j < chunk.length && isHexDigit(chunk[j])) j++;
              cut += j - i;
              digits += j - i - 1;
              i = j - 1;
              from = j;
            }
            break;
          }
          if (cut) {
            endCut();
            from = i;
          }
          state = c === 34 || c === 10 || c === 13 ? S.Normal : c === 92 ? S.Escape : S.String;
          break;
        case S.String:
          if (c === 34 || c === 10 || c === 13) state = S.Normal;
          else if (c === 92) state = S.Escape;
          break;
        case S.Escape:
          state = c === 10 || c === 13 ? S.Normal : S.String;
          break;
      }
    }
    if (!cut) emit(chunk.subarray(from));
  }
  endCut();
  const tail = decoder.end();
  if (tail) parts.push(tail);
  return { text: parts.join(''), cuts, bytes, skipped };
}

/** Moves positions on the lines of cut blobs back to their columns in the file. */
export function restorePositions(diagnostics: LspDiagnostic[], lines: LineIndex, cuts: readonly BlobCut[]): void {
  if (!cuts.length) return;
  const byLine = new Map<number, { character: number; removed: number }[]>();
  for (const c of cuts) {
    const p = lines.positionAt(c.at);
    const list = byLine.get(p.line) ?? [];
    list.push({ character: p.character, removed: c.removed });
    byLine.set(p.line, list);
  }
  const fix = (p: Position): Position => {
    const list = byLine.get(p.line);
    if (!list) return p;
    let add = 0;
    for (const c of list) if (c.character <= p.character) add += c.removed;
    return add ? { line: p.line, character: p.character + add } : p;
  };
  for (const d of diagnostics) {
    d.range = { start: fix(d.range.start), end: fix(d.range.end) };
    for (const r of d.relatedInformation ?? []) r.location.range = { start: fix(r.location.range.start), end: fix(r.location.range.end) };
  }
}

/** Reads, analyses and publishes one file from disk. */
export async function checkFileOnDisk(
  params: CheckFileOnDiskParams,
  settings: Settings,
  publish: (uri: string, diagnostics: LspDiagnostic[]) => void,
  log: (msg: string) => void,
): Promise<CheckFileOnDiskResult> {
  const uri = params?.uri;
  if (typeof uri !== 'string' || !uri.startsWith('file:')) throw new ResponseError(ErrorCodes.InvalidParams, `${CHECK_FILE_ON_DISK_REQUEST} takes a file: URI, not ${JSON.stringify(uri)}`);
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch (e) {
    throw new ResponseError(ErrorCodes.InvalidParams, `not a file path: ${uri} (${(e as Error).message})`);
  }
  const t0 = Date.now();
  let read: TextWithoutBlobs;
  try {
    read = await readWithoutBlobs(path);
  } catch (e) {
    throw new ResponseError(ErrorCodes.InvalidParams, `cannot read ${path}: ${(e as Error).message}`);
  }
  const { text, cuts } = read;
  const language = languageOf(path, text);
  const result = analyze(text, language, { profile: settings.importer, rules: settings.rules, maxSize: settings.maxFileSize, log });
  const a: Analyzed = { uri, version: 0, text, lines: new LineIndex(text), result };
  const diagnostics = lspDiagnostics(a);
  restorePositions(diagnostics, a.lines, cuts);
  publish(uri, diagnostics);
  log(`checked ${path} on disk: ${read.bytes} bytes (${read.skipped} hex digits of ${cuts.length} blobs left out), ${diagnostics.length} diagnostics in ${Date.now() - t0} ms`);
  return {
    uri,
    bytes: read.bytes,
    skippedBytes: read.skipped,
    diagnostics: diagnostics.length,
    errors: diagnostics.filter((d) => d.severity === 1).length,
    warnings: diagnostics.filter((d) => d.severity === 2).length,
  };
}

/** Registers the request on the server's connection. */
export function registerCheckFileOnDisk(connection: Connection, settings: () => Settings, log: (msg: string) => void): void {
  connection.onRequest(CHECK_FILE_ON_DISK_REQUEST, (params: CheckFileOnDiskParams) =>
    checkFileOnDisk(params, settings(), (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }), log),
  );
}
