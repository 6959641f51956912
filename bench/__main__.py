"""Run every benchmark in turn."""

from bench import e2e, matcher

BENCHES = [matcher.main, e2e.main]

for bench_main in BENCHES:
    bench_main()
