#!/usr/bin/env python3
"""Measures doctool batch against pandoc (see run.sh) and prints a Markdown table.

For each N: generate N profiles (gen_profiles.py, seeded), then
  1. `doctool batch PROFILES --lang en --quiet` writing .docx (wall time, peak RSS via /usr/bin/time -v);
  2. the same batch with --format md, then pandoc converting those Markdown files to .docx,
     two at a time (xargs -P 2), wall time and the peak RSS of the largest pandoc process;
and once: a cold single-document `doctool build` (AOT) against one pandoc conversion of the same document.
"""
import argparse
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent


def timed(cmd, stdin=None):
    """Runs cmd under GNU time; returns (wall seconds, peak RSS MiB, CPU seconds (user + system, children included), completed process)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name, *cmd], stdin=stdin, capture_output=True, text=True)
        wall = time.perf_counter() - start
        rss = cpu = 0
        for line in open(tf.name, encoding="utf-8"):
            if "Maximum resident set size" in line:
                rss = int(line.rsplit(":", 1)[1]) / 1024
            elif "User time (seconds)" in line or "System time (seconds)" in line:
                cpu += float(line.rsplit(":", 1)[1])
    return wall, rss, cpu, proc


def batch(doctool, profiles, out, fmt, report):
    shutil.rmtree(out, ignore_errors=True)
    wall, rss, cpu, proc = timed([doctool, "batch", str(profiles), "--lang", "en", "--out", str(out), "--quiet", "--format", fmt, "--report", str(report)])
    if proc.returncode not in (0, 1):
        raise SystemExit(f"doctool batch failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    data = json.loads(pathlib.Path(report).read_text(encoding="utf-8"))
    summary = data["summary"]
    if summary["failed"]:
        # The generated profiles are valid: a failed document is a bug, and the figures would be wrong.
        failed = [i for i in data["items"] if i["status"] == "failed"]
        first = failed[0]["diagnostics"][0] if failed[0]["diagnostics"] else {}
        raise SystemExit(f"{summary['failed']} document(s) failed in {out}, e.g. {failed[0]['profile']} {failed[0]['doc']}: "
                         f"{first.get('file')}:{first.get('line')}: {first.get('code')} {first.get('message')}")
    return wall, rss, cpu, summary["built"], summary["failed"]


def pandoc_all(files, work):
    """pandoc file.md -o file.docx for each file, two at a time."""
    listing = pathlib.Path(work) / "pandoc-files.txt"
    listing.write_bytes(b"\0".join(str(f).encode() for f in files))
    with open(listing, "rb") as stdin:
        wall, rss, cpu, proc = timed(["xargs", "-0", "-P", "2", "-n", "1", "sh", "-c", 'exec pandoc "$0" -o "${0%.md}.pandoc.docx"'], stdin=stdin)
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit("pandoc failed")
    return wall, rss, cpu


def median_run(results):
    """The run with the median wall time (the first element of each result)."""
    return sorted(results, key=lambda r: r[0])[len(results) // 2]


def median_wall(cmd, runs=7):
    walls, rsss = [], []
    for _ in range(runs):
        wall, rss, _, proc = timed(cmd)
        if proc.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr}")
        walls.append(wall)
        rsss.append(rss)
    return statistics.median(walls), max(rsss)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--doctool", required=True)
    parser.add_argument("--samples", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--sizes", nargs="+", type=int, default=[10, 100, 1000])
    parser.add_argument("--pandoc-sample", type=int, default=0, help="convert at most this many files with pandoc per N and extrapolate")
    parser.add_argument("--seed", type=int, default=20260301)
    parser.add_argument("--repeat-below", type=int, default=10, help="for N up to this, run each side five times and keep the median run")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    pandoc_version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    doctool_version = subprocess.run([args.doctool, "--version"], capture_output=True, text=True).stdout.strip()

    rows = []
    single = None
    for n in args.sizes:
        folder = work / f"n{n}"
        profiles = folder / "profiles"
        shutil.rmtree(profiles, ignore_errors=True)
        subprocess.run([sys.executable, str(HERE / "gen_profiles.py"), args.samples, str(profiles), str(n), "--seed", str(args.seed)], check=True)

        # A batch of well under a second is at the mercy of a cold file cache and of the machine's other
        # work: for small N, both tools run five times and the median run counts. The N = 100 batch is
        # the base of the growth figure (time at 1000 / time at 100), so doctool runs it three times too.
        runs = 5 if n <= args.repeat_below else 1
        d_runs = runs if runs > 1 else 3 if n <= 100 else 1
        d_wall, d_rss, d_cpu, built, failed = median_run([batch(args.doctool, profiles, folder / "docx", "docx", folder / "report-docx.json") for _ in range(d_runs)])
        m_wall, _, _, _, _ = batch(args.doctool, profiles, folder / "md", "md", folder / "report-md.json")
        md_files = sorted((folder / "md").rglob("*.md"))
        sample = md_files[: args.pandoc_sample] if args.pandoc_sample else md_files
        p_wall, p_rss, p_cpu = median_run([pandoc_all(sample, folder) for _ in range(runs)])
        p_rate = len(sample) / p_wall
        rows.append({
            "n": n, "docs": built, "failed": failed, "doctool_s": d_wall, "doctool_rate": built / d_wall, "doctool_mib": d_rss,
            "doctool_cpu_ms": 1000 * d_cpu / max(1, built), "pandoc_cpu_ms": 1000 * p_cpu / len(sample),
            "md_s": m_wall, "pandoc_docs": len(md_files), "pandoc_sampled": len(sample), "pandoc_s": len(md_files) / p_rate,
            "pandoc_rate": p_rate, "pandoc_mib": p_rss,
        })
        print(f"N={n}: doctool {built} docx in {d_wall:.1f} s ({built / d_wall:.1f}/s, {d_rss:.0f} MiB); "
              f"pandoc {len(sample)} in {p_wall:.1f} s ({p_rate:.2f}/s)", file=sys.stderr)

        if single is None and md_files:
            # The largest document of the first profile: a cold process each time, median of 7 runs.
            first_org = sorted((folder / "md").iterdir())[0] if any((folder / "md").iterdir()) else None
            candidates = sorted((p for p in md_files if first_org and p.is_relative_to(first_org)), key=lambda p: p.stat().st_size)
            md = candidates[-1]
            doc = md.stem
            cold_out = folder / "cold"
            d_cold, d_cold_rss = median_wall([args.doctool, "build", str(profiles / "p0000.yaml"), "--doc", doc, "--lang", "en", "--out", str(cold_out)])
            p_cold, p_cold_rss = median_wall(["pandoc", str(md), "-o", str(folder / "cold-pandoc.docx")])
            single = {"doc": doc, "bytes": md.stat().st_size, "doctool_s": d_cold, "doctool_mib": d_cold_rss, "pandoc_s": p_cold, "pandoc_mib": p_cold_rss}

    try:
        load = os.getloadavg()
    except OSError:
        load = (0, 0, 0)
    print()
    print(f"{doctool_version} (NativeAOT, {platform.machine()}), {pandoc_version}; {os.cpu_count()} CPU(s), "
          f"doctool --jobs {os.cpu_count()}, pandoc xargs -P 2; N <= {args.repeat_below}: median of 5 runs of each, doctool at N <= 100: median of 3; load average after the run {load[0]:.1f}")
    print()
    print("| N profiles | documents | doctool batch | docs/s | CPU ms/doc | peak RSS | pandoc (-P 2) | docs/s | CPU ms/doc | peak RSS (one pandoc) | ratio (docs/s) | ratio (CPU) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        extrapolated = "" if r["pandoc_sampled"] == r["pandoc_docs"] else f" (est. from {r['pandoc_sampled']})"
        print(f"| {r['n']} | {r['docs']}{' (+' + str(r['failed']) + ' failed)' if r['failed'] else ''} | {r['doctool_s']:.2f} s | {r['doctool_rate']:.1f} | "
              f"{r['doctool_cpu_ms']:.1f} | {r['doctool_mib']:.0f} MiB | {r['pandoc_s']:.1f} s{extrapolated} | {r['pandoc_rate']:.2f} | {r['pandoc_cpu_ms']:.0f} | "
              f"{r['pandoc_mib']:.0f} MiB | {r['doctool_rate'] / r['pandoc_rate']:.1f}× | {r['pandoc_cpu_ms'] / max(0.001, r['doctool_cpu_ms']):.1f}× |")
    if single:
        print()
        print(f"Cold single document (`{single['doc']}`, {single['bytes'] // 1024} KiB of Markdown), median of 7 fresh processes:")
        print()
        print("| | wall | peak RSS |")
        print("|---|---:|---:|")
        print(f"| `doctool build` (NativeAOT, template → .docx) | {1000 * single['doctool_s']:.0f} ms | {single['doctool_mib']:.0f} MiB |")
        print(f"| `pandoc doc.md -o doc.docx` | {1000 * single['pandoc_s']:.0f} ms | {single['pandoc_mib']:.0f} MiB |")


if __name__ == "__main__":
    main()
