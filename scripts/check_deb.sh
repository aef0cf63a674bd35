#!/usr/bin/env bash
# Builds the Debian package with cargo-deb and checks that it holds what a desktop needs:
# the binary, the menu entry, the icon, the MIME type for .netwerkkaart and the example map.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
deb=$(cargo deb 2>/dev/null | tail -n 1)
echo "pakket: $deb"
list=$(dpkg-deb -c "$deb")
for f in ./usr/bin/netwerkkaart \
         ./usr/share/applications/netwerkkaart.desktop \
         ./usr/share/icons/hicolor/scalable/apps/netwerkkaart.svg \
         ./usr/share/icons/hicolor/256x256/apps/netwerkkaart.png \
         ./usr/share/mime/packages/netwerkkaart.xml \
         ./usr/share/netwerkkaart/voorbeeld/partijen.csv; do
    grep -q " $f\$" <<<"$list" || { echo "ontbreekt in het pakket: $f"; exit 1; }
done
dpkg-deb -f "$deb" Package Version Depends
if command -v desktop-file-validate >/dev/null; then desktop-file-validate packaging/netwerkkaart.desktop; fi
tmp=$(mktemp -d); dpkg-deb -x "$deb" "$tmp"
"$tmp/usr/bin/netwerkkaart" check "$tmp/usr/share/netwerkkaart/voorbeeld"
rm -rf "$tmp"
echo "pakket in orde"
