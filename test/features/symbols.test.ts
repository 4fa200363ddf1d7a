import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fxFolds, mlirFolds, toFoldingRanges } from '../../server/src/features/folding';
import { fxOutline, mlirOutline, OutlineItem } from '../../server/src/features/symbols';
import { LineIndex } from '../../server/src/core/text';
import { fx, mlir, MLIR_BASIC, READABLE, STR_GRAPH } from './helpers';

// Document symbols and folding ranges over the core models.

const tree = (items: OutlineItem[], depth = 0): string[] => items.flatMap((i) => [`${'  '.repeat(depth)}${i.kind} ${i.name}`, ...tree(i.children, depth + 1)]);

function contained(items: OutlineItem[], parent?: OutlineItem): void {
  for (const i of items) {
    assert.ok(i.selection.start >= i.span.start && i.selection.end <= i.span.end, `${i.name}: selection inside range`);
    if (parent) assert.ok(i.span.start >= parent.span.start && i.span.end <= parent.span.end, `${i.name} inside ${parent.name}`);
    contained(i.children, i);
  }
}

test('FX outline: nodes grouped by # File: provenance', () => {
  const items = fxOutline(fx(READABLE).doc);
  assert.deepEqual(tree(items), [
    'class GraphModule',
    '  node l_x_',
    '  group pool.py:12 in forward',
    '    node max_pool2d',
    '    node relu',
    '  group pool.py:13 in forward',
    '    node max_pool2d_1',
  ]);
  contained(items);
  assert.equal(items[0].children[1].detail, 'y = F.max_pool2d(x, 2)');
});

test('FX outline: str(graph) nodes with their targets; nested graphs are children', () => {
  const items = fxOutline(fx(STR_GRAPH).doc);
  assert.deepEqual(tree(items), ['graph graph', '  node x', '  node max_pool2d', '  node add']);
  assert.equal(items[0].children[1].detail, 'torch.ops.aten.max_pool2d.default');
  const nested = readFileSync(join(__dirname, '../corpus/real/hop_cond/exported_program.txt'), 'utf8');
  const n = fxOutline(fx(nested).doc);
  const lines = tree(n);
  assert.ok(lines.includes('  class true_graph_0') && lines.includes('  class false_graph_0'), lines.join('\n'));
  assert.ok(lines.includes('    node sin') || lines.includes('      node sin'), lines.join('\n'));
  contained(n);
});

test('MLIR outline: module, functions, ops grouped by loc', () => {
  const items = mlirOutline(mlir(MLIR_BASIC));
  assert.deepEqual(tree(items), [
    'module module',
    '  function @main',
    '    group model.py:3',
    '      op %int1',
    '      op %0',
    '    group model.py:4',
    '      op %6:3',
    '    group outside.py:5',
    '      op %1',
    '    op %2',
    '    op return',
    '  function @helper',
    '    op cf.br',
    '    op %r',
    '    op return',
  ]);
  contained(items);
});

test('folding: FX graphs and multi-line statements; MLIR functions, regions and the resource section', () => {
  const ranges = toFoldingRanges(new LineIndex(READABLE), fxFolds(fx(READABLE).doc));
  assert.deepEqual(ranges[0], { startLine: 0, endLine: 10 });
  const text = MLIR_BASIC + `\n{-#\n  dialect_resources: {\n    builtin: {\n      blob: "0x04000000"\n    }\n  }\n#-}\n`;
  const m = toFoldingRanges(new LineIndex(text), mlirFolds(mlir(text)));
  const lines = text.split('\n');
  const starts = m.map((r) => lines[r.startLine].trim().slice(0, 20));
  assert.ok(starts.includes('module {'), JSON.stringify(m));
  assert.ok(starts.includes('func.func @main(%arg'));
  assert.ok(starts.includes('func.func private @h'));
  assert.ok(starts.includes('{-#'));
  const mod = m.find((r) => lines[r.startLine].startsWith('module'))!;
  assert.equal(lines[mod.endLine + 1], '}', 'the closing brace stays visible');
});
