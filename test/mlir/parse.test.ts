import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMlir } from '../../server/src/core/mlir/parse';
import { describeType, printType, typesEqual } from '../../server/src/core/mlir/types';
import { chunkOf, parentOp, walkOps } from '../../server/src/core/mlir/model';
import { fixture, op, slice } from './helpers';
import { generateTorchFile } from './generate';

test('importer output: module, func, constants, default form, resources', () => {
  const text = fixture('importer_basic.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  assert.equal(doc.chunks.length, 1);
  const mod = doc.chunks[0].block.ops[0];
  assert.equal(mod.name, 'module');
  const fn = mod.regions[0].blocks[0].ops[0];
  assert.equal(fn.name, 'func.func');
  assert.equal(fn.symbolName, '@main');
  assert.equal(slice(text, fn.symbolSpan), '@main');
  assert.equal(fn.func!.args.length, 2);
  assert.equal(fn.func!.args[0].name, '%arg0');
  assert.equal(fn.func!.args[1].type.text, '!torch.vtensor<[?,4],f32>');
  assert.deepEqual(fn.func!.resultTypes.map((t) => t.text), ['!torch.vtensor<[3,4],f32>', '!torch.vtensor<[3,4],si64>']);
  assert.equal(fn.func!.isDeclaration, false);
  assert.equal(parentOp(fn), mod);
  assert.equal(chunkOf(fn), doc.chunks[0]);

  const add = op(doc, 'torch.aten.add.Tensor');
  assert.equal(add.form, 'custom');
  assert.equal(add.syntax, 'known');
  assert.deepEqual(add.results.map((r) => [r.name, r.count]), [['%2', 1]]);
  assert.deepEqual(add.operands.map((o) => slice(text, o.span)), ['%arg0', '%0', '%int1']);
  assert.deepEqual(add.operandTypes.map((t) => slice(text, t.span)), ['!torch.vtensor<[3,4],f32>', '!torch.vtensor<[3,1],f32>', '!torch.int']);
  assert.equal(add.resultTypes[0].text, '!torch.vtensor<[3,4],f32>');
  assert.equal(slice(text, add.nameSpan), 'torch.aten.add.Tensor');
  assert.ok(slice(text, add.span).startsWith('%2 = torch.aten.add.Tensor %arg0'));
  assert.ok(slice(text, add.span).endsWith('-> !torch.vtensor<[3,4],f32>'));
  assert.equal(add.parent.parent, fn.regions[0]);

  const pool = op(doc, 'torch.aten.max_pool2d_with_indices');
  assert.deepEqual(pool.results.map((r) => r.name), ['%result0', '%result1']);
  assert.equal(pool.operands.length, 6);
  assert.equal(pool.resultTypes.length, 2);

  const c = (n: string) => op(doc, n).constant!;
  assert.deepEqual([c('%int1').kind, c('%int1').value], ['int', 1]);
  assert.equal(c('%int-3').value, -3);
  assert.equal(slice(text, c('%int-3').span), '-3');
  assert.equal(c('%float1.000000e00').value, 1);
  assert.equal(c('%float1.000000e00').text, '1.000000e+00');
  assert.equal(c('%str').value, 'mean');
  assert.equal(c('%none').kind, 'none');
  assert.equal(c('%none').value, null);
  assert.equal(c('%true').value, true);
  assert.deepEqual([c('%cpu').kind, c('%cpu').value], ['device', 'cpu']);

  const lc = op(doc, 'torch.prim.ListConstruct');
  assert.equal(lc.operands.length, 2);
  assert.deepEqual(lc.operandTypes.map((t) => t.text), ['!torch.int', '!torch.int']);
  assert.equal(lc.resultTypes[0].desc.kind, 'torch-list');
  const empty = op(doc, 'torch.prim.ListConstruct', 1);
  assert.equal(empty.operands.length, 0);
  assert.equal(empty.operandTypes.length, 0);
  assert.equal(empty.resultTypes[0].text, '!torch.list<int>');

  const lit = op(doc, 'torch.vtensor.literal');
  assert.equal(lit.literal!.text, 'dense_resource<torch_tensor_3_1_torch.float32> : tensor<3x1xf32>');
  assert.deepEqual(lit.resourceRefs.map((r) => slice(text, r.span)), ['torch_tensor_3_1_torch.float32']);
  assert.equal(lit.resultTypes[0].text, '!torch.vtensor<[3,1],f32>');

  const custom = op(doc, 'torch.my_lib.custom_op');
  assert.equal(custom.name, 'torch.operator');
  assert.equal(slice(text, custom.operatorNameSpan), '"torch.my_lib.custom_op"');
  assert.equal(custom.operands.length, 2);
  assert.equal(custom.operandTypes.length, 2);
  const multi = op(doc, 'torch.my_lib.multi');
  assert.deepEqual(multi.results.map((r) => [r.name, r.count]), [['%6', 3]]);
  assert.equal(multi.resultTypes.length, 3);
  const mul = op(doc, 'torch.aten.mul.Tensor');
  assert.deepEqual(mul.operands.map((o) => [o.name, o.resultIndex]), [['%5', undefined], ['%6', 1]]);
  assert.equal(slice(text, mul.operands[1].span), '%6#1');

  const ret = op(doc, 'return');
  assert.equal(ret.operands.length, 2);
  assert.equal(ret.operandTypes.length, 2);

  assert.equal(doc.resources.length, 1);
  const r = doc.resources[0];
  assert.equal(r.name, 'torch_tensor_3_1_torch.float32');
  assert.equal(r.dialect, 'builtin');
  assert.equal(slice(text, r.nameSpan), 'torch_tensor_3_1_torch.float32');
  assert.equal(slice(text, r.valueSpan), '"0x040000000000803F0000004000004040"');
  assert.equal(r.byteLength, 16);
  assert.equal(r.dataByteLength, 12);
  assert.equal(r.alignment, 4);
});

test('locations: inline, aliases (forward), callsite, fused, named, unknown', () => {
  const text = fixture('debug_locations.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  const frames = (name: string) => op(doc, name).location!.frames.map((f) => `${f.file}:${f.line}:${f.col}`);
  assert.deepEqual(frames('torch.aten.relu'), ['/home/user/model.py:13:0']);
  assert.deepEqual(frames('torch.aten.neg'), ['/home/user/lib.py:40:0', '/home/user/model.py:14:0']);
  assert.deepEqual(frames('torch.aten.abs'), []);
  assert.equal(op(doc, 'torch.aten.abs').location!.node.kind, 'unknown');
  assert.deepEqual(frames('torch.aten.sin'), ['a.py:1:2', 'b.py:3:4']);
  assert.deepEqual(frames('torch.aten.cos'), ['c.py:7:8']);
  const cos = op(doc, 'torch.aten.cos').location!.node;
  assert.equal(cos.kind, 'name');
  assert.equal(cos.kind === 'name' && cos.name, 'relu_1');
  assert.deepEqual(frames('torch.aten.tan'), ['x.py:1:0', 'y.py:2:0', 'z.py:3:0']);
  assert.deepEqual(frames('func.func'), ['/home/user/model.py:12:0']);
  assert.deepEqual(frames('module'), ['/home/user/model.py:12:0']);
  assert.equal(slice(text, op(doc, 'torch.aten.relu').location!.span), 'loc(#loc1)');
  const arg = op(doc, 'func.func').func!.args[0];
  assert.equal(arg.location!.frames[0].line, 10);
  assert.equal(op(doc, 'func.func').attributes[0].name, 'torch.assume_strict_symbolic_shapes');
  assert.deepEqual(doc.locAliases.map((a) => a.name), ['#loc', '#loc1', '#loc2', '#loc3', '#loc4']);
  assert.equal(slice(text, doc.locAliases[1].nameSpan), '#loc1');
  // The frame span points at the alias definition's text.
  const f = op(doc, 'torch.aten.relu').location!.frames[0];
  assert.equal(slice(text, f.span), '"/home/user/model.py":13:0');
});

test('generic form: properties, regions, successors, attributes', () => {
  const text = fixture('generic_onnx.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  const cst = op(doc, '%cst');
  assert.equal(cst.form, 'generic');
  assert.equal(cst.name, 'torch.operator');
  assert.equal(cst.operatorName, 'onnx.ConstantOfShape');
  assert.deepEqual(cst.properties.map((p) => [p.name, p.value]), [['name', '"onnx.ConstantOfShape"']]);
  assert.deepEqual(cst.attributes.map((p) => [p.name, p.value]), [['torch.onnx.value', 'dense<3> : tensor<1xsi64>']]);
  assert.equal(slice(text, cst.attributes[0].valueSpan), 'dense<3> : tensor<1xsi64>');
  const rt = cst.resultTypes[0];
  assert.equal(rt.text, '!torch.vtensor<[2], si64>');
  assert.equal(printType(rt), '!torch.vtensor<[2],si64>');
  const add = op(doc, 'onnx.Add');
  assert.equal(add.attributes[0].value, '"add\\22quoted\\22"');
  assert.ok(typesEqual(add.operandTypes[0], rt));

  const withRegion = op(doc, 'test.with_region');
  assert.equal(withRegion.regions.length, 2);
  assert.equal(withRegion.regions[0].blocks[0].label, '^bb0');
  assert.equal(withRegion.regions[0].blocks[0].args[0].name, '%a');
  assert.equal(withRegion.regions[0].blocks[0].args[0].type!.text, 'i64');
  assert.equal(withRegion.regions[1].blocks[0].ops[0].name, 'test.yield');
  assert.deepEqual(withRegion.attributes.map((a) => a.name), ['array_attr', 'map', 's']);
  assert.equal(withRegion.attributes[1].value, 'affine_map<(d0, d1) -> (d1, d0)>');
  assert.equal(withRegion.attributes[2].value, '"a}b{c>"');
  const br = op(doc, 'cf.cond_br');
  assert.deepEqual(br.successors.map((s) => s.name), ['^bb1', '^bb2']);
  const fn = op(doc, 'func.func');
  assert.equal(fn.regions[0].blocks.length, 3);
  assert.deepEqual(fn.regions[0].blocks.map((b) => b.label), [undefined, '^bb1', '^bb2']);
  assert.equal(fn.attributes.length, 4);
  assert.equal(fn.attributes[2].value, '"backend-test"');
});

test('torch control flow: prim.If, prim.Loop, func.call, declarations', () => {
  const text = fixture('control_flow.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  const iff = op(doc, 'torch.prim.If');
  assert.equal(iff.regions.length, 2);
  assert.deepEqual(iff.resultTypes.map((t) => t.text), ['!torch.int']);
  assert.equal(iff.regions[0].blocks[0].ops.length, 2);
  assert.equal(iff.regions[1].blocks[0].ops[0].name, 'torch.prim.If.yield');
  const loop = op(doc, 'torch.prim.Loop');
  assert.deepEqual(loop.operands.map((o) => o.name), ['%n', '%true', '%2', '%int0']);
  assert.deepEqual(loop.results.map((r) => [r.name, r.count]), [['%3', 2]]);
  assert.equal(loop.operandTypes.length, 4);
  assert.equal(loop.resultTypes.length, 2);
  const body = loop.regions[0].blocks[0];
  assert.equal(body.label, '^bb0');
  assert.deepEqual(body.args.map((a) => a.name), ['%i', '%x', '%y']);
  const cond = op(doc, 'torch.prim.Loop.condition');
  assert.deepEqual(cond.operands.map((o) => o.name), ['%7', '%6', '%y']);
  assert.equal(cond.operandTypes.length, 2);
  const call = op(doc, 'func.call');
  assert.deepEqual(call.symbolRefs.map((s) => s.name), ['@helper']);
  assert.deepEqual(call.operands.map((o) => [o.name, o.resultIndex]), [['%3', 0]]);
  const helper = op(doc, 'func.func', 1);
  assert.equal(helper.func!.visibility, 'private');
  assert.equal(helper.func!.isDeclaration, true);
  assert.equal(helper.func!.args[0].name, undefined);
  assert.equal(helper.func!.args[0].type.text, '!torch.int');
  assert.equal(helper.regions.length, 0);
});

test('symbolic shapes, mutation ops, ListUnpack, casts, aliases', () => {
  const text = fixture('symbolic.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  assert.deepEqual(doc.aliases.map((a) => [a.kind, a.name]), [['attribute', '#map'], ['type', '!vt']]);
  assert.equal(doc.aliases[0].value, 'affine_map<()[s0, s1] -> (s1, s0 * 2 + 3, 5)>');
  assert.equal(doc.aliases[1].type!.desc.kind, 'torch-tensor');
  const si = op(doc, 'torch.symbolic_int');
  assert.deepEqual(si.attributes.map((a) => [a.name, a.value]), [['symbol_name', '"s0"'], ['min_val', '5'], ['max_val', '10']]);
  assert.equal(si.resultTypes[0].text, '!torch.int');
  const bind = op(doc, 'torch.bind_symbolic_shape');
  assert.deepEqual(bind.operands.map((o) => o.name), ['%arg0', '%0', '%1']);
  assert.equal(bind.attributes[0].value, 'affine_map<()[s0, s1] -> (s1, s0 * 2 + 3, 5)>');
  assert.equal(bind.operandTypes[0].text, '!torch.vtensor<[?,?,5],f32>');
  const copy = op(doc, 'torch.copy.to_vtensor');
  assert.equal(copy.resultTypes[0].text, '!torch.vtensor<[2],f32>');
  assert.equal(copy.operandTypes.length, 0);
  const ow = op(doc, 'torch.overwrite.tensor.contents');
  assert.deepEqual(ow.operands.map((o) => o.name), ['%3', '%arg1']);
  assert.equal(ow.operandTypes[1].text, '!torch.tensor<[2],f32>');
  const unpack = op(doc, 'torch.prim.ListUnpack');
  assert.equal(unpack.operandTypes[0].text, '!torch.list<vtensor>');
  assert.equal(unpack.resultTypes.length, 2);
  const cast = op(doc, 'torch.tensor_static_info_cast');
  assert.equal(cast.resultTypes[0].desc.kind, 'alias');
  const fn = op(doc, 'func.func');
  assert.deepEqual(fn.func!.resultTypes.map((t) => t.text), ['!vt']);
  assert.deepEqual(fn.aliasRefs.map((r) => r.name), ['!vt']);
});

test('other dialects parse loosely without errors', () => {
  const text = fixture('other_dialects.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  const forOp = op(doc, 'scf.for');
  assert.equal(forOp.syntax, 'loose');
  assert.deepEqual(forOp.regionArgs.map((a) => a.name), ['%i', '%acc']);
  assert.deepEqual(forOp.operands.map((o) => o.name), ['%lb', '%ub', '%step', '%cst']);
  assert.equal(forOp.regions.length, 1);
  assert.equal(forOp.regions[0].blocks[0].ops.length, 2);
  const generic = op(doc, 'linalg.generic');
  assert.deepEqual(generic.operands.map((o) => o.name), ['%t', '%empty']);
  assert.deepEqual(generic.attributes.map((a) => a.name), ['indexing_maps', 'iterator_types']);
  assert.deepEqual(generic.aliasRefs.map((a) => a.name), ['#map', '#map']);
  assert.equal(generic.regions[0].blocks[0].args.length, 2);
  assert.equal(generic.regions[0].blocks[0].ops.length, 3);
  assert.ok(slice(text, generic.span).endsWith('} -> tensor<4x?xf32>'));
  const iff = op(doc, 'scf.if');
  assert.equal(iff.regions.length, 2);
  const forall = op(doc, 'scf.forall');
  assert.deepEqual(forall.regionArgs.map((a) => a.name), ['%x', '%y', '%o']);
  assert.deepEqual(forall.operands.map((o) => o.name), ['%s']);
  assert.equal(op(doc, 'scf.forall.in_parallel').regions.length, 1);
  const clamp = op(doc, 'tosa.clamp');
  assert.equal(clamp.attributes.length, 4);
  assert.equal(clamp.operandTypes[0].text, 'tensor<4x?xf32>');
  assert.equal(clamp.resultTypes[0].text, 'tensor<4x?xf32>');
  const cst = op(doc, '%cst');
  assert.equal(cst.resultTypes[0].text, 'f32');
  const cast = op(doc, 'tensor.cast');
  assert.equal(cast.operandTypes.length, 1);
  assert.equal(cast.resultTypes.length, 1);
  assert.equal(doc.allOps.length, 23);
});

test('split files: chunks, comments, resources per chunk', () => {
  const text = fixture('split.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  assert.equal(doc.chunks.length, 3);
  assert.deepEqual(doc.chunks.map((c) => c.block.ops.map((o) => o.symbolName)), [['@first'], ['@second'], ['@third']]);
  assert.equal(doc.chunks[2].resources[0].name, 'blob_si64');
  assert.equal(doc.chunks[2].resources[0].byteLength, 28);
  assert.equal(doc.chunks[2].resources[0].alignment, 8);
  assert.ok(!slice(text, doc.chunks[1].span).includes('// -----'));
});

test('types: torch, builtin, aliases, opaque; canonical text and equality', () => {
  const text = fixture('types.mlir');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  const args = op(doc, 'func.func').func!.args;
  const t = (name: string) => args.find((a) => a.name === name)!.type;
  const a = t('%a').desc;
  assert.ok(a.kind === 'torch-tensor' && a.value && a.dtype === 'f32');
  assert.deepEqual(a.kind === 'torch-tensor' && a.sizes, [1, '?', 4]);
  const b = t('%b').desc;
  assert.ok(b.kind === 'torch-tensor' && !b.value && b.sizes === '*' && b.dtype === 'unk');
  assert.equal(t('%c').text, '!torch.vtensor<[2], si64>');
  assert.equal(printType(t('%c')), '!torch.vtensor<[2],si64>');
  const d = t('%d').desc;
  assert.ok(d.kind === 'torch-list' && d.element.kind === 'torch-optional' && d.element.element.kind === 'torch-tensor');
  assert.equal(printType(d), '!torch.list<optional<vtensor>>');
  const e = t('%e').desc;
  assert.ok(e.kind === 'torch-optional' && e.element.kind === 'torch-scalar' && e.element.name === 'int');
  const f = t('%f').desc;
  assert.ok(f.kind === 'torch-tuple' && f.elements.length === 2 && f.elements[1].kind === 'torch-tensor');
  assert.equal(printType(f), '!torch.tuple<int,vtensor<[2],f32>>');
  assert.equal(t('%g').desc.kind, 'torch-union');
  const h = t('%h').desc;
  assert.ok(h.kind === 'torch-dict' && h.key.kind === 'torch-scalar' && h.valueType.kind === 'torch-tensor');
  const i = t('%i').desc;
  assert.ok(i.kind === 'torch-module' && i.className === '__torch__.Foo');
  const j = t('%j').desc;
  assert.ok(j.kind === 'torch-tensor' && j.dtype === 'complex<f32>');
  const k = t('%k').desc;
  assert.ok(k.kind === 'torch-tensor' && k.dtype === '!torch.qint8');
  const l = t('%l').desc;
  assert.ok(l.kind === 'torch-tensor' && l.dtype === 'f64' && l.sparsity!.startsWith('#sparse_tensor.encoding<{map='));
  const m = t('%m').desc;
  assert.ok(m.kind === 'builtin-tensor' && m.element.kind === 'builtin-scalar' && m.element.name === 'f32');
  assert.deepEqual(m.kind === 'builtin-tensor' && m.sizes, [3, 1]);
  assert.deepEqual(t('%n').desc, { kind: 'builtin-scalar', name: 'i64', canonical: 'i64' });
  for (const [n, s] of [['%o', 'Device'], ['%p', 'number'], ['%q', 'none'], ['%r', 'bool'], ['%s', 'str']]) {
    const x = t(n).desc;
    assert.ok(x.kind === 'torch-scalar' && x.name === s, n);
  }
  assert.equal(t('%t').desc.kind, 'opaque');
  assert.equal(t('%u').desc.kind, 'opaque');
  const v = t('%v').desc;
  assert.ok(v.kind === 'builtin-tensor' && v.sizes === '*');
  const w = t('%w').desc;
  assert.ok(w.kind === 'torch-tensor' && w.sizes === undefined);
  assert.equal(slice(text, t('%l').span), t('%l').text);
  // Equality ignores whitespace and the !torch. prefix inside containers.
  assert.ok(typesEqual(describeType('!torch.list< !torch.optional<!torch.vtensor> >'), describeType('!torch.list<optional<vtensor>>')));
  assert.ok(!typesEqual(describeType('!torch.vtensor<[2],f32>'), describeType('!torch.vtensor<[3],f32>')));
  const fnType = describeType('(i32, !torch.int) -> (i32, f32)');
  assert.ok(fnType.kind === 'function' && fnType.inputs.length === 2 && fnType.results.length === 2);
});

test('loose-syntax torch ops and top-level non-func ops', () => {
  const text = [
    'torch.class_type @c {',
    '  torch.attr "b" : !torch.bool',
    '  torch.method "forward", @f',
    '}',
    '%bool_true = torch.constant.bool true',
    'torch.nn_module {',
    '  torch.slot "b", %bool_true : !torch.bool',
    '} : !torch.nn.Module<"c">',
    'torch.global_slot "private" @g : !torch.tensor {',
    '  %0 = torch.tensor.literal(dense<1.0> : tensor<2xf32>) : !torch.tensor',
    '  torch.global_slot.init %0 : !torch.tensor',
    '}',
    'func.func @f(%arg0: !torch.nn.Module<"c">) {',
    '  %1 = torch.global_slot.get @g : !torch.tensor',
    '  %2 = torch.prim.GetAttr %arg0["b"] : !torch.nn.Module<"c"> -> !torch.bool',
    '  %3 = torch.derefine %2 : !torch.bool to !torch.optional<bool>',
    '  %4 = torch.constant.float 0x7FF0000000000000',
    '  %5 = torch.constant.float -2.5',
    '  %6 = torch.prim.Uninitialized : !torch.any',
    '  torch.prim.RaiseException %str, %none : !torch.str, !torch.none',
    '  torch.runtime.assert %cond, "failed"',
    '  return',
    '}',
  ].join('\n');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  assert.equal(op(doc, 'torch.class_type').symbolName, '@c');
  assert.equal(op(doc, 'torch.class_type').regions[0].blocks[0].ops.length, 2);
  assert.deepEqual(op(doc, 'torch.method').symbolRefs.map((r) => r.name), ['@f']);
  assert.equal(op(doc, 'torch.nn_module').regions.length, 1);
  assert.equal(op(doc, 'torch.global_slot').symbolName, '@g');
  assert.deepEqual(op(doc, 'torch.global_slot.get').symbolRefs.map((r) => r.name), ['@g']);
  assert.equal(op(doc, 'torch.derefine').resultTypes[0].text, '!torch.optional<bool>');
  assert.equal(op(doc, '%4').constant!.value, Infinity);
  assert.equal(op(doc, '%5').constant!.value, -2.5);
  assert.equal(op(doc, '%6').resultTypes[0].text, '!torch.any');
  assert.equal(op(doc, 'torch.prim.RaiseException').operandTypes.length, 2);
  assert.deepEqual(op(doc, 'torch.runtime.assert').operands.map((o) => o.name), ['%cond']);
  assert.equal(doc.chunks[0].block.ops.length, 5);
});

test('attributes: nested brackets, strings, -> inside <...>, dense forms', () => {
  const text = [
    'func.func @attrs() attributes {a = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, b = dense<"0xDEADBEEF"> : tensor<2xi16>, c = affine_map<(d0) -> (d0 floordiv 2)>, d = "x\\"}{,", e = {n = [1, {m = 2}]}, f = array<i64: 1, 2>, g, h = #foo.bar<{x = (i32) -> i32}>, i = dense<1.0> : tensor<4xf32>} {',
    '  return',
    '}',
  ].join('\n');
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  const attrs = op(doc, 'func.func').attributes;
  assert.deepEqual(attrs.map((a) => a.name), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  assert.equal(attrs[2].value, 'affine_map<(d0) -> (d0 floordiv 2)>');
  assert.equal(attrs[3].value, '"x\\"}{,"');
  assert.equal(attrs[4].value, '{n = [1, {m = 2}]}');
  assert.equal(attrs[6].value, undefined);
  assert.equal(attrs[7].value, '#foo.bar<{x = (i32) -> i32}>');
  assert.equal(slice(text, attrs[0].span), 'a = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>');
});

test('module forms: attributes, named module, nested', () => {
  const text = 'module @outer attributes {torch.debug_module_name = "M"} {\n  module @inner {\n  }\n  func.func @f() {\n    return\n  }\n}\n';
  const doc = parseMlir(text);
  assert.deepEqual(doc.diagnostics, []);
  const outer = op(doc, 'module');
  assert.equal(outer.symbolName, '@outer');
  assert.equal(outer.attributes[0].name, 'torch.debug_module_name');
  assert.equal(op(doc, 'module', 1).symbolName, '@inner');
  assert.equal(slice(text, outer.regions[0].span).startsWith('{'), true);
  assert.equal(slice(text, outer.regions[0].span).endsWith('}'), true);
  let count = 0;
  walkOps(doc.chunks[0].block.ops, () => void count++);
  assert.equal(count, 4);
});

test('a generated 20k-op torch file parses completely without errors', () => {
  const text = generateTorchFile(20_000, 1000);
  const doc = parseMlir(text);
  assert.equal(doc.diagnostics.length, 0);
  assert.equal(doc.allOps.length, 20_001);
  assert.equal(doc.resources[0].byteLength, 1004);
  assert.equal(doc.locAliases.length, 50);
  assert.deepEqual(op(doc, 'torch.aten.add.Tensor', 3).location!.frames.map((f) => f.line), [10 + 12 % 50]);
});
