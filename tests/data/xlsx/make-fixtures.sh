#!/usr/bin/env bash
# Remakes the .xlsx fixtures of tests/table_xlsx_test.cpp from their sources beside them.
#   libreoffice.xlsx   ← libreoffice.fods (LibreOffice Calc: apt-get install libreoffice-calc-nogui)
#   libxlsxwriter.xlsx ← libxlsxwriter.c  (libxlsxwriter's default mode: libxlsxwriter-dev)
# The tests assert exact cells: after remaking, run them and check the differences.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A profile of its own, so a running LibreOffice or the user's settings do not interfere.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to xlsx \
  --outdir "$work" libreoffice.fods >/dev/null 2>&1
cp "$work/libreoffice.xlsx" libreoffice.xlsx

cc -std=c99 -Wall -o "$work/make-libxlsxwriter" libxlsxwriter.c $(pkg-config --cflags --libs xlsxwriter)
"$work/make-libxlsxwriter" libxlsxwriter.xlsx
echo "made libreoffice.xlsx and libxlsxwriter.xlsx"
