"""`brandsentry demo` (what `make run` runs): the whole system on the demo feed, alerts live in the terminal.

Loads the demo registry onto the fingerprints topic, starts every service as a child
process (logs in .local/logs/), streams the demo feed into ingest over HTTP and shows
each alert as it arrives. Ctrl-C stops every process it started.
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from rich.console import Console

from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import KafkaSettings, Topics
from brandsentry.watch import AlertBoard, alert_consumer, live_board, watch

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "deploy" / "seed"


@dataclass
class Service:
    name: str
    module: str
    ready_url: str
    env: dict[str, str] = field(default_factory=dict)


def services() -> list[Service]:
    """The processes `make run` starts, with the address where each says it is ready."""
    return [
        Service("ingest", "services.ingest", "http://127.0.0.1:8081/readyz"),
        Service("matcher", "services.matcher", "http://127.0.0.1:8082/readyz"),
        Service("alerts", "services.alerts", "http://127.0.0.1:8083/readyz"),
        Service("ops", "services.ops", "http://127.0.0.1:8085/readyz"),
        Service("portal", "services.portal", "http://127.0.0.1:8084/readyz"),
    ]


def _die_with_parent() -> None:
    """Runs in the child before exec: Linux sends it SIGTERM when `brandsentry demo` dies, however it dies."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class Processes:
    """Child processes in their own sessions, so Ctrl-C reaches only us and we stop them in order."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.running: list[tuple[Service, subprocess.Popen]] = []

    def start(self, service: Service) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{service.name}.log", "ab")
        proc = subprocess.Popen(
            [sys.executable, "-m", service.module],
            cwd=ROOT, env={**os.environ, **service.env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        self.running.append((service, proc))

    def check(self) -> None:
        for service, proc in self.running:
            if proc.poll() is not None:
                raise RuntimeError(f"{service.name} exited with {proc.returncode}; see {self.log_dir / service.name}.log")

    def stop(self, console: Console) -> None:
        for service, proc in reversed(self.running):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for service, proc in reversed(self.running):
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            console.print(f"[dim]stopped {service.name} (exit {proc.returncode})[/]")
        self.running.clear()


async def wait_ready(procs: Processes, todo: list[Service], console: Console, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    async with httpx.AsyncClient(timeout=2) as http:
        pending = list(todo)
        while pending:
            procs.check()
            if time.monotonic() > deadline:
                raise RuntimeError(f"not ready after {timeout_s:.0f}s: {', '.join(s.name for s in pending)}")
            for service in list(pending):
                try:
                    if (await http.get(service.ready_url)).status_code == 200:
                        console.print(f"[green]✓[/] {service.name} ready")
                        pending.remove(service)
                except httpx.HTTPError:
                    pass
            await asyncio.sleep(0.5)


def demo_listings(path: Path, run_id: str) -> list[bytes]:
    """The demo feed as new listings of this run: fresh ids and observation times, so every run alerts anew."""
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            doc["listing_id"] = f"{doc['listing_id']}-{run_id}"
            doc["observed_at"] = now
            out.append(json.dumps(doc, ensure_ascii=False).encode())
        except (ValueError, KeyError, TypeError):
            out.append(line.encode())  # a malformed demo line stays malformed: it shows the dead-letter path
    return out


async def integrator_key(lines: list[bytes]) -> str:
    """An integrator API key for the feed's marketplaces (ingest takes no listing without one)."""
    from schemas.portal import Role
    from services.ingest.app import marketplace_of
    from services.portal.admin import create_key
    from services.portal.settings import PortalSettings

    slug = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
    marketplaces = sorted({m for raw in lines if (m := marketplace_of(raw)) and slug.match(m)} or {"demo"})
    token, _ = await create_key(PortalSettings(), name="demo-feed", role=Role.integrator, marketplaces=marketplaces,
                                created_by="make run")
    return token


async def stream_feed(lines: list[bytes], *, rate: float, board: AlertBoard, token: str) -> None:
    counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
    async with httpx.AsyncClient(base_url="http://127.0.0.1:8081", timeout=10, headers={"X-API-Key": token}) as http:
        for i, raw in enumerate(lines, start=1):
            answer = await http.post("/v1/listings", content=raw, headers={"Content-Type": "application/json"})
            counts[answer.json().get("status", "rejected")] += 1
            board.status_line = (
                f"feed: {i}/{len(lines)} listings sent — {counts['accepted']} accepted, {counts['duplicate']} duplicates, "
                f"{counts['rejected']} rejected (dead-lettered)"
            )
            await asyncio.sleep(1 / rate)
    board.status_line += " — feed done; Ctrl-C to stop"


async def run_demo(*, registry: Path, feed: Path, rate: float, console: Console) -> None:
    kafka, topics = KafkaSettings(), Topics()
    procs = Processes(ROOT / ".local" / "logs")
    try:
        reg = load_registry(registry)
        written = await publish_registry(reg, kafka=kafka, topics=topics)
        console.print(f"[green]✓[/] demo registry loaded: {len(reg.brands)} brands in {len(reg.working_groups)} "
                      f"working groups, {written} records on {topics.fingerprints}")
        for service in services():
            procs.start(service)
        await wait_ready(procs, services(), console)
        consumer = await alert_consumer(kafka, [topics.alerts_iwg(g) for g in reg.working_groups])
        lines = demo_listings(feed, run_id=str(int(time.time())))
        bad = SEED / "bad_listings.ndjson"
        if bad.exists():
            lines += [line.encode() for line in bad.read_text(encoding="utf-8").splitlines() if line.strip()]
        console.print(f"streaming {len(lines)} listings at {rate:g}/s into ingest; logs in {procs.log_dir}")
        board = AlertBoard()
        with live_board(board) as live:
            watcher = asyncio.ensure_future(watch(consumer, board, live))
            try:
                await stream_feed(lines, rate=rate, board=board, token=await integrator_key(lines))
                while True:
                    procs.check()
                    await asyncio.sleep(1)
            finally:
                watcher.cancel()
                await consumer.stop()
    finally:
        procs.stop(console)
