#!/usr/bin/env bash
# The hostile-input corpus of issue #19, run against the real command line. Each case feeds DocTool one
# hostile input (FIFOs, devices, links, zip bombs, Markdown in profile values, reports aimed at inputs) under
# /usr/bin/time and fails when the command takes more than 10 s or 500 MiB, exits other than 0/1/2, prints
# DT0001, writes outside its --out folder, or leaves a .docx that `doctool check` rejects.
#   tests/hostile/run.sh [WORK_DIR]        (DOCTOOL="dotnet path/doctool.dll" to test another build)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/doctool-hostile}"
rm -rf "$work"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

if [ -n "${DOCTOOL:-}" ]; then
  read -r -a tool <<<"$DOCTOOL"
else
  dll="$root/src/DocTool.Cli/bin/Release/net10.0/doctool.dll"
  if [ ! -f "$dll" ]; then
    dotnet build "$root/src/DocTool.Cli" -c Release -nologo -v quiet -o "$work/bin" >&2 || exit 1
    dll="$work/bin/doctool.dll"
  fi
  tool=(dotnet "$dll")
fi

max_seconds=10
max_kib=$((500 * 1024))
passed=0
failed=0

# The inputs. Each case runs in its own folder; only <case>/out (and files the case names) may change.
in="$work/inputs"
mkdir -p "$in/assets"
cp "$root/samples/scswa.yaml" "$in/profile.yaml"
cp "$root/samples/assets/logo.png" "$in/assets/logo.png" 2>/dev/null || true
mkfifo "$in/fifo.yaml" "$in/fifo.docx"
variant() { # variant NAME FROM TO: a copy of the sample with one text replaced (Python, so any bytes are fine)
  python3 - "$in/profile.yaml" "$in/$1.yaml" "$2" "$3" <<'PY'
import sys
src, dst, old, new = sys.argv[1:5]
text = open(src, encoding="utf-8").read()
assert old in text, old
open(dst, "w", encoding="utf-8").write(text.replace(old, new, 1))
PY
}
variant md-link 'concerns_email: concerns@example.org' 'concerns_email: "[SAFE](https://evil.example/)@x.org"'
variant md-braces 'name: {en: "Management Committee"' 'name: {en: "Sisters {Uganda} *Kenya* | # x"'
variant md-table 'focal_point: {en: "the Safeguarding Focal Point"' 'focal_point: {en: "x\n\n| a | b |\n|---|---|\n\n# Injected {#injected}"'
variant md-deep 'name: {en: "Management Committee"' "name: {en: \"$(printf '[%.0s' $(seq 1 3000))$(printf '>%.0s' $(seq 1 3000))\""
variant nul-path 'logo: assets/logo.png' 'logo: "assets/lo\0go.png"'
ln -s /dev/zero "$in/assets/zero.png"
variant logo-zero 'logo: assets/logo.png' 'logo: assets/zero.png'
ln -s fifo.docx "$in/fifo-link.docx"
python3 - "$in" <<'PY'
import sys, zipfile
folder = sys.argv[1]
# A .docx whose main part inflates to 512 MiB from about half a megabyte.
with zipfile.ZipFile(folder + "/bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with z.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
        block = b"a" * (1 << 20)
        for _ in range(512):
            part.write(block)
        part.write(b"</w:t></w:r></w:p></w:body></w:document>")
PY
python3 -c "import sys; open(sys.argv[1], 'w').write('profile_version: 1\\norg: {name: \\\"' + 'a' * 1000000 + '\\\"}\\n')" "$in/long-line.yaml"
cp -r "$root/templates/nswp" "$in/pack"
ln -s .. "$in/pack/documents/loop"
ln -s / "$in/pack/root"
mkfifo "$in/pack/strings/fifo"
mkdir -p "$in/loop-a/sub" "$in/loop-b"
ln -s .. "$in/loop-a/sub/up"
ln -s / "$in/loop-a/root"

# run NAME EXPECTED_EXITS -- ARGS...: ARGS may use @OUT for the case's output folder.
run() {
  local name="$1" expected="$2"
  shift 3
  local dir="$work/cases/$name"
  mkdir -p "$dir"
  local args=()
  for a in "$@"; do args+=("${a//@OUT/$dir/out}"); done
  local before after
  before=$(find "$work/inputs" -printf '%p %s %T@\n' 2>/dev/null | sort | sha256sum)
  ( cd "$dir" && exec /usr/bin/time -f '%e %M' -o "$dir/time" timeout -s KILL 60 "${tool[@]}" "${args[@]}" ) >"$dir/stdout" 2>"$dir/stderr" </dev/null
  local code=$?
  after=$(find "$work/inputs" -printf '%p %s %T@\n' 2>/dev/null | sort | sha256sum)
  local seconds kib problems=()
  read -r seconds kib < <(tail -n 1 "$dir/time" 2>/dev/null) || { seconds=999; kib=0; }
  case " $expected " in *" $code "*) ;; *) problems+=("exit $code (expected $expected)") ;; esac
  if [ "$code" -gt 2 ]; then problems+=("exit code $code is not 0, 1 or 2"); fi
  if awk -v s="$seconds" -v m="$max_seconds" 'BEGIN { exit !(s > m) }'; then problems+=("took ${seconds}s"); fi
  if [ "${kib:-0}" -gt "$max_kib" ]; then problems+=("used $((kib / 1024)) MiB"); fi
  if grep -q DT0001 "$dir/stdout" "$dir/stderr"; then problems+=("printed DT0001"); fi
  if [ "$before" != "$after" ]; then problems+=("changed the inputs folder"); fi
  if [ -n "$(find "$dir" -mindepth 1 -maxdepth 1 ! -name out ! -name stdout ! -name stderr ! -name time)" ]; then
    problems+=("wrote outside --out: $(find "$dir" -mindepth 1 -maxdepth 1 ! -name out ! -name stdout ! -name stderr ! -name time | head -n 3 | tr '\n' ' ')")
  fi
  if [ -d "$dir/out" ]; then
    while IFS= read -r -d '' docx; do
      if ! "${tool[@]}" check "$docx" >/dev/null 2>&1; then problems+=("left ${docx#"$dir/"}, which does not pass check"); fi
    done < <(find "$dir/out" -name '*.docx' -print0)
  fi
  if [ -n "${CHECK_TEXT:-}" ] && ! grep -rqF -- "$CHECK_TEXT" "$dir/out" "$dir/stdout" 2>/dev/null; then
    problems+=("the output does not show \"$CHECK_TEXT\" as typed")
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
    echo "ok   $name (${seconds}s, $((kib / 1024)) MiB, exit $code)"
  else
    failed=$((failed + 1))
    echo "FAIL $name: ${problems[*]}"
    sed 's/^/     | /' "$dir/stderr" | head -n 5
  fi
}

# Special files: never opened, never waited on, never replaced.
run fifo-profile "2" -- validate "$in/fifo.yaml"
run dev-zero-profile "2" -- validate /dev/zero
run fifo-profile-json "2" -- validate "$in/fifo.yaml" --format json
run fifo-build "2" -- build "$in/fifo.yaml" --out @OUT
run logo-dev-zero "2" -- build "$in/logo-zero.yaml" --doc code-of-conduct --out @OUT
run fifo-reference-doc "2" -- build "$in/profile.yaml" --doc code-of-conduct --reference-doc "$in/fifo.docx" --out @OUT
run fifo-check "1 2" -- check "$in/fifo.docx"
run fifo-diff "2" -- diff "$in/fifo-link.docx" "$in/fifo.docx"
run nul-in-path "2" -- validate "$in/nul-path.yaml" "$in/profile.yaml" --format json
run nul-in-path-build "2" -- build "$in/nul-path.yaml" --out @OUT
run pack-links-and-fifo "0" -- build "$in/profile.yaml" --pack "$in/pack" --doc code-of-conduct --lang en --out @OUT
run yaml-megabyte-line "2" -- validate "$in/long-line.yaml"
# batch --report never replaces an input, a link, a device or a pipe.
run report-over-input "1" -- batch "$in/profile.yaml" --doc code-of-conduct --lang en --out @OUT --report "$in/profile.yaml"
run report-over-fifo "1" -- batch "$in/profile.yaml" --doc code-of-conduct --lang en --out @OUT --report "$in/fifo.docx"
run report-over-device "1" -- batch "$in/profile.yaml" --doc code-of-conduct --lang en --out @OUT --report /dev/null
run report-over-link "1" -- batch "$in/profile.yaml" --doc code-of-conduct --lang en --out @OUT --report "$in/fifo-link.docx"
run report-over-manifest "1" -- batch "$in/profile.yaml" --doc code-of-conduct --lang en --out @OUT --report @OUT/manifest.json
# diff: bounded decompression, no walk through folder links.
run diff-zip-bomb "2" -- diff "$in/bomb.docx" "$in/bomb.docx"
run diff-link-loop "0 1 2" -- diff "$in/loop-a" "$in/loop-b"
# Profile values are text: what the user typed is what the document shows.
CHECK_TEXT='\[SAFE\](https://evil.example/)@x.org' run md-link "0" -- build "$in/md-link.yaml" --doc code-of-conduct --lang en --format docx,md --out @OUT
CHECK_TEXT='Sisters \{Uganda\} \*Kenya\* \| \# x' run md-braces "0" -- build "$in/md-braces.yaml" --doc governance-charter --lang en --format docx,md --out @OUT
run md-table "0" -- build "$in/md-table.yaml" --doc code-of-conduct --lang en --out @OUT
run md-deep-nesting "0" -- build "$in/md-deep.yaml" --doc governance-charter --lang en --out @OUT

echo "hostile corpus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
