#!/usr/bin/env bash
# Refreshes resources/tessdata/{eng,rus}.traineddata from Debian's tesseract-ocr-eng/-rus
# (tessdata_fast models, Apache-2.0) without installing the packages.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download tesseract-ocr-eng tesseract-ocr-rus >/dev/null)
for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
cp "$tmp"/x/usr/share/tesseract-ocr/*/tessdata/{eng,rus}.traineddata resources/tessdata/
ls -l resources/tessdata
