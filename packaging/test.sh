#!/usr/bin/env bash
# Installs what is missing, builds (ccache, Ninja) and runs every test headless (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
export QT_QPA_PLATFORM=offscreen
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset ci
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci
