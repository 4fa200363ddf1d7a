import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/text';
import { LspClient } from './client';

// Editing over the real server: after every didChange (single edits, several ranged changes in one
// notification, edits across lines, a full-text replacement) the published diagnostics equal a
// full analysis of the document's new text, and plain edits inside a node take the incremental
// path (the server logs every fallback to a full analysis with its reason).

const DUMP = join(__dirname, '../corpus/real/attention_handwritten/export.graph.txt');
const EXAMPLE = join(__dirname, '../../examples/schema_mismatch.fx');

let client: LspClient;

before(async () => {
  client = new LspClient({ TORCH_MLIR_DEBOUNCE_MS: '0' });
  await client.initialize();
});

after(async () => {
  await client.close();
});

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } | { text: string };

/** The text after LSP content changes, applied one after another as the protocol says. */
function apply(text: string, changes: Change[]): string {
  for (const c of changes) {
    if (!('range' in c)) {
      text = c.text;
      continue;
    }
    const lines = new LineIndex(text);
    text = text.slice(0, lines.offsetAt(c.range.start)) + c.text + text.slice(lines.offsetAt(c.range.end));
  }
  return text;
}

function expected(text: string) {
  const lines = new LineIndex(text);
  return analyze(text, 'fx').diagnostics.map((d) => ({ code: d.code, message: d.message, range: lines.rangeOf(d.span) }));
}

async function editAndCompare(uri: string, text: string, changes: Change[]): Promise<string> {
  const next = apply(text, changes);
  const version = await client.change(uri, changes);
  const published = await client.waitDiagnostics(uri, (p) => p.version === version);
  const got = published.diagnostics.map((d) => ({ code: String(d.code), message: d.message, range: d.range }));
  assert.deepEqual(got, expected(next), `after version ${version}`);
  return next;
}

const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, text: string) => ({ range: { start: at(line, character), end: at(line, character) }, text });

test('edits over the server publish exactly what a full analysis finds, incrementally where possible', async () => {
  for (const file of [DUMP, EXAMPLE]) {
    let text = readFileSync(file, 'utf8');
    const uri = LspClient.uri(file.split('/').pop()!);
    await client.openAndWait(uri, 'fx', text);
    const nodeLines = text.split('\n').map((l, i) => [l, i] as const).filter(([l]) => /^\s+%\w+ : .*call_function/.test(l) || /^\s+\w+(: "[^"]*")? = torch\./.test(l));
    assert.ok(nodeLines.length >= 2, file);
    const [l1, n1] = nodeLines[0];
    const [l2, n2] = nodeLines[nodeLines.length - 1];
    const logsBefore = client.logs.length;
    // One character at a line end, then a digit replaced, then two changes in one notification.
    text = await editAndCompare(uri, text, [insert(n1, l1.length, ' ')]);
    // A digit in the arguments (not in the node's name, which would be a rename).
    const d = /\d/.exec(l2.slice(l2.indexOf('(')));
    if (d) {
      const c = l2.indexOf('(') + d.index;
      text = await editAndCompare(uri, text, [{ range: { start: at(n2, c), end: at(n2, c + 1) }, text: String((Number(d[0]) + 3) % 10) }]);
    }
    const line2 = text.split('\n')[n2];
    text = await editAndCompare(uri, text, [insert(n2, line2.length, ' '), insert(n2, line2.indexOf(', ') + 1, ' ')]);
    const fullRuns = client.logs.slice(logsBefore).filter((m) => m.startsWith('full analysis'));
    assert.deepEqual(fullRuns, [], 'plain edits inside node lines must not fall back to a full analysis');
    // A target typo: an unknown op appears, then goes away again.
    const targetAt = text.split('\n')[n1].indexOf('.default');
    if (targetAt > 0) {
      text = await editAndCompare(uri, text, [insert(n1, targetAt, 'x')]);
      text = await editAndCompare(uri, text, [{ range: { start: at(n1, targetAt), end: at(n1, targetAt + 1) }, text: '' }]);
    }
    // Across lines (a new line inserted), and a full-text replacement: full analyses.
    text = await editAndCompare(uri, text, [insert(n1, 0, '\n')]);
    text = await editAndCompare(uri, text, [{ text: text.replace(/aten/, 'aten') + '\n' }]);
    // And incremental again after them.
    text = await editAndCompare(uri, text, [insert(n2 + 1, text.split('\n')[n2 + 1].length, ' ')]);
  }
});
