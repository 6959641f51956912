"""The alerts service alone, two or more trees of this repository alternated run by run on one broker and one run's matches.

    .venv/bin/python -m bench.alternate OLD=TREE NEW=TREE [--rounds 3] [--matches 30000] [--profile DIR]

TREE is a checkout (`git worktree add --detach /tmp/old <hash>`, or `git archive <hash> | tar -x -C DIR`; with a
.local link to this repository's, or BRANDSENTRY_LOCAL set). Set up as bench.e2e does (a fresh topic prefix, the
services' principals, the demo registry; removed at the end): one warm-up of 1,000 demo listings through ingest,
the matcher and the alerts service of this tree gives the matches; then, round by round, each tree in turn gets
`--matches` of them with fresh listing ids (each a new alert) preloaded onto `matches` with its service stopped,
and its `python -m services.alerts` is timed as bench.e2e's alerts phase times it: from its first committed batch
until its group has committed all. A line a run (JSON): matches/s, the service's CPU µs a match (user + system,
/proc) and the Kafka broker's (every local process running kafka.Kafka), the load average; then each tree's
medians. CPU a match moves far less than the rate on a loaded machine; alternating puts both trees under the same
load. `--profile DIR`: py-spy of each run (bench.e2e's Profiler) into DIR/<tree>-<round>/.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from pathlib import Path

from rich.console import Console

import brandsentry.demo
from bench import e2e


def broker_cpu_seconds() -> float:
    """User + system CPU seconds of every local Kafka broker process so far (0 where unreadable)."""
    total = 0.0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if b"kafka.Kafka" in Path(f"/proc/{pid}/cmdline").read_bytes():
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            pass
    return total


async def one_run(run: e2e.Run, tree: str, root: Path, matches: list, label: str) -> dict:
    """Preload `matches`, start the alerts service of `root`, time it alone; its figures."""
    topics, group = run.topics, e2e.group_of(run, "alerts")
    await e2e.produce(run.bootstrap, topics.matches, matches, headers=False)
    brandsentry.demo.ROOT = root  # the services' working directory: `python -m services.alerts` imports that tree
    load = os.getloadavg()[0]
    procs = await e2e.start_services(run, [run.service("alerts", "services.alerts")], label)
    try:
        ready = await run.offsets.committed(group, topics.matches)
        while (first := await run.offsets.committed(group, topics.matches)) == ready:
            if any(p.poll() is not None for _, p in procs.running):
                raise RuntimeError(f"{label}: the alerts service exited; see {procs.log_dir}")
            await asyncio.sleep(0.05)
        started = time.perf_counter()
        profiler = e2e.Profiler(run, label, procs)
        cpu, broker = e2e.cpu_seconds(procs), broker_cpu_seconds()
        ends = await run.offsets.ends(topics.matches)
        done = await run.offsets.drain(group, topics.matches, base=first)
        left = max(1, sum(ends[tp] - first[tp] for tp in ends))
        figures = {"cpu_us": (e2e.cpu_seconds(procs) - cpu) / left * 1e6,
                   "broker_us": (broker_cpu_seconds() - broker) / left * 1e6}
        profiler.finish(left)
    finally:
        run.started.stop(procs)
    return {"tree": tree, "label": label, "matches": left, "seconds": round(done - started, 2),
            "rate": round(left / (done - started)), **{k: round(v, 1) for k, v in figures.items()},
            "load": f"{load:.1f}-{os.getloadavg()[0]:.1f}"}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.alternate", description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", metavar="NAME=TREE")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--matches", type=int, default=30_000)
    parser.add_argument("--profile", type=Path, metavar="DIR")
    args = parser.parse_args()
    trees = [(name, Path(root).resolve()) for name, _, root in (t.partition("=") for t in args.trees)]
    results: list[dict] = []

    async def phases(run: e2e.Run, report, labels) -> None:
        pipeline = [run.service(name, f"services.{name}") for name in ("ingest", "matcher", "alerts")]
        procs = await e2e.start_services(run, pipeline, "pipeline")
        await e2e.sustained(run, label="warm-up", records=1000)
        run.started.stop(procs)
        templates = await e2e.match_templates(run)
        for i in range(1, args.rounds + 1):
            for name, root in trees:
                matches = e2e.fresh_matches(templates, args.matches, f"{run.run_id}{name}{i}")
                results.append(await one_run(run, name, root, matches, f"{name}-{i}"))
                print(json.dumps(results[-1]), flush=True)

    e2e.phases = phases  # bench.e2e's set-up and clean-up around these phases
    e2e_args = argparse.Namespace(quick=False, repeats=1, listings=args.matches, seconds=30.0, rate=50.0,
                                  half_rate=None, warmup=1000, http_concurrency=4, json=None, markdown=None,
                                  phases=["alerts"], profile=args.profile, quiet_s=5.0)
    asyncio.run(e2e.cancellable(e2e.run_all(e2e_args, Console(width=200))))
    for name, _ in trees:
        mine = [r for r in results if r["tree"] == name]
        if mine:
            print(f"{name}: median {statistics.median(r['rate'] for r in mine):,.0f} matches/s, "
                  f"{statistics.median(r['cpu_us'] for r in mine):.1f} CPU µs a match, "
                  f"broker {statistics.median(r['broker_us'] for r in mine):.1f}")


if __name__ == "__main__":
    main()
