// Synthetic large dumps for the size sanity test and for timing by hand.

/** A str(graph) dump with `n` call_function nodes in a chain. */
export function bigStrGraph(n: number): string {
  const out = ['graph():', '    %x : [num_users=1] = placeholder[target=x]'];
  let prev = 'x';
  for (let i = 0; i < n; i++) {
    const name = `add_${i}`;
    out.push(`    %${name} : [num_users=1] = call_function[target=torch.ops.aten.add.Tensor](args = (%${prev}, [1, 2, None], 1.5), kwargs = {alpha: 2, device: cpu})`);
    prev = name;
  }
  out.push(`    return (${prev},)`);
  return out.join('\n');
}

/** A print_readable() dump with `n` call_function nodes in a chain. */
export function bigPrintReadable(n: number): string {
  const out = ['class GraphModule(torch.nn.Module):', '    def forward(self, x: "f32[8, 16][16, 1]cpu"):'];
  let prev = 'x';
  for (let i = 0; i < n; i++) {
    const name = `add_${i}`;
    if (i % 10 === 0) out.push(`         # File: /home/user/model.py:${i + 1} in forward, code: y = x + 1`);
    out.push(`        ${name}: "f32[8, 16][16, 1]cpu" = torch.ops.aten.add.Tensor(${prev}, 1, alpha = 2);  ${prev} = None`);
    prev = name;
  }
  out.push(`        return (${prev},)`);
  out.push('        ');
  return out.join('\n');
}
