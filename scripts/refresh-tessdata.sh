#!/usr/bin/env bash
# Refreshes resources/tessdata from Debian's tesseract-ocr-eng/-rus/-kor/-chi-tra/-chi-sim/-script-latn (tessdata_fast
# models, Apache-2.0) without installing the packages:
#   eng, rus, kor, chi_tra, chi_sim   as Debian ships them
#   Latin_nodict.traineddata          Debian's script/Latin model without its word list: the
#                                     list is 89 of its 90 MB, made loading take seconds and
#                                     ~400 MB per worker, and did not change what it read on
#                                     card lines (the net and its letters are kept as they are)
# Needs apt-get download, dpkg-deb and combine_tessdata (Debian package tesseract-ocr).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && apt-get download tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-kor tesseract-ocr-chi-tra tesseract-ocr-chi-sim tesseract-ocr-script-latn >/dev/null)
for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
cp "$tmp"/x/usr/share/tesseract-ocr/*/tessdata/{eng,rus,kor,chi_tra,chi_sim}.traineddata resources/tessdata/
mkdir "$tmp/latin"
combine_tessdata -u "$tmp"/x/usr/share/tesseract-ocr/*/tessdata/Latin.traineddata "$tmp/latin/Latin_nodict." >/dev/null
rm "$tmp/latin/Latin_nodict.lstm-word-dawg"
combine_tessdata "$tmp/latin/Latin_nodict." >/dev/null
cp "$tmp/latin/Latin_nodict.traineddata" resources/tessdata/
ls -l resources/tessdata
