"""A py-spy raw profile (`py-spy record --format raw`) summed up: busy µs a record by function, self and inclusive.

    .venv/bin/python -m bench.profile PROFILE.txt RECORDS [--rate 200] [--top 25]

bench.e2e --profile DIR writes one for each service it runs alone (DIR/<run>-<process>.txt) and its summary beside it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

_FRAME = re.compile(r"(.*?) \((.*?)(?::\d+)?\)$")


def short(frame: str) -> str:
    """'fn (path/to/site-packages/pkg/mod.py:12)' → 'fn (pkg/mod.py)'; the repository's own files relative to it."""
    m = _FRAME.match(frame.strip())
    if not m:
        return frame.strip()
    fn, path = m.groups()
    path = re.sub(r".*/site-packages/", "", path)
    path = re.sub(r".*/(services|brandsentry|schemas|bench)/", r"\1/", path)
    return f"{fn} ({path})"


def summary(raw: str, records: int, *, rate: int = 200, top: int = 25) -> str:
    """Text: total busy µs a record (samples at `rate` Hz over `records`), then the `top` functions by self time and by
    inclusive time, each in µs a record and share of the samples. Raw lines are 'frame;frame;... count'."""
    own, inclusive, total = Counter(), Counter(), 0
    for line in raw.splitlines():
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [short(f) for f in stack.split(";")]
        own[frames[-1]] += n
        for f in set(frames):
            inclusive[f] += n

    def us(n: int) -> float:
        return n * 1e6 / rate / max(records, 1)

    lines = [f"{us(total):,.1f} µs a record busy ({total:,} samples at {rate} Hz, {records:,} records); self:"]
    lines += [f"{us(n):8.1f} µs {n / max(total, 1):6.1%}  {f}" for f, n in own.most_common(top)]
    lines.append("inclusive:")
    lines += [f"{us(n):8.1f} µs {n / max(total, 1):6.1%}  {f}" for f, n in inclusive.most_common(top)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.splitlines()[0])
    parser.add_argument("profile")
    parser.add_argument("records", type=int)
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    with open(args.profile, encoding="utf-8", errors="replace") as f:
        print(summary(f.read(), args.records, rate=args.rate, top=args.top), end="")


if __name__ == "__main__":
    main()
