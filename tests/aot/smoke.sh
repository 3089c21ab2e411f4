#!/usr/bin/env bash
# NativeAOT smoke test: publishes the AOT binary (trim and AOT warnings are errors), then builds every
# sample in every language, .docx and .md, with the AOT binary and with the JIT build, and requires the
# two output folders to be byte-identical. Catches what the trimmer removed (Scriban finds some builtins
# by reflection; see src/DocTool.Cli/ScribanBuiltins.xml). Needs clang (or gcc) and zlib1g-dev.
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
echo "aot smoke: $count documents identical from the NativeAOT and JIT builds ($(du -h "$work/aot/doctool" | cut -f1) binary)" >&2
