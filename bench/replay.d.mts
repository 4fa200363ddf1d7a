// Types of bench/replay.mjs for the TypeScript tests that drive it.
export interface ReplayResponse {
  ms: number | null;
  bytes?: number;
  error?: number | string;
  malformed?: string;
}
export interface ReplayPhase {
  phase: string;
  diagnosticsMs: number | null;
  diagnostics: number;
  diagnosticsBytes: number;
  responses: Record<string, ReplayResponse>;
}
export interface ReplayResult {
  capabilities?: Record<string, unknown>;
  phases: ReplayPhase[];
  peakRssMB?: number | null;
  error?: string;
  stderr?: string;
}
export interface ReplayOptions {
  cmd: string;
  args?: string[];
  env?: Record<string, string>;
  file: string;
  text: string;
  languageId: string;
  edits?: number;
  rootUri?: string | null;
  timeoutMs?: number;
  log?: (message: string) => void;
}
export function replay(options: ReplayOptions): Promise<ReplayResult>;
export function malformed(method: string, result: unknown): string | undefined;
export function editPosition(lines: string[], fraction: number): { line: number; character: number };
export function largestResponse(r: ReplayResult): { method?: string; bytes: number; phase?: string };
