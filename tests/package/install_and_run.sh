#!/usr/bin/env bash
# Builds the Debian package from a build directory, checks its metadata, installs it into a clean
# directory tree (dpkg-deb -x: no root, no system changes) and runs what it installed:
# tidewatch-cli --version, a store round trip, and a headless start of the workbench on the demo
# store that saves a screenshot. Validates the desktop file, the AppStream metainfo and the man page.
#   tests/package/install_and_run.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/out/tidewatch_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb -I "$deb")
for field in "Package: tidewatch" "Version: " "Section: utils" "Homepage: "; do
  grep -q "$field" <<<"$info" || fail "control lacks '$field'"
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q qt6-translations-l10n <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks qt6-translations-l10n"
for lib in libqt6widgets6 libqt6charts6 libqt6svg6 libsqlite3 libicu72 libsodium23 libphonenumber8 libxlsxwriter qt6-qpa-plugins; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/tidewatch usr/bin/tidewatch-cli \
         usr/share/applications/io.github.tidewatch.tidewatch.desktop \
         usr/share/metainfo/io.github.tidewatch.tidewatch.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.tidewatch.tidewatch.svg \
         usr/share/icons/hicolor/256x256/apps/io.github.tidewatch.tidewatch.png \
         usr/share/man/man1/tidewatch-cli.1.gz; do
  [ -e "$root/$f" ] || fail "missing $f"
done
file "$root/usr/bin/tidewatch-cli" | grep -q "stripped" || true

desktop-file-validate "$root/usr/share/applications/io.github.tidewatch.tidewatch.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.tidewatch.tidewatch.metainfo.xml" >/dev/null \
  || fail "metainfo"
warnings=$(zcat "$root/usr/share/man/man1/tidewatch-cli.1.gz" | groff -man -ww -z 2>&1 || true)
[ -z "$warnings" ] || fail "man page: $warnings"

version=$("$root/usr/bin/tidewatch-cli" --version)
[[ "$version" == "tidewatch-cli "* ]] || fail "tidewatch-cli --version said '$version'"
echo "$version"
printf 'id,text\n1,I was charged twice and nobody answers.\n' >"$work/in.csv"
"$root/usr/bin/tidewatch-cli" init "$work/s.tw" >/dev/null
"$root/usr/bin/tidewatch-cli" import "$work/s.tw" "$work/in.csv" >/dev/null
"$root/usr/bin/tidewatch-cli" analyze "$work/s.tw" >/dev/null
"$root/usr/bin/tidewatch-cli" search "$work/s.tw" '"charged twice"' | grep -q "charged twice" || fail "search"

export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/tidewatch" --version | grep -q "0\." || fail "tidewatch --version"
# The demo store has users: its manager signs in (README, "Demo users").
TIDEWATCH_PASSWORD=demo-manager-2026 QT_QPA_PLATFORM=offscreen timeout 300 \
  "$root/usr/bin/tidewatch" --user max --demo --screenshot "$work/shot.png" \
  >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; fail "headless start"; }
[ -s "$work/shot.png" ] || fail "no screenshot from the headless start"
echo "installed and ran: cli, workbench (headless, demo store)"
