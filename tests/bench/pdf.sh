#!/usr/bin/env bash
# PDF throughput: the old path (one soffice start, with a fresh private profile, per document, one
# after another: what `build --pdf` did before) against `doctool batch --pdf` (a few LibreOffice
# processes with private profiles, each converting many documents), on the same documents, same run.
#   tests/bench/pdf.sh                  # 10 synthetic profiles × 6 documents × English = 60 documents
#   BENCH_PDF_PROFILES=20 tests/bench/pdf.sh
# Needs the .NET 10 SDK, python3, LibreOffice (soffice) and python3-uno. Prints a Markdown table row.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${BENCH_WORK:-/tmp/doctool-bench}/pdf"
profiles="${BENCH_PDF_PROFILES:-10}"
jobs="${BENCH_PDF_JOBS:-$(nproc)}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v soffice >/dev/null || { echo "soffice not found (apt-get install libreoffice-writer-nogui python3-uno)" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
doctool="${BENCH_DOCTOOL:-}"   # a doctool binary to use instead of building one
if [ -z "$doctool" ]; then
  dotnet build "$root/src/DocTool.Cli" -c Release -nologo -v quiet >&2
  doctool="$root/src/DocTool.Cli/bin/Release/net10.0/doctool"
fi
python3 "$root/tests/bench/gen_profiles.py" "$root/samples" "$work/profiles" "$profiles" >&2
"$doctool" batch "$work/profiles" --lang en --out "$work/docx" --quiet >/dev/null
mapfile -t files < <(find "$work/docx" -name '*.docx' | sort)
n=${#files[@]}

echo "old path: $n documents, one soffice per document" >&2
start=$(date +%s.%N)
i=0
for f in "${files[@]}"; do
  i=$((i + 1))
  soffice "-env:UserInstallation=file://$work/old-profile-$i" --headless --norestore --convert-to pdf --outdir "$work/old/$i" "$f" >/dev/null 2>&1
  rm -rf "$work/old-profile-$i"
done
old=$(echo "$(date +%s.%N) - $start" | bc)
old_pdfs=$(find "$work/old" -name '*.pdf' | wc -l)

echo "new path: doctool batch --pdf --jobs $jobs" >&2
start=$(date +%s.%N)
"$doctool" batch "$work/profiles" --lang en --out "$work/new" --pdf --jobs "$jobs" --quiet >/dev/null
new=$(echo "$(date +%s.%N) - $start" | bc)
new_pdfs=$(find "$work/new" -name '*.pdf' | wc -l)

printf '| documents | per-file soffice | docs/s | batch --pdf --jobs %s | docs/s | speed-up |\n|---:|---:|---:|---:|---:|---:|\n' "$jobs"
printf '| %d | %.1f s (%d PDFs) | %.2f | %.1f s (%d PDFs) | %.2f | %.1f× |\n' "$n" "$old" "$old_pdfs" "$(echo "$n / $old" | bc -l)" "$new" "$new_pdfs" "$(echo "$n / $new" | bc -l)" "$(echo "$old / $new" | bc -l)"
