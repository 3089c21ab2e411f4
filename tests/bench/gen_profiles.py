#!/usr/bin/env python3
"""Seeded generator of synthetic, valid DocTool profiles for the benchmark.

Each profile is a copy of one of samples/*.yaml (round robin, sorted) with line-level edits that keep
the structure the schema and the templates expect: a new organisation name and unique short_name,
other countries, another functional currency, thresholds and amounts scaled by one factor (so every
table stays ascending), has_staff flipped on some. No third-party module is needed.

usage: gen_profiles.py SAMPLES_DIR OUT_DIR N [--seed S]
"""
import argparse
import pathlib
import random
import re
import shutil

COUNTRIES = ["KE", "UG", "TZ", "ZA", "NG", "GH", "SN", "CI", "CM", "ZW", "TH", "KH", "MM", "IN", "NP",
             "ID", "PH", "MY", "KG", "KZ", "TJ", "GE", "AM", "UA", "MD", "PE", "BO", "PY", "AR", "CO",
             "EC", "GT", "JM", "TT", "BR", "MX"]
CURRENCIES = ["USD", "EUR", "KES", "XOF", "KGS", "HKD", "PYG", "THB", "INR", "ZAR", "UGX", "PEN", "GBP", "JPY"]
FACTORS = [1, 2, 3, 5, 10]
WORDS_A = ["United", "Solidarity", "Rights", "Voices", "Collective", "Alliance", "Network", "Coalition", "Action", "Forum"]
WORDS_B = ["Sex Workers", "Workers", "Community", "Peers", "Women", "Trans Sex Workers", "Migrant Sex Workers"]
PLACES = ["Northern", "Coastal", "Highland", "River", "Lake", "Eastern", "Western", "Southern", "Central", "Valley"]


def scale_numbers(line, factor):
    """Multiplies every amount after `max:`, `float:`, `max_single_payment:` and the like."""
    def mul(m):
        return f"{m.group(1)}{int(m.group(2)) * factor}"
    return re.sub(r"((?:max|float|max_single_payment|gift_limit|capitalise_from|annual_fee|default|[A-Z]{2}):\s*)(\d+)\b", mul, line)


def generate(text, i, rng):
    name = f"{rng.choice(PLACES)} {rng.choice(WORDS_B)} {rng.choice(WORDS_A)} {i:04d}"
    short = f"BN{i:04d}"
    factor = rng.choice(FACTORS)
    countries = rng.sample(COUNTRIES, rng.randint(1, 6))
    currency = rng.choice(CURRENCIES)
    out = []
    section = None
    for line in text.splitlines():
        top = re.match(r"^([a-z_]+):", line)
        if top:
            section = top.group(1)
        if section == "org" and re.match(r"^  name:", line):
            line = f'  name: "{name}"'
        elif re.match(r"^  short_name:", line):
            line = f"  short_name: {short}"
        elif section == "org" and re.match(r"^  countries:", line):
            line = f"  countries: [{', '.join(countries)}]"
        elif section == "finance" and "functional:" in line:
            line = re.sub(r"functional:\s*[A-Z]{3}", f"functional: {currency}", line)
        elif section == "hr" and re.match(r"^  has_staff:", line):
            line = f"  has_staff: {'true' if rng.random() < 0.8 else 'false'}"
        elif section in ("finance", "code_of_conduct", "membership"):
            line = scale_numbers(line, factor)
        out.append(line)
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("samples")
    parser.add_argument("out")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=20260301)
    args = parser.parse_args()
    samples = sorted(pathlib.Path(args.samples).glob("*.yaml"))
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if (pathlib.Path(args.samples) / "assets").is_dir():
        shutil.copytree(pathlib.Path(args.samples) / "assets", out / "assets", dirs_exist_ok=True)
    rng = random.Random(args.seed)
    texts = [s.read_text(encoding="utf-8") for s in samples]
    for i in range(args.n):
        (out / f"p{i:04d}.yaml").write_text(generate(texts[i % len(texts)], i, rng), encoding="utf-8")


if __name__ == "__main__":
    main()
