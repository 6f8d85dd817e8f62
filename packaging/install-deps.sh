#!/usr/bin/env bash
# Installs every Debian 12 package Tidewatch needs to build, test and run.
# Idempotent: when everything is present it does nothing (no apt-get update, no network).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config
  # core: SQLite (C API + shell used as the benchmark peer), ICU, JSON, CLI parsing, hashing
  libsqlite3-dev sqlite3 libicu-dev nlohmann-json3-dev libcli11-dev libxxhash-dev libcld2-dev libstemmer-dev
  # risk: phone numbers (libphonenumber), keyed hashing and encryption (libsodium)
  libphonenumber-dev libsodium-dev
  # exports: Excel workbooks (libxlsxwriter)
  libxlsxwriter-dev
  # ui: Qt 6 Widgets + Charts + SVG (saved charts) + Linguist tools
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # Qt's own translations (standard buttons and dialogs in the UI's languages)
  qt6-translations-l10n
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # tests read exported workbooks and PDF reports back (unzip, pdftotext)
  unzip poppler-utils
  # the package test: building the .deb, validating its desktop file, metainfo and man page
  dpkg-dev desktop-file-utils appstream groff-base file
  # headless GUI runs and screenshots
  xvfb xauth fonts-dejavu-core
  # a Japanese font for the Japanese screenshot
  fonts-ipafont-gothic
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "error: packages are missing and this script is not running as root; run it with sudo" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
