#!/bin/sh
# Installs the peers `npm run bench` compares against: LLVM 16's mlir-lsp-server-16 and mlir-opt-16
# (Debian 12's mlir-16-tools). CPython 3 (ast.parse) is expected on the machine already.
set -e
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update
$SUDO apt-get install -y mlir-16-tools python3
command -v mlir-lsp-server-16 && command -v mlir-opt-16
