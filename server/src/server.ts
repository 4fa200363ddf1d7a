import {
  CancellationToken,
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  Hover,
  InitializeParams,
  InitializeResult,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Registry } from './core/registry/registry';
import { AnalysisCache, type Analyzed } from './documents';
import { prepareFxEdits } from './core/incremental/index';
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
import { LEGEND, semanticTokens, semanticTokensPausing, TokenResults } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import { CHECK_WORKSPACE_COMMAND, checkWorkspace } from './features/checkWorkspace';
import { registerCheckFileOnDisk } from './features/checkFileOnDisk';
import { DEFAULT_SETTINGS, normalizeSettings, Settings } from './settings';
import { REAL_IMPORT_COMMAND, TOOL_STATUS_COMMAND, Verification, VERIFY_COMMAND } from './features/verify';

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
/** Verify with torch-mlir (features/verify.ts): the real tool's errors beside our predictions. */
const verification = new Verification({
  settings: () => settings.tools,
  analyzed: (uri) => analyzed(uri),
  folders: () => workspaceFolders,
  republish: (uri) => {
    const doc = documents.get(uri);
    if (doc) schedule(doc, 0);
  },
  log,
});

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
const pending = new Map<string, { timer: NodeJS.Timeout; version: number; gen: number }>();
const generation = new Map<string, number>();
/** Per document: the version whose diagnostics were published last, and requests waiting for a newer one. */
const publishedVersion = new Map<string, number>();
const publishWaiters = new Map<string, { version: number; resolve: () => void }[]>();

function published(uri: string, version: number): void {
  publishedVersion.set(uri, version);
  const waiting = publishWaiters.get(uri);
  if (!waiting) return;
  const still = waiting.filter((w) => (w.version <= version ? (w.resolve(), false) : true));
  if (still.length) publishWaiters.set(uri, still);
  else publishWaiters.delete(uri);
}

/**
 * Resolves once the diagnostics of `doc`'s version (or a later one) are published. Editor
 * requests (outline, tokens, hints...) wait here, so the diagnostics never queue behind them; a
 * debounced analysis a request is waiting for starts at once.
 */
function whenPublished(doc: TextDocument): Promise<void> {
  if ((publishedVersion.get(doc.uri) ?? -Infinity) >= doc.version || !handles(doc)) return Promise.resolve();
  const t = pending.get(doc.uri);
  if (t && t.version === doc.version) {
    clearTimeout(t.timer);
    t.timer = setTimeout(() => whenSettled(doc.uri, t.gen, () => publish(doc.uri, t.gen)), 0);
  }
  return new Promise((resolve) => {
    const list = publishWaiters.get(doc.uri) ?? [];
    list.push({ version: doc.version, resolve });
    publishWaiters.set(doc.uri, list);
  });
}

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
    published(uri, current.version);
    return;
  }
  try {
    const a = cache.get(current);
    const diagnostics = verification.decorate(a, lspDiagnostics(a, settings.maxDiagnostics));
    whenSettled(uri, gen, () => {
      // Requests waiting for these diagnostics resume once they are written out, not before:
      // the writer sends on a later turn, and a waiting outline or token request would delay it.
      connection.sendDiagnostics({ uri, version: a.version, diagnostics }).then(
        () => setImmediate(() => published(uri, a.version)),
        () => published(uri, a.version),
      );
      setImmediate(() => prepareQueries(uri, a));
    });
  } catch (e) {
    log(`analysis of ${uri} failed: ${(e as Error)?.stack ?? e}`);
    // Requests waiting for it get the (failing) analysis themselves rather than wait forever.
    published(uri, current.version);
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
  prepareFxEdits(a.result);
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
  pending.set(uri, { timer, version: doc.version, gen });
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
  verification.initialize(params.initializationOptions as Parameters<Verification['initialize']>[0]);
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
      semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: clientRegistersCommands ? [] : [CHECK_WORKSPACE_COMMAND, VERIFY_COMMAND, TOOL_STATUS_COMMAND, REAL_IMPORT_COMMAND] },
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
  // Requests from now on wait for the diagnostics under the new settings.
  publishedVersion.clear();
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
  verification.forget(e.document.uri);
  tokenResults.forget(e.document.uri);
  publishedVersion.delete(e.document.uri);
  for (const w of publishWaiters.get(e.document.uri) ?? []) w.resolve();
  publishWaiters.delete(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');

/**
 * Per document and method, the newest document version asked for: a request for an older version
 * still waiting for the analysis is superseded (the editor asks again after each edit) and answers
 * RequestCancelled.
 */
const latestRequest = new Map<string, number>();

/** The current analysis of an open document the server handles, without waiting (code lenses, verification). */
function analyzed(uri: string): Analyzed | undefined {
  const doc = documents.get(uri);
  return doc && handles(doc) ? cache.get(doc) : undefined;
}

/**
 * The analysis of an open document the server handles, once its diagnostics are published;
 * undefined for other documents. Throws RequestCancelled when the request was cancelled (or
 * superseded by a newer one of the same kind) meanwhile.
 */
async function analyzedFor(uri: string, token: CancellationToken, method?: string): Promise<Analyzed | undefined> {
  const doc = documents.get(uri);
  if (!doc || !handles(doc)) return undefined;
  const key = method && `${method} ${uri}`;
  // Superseded means asked again for a newer version: two views (Outline, breadcrumbs) asking for
  // the same version both get their answer.
  if (key) latestRequest.set(key, doc.version);
  await whenPublished(doc);
  await nextTurn();
  if (token.isCancellationRequested || (key && (latestRequest.get(key) ?? 0) > doc.version)) throw cancelled();
  const current = documents.get(uri);
  return current && handles(current) ? cache.get(current) : undefined;
}

let turns: Promise<void> = Promise.resolve();

/**
 * Requests resume one per event-loop turn, in arrival order: messages read meanwhile (a
 * cancellation, an edit) are handled between them instead of after all of them.
 */
function nextTurn(): Promise<void> {
  turns = turns.then(() => new Promise<void>((r) => setImmediate(r)));
  return turns;
}

/** Gives queued messages (a cancellation, a newer edit) a turn, then checks the token. */
async function yieldTurn(token: CancellationToken): Promise<void> {
  await new Promise((r) => setImmediate(r));
  if (token.isCancellationRequested) throw cancelled();
}

connection.onHover(async (params, token): Promise<Hover | null> => {
  const a = await analyzedFor(params.textDocument.uri, token);
  if (!a) return null;
  const offset = a.lines.offsetAt(params.position);
  const h = a.result.fx ? fxHover(a.result.fx, offset) : a.result.mlir ? mlirHover(a.result.mlir, offset) : undefined;
  const verified = verification.hover(a, offset);
  if (!h && !verified) return null;
  const markdown = [h?.markdown, verified?.markdown].filter(Boolean).join('\n\n---\n\n');
  return { contents: { kind: 'markdown', value: markdown }, range: a.lines.rangeOf((h ?? verified)!.span) };
});

connection.onCodeAction(async (params, token) => {
  const a = await analyzedFor(params.textDocument.uri, token);
  return a ? codeActions(a, params) : [];
});

// ---- Editor features (features/*): each handler waits for the document's diagnostics, looks up
// the cached analysis and delegates. ----

connection.onDefinition(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token);
  return a ? definition(a, p.position) : null;
});
connection.onReferences(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token);
  return a ? references(a, p.position, p.context.includeDeclaration) : null;
});
connection.onDocumentHighlight(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token, 'highlight');
  return a ? highlights(a, p.position) : null;
});
connection.onPrepareRename(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token);
  return a ? prepareRename(a, p.position) : null;
});
connection.onRenameRequest(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token);
  return a ? rename(a, p.position, p.newName) : null;
});
connection.onDocumentSymbol(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token, 'symbols');
  return a ? documentSymbols(a) : [];
});
connection.onWorkspaceSymbol(async (p, token) => {
  const docs = [];
  for (const doc of documents.all()) {
    const a = await analyzedFor(doc.uri, token);
    if (a) docs.push(a);
  }
  return workspaceSymbols(docs, p.query);
});
connection.onFoldingRanges(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token, 'folding');
  return a ? foldingRanges(a) : [];
});
connection.onDocumentLinks(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token, 'links');
  return a ? documentLinks(a, workspaceFolders) : [];
});
connection.languages.inlayHint.on(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token);
  return a ? inlayHints(a, p.range, settings) : [];
});
connection.onCompletion(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token);
  return a ? completion(a, p.position) : null;
});
connection.onSignatureHelp(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token);
  return a ? signatureHelp(a, p.position) : null;
});
const tokenResults = new TokenResults();
/** Between slices of a whole-document token computation: stops it when cancelled or the document changed. */
async function pauseTokens(a: Analyzed, token: CancellationToken): Promise<void> {
  await yieldTurn(token);
  if (documents.get(a.uri)?.version !== a.version) throw cancelled();
}
connection.languages.semanticTokens.on(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token, 'tokens');
  if (!a) return { data: [] };
  const data = await semanticTokensPausing(a, () => pauseTokens(a, token));
  return tokenResults.full(a.uri, data);
});
connection.languages.semanticTokens.onDelta(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token, 'tokens');
  if (!a) return { data: [] };
  const data = await semanticTokensPausing(a, () => pauseTokens(a, token));
  return tokenResults.delta(a.uri, p.previousResultId, data);
});
connection.languages.semanticTokens.onRange(async (p, token) => {
  const a = await analyzedFor(p.textDocument.uri, token, 'tokens-range');
  if (!a) return { data: [] };
  return semanticTokens(a, { start: a.lines.offsetAt(p.range.start), end: a.lines.offsetAt(p.range.end) });
});
connection.onCodeLens((p) => {
  const a = analyzed(p.textDocument.uri);
  return a ? verification.codeLenses(a) : [];
});
connection.onNotification('torchMlir/toolContext', (p) => verification.update(p ?? {}));
connection.onShutdown(() => verification.dispose());
connection.onExecuteCommand(async (p, token) => {
  if (verification.handles(p.command)) return verification.execute(p.command, p.arguments, token, p.workDoneToken ? connection.window.attachWorkDoneProgress(p.workDoneToken) : undefined);
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
