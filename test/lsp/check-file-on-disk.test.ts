import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/text';
import { LspClient } from './client';

// A file VS Code will not hand to extensions (over 50 MB): the client sends its URI with
// torchMlir/checkFileOnDisk, the real server streams it from disk without its blobs and publishes
// the diagnostics. The input is the shape real imports of large models have: torch MLIR with
// weights as dense_resource blobs (one of 150 MB) and inline dense<"0x..."> literals, 200 MB in all.

let client: LspClient;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'torch-mlir-on-disk-'));
  client = new LspClient();
  await client.initialize();
});

after(async () => {
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

const MB = 1 << 20;
const HEX_MB = '0123456789abcdef'.repeat(MB / 16);

/**
 * Writes the module piece by piece (`hex(n)` stands for n hex digits): a function with findings
 * (a torch.operator the registry lacks, an undefined value), `literals` vtensor literals with
 * inline hex, and a resource section whose first line holds the big blob and, after it, a blob
 * with an odd number of digits (a parse error on the blob's line, after the digits left out).
 */
function writeModule(write: (s: string) => void, blobDigits: number, literalDigits: number, literals: number): void {
  const hex = (n: number) => {
    for (; n >= HEX_MB.length; n -= HEX_MB.length) write(HEX_MB);
    write(HEX_MB.slice(0, n));
  };
  write('module {\n  func.func @main(%arg0: !torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32> {\n');
  write('    %w = torch.vtensor.literal(dense_resource<big> : tensor<4xf32>) : !torch.vtensor<[4],f32>\n');
  for (let i = 0; i < literals; i++) {
    write(`    %lit${i} = torch.vtensor.literal(dense<"0x`);
    hex(literalDigits);
    write(`"> : tensor<${literalDigits / 8}xf32>) : !torch.vtensor<[${literalDigits / 8}],f32>\n`);
  }
  write('    %int1 = torch.constant.int 1\n');
  write('    %0 = torch.aten.add.Tensor %arg0, %w, %int1 : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32>, !torch.int -> !torch.vtensor<[4],f32>\n');
  write('    %1 = torch.operator "torch.custom.frobnicate"(%0) : (!torch.vtensor<[4],f32>) -> !torch.vtensor<[4],f32>\n');
  write('    %2 = torch.aten.mul.Tensor %1, %nowhere : !torch.vtensor<[4],f32>, !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>\n');
  write('    return %2 : !torch.vtensor<[4],f32>\n  }\n}\n\n{-#\n  dialect_resources: {\n    builtin: {\n      big: "0x04000000');
  hex(blobDigits - 8);
  write('", odd: "0x123"\n    }\n  }\n#-}\n');
}

test('a 200 MB torch MLIR file on disk (150 MB dense_resource blob) gets its diagnostics without loading the blobs', async () => {
  const path = join(dir, 'model.mlir');
  const fd = openSync(path, 'w');
  writeModule((s) => void writeSync(fd, s), 150 * MB, MB, 48);
  closeSync(fd);
  const bytes = statSync(path).size;
  assert.ok(bytes > 200 * 1e6, `${bytes} bytes`);

  // The same module with short hex strings, which a full analysis in this process can take.
  let small = '';
  writeModule((s) => void (small += s), 16, 16, 48);
  const want = analyze(small, 'mlir');
  const smallLines = new LineIndex(small);
  assert.ok(want.diagnostics.some((d) => d.code === 'torch-operator-fallback'));
  assert.ok(want.diagnostics.some((d) => d.code === 'undefined-value'));
  assert.ok(want.diagnostics.some((d) => /odd number of hex digits/.test(d.message)));

  const uri = pathToFileURL(path).toString();
  const published = client.waitDiagnostics(uri, () => true, 60_000);
  const result = await client.request<{ uri: string; bytes: number; skippedBytes: number; diagnostics: number; errors: number }>('torchMlir/checkFileOnDisk', { uri });
  const got = (await published).diagnostics;
  assert.equal(result.bytes, bytes);
  assert.ok(result.skippedBytes > 195 * 1e6, `${result.skippedBytes} hex digits left out`);
  assert.equal(result.diagnostics, want.diagnostics.length);
  assert.deepEqual(
    got.map((d) => [d.code, d.message]),
    want.diagnostics.map((d) => [d.code, d.message]),
  );
  // Positions are the file's: the same lines; on the blob's line, the columns after its digits.
  const blobLine = small.split('\n').findIndex((l) => l.includes('big: "0x'));
  for (const [i, d] of got.entries()) {
    const w = smallLines.rangeOf(want.diagnostics[i].span);
    if (w.start.line !== blobLine) {
      assert.deepEqual(d.range, w, String(d.message));
      continue;
    }
    const extra = 150 * MB - 16;
    assert.deepEqual(d.range, { start: { line: w.start.line, character: w.start.character + extra }, end: { line: w.end.line, character: w.end.character + extra } });
    // Where the file itself has `odd: "0x123"`.
    assert.equal(d.range.start.character, '      big: "0x'.length + 150 * MB + '", odd: '.length);
    assert.equal(d.range.end.character - d.range.start.character, '"0x123"'.length);
  }
  // The server streamed the file: its memory never held the 200 MB as a string (nor a copy).
  const status = readFileSync(`/proc/${client.proc.pid}/status`, 'utf8');
  const peakMB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  assert.ok(peakMB > 0 && peakMB < 400, `server peak RSS ${peakMB.toFixed(0)} MB`);
});

test('checkFileOnDisk refuses URIs that are not files and reports files it cannot read', async () => {
  await assert.rejects(client.request('torchMlir/checkFileOnDisk', { uri: 'untitled:Untitled-1' }), /file: URI/);
  await assert.rejects(client.request('torchMlir/checkFileOnDisk', { uri: pathToFileURL(join(dir, 'missing.mlir')).toString() }), /cannot read/);
});
