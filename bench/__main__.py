"""Run every benchmark in turn."""

from bench import matcher

BENCHES = [matcher.main]

for bench_main in BENCHES:
    bench_main()
