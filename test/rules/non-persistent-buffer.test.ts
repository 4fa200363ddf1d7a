import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { at, only } from './helpers';

// The real cases come from scripts/corpus/cases_importer.py (torch 2.13.0+cpu, torch-mlir 20261001):
// nonpersistent_buffer_* fail to import with "Could not find state mapping for buffer";
// persistent_buffer_rotary imports; importer_facts.json records that import_program (mutation path) imports them.

const REAL = join(__dirname, '../corpus/real');
const real = (c: string, f: string) => readFileSync(join(REAL, c, f), 'utf8');

const program = (persistent: string) => `ExportedProgram:
    class GraphModule(torch.nn.Module):
        def forward(self, b_inv_freq: "f32[4]", x: "f32[2, 4]"):
            mul: "f32[2, 4]" = torch.ops.aten.mul.Tensor(x, b_inv_freq);  x = b_inv_freq = None
            return (mul,)

Graph signature:
    # inputs
    b_inv_freq: BUFFER target='inv_freq' persistent=${persistent}
    x: USER_INPUT

    # outputs
    mul: USER_OUTPUT

Range constraints: {}
`;

test('signature with persistent=False: an error on the placeholder, related to the signature entry', () => {
  const text = program('False');
  const [d, ...rest] = only(text, 'non-persistent-buffer');
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'error');
  assert.equal(at(text, d), 'b_inv_freq');
  assert.match(d.message, /Could not find state mapping for buffer/);
  assert.match(d.message, /experimental_support_mutation=True/);
  assert.equal(text.slice(d.related![0].span.start, d.related![0].span.end), "b_inv_freq: BUFFER target='inv_freq' persistent=False");
});

test('signature with persistent=True: nothing, even for a name transformers makes non-persistent', () => {
  assert.deepEqual(only(program('True'), 'non-persistent-buffer'), []);
});

test('the 2.2-2.7 one-line signature: persistent=False is read from the InputSpec', () => {
  const text = `ExportedProgram:
    class GraphModule(torch.nn.Module):
        def forward(self, b_pos: "i64[1, 6]", x: "f32[2, 4]"):
            add: "f32[2, 4]" = torch.ops.aten.add.Tensor(x, b_pos);  x = b_pos = None
            return (add,)

Graph signature: ExportGraphSignature(input_specs=[InputSpec(kind=<InputKind.BUFFER: 3>, arg=TensorArgument(name='b_pos'), target='pos', persistent=False), InputSpec(kind=<InputKind.USER_INPUT: 1>, arg=TensorArgument(name='x'), target=None, persistent=None)], output_specs=[OutputSpec(kind=<OutputKind.USER_OUTPUT: 1>, arg=TensorArgument(name='add'), target=None)])
Range constraints: {}
`;
  const [d] = only(text, 'non-persistent-buffer');
  assert.equal(d.severity, 'error');
  assert.equal(at(text, d), 'b_pos');
});

test('graph-only dumps: a warning for names transformers registers as non-persistent, nothing for other buffers', () => {
  const text = `graph():
    %b_model_rotary_emb_inv_freq : [num_users=1] = placeholder[target=b_model_rotary_emb_inv_freq]
    %b_bn_running_mean : [num_users=1] = placeholder[target=b_bn_running_mean]
    %x : [num_users=1] = placeholder[target=x]
    %mul : [num_users=1] = call_function[target=torch.ops.aten.mul.Tensor](args = (%x, %b_model_rotary_emb_inv_freq), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%mul, %b_bn_running_mean), kwargs = {})
    return (add,)`;
  const ds = only(text, 'non-persistent-buffer');
  assert.deepEqual(ds.map((d) => [at(text, d), d.severity]), [['b_model_rotary_emb_inv_freq', 'warning']]);
  assert.match(ds[0].message, /'inv_freq' buffer, which transformers registers with persistent=False \(\d+ of \d+ registrations\)/);
});

test('turbine-2023: off (no ExportedProgram entry point in 2023)', () => {
  assert.deepEqual(only(program('False'), 'non-persistent-buffer', 'turbine-2023'), []);
});

test('real failing cases: an error in print(exported_program), a warning or nothing in the graph-only dumps', () => {
  for (const c of ['nonpersistent_buffer_rotary', 'nonpersistent_buffer_position_ids']) {
    const ep = real(c, 'exported_program.txt');
    const errors = only(ep, 'non-persistent-buffer').filter((d) => d.severity === 'error');
    assert.equal(errors.length, 1, c);
    for (const f of ['export.graph.txt', 'export.readable.txt', 'export.code.txt']) {
      assert.ok(only(real(c, f), 'non-persistent-buffer').every((d) => d.severity === 'warning'), `${c}/${f}`);
    }
  }
  assert.equal(only(real('nonpersistent_buffer_rotary', 'export.graph.txt'), 'non-persistent-buffer').length, 1);
});

test('real control: the same module with a persistent buffer gets no error', () => {
  assert.deepEqual(only(real('persistent_buffer_rotary', 'exported_program.txt'), 'non-persistent-buffer'), []);
  for (const f of ['export.graph.txt', 'export.readable.txt']) {
    assert.ok(only(real('persistent_buffer_rotary', f), 'non-persistent-buffer').every((d) => d.severity === 'warning'));
  }
});
