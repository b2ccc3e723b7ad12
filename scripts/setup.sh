#!/usr/bin/env bash
# Installs everything the app and its tests need: Debian packages (when apt is here and we
# may use it) and the npm dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# dbus-daemon + gnome-keyring: a real Secret Service for the secret-store test (the app itself needs none).
# python3-vobject: the independent vCard reader the export tests check against.
# openssl: a private CA and server certificate for the S3-over-HTTPS configuration test.
DEBS=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus chromium ffmpeg fonts-dejavu-core fonts-liberation dbus-daemon gnome-keyring python3-vobject openssl
  # Fonts of the second synthetic card source (test/fixtures/synth2).
  fonts-noto-core fonts-roboto fonts-open-sans fonts-lato fonts-crosextra-carlito fonts-crosextra-caladea fonts-freefont-ttf
  fonts-urw-base35 fonts-paratype fonts-linuxlibertine fonts-comfortaa fonts-inter fonts-cantarell fonts-league-spartan
  # Hangul and Chinese for the cards the recognition test prints (test/integration/own-script.test.ts).
  fonts-nanum fonts-wqy-microhei)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${DEBS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup: installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "setup: no apt-get here; tests want: ${DEBS[*]} (the app itself needs none of them)"
fi

# The Electron binary comes from GitHub, which CI machines cannot reach; its types are enough here.
if [ -n "${CI:-}" ] || [ -n "${BIZCARD_SKIP_ELECTRON:-}" ]; then export ELECTRON_SKIP_BINARY_DOWNLOAD=1; fi
# onnxruntime-node (the second OCR engine) bundles its CPU runtime; its install script would fetch
# GPU extras from nuget.org, which the app does not use and CI machines cannot reach.
export ONNXRUNTIME_NODE_INSTALL=skip
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
