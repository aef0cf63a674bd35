#!/bin/sh
# Fills fuzz/corpus/<target>/ with the seed corpus (the example maps of data/ and the import
# fixtures of tests/data/import), as the stable harness builds it in memory.
set -eu
cd "$(dirname "$0")/.."
for t in csv_folder workbook project; do mkdir -p "fuzz/corpus/$t"; done
i=0
for d in data/voorbeeld data/voorbeeld-excel tests/data/import/*/; do
    [ -f "$d/partijen.csv" ] || [ -f "$d/tafels.csv" ] || continue
    out="fuzz/corpus/csv_folder/seed-$i"
    : > "$out"
    first=1
    for f in partijen tafels deelnames personen relaties; do
        [ $first = 1 ] || printf '\n=====\n' >> "$out"
        first=0
        [ -f "$d/$f.csv" ] && cat "$d/$f.csv" >> "$out"
    done
    i=$((i + 1))
done
for f in data/voorbeeld.xlsx tests/data/import/ods/valid.ods; do
    cp "$f" "fuzz/corpus/workbook/$(basename "$f")"
done
# Project files: the examples saved by the program itself.
for d in data/voorbeeld tests/data/import/valid; do
    cargo run -q -- export "$d" "fuzz/corpus/project/$(basename "$d").netwerkkaart"
done
echo "seed corpus in fuzz/corpus/ ($i CSV folders)"
