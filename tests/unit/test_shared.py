"""tests/shared.py: a value made once a test run by the first process to ask, read by the others; several shared
by the processes asking at once."""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from pathlib import Path

import pytest

from tests.shared import SHARED_DIR, gc_paused, shared, shared_each


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


def test_the_collector_is_off_while_paused_and_as_it_was_after():
    assert gc.isenabled()
    with pytest.raises(KeyError), gc_paused():
        assert not gc.isenabled()
        raise KeyError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller's own pause is not ended by an inner one
    finally:
        gc.enable()
