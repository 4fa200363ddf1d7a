import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseFx } from '../../server/src/core/fx/parse';
import { allGraphs, type FxDocument } from '../../server/src/core/fx/model';

import { testWithCorpus } from '../publicCorpus';

const { corpus: CORPUS, test } = testWithCorpus('fx/robustness');
const corpus = (prefix: string) => {
  const f = readdirSync(CORPUS).find((x) => x.startsWith(prefix))!;
  return readFileSync(path.join(CORPUS, f), 'utf8');
};

function checkDoc(doc: FxDocument, text: string): void {
  const graphs = allGraphs(doc);
  assert.ok(doc.diagnostics.length <= Math.max(1, graphs.length), `${doc.diagnostics.length} errors for ${graphs.length} graphs`);
  for (const d of doc.diagnostics) {
    assert.equal(d.code, 'parse-error');
    assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end);
  }
  for (const g of graphs) for (const n of g.nodes) assert.ok(n.span.start >= 0 && n.span.end <= text.length);
}

test('truncating corpus files at every line never throws, ≤1 parse-error per graph', () => {
  for (const prefix of ['05_', '06_', '07_', '11_', '13_', '16_', '20_', '21_', '24_', '27_', '32_']) {
    const text = corpus(prefix);
    let p = text.indexOf('\n');
    while (p >= 0) {
      for (const cut of [p, Math.max(0, p - 7)]) {
        const part = text.slice(0, cut);
        checkDoc(parseFx(part), part);
      }
      p = text.indexOf('\n', p + 1);
    }
  }
});

test('garbage, binary and empty input never throw', () => {
  for (const text of ['', '\n', '\r\n\r\n', '%', '%x :', 'graph():', 'class', 'def forward(', '\x00\x01\x02\xff', '((((((((((', '%x : [num_users=1] = call_function[target=a](args = ' + '('.repeat(5000), 'return ' + '['.repeat(10000), '\x1b[', 'x'.repeat(100000)]) {
    const doc = parseFx(text);
    checkDoc(doc, text);
  }
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (s) => {
      checkDoc(parseFx(s), s);
    }),
    { numRuns: 300 },
  );
  const pieces = ['graph():', '    %a : [num_users=1] = ', 'placeholder[target=a]', 'call_function[target=x](args = (', '%a, ', '[None, ', ')', '}', 'kwargs = {', '\n', 'return (a,)', 'class G(torch.nn.Module):', '    def forward(self, x: "f32[', '        y = x + ', '"', "'", '#', '\t', 'V0121 18:50:26.787000 1 a.py:1] [0/0] [__graph_code] '];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
      const s = parts.join('');
      checkDoc(parseFx(s), s);
    }),
    { numRuns: 500 },
  );
});

test('damaged corpus lines: deleting a character anywhere never throws', () => {
  const text = corpus('19_');
  for (let i = 0; i < text.length; i += 3) {
    const s = text.slice(0, i) + text.slice(i + 1);
    checkDoc(parseFx(s), s);
  }
});
