import { analyze } from '../../server/src/core/analyze';
import type { FxAnalysis } from '../../server/src/core/analysis/fxAnalysis';
import type { MlirDocument } from '../../server/src/core/mlir/model';
import { parseMlir } from '../../server/src/core/mlir/parse';
import type { Span } from '../../server/src/core/text';

// Shared helpers for the editor-feature unit tests: `|` marks the cursor in a test text.

export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor in text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export function fx(text: string): FxAnalysis {
  const r = analyze(text, 'fx');
  return r.fx!;
}

export function mlir(text: string): MlirDocument {
  const d = parseMlir(text);
  if (d.diagnostics.length) throw new Error('MLIR test text does not parse: ' + JSON.stringify(d.diagnostics));
  return d;
}

export const slice = (text: string, s: Span) => text.slice(s.start, s.end);

export function apply(text: string, edits: { span: Span; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

export const STR_GRAPH = `graph():
    %x : [num_users=2] = placeholder[target=x]
    %max_pool2d : [num_users=1] = call_function[target=torch.ops.aten.max_pool2d.default](args = (%x, [2, 2]), kwargs = {})
    %add : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%max_pool2d, %x), kwargs = {})
    return (add,)
`;

export const CODE_FORM = `def forward(self, x_1):
    _tensor_constant0 = self._tensor_constant0
    add = torch.ops.aten.add.Tensor(x_1, _tensor_constant0);  x_1 = None
    mul = torch.ops.aten.mul.Tensor(add, _tensor_constant0);  add = _tensor_constant0 = None
    return mul
`;

export const READABLE = `class GraphModule(torch.nn.Module):
    def forward(self, L_x_: "f32[1, 2, 4, 4]"):
        l_x_ = L_x_

        # File: /home/user/pool.py:12 in forward, code: y = F.max_pool2d(x, 2)
        max_pool2d: "f32[1, 2, 2, 2]" = torch.nn.functional.max_pool2d(l_x_, 2)
        relu: "f32[1, 2, 2, 2]" = torch.relu(max_pool2d)

        # File: /home/user/pool.py:13 in forward, code: return F.max_pool2d(8, x)
        max_pool2d_1 = torch.nn.functional.max_pool2d(8, l_x_);  l_x_ = None
        return (relu, max_pool2d_1)
`;

export const MLIR_BASIC = `module {
  func.func @main(%arg0: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32> {
    %int1 = torch.constant.int 1 loc("model.py":3:0)
    %0 = torch.aten.add.Tensor %arg0, %arg0, %int1 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32>, !torch.int -> !torch.vtensor<[3,4],f32> loc("model.py":3:0)
    %6:3 = torch.operator "torch.my_lib.multi"(%0) : (!torch.vtensor<[3,4],f32>) -> (!torch.none, !torch.vtensor<[3,4],f32>, !torch.int) loc("model.py":4:0)
    %1 = torch.aten.mul.Tensor %6#1, %0 : !torch.vtensor<[3,4],f32>, !torch.vtensor<[3,4],f32> -> !torch.vtensor<[3,4],f32> loc("../outside.py":5:0)
    %2 = func.call @helper(%1) : (!torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32>
    return %2 : !torch.vtensor<[3,4],f32>
  }
  func.func private @helper(%a: !torch.vtensor<[3,4],f32>) -> !torch.vtensor<[3,4],f32> {
    cf.br ^bb1(%a : !torch.vtensor<[3,4],f32>)
  ^bb1(%b: !torch.vtensor<[3,4],f32>):
    %r = foo.identity %b
    return %r : !torch.vtensor<[3,4],f32>
  }
}
`;
