import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Inputs shaped like a whole model printed by the importer: one `func.func` holding every op.

const ROOT = path.resolve(__dirname, '../..');

/** func/arith: one function of `n` ops (bench/generate.mjs's mix), as mlir-lsp-server-16 accepts it. */
export function bigFunction(n: number): string {
  const body: string[] = ['    %c1_i32 = arith.constant 1 : i32\n', '    %cst = arith.constant 5.000000e-01 : f32\n'];
  let iv = '%arg0';
  let fv = '%arg2';
  for (let i = 0; i < n; i++) {
    const r = `%${i}`;
    switch (i % 8) {
      case 0: body.push(`    ${r} = arith.addi ${iv}, %c1_i32 : i32\n`); iv = r; break;
      case 1: body.push(`    ${r} = arith.muli ${iv}, %arg1 : i32\n`); iv = r; break;
      case 2: body.push(`    ${r} = arith.sitofp ${iv} : i32 to f32\n`); break;
      case 3: body.push(`    ${r} = arith.addf ${fv}, %${i - 1} : f32\n`); fv = r; break;
      case 4: body.push(`    ${r} = arith.mulf ${fv}, %cst : f32\n`); fv = r; break;
      case 5: body.push(`    ${r} = arith.cmpi slt, ${iv}, %arg1 : i32\n`); break;
      case 6: body.push(`    ${r} = arith.select %${i - 1}, ${iv}, %arg0 : i32\n`); iv = r; break;
      default: body.push(`    ${r} = arith.subi ${iv}, %arg1 : i32\n`); iv = r;
    }
  }
  return `module {\n  func.func @main(%arg0: i32, %arg1: i32, %arg2: f32) -> (i32, f32) {\n${body.join('')}    return ${iv}, ${fv} : i32, f32\n  }\n}\n`;
}

/**
 * Torch MLIR as the importer prints a whole model: one `func.func` holding every op. Made of the
 * corpus's out.mlir functions (real importer output), each one's values and `#loc` aliases renamed
 * apart, their bodies (returns included) one after another in one function.
 */
export function torchOneFunction(): string {
  const dir = path.join(ROOT, 'test/corpus/real');
  const args: string[] = [];
  const body: string[] = [];
  const locs: string[] = [];
  let header = '';
  for (const [k, name] of readdirSync(dir).sort().entries()) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, name, 'out.mlir'), 'utf8');
    } catch {
      continue;
    }
    if (!text.startsWith('module') || text.includes('{-#') || text.split('func.func').length !== 2) continue;
    const rename = (t: string) => t.replace(/%([\w.$-]+)/g, `%k${k}_$1`).replace(/#loc(\d*)\b/g, `#l${k}_$1`);
    const lines = text.split('\n');
    const open = lines.findIndex((l) => l.startsWith('  func.func @'));
    const close = lines.indexOf('  }', open);
    const head = lines[open];
    const argsStart = head.indexOf('(') + 1;
    let depth = 1;
    let argsEnd = argsStart;
    while (argsEnd < head.length && (depth += head[argsEnd] === '(' ? 1 : head[argsEnd] === ')' ? -1 : 0) > 0) argsEnd++;
    if (open < 0 || close < 0 || !head.endsWith('{')) continue;
    if (argsEnd > argsStart) args.push(rename(head.slice(argsStart, argsEnd)));
    header ||= head.slice(argsEnd + 1, -1).trim();
    body.push(...lines.slice(open + 1, close).map(rename));
    locs.push(...lines.slice(lines.indexOf('}', close)).filter((l) => l.startsWith('#loc')).map(rename));
  }
  return `module {\n  func.func @main(${args.join(', ')}) ${header ? header + ' ' : ''}{\n${body.join('\n')}\n  }\n}\n${locs.join('\n')}\n`;
}
