"""tests/shared.py: a value made once a test run by the first process to ask, read by the others; several shared
by the processes asking at once; the process started ahead of the tests."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

from tests.shared import AHEAD_PID, SHARED_DIR, ahead, shared, shared_each, stop_ahead


def _make_slowly(log: str) -> dict:
    with open(log, "a") as f:
        f.write("made\n")
    time.sleep(0.5)  # long enough for the other process to ask meanwhile
    return {"cases": list(range(5))}


def _ask(log: str, out: str) -> None:
    value = shared("thing", lambda: _make_slowly(log))
    Path(out).write_text(repr(value))


def test_one_process_makes_it_and_the_others_read_it(tmp_path, monkeypatch):
    monkeypatch.setenv(SHARED_DIR, str(tmp_path))
    log = tmp_path / "log"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_ask, args=(str(log), str(tmp_path / f"out{n}"))) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    assert log.read_text() == "made\n"
    assert {(tmp_path / f"out{n}").read_text() for n in range(3)} == {repr({"cases": [0, 1, 2, 3, 4]})}
    assert shared("thing", lambda: 1 / 0) == {"cases": [0, 1, 2, 3, 4]}  # read, not made again


def test_without_the_run_directory_every_call_makes_its_own(tmp_path, monkeypatch):
    monkeypatch.delenv(SHARED_DIR, raising=False)
    made = []
    assert shared("thing", lambda: made.append(1) or "a") == "a"
    assert shared("thing", lambda: made.append(1) or "b") == "b"
    assert made == [1, 1]
    monkeypatch.setenv(SHARED_DIR, str(tmp_path / "gone"))  # a directory removed after its run: made here too
    assert shared("thing", lambda: "c") == "c"


def _ask_each(log: str, out: str, reverse: bool) -> None:
    names = [f"part{n}" for n in range(6)]
    value = shared_each(names[::-1] if reverse else names, lambda name: _make_part(log, name))
    Path(out).write_text(repr(sorted(value.items())))


def _make_part(log: str, name: str) -> str:
    with open(log, "a") as f:
        f.write(f"{name} {os.getpid()}\n")
    time.sleep(0.3)
    return name.upper()


def test_each_name_is_made_once_and_the_processes_asking_at_once_share_the_work(tmp_path, monkeypatch):
    monkeypatch.setenv(SHARED_DIR, str(tmp_path))
    log = tmp_path / "log"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_ask_each, args=(str(log), str(tmp_path / f"out{n}"), n % 2 == 1)) for n in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    made = [line.split() for line in log.read_text().splitlines()]
    assert sorted(name for name, _ in made) == [f"part{n}" for n in range(6)]  # each once
    assert len({pid for _, pid in made}) == 2  # by both processes
    expected = repr(sorted((f"part{n}", f"PART{n}") for n in range(6)))
    assert {(tmp_path / f"out{n}").read_text() for n in range(2)} == {expected}
    assert shared_each(["part1", "part0"], lambda name: 1 / 0) == {"part1": "PART1", "part0": "PART0"}


def test_shared_each_without_the_run_directory_makes_every_name(monkeypatch):
    monkeypatch.delenv(SHARED_DIR, raising=False)
    assert shared_each(["a", "b"], str.upper) == {"a": "A", "b": "B"}


def test_the_process_ahead_starts_once_a_run_at_the_lowest_priority_and_stops_with_the_run(tmp_path, monkeypatch):
    monkeypatch.setenv(SHARED_DIR, str(tmp_path))
    assert ahead("tests.unit.shared_ahead_stub", "nice", str(tmp_path / "made"))
    assert not ahead("tests.unit.shared_ahead_stub", "nice", str(tmp_path / "made"))  # once a run
    pid = int((tmp_path / AHEAD_PID).read_text().split()[0])
    deadline = time.monotonic() + 60
    while not (tmp_path / "made").exists():
        assert time.monotonic() < deadline, (tmp_path / "ahead.log").read_text()
        time.sleep(0.05)
    assert (tmp_path / "made").read_text() == "19"  # its niceness
    # in this process's session: a session of its own would be a scheduling group of its own (autogroup), whose
    # share of the CPU no nice value lowers
    assert os.getsid(pid) == os.getsid(0)
    stop_ahead(tmp_path)
    deadline = time.monotonic() + 30
    while Path(f"/proc/{pid}/cmdline").exists() and Path(f"/proc/{pid}/cmdline").read_bytes():
        assert time.monotonic() < deadline, "the process ahead was not stopped"
        time.sleep(0.05)
    monkeypatch.delenv(SHARED_DIR)
    assert not ahead("tests.unit.shared_ahead_stub", "nice", str(tmp_path / "made"))  # no run directory: nothing starts


def test_a_test_waiting_on_the_process_ahead_raises_its_priority_to_its_own(tmp_path, monkeypatch):
    """The process ahead at nice 19 holds a lock a test asks for: the test raises it to the test's priority (as root,
    or with CAP_SYS_NICE) and reads what it made; where it may not, the test makes the value itself."""
    monkeypatch.setenv(SHARED_DIR, str(tmp_path))
    assert ahead("tests.unit.shared_ahead_stub", "hold", "thing")
    deadline = time.monotonic() + 60
    while not (tmp_path / "holding").exists():
        assert time.monotonic() < deadline, (tmp_path / "ahead.log").read_text()
        time.sleep(0.05)
    pid = int((tmp_path / AHEAD_PID).read_text().split()[0])
    try:
        os.setpriority(os.PRIO_PROCESS, pid, 19)  # may we raise it back? (only then is it hurried)
        os.setpriority(os.PRIO_PROCESS, pid, 0)
        os.setpriority(os.PRIO_PROCESS, pid, 19)
        may = True
    except PermissionError:
        may = False
    assert shared("thing", lambda: "made here") == ("made ahead" if may else "made here")
