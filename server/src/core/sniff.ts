// What a file holds, from its content: a PyTorch FX graph dump (any format PyTorch or tlparse
// writes), torch-dialect MLIR, or neither. PyTorch writes dumps under any name (tlparse's
// `-_0_0_0/aot_forward_graph_1.txt`, TORCH_LOGS `.log` files), so the editor, "check workspace"
// and the checker all decide by content with this one module.

/** The two languages the analysis reads (re-exported by analyze.ts). */
export type LanguageId = 'fx' | 'mlir';

/** How much of the head of a file is looked at: dumps say what they are in their first lines. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Signs of an FX dump, each enough on its own: they come from PyTorch's printers, never from
 * ordinary Python, logs or MLIR.
 */
const FX_SIGNS: RegExp[] = [
  // str(graph) of every era: `graph():`, `graph(x, y):`
  /^[ \t]*graph\([^)\n]*\)(\s*->[^\n]*)?:[ \t]*$/m,
  // print_readable / gm.code / fx_graph_runnable: `class GraphModule(torch.nn.Module):`, `class <lambda>(...)`, `class Repro(...)`
  /^[ \t]*class [\w<>]+\((torch\.)?(nn\.)?Module\):/m,
  /^[ \t]*ExportedProgram:[ \t]*$/m,
  // a node line of str(graph) or an Inductor "Graph fragment" comment
  /%[\w.]+ : .*= (call_function|call_method|call_module|get_attr|placeholder|output|PlaceHolder)\[/,
  // graph.print_tabular()
  /^[ \t]*opcode[ \t]+name[ \t]+target[ \t]+args[ \t]+kwargs\b/m,
  // TORCH_LOGS artefacts (glog and 2.1 prefixes)
  /\[__(graph_code|aot_graphs|aot_joint_graph|graph|output_code)\]|torch\._dynamo\.output_graph\.__graph_code:|TRACED GRAPH\n/,
  // gm.code without its class line: an annotated node calling an op
  /^[ \t]+\w+: "[\w.]+\[[^\n]*" = torch\.ops\.\w+\.\w+/m,
  /^[ \t]*def forward\(self[,)][^\n]*\n(?:[^\n]*\n){0,40}?[^\n]*\btorch\.ops\.\w+\.\w+/m,
];

/** Signs of MLIR in the torch dialect (or the builtin/func structure the importer prints). */
const MLIR_SIGNS: RegExp[] = [
  /^[ \t]*module\b[^\n]*\{[ \t]*$/m,
  /^[ \t]*"?builtin\.module"?\s*\(/m,
  /^[ \t]*(func\.)?func\.?\w* @[\w$.-]+\(/m,
  /^[ \t]*func\.func\b/m,
  /^[ \t]*(%[\w.$-]+(:\d+)?(, %[\w.$-]+)*) = "?torch\.[\w.]+/m,
  // a torch type outside a `#` comment (FX dumps' comments may quote one)
  /^[^#\n]*!torch\.(vtensor|tensor|int|float|bool|list|none|str|number)\b/m,
  /^#loc\d* = loc\(/m,
];

export type SniffResult =
  | { kind: LanguageId }
  | { kind: 'none'; why: 'empty' | 'binary' | 'no-dump'; what?: string };

/** Magic numbers of binaries people keep next to dumps (or name `.fx`). */
const MAGIC: [number[], string][] = [
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (a .pt or .pt2 file?)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x80], 'a Python pickle'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
];

/** Whether raw bytes are binary, and what kind: a known magic number or NUL bytes in the head. */
export function binaryKind(head: Uint8Array): string | undefined {
  for (const [magic, what] of MAGIC) if (magic.every((b, i) => head[i] === b)) return what;
  const n = Math.min(head.length, 8192);
  for (let i = 0; i < n; i++) if (head[i] === 0) return 'a binary file';
  return undefined;
}

/** FX, MLIR or neither, from the head of the text; the earliest sign wins (a log may hold both). */
export function sniffText(text: string): LanguageId | undefined {
  const head = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
  const first = (signs: RegExp[]) => {
    let best = Infinity;
    for (const re of signs) {
      const m = re.exec(head);
      if (m && m.index < best) best = m.index;
    }
    return best;
  };
  const fx = first(FX_SIGNS);
  const mlir = first(MLIR_SIGNS);
  if (fx === Infinity && mlir === Infinity) return undefined;
  return fx <= mlir ? 'fx' : 'mlir';
}

/** What a file's bytes hold (the checker reads bytes so binaries are named, not decoded). */
export function sniffBytes(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { kind: 'none', why: 'empty' };
  const binary = binaryKind(bytes.subarray(0, 8192));
  if (binary) return { kind: 'none', why: 'binary', what: binary };
  const text = new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES));
  if (text.trim() === '') return { kind: 'none', why: 'empty' };
  const kind = sniffText(text);
  return kind ? { kind } : { kind: 'none', why: 'no-dump' };
}

/** The one-line notice for a file that holds no dump. */
export function notADumpMessage(r: Extract<SniffResult, { kind: 'none' }>): string {
  const tail = 'not a PyTorch FX graph dump or torch-dialect MLIR, so nothing was checked.';
  if (r.why === 'empty') return `This file is empty: ${tail}`;
  if (r.why === 'binary') return `This file is ${r.what}: ${tail}`;
  return `No FX graph or torch-dialect MLIR found in this file's first ${SNIFF_BYTES / 1024} KB: it is ${tail}`;
}

/**
 * Names the checker and "check workspace" look inside when walking folders: `.txt` and `.log`
 * files are dumps only when their content says so (tlparse output, TORCH_LOGS captures).
 */
export function sniffedByName(name: string): boolean {
  return /\.(txt|log)$/i.test(name);
}

/** Names that are dumps whatever their content says (the file types we register). */
export function dumpByName(name: string): LanguageId | undefined {
  if (/\.mlir$/i.test(name)) return 'mlir';
  if (/\.fx$/i.test(name) || /^fx_graph_(readable|runnable|transformed)\.py$/i.test(name)) return 'fx';
  return undefined;
}

/**
 * HLSL effect files share the `.fx` extension; VS Code's HLSL support claims them. Signs of
 * shader code, so the editor can hand such a file back to HLSL.
 */
export function looksLikeHlsl(text: string): boolean {
  const head = text.slice(0, SNIFF_BYTES);
  if (sniffText(head)) return false;
  return /^[ \t]*(technique1?\d*|pass|cbuffer|Texture2D|SamplerState|sampler2D|struct)\b|\b(float[234](x[234])?|half[234])\b|:\s*(SV_\w+|POSITION\d*|TEXCOORD\d*|COLOR\d*)\b|#include\s*[<"]/m.test(head);
}
