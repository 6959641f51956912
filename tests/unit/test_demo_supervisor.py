"""`make run` starts a service that died again, after a backoff, and says so."""

import time

from rich.console import Console

from brandsentry.demo import Backoff, Processes, Service


def test_backoff_doubles_to_its_cap_and_starts_over_after_a_healthy_run():
    b = Backoff(first_s=1, max_s=8, healthy_s=60)
    assert [b.died(started_at=0, now=t) - t for t in (1, 2, 3, 4, 5)] == [1, 2, 4, 8, 8]
    assert b.died(started_at=100, now=200) == 201  # it ran 100 s: back to the first delay
    assert b.restarts == 6


def test_a_dead_child_is_started_again_and_the_restart_is_logged(tmp_path):
    procs = Processes(tmp_path, Console(file=open(tmp_path / "console.txt", "w")))
    procs._backoff["zen"] = Backoff(first_s=0.01)
    procs.start(Service("zen", "this", ready_url=""))  # `python -m this` prints and exits 0
    first = procs.running[0][1]
    deadline = time.monotonic() + 60
    while procs.running[0][1] is first or procs._backoff["zen"].restarts < 1:
        assert time.monotonic() < deadline, "the dead child was not started again"
        procs.supervise()
        time.sleep(0.05)
    assert "zen exited with 0; restarting in 0.01 s (restart 1" in (tmp_path / "supervisor.log").read_text()
    procs.stop(Console(file=open(tmp_path / "stop.txt", "w")))


def test_service_logs_are_the_owners_only_even_when_made_before(tmp_path):
    """Red team 2026-12-01, finding 5: `make run`'s logs were 0644 in a 0755 directory (who alerted whom)."""
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    (logs / "old.log").write_text("made before\n")
    (logs / "old.log").chmod(0o644)
    procs = Processes(logs, Console(file=open(tmp_path / "console.txt", "w")))
    procs._backoff["zen"] = Backoff(first_s=0.01)
    procs.start(Service("zen", "this", ready_url=""))
    procs.start(Service("old", "this", ready_url=""))
    procs.running[0][1].wait(30)
    procs.supervise()  # writes supervisor.log
    procs.stop(Console(file=open(tmp_path / "stop.txt", "w")))
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in logs.iterdir()}
    assert modes == {"zen.log": "0o600", "old.log": "0o600", "supervisor.log": "0o600"}
    assert oct(logs.stat().st_mode & 0o777) == "0o700"
    assert "made before" in (logs / "old.log").read_text() and "Zen of Python" in (logs / "zen.log").read_text()
