"""Run every benchmark in turn (`make bench`): the matcher core, end to end, photo hashing.

    .venv/bin/python -m bench [--quick] [e2e options]

Options go to bench.e2e (see `python -m bench.e2e --help`); with --quick the matcher core runs at 10 and 1,000
brands only (its 100,000-brand registry takes minutes to build). Each benchmark's time is printed after it.
"""

import sys
import time

from bench import e2e, images, matcher

args = sys.argv[1:]
quick = "--quick" in args
BENCHES = [
    ("bench.matcher", lambda: matcher.main(["--brands", "10,1000"] if quick else [])),
    ("bench.e2e", lambda: e2e.main(args)),
    ("bench.images", lambda: images.main([])),
]

started = time.monotonic()
for name, bench_main in BENCHES:
    at = time.monotonic()
    bench_main()
    print(f"{name}: {time.monotonic() - at:,.0f} s", flush=True)
print(f"all benchmarks: {(time.monotonic() - started) / 60:,.1f} min", flush=True)
