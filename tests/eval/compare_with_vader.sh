#!/usr/bin/env bash
# One command for the sentiment comparison with the peer: installs vader-sentiment into a scratch
# folder, scores the shared evaluation sets with both, prints a Markdown table.
#   tests/eval/compare_with_vader.sh [BUILD_DIR]     (default: build/default)
set -euo pipefail
cd "$(dirname "$0")/../.."
cli="${1:-build/default}/app/cli/tidewatch-cli"
data="$(cd .. && pwd)/shared/data"
[ -x "$cli" ] || { echo "build first: $cli is missing" >&2; exit 1; }
[ -d "$data" ] || { echo "no shared data at $data: nothing to evaluate" >&2; exit 0; }
command -v node >/dev/null || { echo "node is needed for the peer (apt-get install nodejs npm)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
npm install --prefix "$scratch" --silent --no-audit --no-fund vader-sentiment@1.1.3 >/dev/null
node tests/eval/compare_with_vader.js "$cli" "$data" "$scratch/node_modules/vader-sentiment"
