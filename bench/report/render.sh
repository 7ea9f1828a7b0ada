#!/usr/bin/env bash
# Renders a workbook the way a reader would see it printed: LibreOffice (headless) converts it to PDF
# with each sheet's print setup, and pdftoppm turns every page into a PNG to look at.
# Needs: apt-get install -y libreoffice-calc poppler-utils fonts-noto-cjk
# Usage: bench/report/render.sh R.xlsx [OUT_DIR] [DPI]
set -euo pipefail
xlsx=$(readlink -f "$1")
out=${2:-$(dirname "$xlsx")/render-$(basename "$xlsx" .xlsx)}
dpi=${3:-60}
mkdir -p "$out"
# a private profile, so a desktop LibreOffice that is open does not swallow the conversion
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$xlsx" >/dev/null
pdf="$out/$(basename "$xlsx" .xlsx).pdf"
rm -f "$out"/page-*.png
pdftoppm -png -r "$dpi" "$pdf" "$out/page"
echo "$pdf: $(ls "$out"/page-*.png | wc -l) pages in $out"
