#!/usr/bin/env bash
# NativeAOT smoke test: publishes the AOT binary (trim and AOT warnings are errors), then builds every
# sample in every language, .docx and .md, with the AOT binary and with the JIT build, and requires the
# two output folders to be byte-identical (this catches what the trimmer removed: Scriban finds some
# builtins by reflection, see src/DocTool.Cli/ScribanBuiltins.xml); then packs the .NET tool package and
# checks it carries the bundled templates. Needs clang (or gcc), zlib1g-dev and python3.
#   tests/aot/smoke.sh [WORK_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/doctool-aot-smoke}"
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "aot smoke: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
rm -rf "$work"
mkdir -p "$work"
echo "aot smoke: publishing $rid" >&2
dotnet publish "$root/src/DocTool.Cli" -c Release -r "$rid" -p:PublishAot=true -p:TreatWarningsAsErrors=true \
  -o "$work/aot" -nologo -v quiet >&2
dotnet build "$root/src/DocTool.Cli" -c Release -nologo -v quiet -o "$work/jit" >&2

samples=("$root"/samples/*.yaml)
for flavour in aot jit; do
  if [ "$flavour" = aot ]; then tool=("$work/aot/doctool"); else tool=(dotnet "$work/jit/doctool.dll"); fi
  for lang in en fr es ru zh; do
    "${tool[@]}" build "${samples[@]}" --lang "$lang" --format docx,md --out "$work/out-$flavour" >/dev/null
  done
  "${tool[@]}" batch "${samples[@]}" --quiet --format docx,md --out "$work/batch-$flavour" >/dev/null
done
count=$(find "$work/out-aot" -name '*.docx' | wc -l)
if ! diff -r "$work/out-aot" "$work/out-jit" >&2 || ! diff -r "$work/batch-aot" "$work/batch-jit" >&2; then
  echo "aot smoke: the NativeAOT build writes different documents from the JIT build" >&2
  exit 1
fi
# The .NET tool package: it must carry the bundled pack beside the tool.
dotnet pack "$root/src/DocTool.Cli" -c Release -o "$work/nupkg" -nologo -v quiet >&2
if ! python3 -c 'import sys, zipfile; sys.exit("tools/net10.0/any/templates/nswp/pack.yaml" not in zipfile.ZipFile(sys.argv[1]).namelist())' "$work/nupkg/DocTool."*.nupkg; then
  echo "aot smoke: the tool package lacks templates/nswp/pack.yaml" >&2
  exit 1
fi
echo "aot smoke: $count documents identical from the NativeAOT and JIT builds ($(du -h "$work/aot/doctool" | cut -f1) binary)" >&2
