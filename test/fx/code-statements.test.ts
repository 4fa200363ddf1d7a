import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { allGraphs } from '../../server/src/core/fx/model';

// Statements of gm.code that FX prints for Dynamo-level graphs: an in-place operator node is
// `a += b;  node: "ann" = a` (two statements on one line), and a user node may be named `output`
// (FX then names its output node `output_1`). Both were read wrongly: later uses of the node were
// reported as undefined, and `return` as a second `output`.

const dynamo = (body: string) => `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[2, 3]", L_y_: "f32[2, 3]"):
        l_x_ = L_x_
        l_y_ = L_y_
${body}
`;

const errors = (text: string) => analyze(text, 'fx').diagnostics.filter((d) => d.severity === 'error');

test('an in-place operator line defines the node the second statement names', () => {
  const text = dynamo(`        mul: "f32[2, 3]" = l_x_ * 2
        mul += l_y_;  acc: "f32[2, 3]" = mul;  mul = l_y_ = None
        relu: "f32[2, 3]" = torch.relu(acc);  acc = None
        return (relu,)`);
  assert.deepEqual(errors(text), []);
  const g = allGraphs(analyze(text, 'fx').fx!.doc)[0];
  const acc = g.nodes.find((n) => n.name === 'acc');
  assert.ok(acc, 'acc is a node');
  assert.equal(acc.target, 'operator.iadd');
  assert.deepEqual(
    acc.args.map((a) => (a.kind === 'ref' ? a.name : a.kind)),
    ['mul', 'l_y_'],
  );
  assert.equal(acc.type?.dtype, 'f32');
});

test('every augmented operator maps to its operator.i* target', () => {
  for (const [op, target] of [['-=', 'isub'], ['*=', 'imul'], ['/=', 'itruediv'], ['//=', 'ifloordiv'], ['|=', 'ior'], ['&=', 'iand'], ['**=', 'ipow']]) {
    const g = allGraphs(analyze(dynamo(`        l_x_ ${op} l_y_;  out_: "f32[2, 3]" = l_x_;  l_x_ = l_y_ = None\n        return (out_,)`), 'fx').fx!.doc)[0];
    assert.equal(g.nodes.find((n) => n.name === 'out_')?.target, `operator.${target}`, op);
  }
});

test('a user node named output does not collide with the return', () => {
  const text = dynamo(`        output: "f32[2, 3]" = l_x_ * l_y_;  l_x_ = l_y_ = None
        output_2: "f32[2, 3]" = output + 1;  output = None
        return (output_2,)`);
  assert.deepEqual(errors(text), []);
  const g = allGraphs(analyze(text, 'fx').fx!.doc)[0];
  assert.equal(g.output?.name, 'output_1');
});

test('real Hugging Face Dynamo dumps with in-place adds and an `output` node read without errors', () => {
  for (const c of ['hf_resnet', 'hf_t5', 'hf_gemma2_persistent', 'hf_falcon_persistent', 'hf_regnet', 'hf_deberta_v2_persistent']) {
    const file = join(__dirname, '../corpus/real', c, 'dynamo.readable.txt');
    assert.deepEqual(errors(readFileSync(file, 'utf8')).map((d) => `${c}: ${d.code} ${d.message}`), []);
  }
});
