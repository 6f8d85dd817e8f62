#!/usr/bin/env bash
# Takes the README screenshots with the app's own grab under Xvfb, using a throw-away HOME so the
# demo store is created as on a first run.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build/release/app/gui/tidewatch}
out="$PWD/docs/screenshots"
mkdir -p "$out"
home=$(mktemp -d)
# The demo store has users: the views are taken as its manager.
export TIDEWATCH_PASSWORD=demo-manager-2026
trap 'rm -rf "$home"' EXIT
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --screenshot "$out/browser.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --search '"charged twice"' --screenshot "$out/search.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --import "$PWD/tests/data/malformed/ragged_row.csv" \
  --screenshot "$out/import.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --dashboard --screenshot "$out/dashboard.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --dashboard --drill "Returns and refunds" \
  --screenshot "$out/category_drilldown.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --tab categories --rule "Billing/Double charge" \
  --screenshot "$out/taxonomy_editor.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --tab concordance --rule 'refund*' \
  --screenshot "$out/kwic.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --tab phrases --since 2026-03-02 --until 2026-03-08 \
  --screenshot "$out/phrases.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --tab radar --screenshot "$out/radar.png"
HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --tab escalations --screenshot "$out/escalations.png"
TIDEWATCH_PASSWORD=demo-admin-2026 HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user admin --demo \
  --tab audit --screenshot "$out/audit.png"
# The workbench in the system's language: German and Japanese.
LANGUAGE=de LANG=de_DE.UTF-8 HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --tab escalations \
  --screenshot "$out/escalations_de.png"
LANGUAGE=ja LANG=ja_JP.UTF-8 HOME="$home" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --user max --demo --dashboard \
  --screenshot "$out/dashboard_ja.png"
# The PDF report of the demo store, as its manager: its first two pages (poppler's pdftoppm).
cli="$(dirname "$app")/../cli/tidewatch-cli"
demo=$(find "$home" -name demo.tidewatch | head -1)
if [ -x "$cli" ] && [ -n "$demo" ] && command -v pdftoppm >/dev/null; then
  "$cli" report "$demo" --as max --out "$home/report.pdf" 2>/dev/null
  pdftoppm -r 60 -png -f 1 -l 2 "$home/report.pdf" "$home/report"
  mv "$home/report-1.png" "$out/report_cover.png"
  mv "$home/report-2.png" "$out/report_figures.png"
fi
echo "screenshots in $out"
