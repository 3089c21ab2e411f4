#!/usr/bin/env bash
# Benchmark: `doctool batch` (NativeAOT) against pandoc, on N synthetic profiles × every document × 1 language.
#   tests/bench/run.sh                 # N = 10 100 1000
#   BENCH_SIZES="10 100" tests/bench/run.sh
#   BENCH_PANDOC_SAMPLE=600 tests/bench/run.sh   # convert at most 600 files with pandoc per N, extrapolate the rest
# Needs the .NET 10 SDK, python3, and (installed here with apt when missing and running as root) pandoc,
# GNU time and a C toolchain for NativeAOT. Prints a Markdown table. Not a unit test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${BENCH_WORK:-/tmp/doctool-bench}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
# NativeAOT links with clang (or gcc) and zlib.
command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need+=(clang)
[ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing ${need[*]} with apt-get" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing: ${need[*]} (install them, or run as root on Debian/Ubuntu)" >&2
    exit 1
  fi
fi

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;;
esac

mkdir -p "$work"
echo "publishing the NativeAOT binary ($rid) into $work/aot" >&2
dotnet publish "$root/src/DocTool.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/aot" -nologo -v quiet >&2

exec python3 "$root/tests/bench/bench.py" --doctool "$work/aot/doctool" --samples "$root/samples" --work "$work" \
  --sizes ${BENCH_SIZES:-10 100 1000} ${BENCH_PANDOC_SAMPLE:+--pandoc-sample "$BENCH_PANDOC_SAMPLE"}
