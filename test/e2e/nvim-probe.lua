-- Drives headless Neovim (0.7+) as an LSP client of the language server and prints what it got,
-- one JSON object per line on stdout. test/e2e/neovim.e2e.ts writes the config (JSON, path in
-- $E2E_NVIM_CONFIG) and asserts on the lines.
-- Run: nvim --headless -u NONE -i NONE -n -c 'luafile test/e2e/nvim-probe.lua'
local cfg = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('E2E_NVIM_CONFIG')), '\n'))
local t0 = vim.loop.hrtime()

local function ms()
  return math.floor((vim.loop.hrtime() - t0) / 1e6)
end

local function emit(t)
  t.ms = ms()
  io.stdout:write(vim.fn.json_encode(t) .. '\n')
  io.stdout:flush()
end

-- Text of hover contents: MarkupContent, MarkedString or a list of them.
local function hover_text(c)
  if c == nil or c == vim.NIL then
    return nil
  end
  if type(c) == 'string' then
    return c
  end
  if c.value ~= nil then
    return c.value
  end
  local parts = {}
  for _, x in ipairs(c) do
    table.insert(parts, hover_text(x) or '')
  end
  return table.concat(parts, '\n')
end

local function diags(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      code = d.code,
      source = d.source,
      message = d.message,
    })
  end
  table.sort(out, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  return out
end

local function buffer_text(buf)
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n')
  if vim.api.nvim_buf_get_option(buf, 'eol') then
    text = text .. '\n'
  end
  return text
end

local ok, err = pcall(function()
  local exited = false
  local id = vim.lsp.start_client({
    name = 'torch-mlir-diagnostics',
    cmd = cfg.cmd,
    root_dir = cfg.root,
    settings = cfg.settings,
    on_exit = function(code, signal)
      exited = true
      emit({ event = 'server-exit', code = code, signal = signal })
    end,
  })
  assert(id, 'vim.lsp.start_client returned nil')

  vim.cmd('edit ' .. vim.fn.fnameescape(cfg.file))
  vim.bo.filetype = 'fx'
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.lsp.buf_attach_client(buf, id), 'buf_attach_client failed')

  local initialized = vim.wait(cfg.timeout, function()
    local c = vim.lsp.get_client_by_id(id)
    return exited or (c ~= nil and c.initialized)
  end, 20)
  local client = vim.lsp.get_client_by_id(id)
  assert(initialized and client and not exited, 'the server did not initialize')
  local caps = client.server_capabilities or client.resolved_capabilities or {}
  emit({
    event = 'initialized',
    offset_encoding = client.offset_encoding,
    hover = caps.hoverProvider ~= nil and caps.hoverProvider ~= false,
    definition = caps.definitionProvider ~= nil and caps.definitionProvider ~= false,
    codeAction = caps.codeActionProvider ~= nil and caps.codeActionProvider ~= false,
    documentSymbol = caps.documentSymbolProvider ~= nil and caps.documentSymbolProvider ~= false,
  })
  local enc = client.offset_encoding or 'utf-16'

  -- Diagnostics, as published after didOpen.
  vim.wait(cfg.timeout, function()
    return #vim.diagnostic.get(buf) >= cfg.expectDiagnostics
  end, 20)
  vim.wait(300) -- a late second publish would replace these
  emit({ event = 'diagnostics', items = diags(buf) })

  local tdi = { uri = vim.uri_from_bufnr(buf) }
  local function request(method, params)
    local res, rerr = vim.lsp.buf_request_sync(buf, method, params, cfg.timeout)
    if not res then
      return nil, tostring(rerr)
    end
    for _, r in pairs(res) do
      if r.err or r.error then
        return nil, vim.fn.json_encode(r.err or r.error)
      end
      return r.result
    end
    return nil, 'no response'
  end

  -- Hover on a node target.
  -- A request the server does not advertise would only time out: report it as unsupported.
  local function supported(cap, ev)
    if caps[cap] == nil or caps[cap] == false then
      emit({ event = ev, unsupported = cap })
      return false
    end
    return true
  end

  if cfg.hover ~= vim.NIL and cfg.hover ~= nil and supported('hoverProvider', 'hover') then
    local t = ms()
    local res, e = request('textDocument/hover', { textDocument = tdi, position = cfg.hover })
    emit({ event = 'hover', text = res and res ~= vim.NIL and hover_text(res.contents) or nil, error = e, took = ms() - t })
  end

  -- Definition of a node referenced in another node's arguments: the raw request, then the
  -- built-in jump a user triggers (vim.lsp.buf.definition) and where the cursor lands.
  if cfg.definition ~= vim.NIL and cfg.definition ~= nil and supported('definitionProvider', 'definition') then
    local t = ms()
    local res, e = request('textDocument/definition', { textDocument = tdi, position = cfg.definition })
    local loc = res
    if type(res) == 'table' and res[1] ~= nil then
      loc = res[1]
    end
    local out = { event = 'definition', error = e, took = ms() - t }
    if type(loc) == 'table' and loc ~= vim.NIL then
      out.uri = loc.uri or loc.targetUri
      local range = loc.targetSelectionRange or loc.range
      out.line = range and range.start.line
      out.character = range and range.start.character
    end
    vim.api.nvim_win_set_cursor(0, { cfg.definition.line + 1, cfg.definition.character })
    vim.lsp.buf.definition()
    vim.wait(math.min(cfg.timeout, 5000), function()
      return vim.api.nvim_win_get_cursor(0)[1] ~= cfg.definition.line + 1
    end, 20)
    out.cursor_line = vim.api.nvim_win_get_cursor(0)[1] - 1
    emit(out)
  end

  -- Code action at a diagnostic: request, pick by title, resolve if needed, apply the edit.
  if cfg.fix ~= vim.NIL and cfg.fix ~= nil and supported('codeActionProvider', 'codeAction') then
    local pos = { line = cfg.fix.line, character = cfg.fix.character }
    local context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, cfg.fix.line) }
    local t = ms()
    local actions, e = request('textDocument/codeAction', { textDocument = tdi, range = { start = pos, ['end'] = pos }, context = context })
    local titles = {}
    local chosen
    for _, a in ipairs(actions or {}) do
      table.insert(titles, a.title)
      if a.title == cfg.fix.title and not chosen then
        chosen = a
      end
    end
    local out = { event = 'codeAction', titles = titles, error = e, took = ms() - t, context = #context.diagnostics }
    if chosen then
      if chosen.edit == nil and chosen.command == nil and chosen.data ~= nil then
        chosen = request('codeAction/resolve', chosen) or chosen
      end
      if chosen.edit then
        vim.lsp.util.apply_workspace_edit(chosen.edit, enc)
        out.applied = 'edit'
      elseif type(chosen.command) == 'table' then
        request('workspace/executeCommand', chosen.command)
        out.applied = 'command'
      end
      out.kind = chosen.kind
      out.isPreferred = chosen.isPreferred
    end
    out.text = buffer_text(buf)
    emit(out)
    -- The edit reached the server (didChange): its diagnostics follow.
    local before = #vim.diagnostic.get(buf)
    vim.wait(cfg.timeout, function()
      return #vim.diagnostic.get(buf) == cfg.fix.diagnosticsAfter
    end, 20)
    emit({ event = 'diagnostics-after-fix', before = before, items = diags(buf) })
  end

  vim.lsp.stop_client(id)
  vim.wait(2000, function()
    return exited
  end, 20)
end)

if not ok then
  emit({ event = 'error', message = tostring(err) })
end
emit({ event = 'done' })
vim.cmd('qa!')
