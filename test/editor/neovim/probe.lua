-- Headless Neovim 0.7 as a second LSP client: start the Mineral Claims server over stdio, attach
-- a Markdown buffer, wait for pushed diagnostics, then ask for a hover and for code actions.
-- Writes everything it saw as JSON to $MC_OUT; test/editor/neovim/run.mjs asserts on it.
-- Inputs (environment): MC_SERVER (dist/server.js), MC_FILE (a Markdown file), MC_OUT,
-- MC_HOVER_WORD (word to hover, first occurrence in prose), MC_TIMEOUT_MS.
local server = assert(os.getenv('MC_SERVER'), 'MC_SERVER not set')
local file = assert(os.getenv('MC_FILE'), 'MC_FILE not set')
local out = assert(os.getenv('MC_OUT'), 'MC_OUT not set')
local hover_word = os.getenv('MC_HOVER_WORD') or 'calcium'
local timeout = tonumber(os.getenv('MC_TIMEOUT_MS') or '15000')
local result = { nvim = vim.version(), errors = {} }
local published = {}

-- Whether the server announced a capability (asking for an unsupported one prints an error in 0.7).
local function supports(client, capability)
  local caps = client and client.server_capabilities or {}
  return caps[capability] ~= nil and caps[capability] ~= false
end

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'mineral-claims',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    on_exit = function(code, signal) result.server_exit = { code = code, signal = signal } end,
    handlers = {
      -- Keep the diagnostics exactly as the server sent them (0.7's vim.diagnostic drops range
      -- and message from user_data.lsp), then let Neovim handle them as usual.
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        published = params.diagnostics
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')

  result.diagnostics_arrived = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  local client = vim.lsp.get_client_by_id(client_id)
  result.server_name = client and client.initialized and client.server_capabilities and 'initialized' or 'not initialized'
  result.capabilities = client and client.server_capabilities or vim.NIL

  result.diagnostics = {}
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local text = d.lnum == d.end_lnum and lines[d.lnum + 1]:sub(d.col + 1, d.end_col) or vim.NIL
    table.insert(result.diagnostics, {
      text = text, line = lines[d.lnum + 1],
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = d.code or lsp.code, href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end

  -- Hover on the first occurrence of the word in a line that is not a heading.
  for i, line in ipairs(lines) do
    local col = line:lower():find(hover_word, 1, true)
    if col and not line:match('^#') then
      local _, utf16 = vim.str_utfindex(line, col) -- byte index of the word's 1st char + 1 → UTF-16 column inside it
      local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = i - 1, character = utf16 } }
      result.hover_position = params.position
      local responses = supports(client, 'hoverProvider') and vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout) or {}
      for _, r in pairs(responses or {}) do
        if r.error then table.insert(result.errors, { hover = r.error }) end
        if r.result then result.hover = r.result end
      end
      break
    end
  end

  -- Code actions for every diagnostic, as published.
  result.code_actions = {}
  for _, lsp in ipairs(published) do
    do
      local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = lsp.range, context = { diagnostics = { lsp } } }
      local responses = supports(client, 'codeActionProvider') and vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout) or {}
      for _, r in pairs(responses or {}) do
        for _, action in ipairs(r.result or {}) do
          table.insert(result.code_actions, { rule = lsp.code, title = action.title, kind = action.kind, isPreferred = action.isPreferred, edit = action.edit })
        end
      end
    end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
