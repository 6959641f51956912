"""What a test run makes ahead of its tests (tests/shared.py `ahead`, started by tests/conftest.py at nice 19 when
the run collected tests that read the adversary's set): the generated set, then its scores chunk by chunk
(report.chunk_scores: part by part in the order the floor tests come, each part's chunks from the first up; the tests
take chunks from the last down). The tests make whatever this has not made when they ask, so it changes no figure
and no assertion, only who spends the CPU and when: while the fault and integration tests wait on their services,
their idle CPU. Its output: ahead.log in the run's directory.

    python -m tests.eval.adversary.ahead [--scores] [--seed 9]
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from pathlib import Path

from tests.shared import SHARED_DIR


def _watch(root: Path, parent: int) -> None:
    """End this process once its run is over: its directory removed, or the worker that started it gone (a run
    stopped by a signal, whose controller never reached its unconfigure)."""
    while root.is_dir() and os.getppid() == parent:
        time.sleep(2)
    os._exit(0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scores", action="store_true", help="score the set too, not only generate it")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    if os.environ.get(SHARED_DIR):
        threading.Thread(target=_watch, args=(Path(os.environ[SHARED_DIR]), os.getppid()), daemon=True).start()
    started = time.process_time()
    from tests.eval.adversary.generate import EVASIONS, TRAPS, is_stretch
    from tests.eval.adversary.report import CHUNKS, SHARDS, adversary_cases, chunk_scores, shard_of

    cases = adversary_cases(args.seed)
    print(f"ahead: adversary set of seed {args.seed}: {len(cases)} listings, {time.process_time() - started:.1f} CPU s",
          flush=True)
    if args.scores:
        # part by part in the order the floor tests come (their classes sorted), each part's chunks from the first up
        for shard in dict.fromkeys(shard_of(k) for k in sorted({*EVASIONS, *TRAPS}) if not is_stretch(k)):
            chunk_scores(args.seed, [c for c in range(CHUNKS) if c % SHARDS == shard], ascending=True)
        chunk_scores(args.seed, ascending=True)
        print(f"ahead: scored, {time.process_time() - started:.1f} CPU s", flush=True)


if __name__ == "__main__":
    main()
