import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { VerifyClient, verifyInitOptions } from './verify';
import { registerDumpDetection } from './detectDumps';

// The VS Code client: starts dist/server.js over stdio and wires commands and status to it.

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let verify: VerifyClient | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const handleMlir = vscode.workspace.getConfiguration('torchMlir').get<boolean>('mlir.enable', true);
  const selector: { language: string; scheme?: string }[] = [{ language: 'fx' }];
  if (handleMlir) selector.push({ language: 'mlir' });
  return selector;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  output ??= vscode.window.createOutputChannel('torch-mlir Diagnostics', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'torchMlir' },
    outputChannel: output,
    // clientRegistersCommands: this extension registers torchMlir.checkWorkspace itself (below), so
    // the server does not advertise it for vscode-languageclient to register a second time.
    initializationOptions: { settings: vscode.workspace.getConfiguration('torchMlir'), clientRegistersCommands: true, ...verifyInitOptions() },
  };
  client = new LanguageClient('torchMlir', 'torch-mlir Diagnostics', serverOptions, clientOptions);
  await client.start();
  await verify?.attach(client);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.languages.createLanguageStatusItem('torchMlir.status', [{ language: 'fx' }, { language: 'mlir' }]);
  const updateStatus = () => {
    const importer = vscode.workspace.getConfiguration('torchMlir').get<string>('importer', 'torch-mlir');
    status.text = `torch-mlir: ${importer}`;
    const info = client?.initializeResult?.serverInfo?.version;
    status.detail = info ? `registry: ${info}` : 'importer profile';
    status.command = { title: 'Change profile', command: 'workbench.action.openSettings', arguments: ['torchMlir.importer'] };
  };
  context.subscriptions.push(status);
  verify = new VerifyClient(context);

  context.subscriptions.push(
    vscode.commands.registerCommand('torchMlir.restartServer', async () => {
      if (client) await client.stop();
      await start(context);
      updateStatus();
    }),
    vscode.commands.registerCommand('torchMlir.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('torchMlir.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.torchMlir', apply: 'first' });
    }),
    vscode.commands.registerCommand('torchMlir.checkWorkspace', async () => {
      if (!client) return;
      const summary = await client.sendRequest<{ files: number; errors: number; warnings: number; filesWithProblems: number } | null>(
        'workspace/executeCommand',
        { command: 'torchMlir.checkWorkspace', arguments: [] },
      );
      if (!summary) return;
      const text = `torch-mlir: checked ${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'} in ${summary.filesWithProblems} file${summary.filesWithProblems === 1 ? '' : 's'}.`;
      const choice = await vscode.window.showInformationMessage(text, 'Show Problems');
      if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('torchMlir.checkFileOnDisk', async (arg?: vscode.Uri) => {
      const uri = arg instanceof vscode.Uri ? arg : activeTabUri() ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri || uri.scheme !== 'file') {
        void vscode.window.showWarningMessage('torch-mlir: Check File on Disk needs a file on disk (open the dump, or pass its URI).');
        return;
      }
      await checkFileOnDisk(uri);
    }),
    vscode.window.tabGroups.onDidChangeTabs(() => offerCheckOnDisk()),
    vscode.window.onDidChangeActiveTextEditor(() => offerCheckOnDisk()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('torchMlir.importer')) updateStatus();
      if (e.affectsConfiguration('torchMlir.mlir.enable')) await vscode.commands.executeCommand('torchMlir.restartServer');
    }),
  );

  registerDumpDetection(context);
  await start(context);
  updateStatus();
  offerCheckOnDisk();
}

// VS Code does not sync documents over 50 MB to extensions (no didOpen reaches the server), and
// torch MLIR with inlined weights is often larger. When such a dump is the active tab, offer to
// have the server read it from disk (torchMlir/checkFileOnDisk), once per file and session.

/** VS Code's limit for handing a document to extensions. */
const SYNC_LIMIT_BYTES = 50 * 1024 * 1024;
const offered = new Set<string>();

function isDumpPath(p: string): boolean {
  return /\.(fx|mlir)$/i.test(p) || /(^|\/)fx_graph_[^/]*\.py$/i.test(p);
}

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}

async function offerCheckOnDisk(): Promise<void> {
  const uri = activeTabUri();
  if (!uri || uri.scheme !== 'file' || !isDumpPath(uri.path) || offered.has(uri.toString())) return;
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
  let size: number;
  try {
    size = (await vscode.workspace.fs.stat(uri)).size;
  } catch {
    return;
  }
  if (size < SYNC_LIMIT_BYTES || offered.has(uri.toString())) return;
  offered.add(uri.toString());
  const name = path.basename(uri.fsPath);
  const choice = await vscode.window.showInformationMessage(
    `torch-mlir: ${name} (${(size / 1048576).toFixed(0)} MB) is too large for VS Code to hand to extensions, so it has not been checked.`,
    'Check file on disk',
  );
  if (choice) await checkFileOnDisk(uri);
}

async function checkFileOnDisk(uri: vscode.Uri): Promise<void> {
  if (!client) return;
  const name = path.basename(uri.fsPath);
  try {
    const r = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `torch-mlir: checking ${name} on disk…` },
      () => client!.sendRequest<{ bytes: number; skippedBytes: number; diagnostics: number; errors: number; warnings: number }>('torchMlir/checkFileOnDisk', { uri: uri.toString() }),
    );
    const text = `torch-mlir: ${name} (${(r.bytes / 1048576).toFixed(0)} MB, ${(r.skippedBytes / 2097152).toFixed(0)} MB of hex blobs skipped): ${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'}, ${r.diagnostics} diagnostic${r.diagnostics === 1 ? '' : 's'} in all.`;
    const choice = await vscode.window.showInformationMessage(text, 'Show Problems');
    if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
  } catch (e) {
    void vscode.window.showErrorMessage(`torch-mlir: cannot check ${name} on disk: ${(e as Error)?.message ?? e}`);
  }
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
