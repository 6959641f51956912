"""What one process of a test run makes for the others (`make test` runs two pytest-xdist workers).

tests/conftest.py makes a directory for the run (its controller, before the workers start: they inherit
BRANDSENTRY_TEST_SHARED_DIR) and removes it after. `shared(name, make)` makes a value once a run: the first process
to ask makes it and leaves it pickled there, the others wait for it and read it; `shared_each(names, make)` makes
several so, each process asking at once taking the names nobody is making (the adversary's scores, in parts).
Without the directory (a run with no workers, `python -m tests.eval`) every process makes its own.
Nothing is kept from one run to the next.
"""

from __future__ import annotations

import fcntl
import gc
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

SHARED_DIR = "BRANDSENTRY_TEST_SHARED_DIR"
ADVERSARY_PARTS = "adversary-part-"  # xdist groups of the adversary's floor tests (tests/eval/adversary/report.py)
T = TypeVar("T")


def shared(name: str, make: Callable[[], T]) -> T:
    """`make()` once a test run (see the module). A lock file a name is held while it is made: `make` may ask for
    another name's value, never for one that asks for its own (no process then waits for itself)."""
    root = _root()
    if root is None:
        return make()
    with open(root / f"{name}.lock", "a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return _read_or_make(root / f"{name}.pickle", make)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _root() -> Path | None:
    root = os.environ.get(SHARED_DIR)
    return Path(root) if root and Path(root).is_dir() else None


def shared_each(names: Sequence[str], make: Callable[[str], T]) -> dict[str, T]:
    """`{name: make(name)}`, each made once a test run as `shared` makes it, the work split among the processes that
    ask at once: a process first makes (or reads) every name whose lock it gets without waiting, in the order given,
    then waits for the names others were making and reads them. Asked in opposite orders, two processes meet in the
    middle; a process that died while making a name leaves it to the next to ask."""
    root = _root()
    if root is None:
        return {name: make(name) for name in names}
    out: dict[str, T] = {}
    busy: list[str] = []
    for name in names:
        with open(root / f"{name}.lock", "a+") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                busy.append(name)
                continue
            try:
                out[name] = _read_or_make(root / f"{name}.pickle", lambda: make(name))
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
    for name in busy:
        out[name] = shared(name, lambda name=name: make(name))
    return {name: out[name] for name in names}


def _read_or_make(path: Path, make: Callable[[], T]) -> T:
    if path.exists():
        return pickle.loads(path.read_bytes())
    value = make()
    part = path.with_suffix(f".{os.getpid()}.part")  # written whole before any reader sees it
    part.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    part.replace(path)
    return value


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic collector off while a large value is made or read (the adversary's set: ~278,000 listings, a few
    million objects that all live on): each collection it would run meanwhile walks every object made so far. With the
    collector on and off (CPU s, 2026-12-05, issue 16): the set read back from its pickle 8.0 and 2.3 (15 in a process
    holding another large heap), pickled 8.0 and 5.0, a small draw 27.4 and 22.0, the whole set generated 45.9 and 37.7
    (with unwhole.py's word list folded once). Objects freed by their count are freed as ever; a cycle waits for the
    next collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
