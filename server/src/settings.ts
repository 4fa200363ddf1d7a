import type { Profile } from './core/diagnostics';
import type { RuleSetting } from './core/analyze';
import { DEFAULT_MAX_SIZE } from './core/analyze';
import { DEFAULT_TOOL_SETTINGS, ToolSettings } from './tools/findTools';
import { DEFAULT_MAX_DIAGNOSTICS } from './core/grouping';

// The `torchMlir.*` settings as the server uses them, with defaults for clients that send none.

export interface Settings {
  importer: Profile;
  rules: Record<string, RuleSetting>;
  maxFileSize: number;
  /** Diagnostics published per file, a summary of the withheld ones included (0: no limit). */
  maxDiagnostics: number;
  handleMlir: boolean;
  inlayHints: { parameterNames: boolean; defaults: boolean; mlirTypes: boolean };
  /** torch-mlir-opt and Python for "Verify with torch-mlir" (tools/). */
  tools: ToolSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  importer: 'torch-mlir',
  rules: {},
  maxFileSize: DEFAULT_MAX_SIZE,
  maxDiagnostics: DEFAULT_MAX_DIAGNOSTICS,
  handleMlir: true,
  inlayHints: { parameterNames: true, defaults: true, mlirTypes: true },
  tools: DEFAULT_TOOL_SETTINGS,
};

/** Accepts the `torchMlir` section in whatever shape a client sends it. */
export function normalizeSettings(raw: unknown): Settings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  const importer = s.importer === 'turbine-2023' ? 'turbine-2023' : 'torch-mlir';
  const rules: Record<string, RuleSetting> = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [k, v] of Object.entries(s.rules)) {
      if (typeof v === 'string' && ['off', 'error', 'warning', 'information', 'hint', 'default'].includes(v)) rules[k] = v as RuleSetting;
    }
  }
  const maxMb = Number(s.maxFileSizeMB);
  const maxDiagnostics = Number(s.maxDiagnostics);
  return {
    importer,
    rules,
    maxFileSize: Number.isFinite(maxMb) && maxMb > 0 ? maxMb * 1024 * 1024 : DEFAULT_MAX_SIZE,
    maxDiagnostics: Number.isInteger(maxDiagnostics) && maxDiagnostics >= 0 ? maxDiagnostics : DEFAULT_MAX_DIAGNOSTICS,
    handleMlir: s.mlir?.enable !== false,
    inlayHints: {
      parameterNames: s.inlayHints?.parameterNames !== false,
      defaults: s.inlayHints?.defaults !== false,
      mlirTypes: s.inlayHints?.mlirTypes !== false,
    },
    tools: toolSettings(s),
  };
}

function toolSettings(s: Record<string, any>): ToolSettings {
  const seconds = Number(s.verify?.timeoutSeconds);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return {
    ...DEFAULT_TOOL_SETTINGS,
    torchMlirOpt: text(s.torchMlirOpt),
    python: text(s.python),
    timeoutMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TOOL_SETTINGS.timeoutMs,
  };
}
