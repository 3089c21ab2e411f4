#!/usr/bin/env bash
# NativeAOT smoke test: publishes the AOT binary (trim and AOT warnings are errors), then builds every
# sample in every language, .docx and .md, with the AOT binary and with the JIT build, and requires the
# two output folders to be byte-identical (this catches what the trimmer removed: Scriban finds some
# builtins by reflection, see src/DocTool.Cli/ScribanBuiltins.xml); runs validate, templates check, diff,
# batch with shards, manifest merge and usage errors with both and requires the same output and exit
# codes; then packs the .NET tool package and
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
    "${tool[@]}" build "${samples[@]}" --lang "$lang" --allow-fallback --format docx,md --out "$work/out-$flavour" >/dev/null
  done
  "${tool[@]}" batch "${samples[@]}" --quiet --format docx,md --out "$work/batch-$flavour" >/dev/null
done
count=$(find "$work/out-aot" -name '*.docx' | wc -l)
if ! diff -r "$work/out-aot" "$work/out-jit" >&2 || ! diff -r "$work/batch-aot" "$work/batch-jit" >&2; then
  echo "aot smoke: the NativeAOT build writes different documents from the JIT build" >&2
  exit 1
fi

# Every other command gives the same standard output, standard error and exit code from both builds:
# validate (valid, invalid, a YAML syntax error; text and JSON), templates check (text and JSON), diff
# (two output folders that differ, and a .docx with itself), batch with shards and manifest merge, and
# the usage errors of the strict command line.
mkdir -p "$work/changed/assets"
cp "$root"/samples/assets/* "$work/changed/assets/"
sed 's/^\(  *hours_per_week: *\)[0-9]*/\135/' "$root/samples/scswa.yaml" > "$work/changed/scswa.yaml"
printf 'profile_version: 1\norg:\n  countries: [BF, ML\n  name: x\n' > "$work/changed/unclosed.yaml"
dotnet "$work/jit/doctool.dll" build "$work/changed/scswa.yaml" --lang en --out "$work/changed-out" >/dev/null
invalid="$root/tests/DocTool.Tests/Profiles/Invalid/many-mistakes-at-once.yaml"
one_docx=$(find "$work/out-jit" -name '*.docx' | sort | head -n 1)
for flavour in aot jit; do
  if [ "$flavour" = aot ]; then tool=("$work/aot/doctool"); else tool=(dotnet "$work/jit/doctool.dll"); fi
  results="$work/commands-$flavour"
  mkdir -p "$results"
  run() {
    local name="$1"; shift
    local code=0
    (cd "$root" && "${tool[@]}" "$@" >"$results/$name.out" 2>"$results/$name.err") || code=$?
    echo "$code" >"$results/$name.code"
  }
  run validate-samples validate samples/
  run validate-json validate "${samples[@]}" --format json
  run validate-invalid validate "$invalid"
  run validate-invalid-json validate "$invalid" --format json
  run validate-syntax validate "$work/changed/unclosed.yaml"
  run templates-check templates check
  run templates-check-json templates check --format json
  run diff-folders diff "$work/out-jit/scswa" "$work/changed-out/scswa"
  run diff-folders-md diff "$work/out-jit/scswa" "$work/changed-out/scswa" --format md
  run diff-same diff "$one_docx" "$one_docx"
  run batch-shard-1 batch samples/ --quiet --format md --shard 1/2 --out "$work/shards-$flavour/s1"
  run batch-shard-2 batch samples/ --quiet --format md --shard 2/2 --out "$work/shards-$flavour/s2"
  run manifest-merge manifest merge "$work/shards-$flavour/s1" "$work/shards-$flavour/s2" --out "$work/shards-$flavour/all"
  run unknown-option build samples/scswa.yaml --langs fr
  run unknown-command biuld
  # The folders differ between the two runs by name only; a batch's time and rate differ by nature.
  sed -i "s#$work/shards-$flavour#SHARDS#g" "$results"/*.out "$results"/*.err
  sed -i -E '/^(time|documents\/s) /d' "$results"/batch-*.out
  rm -rf "$work/shards-$flavour/s1" "$work/shards-$flavour/s2"
done
if ! diff -r "$work/commands-aot" "$work/commands-jit" >&2 || ! diff -r "$work/shards-aot" "$work/shards-jit" >&2; then
  echo "aot smoke: a command answers differently from the NativeAOT and the JIT build" >&2
  exit 1
fi
for expected in "validate-samples 0" "validate-invalid 2" "validate-syntax 2" "templates-check 0" "diff-folders 1" "diff-same 0" "batch-shard-1 0" "manifest-merge 0" "unknown-option 2" "unknown-command 2"; do
  set -- $expected
  if [ "$(cat "$work/commands-aot/$1.code")" != "$2" ]; then
    echo "aot smoke: \`$1\` exited $(cat "$work/commands-aot/$1.code"), expected $2:" >&2
    cat "$work/commands-aot/$1.err" >&2
    exit 1
  fi
done
if grep -l DT0001 "$work/commands-aot"/*.err >&2; then
  echo "aot smoke: an unexpected failure (DT0001) in the commands above" >&2
  exit 1
fi
# The .NET tool package: it must carry the bundled pack beside the tool.
dotnet pack "$root/src/DocTool.Cli" -c Release -o "$work/nupkg" -nologo -v quiet >&2
if ! python3 -c 'import sys, zipfile; sys.exit("tools/net10.0/any/templates/nswp/pack.yaml" not in zipfile.ZipFile(sys.argv[1]).namelist())' "$work/nupkg/DocTool."*.nupkg; then
  echo "aot smoke: the tool package lacks templates/nswp/pack.yaml" >&2
  exit 1
fi
echo "aot smoke: $count documents identical from the NativeAOT and JIT builds ($(du -h "$work/aot/doctool" | cut -f1) binary); validate, templates check, diff, batch --shard, manifest merge and usage errors answer alike" >&2
