"""What one process of a test run makes for the others (`make test` runs two pytest-xdist workers).

tests/conftest.py makes a directory for the run (its controller, before the workers start: they inherit
BRANDSENTRY_TEST_SHARED_DIR) and removes it after. `shared(name, make)` makes a value once a run: the first process
to ask makes it and leaves it pickled there, the others wait for it and read it; `shared_each(names, make)` makes
several so, each process asking at once taking the names nobody is making (the adversary's scores, in parts).
`ahead(module)` starts a process of the run's own at the lowest CPU priority (nice 19) that makes such values
before any test asks for them (tests/eval/adversary/ahead.py: while the server tests wait on their services, the
CPU they leave idle scores the adversary's set); the controller stops it at the end of the run. Without the
directory (a run with no workers, `python -m tests.eval`) every process makes its own and nothing starts ahead.
Nothing is kept from one run to the next.
"""

from __future__ import annotations

import fcntl
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

SHARED_DIR = "BRANDSENTRY_TEST_SHARED_DIR"
AHEAD_PID = "ahead.pid"  # in the run's directory: the process ahead() started (stopped by stop_ahead)
ADVERSARY_PARTS = "adversary-part-"  # xdist groups of the adversary's floor tests (tests/eval/adversary/report.py)
T = TypeVar("T")
_STARTED: list[subprocess.Popen] = []  # the process ahead() started here (kept: no ResourceWarning while it runs)


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
            if not _hurry_ahead(root, lock):  # the process ahead holds it, and may not be hurried: make it here too
                return _read_or_make(root / f"{name}.pickle", make)
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
    part = path.with_suffix(f".{os.getpid()}.part")  # a process making it beside the holder of its lock writes its own
    part.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    part.replace(path)
    return value


def _hurry_ahead(root: Path, lock) -> bool:
    """Before a test waits on `lock`: the process ahead, when it holds the lock, to the priority of the tests, since a
    test now waits on what it makes (True); False when this process may not raise its priority (no CAP_SYS_NICE):
    then what it holds is made by the test too, rather than waited for behind every other process of the machine."""
    pid = _ahead_pid(root)
    if pid is None or pid == os.getpid() or _holder(lock) != pid:
        return True
    try:
        if os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, 0):
            os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, 0))
        return True
    except ProcessLookupError:
        return True
    except PermissionError:
        return False


def _holder(lock) -> int | None:
    """The pid holding the flock of the open file `lock` (/proc/locks), if any."""
    inode = os.fstat(lock.fileno()).st_ino
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) > 5 and fields[1] == "FLOCK" and fields[5].rsplit(":", 1)[-1] == str(inode):
            return int(fields[4])
    return None


def _ahead_pid(root: Path) -> int | None:
    """The pid of the run's process ahead while it runs that module (not a zombie, not another process since)."""
    try:
        pid, module = (root / AHEAD_PID).read_text().split()[:2]
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (OSError, ValueError):
        return None
    return int(pid) if module.encode() in cmdline else None


def ahead(module: str, *args: str) -> bool:
    """Start `python -m module args` once a run (the first process to ask starts it; False if another did or there is
    no run directory), at nice 19: it takes only CPU no test wants, and what it has not made when a test asks, the test
    makes (shared, shared_each). Its output goes to ahead.log in the run's directory."""
    root = _root()
    if root is None:
        return False
    try:
        fd = os.open(root / AHEAD_PID, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return False
    with open(root / "ahead.log", "ab") as log:
        # in the run's own session: with the kernel's autogroups (sched_autogroup_enabled) a session of its own
        # would be a scheduling group of its own, as heavy as the whole test run whatever its nice (a first full run
        # of 2d9a2f8 at load 20: the integration tests' pipeline not ready in 90 s while it generated)
        proc = subprocess.Popen([sys.executable, "-m", module, *args], stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, cwd=Path(__file__).resolve().parents[1],
                                preexec_fn=lambda: os.nice(19))
    _STARTED.append(proc)
    os.write(fd, f"{proc.pid}\n{module}\n".encode())
    os.close(fd)
    return True


def stop_ahead(root: Path) -> None:
    """Stop the run's process ahead (its pid in the run's directory, and only while that pid still runs its module)."""
    pid = _ahead_pid(root)
    if pid is not None:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
