import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fxSourceRefs, mlirSourceRefs, resolveInWorkspace, sourceLinks } from '../../server/src/features/links';
import { fx, mlir, MLIR_BASIC, slice } from './helpers';

// Document links resolve only to files that exist inside the workspace folders.

let root: string;
let ws: string;
let outside: string;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'tmd-links-'));
  ws = join(root, 'ws');
  outside = join(root, 'secret.py');
  mkdirSync(join(ws, 'src'), { recursive: true });
  writeFileSync(join(ws, 'src', 'model.py'), 'x = 1\n');
  writeFileSync(join(ws, 'model.py'), 'x = 1\n');
  writeFileSync(outside, 'x = 1\n');
  symlinkSync(outside, join(ws, 'link.py'));
});

after(() => rmSync(root, { recursive: true, force: true }));

test('relative paths resolve against the workspace root; absolute ones inside it are kept', () => {
  assert.equal(resolveInWorkspace('src/model.py', [ws]), join(ws, 'src', 'model.py'));
  assert.equal(resolveInWorkspace(join(ws, 'model.py'), [ws]), join(ws, 'model.py'));
  assert.equal(resolveInWorkspace('src/../model.py', [ws]), join(ws, 'model.py'));
});

test('escapes are refused: .., absolute paths outside, symlinks out, missing files, directories', () => {
  assert.equal(resolveInWorkspace('../secret.py', [ws]), undefined);
  assert.equal(resolveInWorkspace('src/../../secret.py', [ws]), undefined);
  assert.equal(resolveInWorkspace(outside, [ws]), undefined);
  assert.equal(resolveInWorkspace('link.py', [ws]), undefined);
  assert.equal(resolveInWorkspace('nope.py', [ws]), undefined);
  assert.equal(resolveInWorkspace('src', [ws]), undefined);
  assert.equal(resolveInWorkspace('<site-packages>/torch/nn/modules/linear.py', [ws]), undefined);
  assert.equal(resolveInWorkspace('src/model.py', []), undefined);
});

test('FX # File: comments link to file:///...#L<line>', () => {
  const text = `class GraphModule(torch.nn.Module):
    def forward(self, x: "f32[2]"):
        # File: src/model.py:12 in forward, code: y = x.relu()
        relu: "f32[2]" = torch.ops.aten.relu.default(x);  x = None

        # File: ../secret.py:3 in forward, code: z = y.neg()
        neg: "f32[2]" = torch.ops.aten.neg.default(relu);  relu = None
        return (neg,)
`;
  const refs = fxSourceRefs(fx(text).doc);
  assert.deepEqual(refs.map((r) => slice(text, r.span)), ['src/model.py:12', '../secret.py:3']);
  const links = sourceLinks(refs, [ws]);
  assert.equal(links.length, 1);
  assert.equal(links[0].target, pathToFileURL(join(ws, 'src', 'model.py')).toString() + '#L12');
});

test('MLIR loc("path":line:col) frames link the same way', () => {
  const refs = mlirSourceRefs(mlir(MLIR_BASIC));
  assert.deepEqual(
    refs.map((r) => [slice(MLIR_BASIC, r.span), r.line]),
    [
      ['"model.py":3:0', 3],
      ['"model.py":3:0', 3],
      ['"model.py":4:0', 4],
      ['"../outside.py":5:0', 5],
    ],
  );
  const links = sourceLinks(refs, [ws]);
  assert.deepEqual(
    links.map((l) => l.target),
    [1, 2, 3].map((_, i) => pathToFileURL(join(ws, 'model.py')).toString() + (i < 2 ? '#L3' : '#L4')),
  );
});
