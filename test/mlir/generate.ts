// Generators of large MLIR files for performance checks and the scale test.
// Usage (timing): node --import tsx test/mlir/generate.ts

/** A torch-dialect function of `n` ops in importer style (~200 bytes per op). */
export function generateTorchFile(n: number, blobBytes = 0): string {
  const parts: string[] = [];
  const t = '!torch.vtensor<[4,?,1024,1024,3],bf16>';
  parts.push('module {\n');
  parts.push(`  func.func @main(%arg0: ${t}, %arg1: ${t}) -> ${t} {\n`);
  parts.push('    %int1 = torch.constant.int 1\n');
  let prev = '%arg0';
  for (let i = 0; i < n - 3; i++) {
    const r = `%${i}`;
    switch (i % 4) {
      case 0:
        parts.push(`    ${r} = torch.aten.add.Tensor ${prev}, %arg1, %int1 : ${t}, ${t}, !torch.int -> ${t} loc(#loc${i % 50})\n`);
        break;
      case 1:
        parts.push(`    ${r} = torch.aten.relu ${prev} : ${t} -> ${t} loc(#loc${(i + 7) % 50})\n`);
        break;
      case 2:
        parts.push(`    ${r} = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>\n`);
        continue;
      default:
        parts.push(`    ${r} = torch.aten.mul.Tensor ${prev}, %arg1 : ${t}, ${t} -> ${t} loc(#loc${(i + 3) % 50})\n`);
    }
    prev = r;
  }
  parts.push(`    return ${prev} : ${t}\n  }\n}\n`);
  for (let i = 0; i < 50; i++) parts.push(`#loc${i} = loc("/home/user/model.py":${i + 10}:0)\n`);
  if (blobBytes > 0) {
    parts.push('\n{-#\n  dialect_resources: {\n    builtin: {\n      torch_tensor_big: "0x04000000');
    parts.push('0A1B2C3D'.repeat(Math.ceil(blobBytes / 4)).slice(0, blobBytes * 2));
    parts.push('"\n    }\n  }\n#-}\n');
  }
  return parts.join('');
}

/** A func/arith file of `n` ops. */
export function generateArithFile(n: number): string {
  const parts: string[] = ['func.func @f(%a: i32, %b: i32) -> i32 {\n'];
  let prev = '%a';
  for (let i = 0; i < n - 2; i++) {
    const r = `%v${i}`;
    parts.push(i % 2 ? `  ${r} = arith.addi ${prev}, %b : i32\n` : `  ${r} = arith.muli ${prev}, %a : i32\n`);
    prev = r;
  }
  parts.push(`  return ${prev} : i32\n}\n`);
  return parts.join('');
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseMlir } = require('../../server/src/core/mlir/parse') as typeof import('../../server/src/core/mlir/parse');
  const time = (label: string, text: string) => {
    parseMlir(text); // warm-up
    const runs = 5;
    let best = Infinity;
    let bestCpu = Infinity;
    let doc;
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      doc = parseMlir(text);
      best = Math.min(best, performance.now() - t0);
      const c = process.cpuUsage(c0);
      bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
    }
    console.log(
      `${label}: ${(text.length / 1e6).toFixed(1)} MB, ${doc!.allOps.length} ops, ${doc!.diagnostics.length} errors, ` +
        `best of ${runs}: ${best.toFixed(0)} ms wall, ${bestCpu.toFixed(0)} ms CPU (incl. GC threads)`,
    );
  };
  time('torch 100k', generateTorchFile(100_000));
  time('torch 100k + 50 MB blob', generateTorchFile(100_000, 25_000_000));
  time('arith 100k', generateArithFile(100_000));
}
