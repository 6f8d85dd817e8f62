#!/usr/bin/env bash
# Installs what is missing, builds, and opens the workbench. On first run the demo corpus is
# generated and imported into a store in the user's data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target tidewatch tidewatch-cli
exec ./build/release/app/gui/tidewatch "$@"
