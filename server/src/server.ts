import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  Hover,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Registry } from './core/registry/registry';
import { AnalysisCache, type Analyzed } from './documents';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { lspDiagnostics } from './features/diagnostics';
import { fxHover } from './features/hover';
import { mlirHover } from './features/mlirHover';
import { definition, highlights, prepareRename, references, rename } from './features/navigation';
import { documentSymbols } from './features/symbols';
import { foldingRanges } from './features/folding';
import { documentLinks, folderPaths } from './features/links';
import { inlayHints } from './features/inlayHints';
import { completion } from './features/completion';
import { signatureHelp } from './features/signatureHelp';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { CHECK_WORKSPACE_COMMAND, checkWorkspace } from './features/checkWorkspace';
import { registerCheckFileOnDisk } from './features/checkFileOnDisk';
import { DEFAULT_SETTINGS, normalizeSettings, Settings } from './settings';

// The language server: a thin adapter from LSP to the analysis core. Started as `server.js --stdio`.

const connection = createConnection(ProposedFeatures.all);
let settings: Settings = DEFAULT_SETTINGS;
let pullConfiguration = false;

const log = (msg: string) => connection.console.log(msg);
/** Workspace folders as file-system paths (document links, checkWorkspace). */
let workspaceFolders: string[] = [];
let inlayHintRefresh = false;
let workspaceFoldersSupport = false;
let workDoneProgress = false;
const cache = new AnalysisCache(() => settings, log);

/**
 * The open documents. Each incremental change is also handed to the analysis cache (with offsets
 * in the text it applies to), so the next analysis re-checks only what the edit can affect.
 */
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update(doc, changes, version) {
    // One at a time: each range is in the coordinates of the text the changes before it made.
    for (const change of changes) {
      if ('range' in change) cache.noteChange(doc, doc.offsetAt(change.range.start), doc.offsetAt(change.range.end));
      else cache.forgetChanges(doc.uri);
      doc = TextDocument.update(doc, [change], version);
    }
    return changes.length ? doc : TextDocument.update(doc, [], version);
  },
});

/** Delay after a change before re-analysing, so a burst of keystrokes yields one analysis. */
const DEBOUNCE_MS = Number(process.env.TORCH_MLIR_DEBOUNCE_MS ?? 120);
/** Per document: the debounce timer, the version it is for, and a generation that supersedes older runs. */
const pending = new Map<string, { timer: NodeJS.Timeout; version: number }>();
const generation = new Map<string, number>();

function handles(doc: TextDocument): boolean {
  return doc.languageId !== 'mlir' || settings.handleMlir;
}

/**
 * Runs `then` once this document has stayed at generation `gen` for two event-loop turns.
 * vscode-jsonrpc dispatches one queued message per turn, so changes that arrived while a long
 * analysis blocked the loop are applied first: a keystroke storm analyses (and publishes) only its
 * last version, and a result computed for a version that was replaced meanwhile is dropped.
 */
function whenSettled(uri: string, gen: number, then: () => void, turns = 2): void {
  if (generation.get(uri) !== gen) return;
  if (turns <= 0) then();
  else setImmediate(() => whenSettled(uri, gen, then, turns - 1));
}

function publish(uri: string, gen: number): void {
  pending.delete(uri);
  const current = documents.get(uri);
  if (!current) return;
  if (!handles(current)) {
    connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  try {
    const a = cache.get(current);
    const diagnostics = lspDiagnostics(a);
    whenSettled(uri, gen, () => {
      connection.sendDiagnostics({ uri, version: a.version, diagnostics });
      setImmediate(() => prepareQueries(uri, a));
    });
  } catch (e) {
    log(`analysis of ${uri} failed: ${(e as Error)?.stack ?? e}`);
  }
}

/**
 * Work the first request or keystroke after a publish would otherwise pay, done right after it
 * while the user reads: the text document's line table (built on the first edit), this
 * version's line index (hover positions), an incremental MLIR analysis's deferred span moves, and
 * the MLIR position index hover and navigation search.
 */
function prepareQueries(uri: string, a: Analyzed): void {
  if (cache.peek(uri) !== a) return;
  documents.get(uri)?.lineCount;
  void a.lines;
  a.result.mlir?.settle();
  a.result.mlir?.scope.at(0);
  a.result.mlir?.scope.referenceIndex();
}

function schedule(doc: TextDocument, delay: number): void {
  const uri = doc.uri;
  const t = pending.get(uri);
  // didOpen fires open and change-content for the same version: keep the earlier, shorter wait.
  if (t && t.version === doc.version) return;
  if (t) clearTimeout(t.timer);
  const gen = (generation.get(uri) ?? 0) + 1;
  generation.set(uri, gen);
  const timer = setTimeout(() => whenSettled(uri, gen, () => publish(uri, gen)), Math.max(0, delay));
  pending.set(uri, { timer, version: doc.version });
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  pullConfiguration = !!params.capabilities.workspace?.configuration;
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings) settings = normalizeSettings(init.settings);
  workspaceFolders = folderPaths(params.workspaceFolders?.length ? params.workspaceFolders.map((f) => f.uri) : params.rootUri ? [params.rootUri] : params.rootPath ? [params.rootPath] : []);
  inlayHintRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  workspaceFoldersSupport = !!params.capabilities.workspace?.workspaceFolders;
  workDoneProgress = !!params.capabilities.window?.workDoneProgress;
  // The VS Code client registers torchMlir.checkWorkspace itself (vscode-languageclient would
  // register an advertised command a second time); other clients get it advertised.
  const clientRegistersCommands = !!(params.initializationOptions as { clientRegistersCommands?: boolean } | undefined)?.clientRegistersCommands;
  let registryInfo = '';
  try {
    const reg = Registry.load();
    registryInfo = `torch ${reg.torchVersion}, ${reg.mlirSource}`;
  } catch (e) {
    log(`cannot load the op registry: ${(e as Error).message}`);
  }
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: { label: 'torch-mlir' },
      foldingRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      inlayHintProvider: { resolveProvider: false },
      completionProvider: { triggerCharacters: ['.', '%', '=', '(', ',', '{'], resolveProvider: false },
      signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [',', '=', ':'] },
      semanticTokensProvider: { legend: LEGEND, full: true, range: false },
      executeCommandProvider: { commands: clientRegistersCommands ? [] : [CHECK_WORKSPACE_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'torch-mlir-diagnostics', version: `0.1.0 (${registryInfo})` },
  };
});

connection.onInitialized(async () => {
  watchWorkspaceFolders();
  if (pullConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'torchMlir' }).catch(() => undefined);
    await refreshSettings();
  }
});

async function refreshSettings(): Promise<void> {
  if (pullConfiguration) {
    try {
      const [section] = await connection.workspace.getConfiguration([{ section: 'torchMlir' }]);
      if (section) settings = normalizeSettings(section);
    } catch (e) {
      log(`cannot read settings: ${(e as Error).message}`);
    }
  }
  cache.clear();
  for (const doc of documents.all()) schedule(doc, 0);
  if (inlayHintRefresh) connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidChangeConfiguration(async (change) => {
  const s = (change.settings as { torchMlir?: unknown } | undefined)?.torchMlir;
  if (s && !pullConfiguration) settings = normalizeSettings(s);
  await refreshSettings();
});

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
documents.onDidClose((e) => {
  const t = pending.get(e.document.uri);
  if (t) clearTimeout(t.timer);
  pending.delete(e.document.uri);
  generation.set(e.document.uri, (generation.get(e.document.uri) ?? 0) + 1);
  cache.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover((params): Hover | null => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !handles(doc)) return null;
  const a = cache.get(doc);
  const offset = a.lines.offsetAt(params.position);
  const h = a.result.fx ? fxHover(a.result.fx, offset) : a.result.mlir ? mlirHover(a.result.mlir, offset) : undefined;
  if (!h) return null;
  return { contents: { kind: 'markdown', value: h.markdown }, range: a.lines.rangeOf(h.span) };
});

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !handles(doc)) return [];
  return codeActions(cache.get(doc), params);
});

// ---- Editor features (features/*): each handler looks up the cached analysis and delegates. ----

/** The analysis of an open document the server handles, or undefined. */
function analyzed(uri: string) {
  const doc = documents.get(uri);
  return doc && handles(doc) ? cache.get(doc) : undefined;
}

connection.onDefinition((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? definition(a, p.position) : null;
});
connection.onReferences((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? references(a, p.position, p.context.includeDeclaration) : null;
});
connection.onDocumentHighlight((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? highlights(a, p.position) : null;
});
connection.onPrepareRename((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? prepareRename(a, p.position) : null;
});
connection.onRenameRequest((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? rename(a, p.position, p.newName) : null;
});
connection.onDocumentSymbol((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? documentSymbols(a) : [];
});
connection.onFoldingRanges((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? foldingRanges(a) : [];
});
connection.onDocumentLinks((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? documentLinks(a, workspaceFolders) : [];
});
connection.languages.inlayHint.on((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? inlayHints(a, p.range, settings) : [];
});
connection.onCompletion((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? completion(a, p.position) : null;
});
connection.onSignatureHelp((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? signatureHelp(a, p.position) : null;
});
connection.languages.semanticTokens.on((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? semanticTokens(a) : { data: [] };
});
connection.onExecuteCommand(async (p) => {
  if (p.command !== CHECK_WORKSPACE_COMMAND) return null;
  const progress = p.workDoneToken
    ? connection.window.attachWorkDoneProgress(p.workDoneToken)
    : workDoneProgress
      ? await connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
  return checkWorkspace({
    folders: workspaceFolders,
    settings,
    isOpen: (uri) => !!documents.get(uri),
    publish: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
    progress: progress && {
      begin: (title, total) => progress.begin(title, 0, `${total} files`, true),
      report: (done, total, message) => progress.report(Math.round((done * 100) / Math.max(1, total)), message),
      done: () => progress.done(),
    },
    isCancelled: () => !!(progress as { token?: { isCancellationRequested: boolean } } | undefined)?.token?.isCancellationRequested,
    log,
  });
});

/** Called once from onInitialized: follow workspace folder changes when the client sends them. */
function watchWorkspaceFolders(): void {
  if (!workspaceFoldersSupport) return;
  connection.workspace.onDidChangeWorkspaceFolders((e) => {
    const removed = new Set(folderPaths(e.removed.map((f) => f.uri)));
    workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...folderPaths(e.added.map((f) => f.uri))];
  });
}

registerCheckFileOnDisk(connection, () => settings, log);

process.on('uncaughtException', (e) => log(`uncaught exception: ${e?.stack ?? e}`));

documents.listen(connection);
connection.listen();
