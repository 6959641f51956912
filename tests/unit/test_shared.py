"""tests/shared.py: a value made once a test run by the first process to ask, read by the others."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from tests.shared import SHARED_DIR, shared


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
