"""What one process of a test run makes for the others (`make test` runs two pytest-xdist workers).

tests/conftest.py makes a directory for the run (its controller, before the workers start: they inherit
BRANDSENTRY_TEST_SHARED_DIR) and removes it after. `shared(name, make)` makes a value once a run: the first process
to ask makes it and leaves it pickled there, the others wait for it and read it. Without the directory (a run with
no workers, `python -m tests.eval`) every process makes its own. Nothing is kept from one run to the next.
"""

from __future__ import annotations

import fcntl
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

SHARED_DIR = "BRANDSENTRY_TEST_SHARED_DIR"
ADVERSARY_PARTS = "adversary-part-"  # xdist groups of the adversary's floor tests (tests/eval/adversary/report.py)
T = TypeVar("T")


def shared(name: str, make: Callable[[], T]) -> T:
    """`make()` once a test run (see the module). A lock file a name is held while it is made: `make` may ask for
    another name's value, never for one that asks for its own (no process then waits for itself)."""
    root = os.environ.get(SHARED_DIR)
    if not root or not Path(root).is_dir():
        return make()
    path = Path(root) / f"{name}.pickle"
    with open(Path(root) / f"{name}.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if path.exists():
                return pickle.loads(path.read_bytes())
            value = make()
            part = path.with_suffix(".part")
            part.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            part.replace(path)
            return value
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
