import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerDumpDetection } from './detectDumps';

// The VS Code client: starts dist/server.js over stdio and wires commands and status to it.

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

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
    initializationOptions: { settings: vscode.workspace.getConfiguration('torchMlir'), clientRegistersCommands: true },
  };
  client = new LanguageClient('torchMlir', 'torch-mlir Diagnostics', serverOptions, clientOptions);
  await client.start();
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
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('torchMlir.importer')) updateStatus();
      if (e.affectsConfiguration('torchMlir.mlir.enable')) await vscode.commands.executeCommand('torchMlir.restartServer');
    }),
  );

  registerDumpDetection(context);
  await start(context);
  updateStatus();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
