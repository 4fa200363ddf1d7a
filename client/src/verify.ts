import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

// "Verify with torch-mlir" in VS Code: the commands (palette, code lens, on save), the progress
// notification whose Cancel stops the tool, the status item that says which torch-mlir-opt and
// Python were found, and the workspace trust and Python interpreter the server must know about.
// The server runs the tools (server/src/features/verify.ts); nothing runs in an untrusted workspace.

type Mode = 'verify' | 'lower';

interface VerifySummary {
  status: string;
  message: string;
  mlir?: string;
  mode?: Mode;
  commandLine?: string;
}

interface FoundTool {
  path: string;
  from: string;
  version?: string;
  problem?: string;
}

interface ToolStatus {
  trusted: boolean;
  opt?: FoundTool;
  python?: FoundTool;
  problems: string[];
}

/** The Python extension's public API, only what is used (ms-python.python, `environments`). */
interface PythonApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string } | undefined;
    resolveEnvironment(env: { path: string } | string): Promise<{ executable?: { uri?: vscode.Uri } } | undefined>;
    onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
  };
}

const UNTRUSTED = 'Verify with torch-mlir runs torch-mlir-opt and Python, which workspace settings can choose: it is off until you trust this workspace.';

/** Options the server reads at initialize: VS Code's workspace trust. */
export function verifyInitOptions(): { workspaceTrusted: boolean } {
  return { workspaceTrusted: vscode.workspace.isTrusted };
}

async function selectedInterpreter(): Promise<string | undefined> {
  const ext = vscode.extensions.getExtension<PythonApi>('ms-python.python');
  if (!ext) return undefined;
  try {
    const api = ext.isActive ? ext.exports : await ext.activate();
    const env = api?.environments?.getActiveEnvironmentPath(vscode.workspace.workspaceFolders?.[0]?.uri);
    if (!env) return undefined;
    const resolved = await api.environments!.resolveEnvironment(env);
    return resolved?.executable?.uri?.fsPath ?? env.path;
  } catch {
    return undefined;
  }
}

export class VerifyClient {
  private client: LanguageClient | undefined;
  private readonly status: vscode.LanguageStatusItem;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status = vscode.languages.createLanguageStatusItem('torchMlir.tools', [{ language: 'mlir' }, { language: 'fx' }]);
    this.status.name = 'torch-mlir tools';
    context.subscriptions.push(
      this.status,
      vscode.commands.registerCommand('torchMlir.verify', (arg?: { uri?: string; mode?: Mode } | vscode.Uri) => this.verify(arg, 'verify')),
      vscode.commands.registerCommand('torchMlir.verifyAndLower', (arg?: { uri?: string } | vscode.Uri) => this.verify(arg, 'lower')),
      vscode.commands.registerCommand('torchMlir.runRealImport', (arg?: { uri?: string } | vscode.Uri) => this.realImport(arg)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.onSave(doc)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.sendContext()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('torchMlir.torchMlirOpt') || e.affectsConfiguration('torchMlir.python')) setTimeout(() => void this.refreshStatus(), 500);
      }),
    );
    this.watchInterpreter();
    this.showStatus(undefined);
  }

  /** Called after each start of the language client. */
  async attach(client: LanguageClient): Promise<void> {
    this.client = client;
    await this.sendContext();
  }

  private async sendContext(): Promise<void> {
    if (!this.client) return;
    const python = await selectedInterpreter();
    await this.client.sendNotification('torchMlir/toolContext', { workspaceTrusted: vscode.workspace.isTrusted, pythonFromExtension: python ?? null });
    await this.refreshStatus();
  }

  private watchInterpreter(): void {
    const ext = vscode.extensions.getExtension<PythonApi>('ms-python.python');
    if (!ext) return;
    void Promise.resolve(ext.isActive ? ext.exports : ext.activate()).then(
      (api) => {
        const d = api?.environments?.onDidChangeActiveEnvironmentPath(() => void this.sendContext());
        if (d) this.context.subscriptions.push(d as vscode.Disposable);
      },
      () => undefined,
    );
  }

  async refreshStatus(): Promise<void> {
    if (!this.client) return;
    try {
      const s = await this.client.sendRequest<ToolStatus>('workspace/executeCommand', { command: 'torchMlir.toolStatus', arguments: [] });
      this.showStatus(s);
    } catch {
      /* the server is restarting */
    }
  }

  private showStatus(s: ToolStatus | undefined): void {
    const item = this.status;
    if (!vscode.workspace.isTrusted) {
      item.text = 'torch-mlir-opt: off (untrusted workspace)';
      item.detail = 'Verification runs programs; trust the workspace to use it';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = { title: 'Manage Workspace Trust', command: 'workbench.trust.manage' };
      return;
    }
    if (!s) {
      item.text = 'torch-mlir-opt: …';
      item.detail = 'looking for torch-mlir-opt and Python';
      return;
    }
    if (s.opt) {
      item.text = `torch-mlir-opt: ${s.opt.version ?? 'found'}`;
      item.detail = [`${s.opt.path} (${s.opt.from})`, s.python ? `${s.python.version ?? s.python.path}` : undefined, s.opt.problem ?? s.python?.problem].filter(Boolean).join(' · ');
      item.severity = s.opt.problem ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
      item.command = { title: 'Verify', command: 'torchMlir.verify' };
    } else {
      item.text = 'torch-mlir-opt: not found';
      item.detail = s.problems.join(' ');
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.command = { title: 'Set torch-mlir-opt', command: 'workbench.action.openSettings', arguments: ['torchMlir.torchMlirOpt'] };
    }
  }

  private onSave(doc: vscode.TextDocument): void {
    if (doc.languageId !== 'mlir' || !vscode.workspace.isTrusted) return;
    const mode = vscode.workspace.getConfiguration('torchMlir', doc.uri).get<string>('verify.onSave', 'off');
    if (mode !== 'verify' && mode !== 'lower') return;
    void this.run(doc.uri.toString(), mode, vscode.ProgressLocation.Window, false);
  }

  private async verify(arg: { uri?: string; mode?: Mode } | vscode.Uri | undefined, fallbackMode: Mode): Promise<VerifySummary | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(UNTRUSTED, 'Manage Workspace Trust').then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
      return { status: 'untrusted', message: UNTRUSTED };
    }
    const uri = arg instanceof vscode.Uri ? arg.toString() : (arg?.uri ?? vscode.window.activeTextEditor?.document.uri.toString());
    const mode = (arg && !(arg instanceof vscode.Uri) && arg.mode) || fallbackMode;
    if (!uri) {
      void vscode.window.showWarningMessage('Open a torch-dialect MLIR file to verify it with torch-mlir.');
      return undefined;
    }
    return this.run(uri, mode, vscode.ProgressLocation.Notification, true);
  }

  private async run(uri: string, mode: Mode, location: vscode.ProgressLocation, announce: boolean): Promise<VerifySummary | undefined> {
    if (!this.client) return undefined;
    const title = mode === 'lower' ? 'torch-mlir-opt: verifying and lowering…' : 'torch-mlir-opt: verifying…';
    const summary = await vscode.window.withProgress({ location, title, cancellable: true }, (_progress, token) =>
      this.client!.sendRequest<VerifySummary>('workspace/executeCommand', { command: 'torchMlir.verify', arguments: [{ uri, mode }] }, token).catch((e) => ({
        status: 'cancelled',
        message: token.isCancellationRequested ? 'torch-mlir-opt was cancelled.' : `torch-mlir-opt: ${(e as Error).message}`,
      })),
    );
    // Not awaited: the command returns its summary while the message stays up.
    if (['tool-error', 'timeout', 'no-tool'].includes(summary.status)) {
      void vscode.window.showErrorMessage(summary.message, 'Open Settings').then((choice) => choice && vscode.commands.executeCommand('workbench.action.openSettings', 'torchMlir.'));
    } else if (announce && summary.status !== 'cancelled') {
      void vscode.window.showInformationMessage(summary.message, 'Show Problems').then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
    }
    return summary;
  }

  /** Runs a saved fx_graph_runnable repro through the real importer; on success shows the module beside it. */
  private async realImport(arg: { uri?: string } | vscode.Uri | undefined): Promise<VerifySummary | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(UNTRUSTED, 'Manage Workspace Trust').then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
      return { status: 'untrusted', message: UNTRUSTED };
    }
    const uri = arg instanceof vscode.Uri ? arg : arg?.uri ? vscode.Uri.parse(arg.uri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri || !this.client) return undefined;
    // The repro runs from disk: what the editor shows must be what runs.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) await doc.save();
    const summary = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'torch-mlir: running the real import…', cancellable: true }, (_p, token) =>
      this.client!.sendRequest<VerifySummary>('workspace/executeCommand', { command: 'torchMlir.runRealImport', arguments: [{ uri: uri.toString() }] }, token).catch((): VerifySummary => ({ status: 'cancelled', message: 'The real import was cancelled.' })),
    );
    if (summary.status === 'imported' && summary.mlir !== undefined) {
      const shown = await vscode.workspace.openTextDocument({ language: 'mlir', content: summary.mlir });
      await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    } else if (['tool-error', 'timeout', 'no-tool', 'not-fx'].includes(summary.status)) {
      void vscode.window.showErrorMessage(summary.message, 'Open Settings').then((choice) => choice && vscode.commands.executeCommand('workbench.action.openSettings', 'torchMlir.python'));
    } else if (summary.status !== 'cancelled') void vscode.window.showInformationMessage(summary.message);
    return summary;
  }
}
