"""Run every benchmark in turn."""

from bench import e2e, images, matcher

BENCHES = [matcher.main, e2e.main, images.main]

for bench_main in BENCHES:
    bench_main()
