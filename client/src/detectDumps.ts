import * as vscode from 'vscode';
import { looksLikeHlsl, sniffText } from '../../server/src/core/sniff';

// PyTorch writes dumps under any name: tlparse's `-_0_0_0/aot_forward_graph_1.txt`, TORCH_LOGS
// captures in `.log` files. VS Code opens those as Plain Text (a `firstLine` pattern never beats
// the `.txt` association), so documents are sniffed by content (the same module the checker and
// "check workspace" use) and switched to our language. `.fx` is also HLSL's extension: an `.fx`
// file holding shader code goes back to HLSL.

type Mode = 'auto' | 'ask' | 'off';

/** Languages VS Code gives to text files that may hold a dump. */
const SNIFFED_LANGUAGES = new Set(['plaintext', 'log']);

const LABEL = { fx: 'a PyTorch FX graph dump', mlir: 'torch-dialect MLIR' } as const;

function mode(): Mode {
  return vscode.workspace.getConfiguration('torchMlir').get<Mode>('detectDumps', 'auto');
}

export function registerDumpDetection(context: vscode.ExtensionContext): void {
  const declined = new Set<string>();
  const check = async (doc: vscode.TextDocument) => {
    if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-settings') return;
    const m = mode();
    if (m === 'off') return;
    if (doc.languageId === 'fx') {
      // A shader named `.fx`: hand it back to HLSL when VS Code knows that language.
      if (looksLikeHlsl(doc.getText()) && (await vscode.languages.getLanguages()).includes('hlsl')) {
        await vscode.languages.setTextDocumentLanguage(doc, 'hlsl');
      }
      return;
    }
    if (!SNIFFED_LANGUAGES.has(doc.languageId) || declined.has(doc.uri.toString())) return;
    const kind = sniffText(doc.getText());
    if (!kind) return;
    if (m === 'ask') {
      const yes = `Open as ${kind === 'fx' ? 'FX graph' : 'MLIR'}`;
      const always = 'Always';
      const choice = await vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(doc.uri)} looks like ${LABEL[kind]}. Check it with torch-mlir Diagnostics?`, yes, always);
      if (!choice) {
        declined.add(doc.uri.toString());
        return;
      }
      if (choice === always) await vscode.workspace.getConfiguration('torchMlir').update('detectDumps', 'auto', vscode.ConfigurationTarget.Global);
    }
    await vscode.languages.setTextDocumentLanguage(doc, kind);
  };
  const checkSafely = (doc: vscode.TextDocument) => check(doc).catch(() => undefined);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(checkSafely),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('torchMlir.detectDumps')) vscode.workspace.textDocuments.forEach(checkSafely);
    }),
  );
  vscode.workspace.textDocuments.forEach(checkSafely);
}
