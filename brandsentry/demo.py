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
from brandsentry.kafka_admin import provision_services
from brandsentry.logs import open_private_log
from brandsentry.settings import KafkaSettings, Topics, load_admin_env
from brandsentry.watch import AlertBoard, alert_consumer, alert_view, watch

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


def stop_processes(procs: list[subprocess.Popen], timeout_s: float) -> None:
    """Stop child processes the polite way: SIGTERM to each one still running, then up to `timeout_s` seconds
    (for all of them together) to exit, then SIGKILL for any left. Returns when every process has exited."""
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _die_with_parent() -> None:
    """Runs in the child before exec: Linux sends it SIGTERM when `brandsentry demo` dies, however it dies."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Backoff:
    """When to restart a service that died: 1 s after the first death, doubling to `max_s`; a service that
    ran `healthy_s` or longer before dying starts again from 1 s. Pure: times are passed in (monotonic s)."""

    first_s: float = 1.0
    max_s: float = 30.0
    healthy_s: float = 60.0
    delay_s: float = 0.0
    restarts: int = 0

    def died(self, started_at: float, now: float) -> float:
        """Record a death; the time at which to start the service again."""
        self.delay_s = self.first_s if now - started_at >= self.healthy_s or not self.delay_s \
            else min(self.delay_s * 2, self.max_s)
        self.restarts += 1
        return now + self.delay_s


class Processes:
    """Child processes in their own sessions, so Ctrl-C reaches only us and we stop them in order.

    A child that dies is started again after a backoff (`supervise`), and the restart is printed and logged."""

    def __init__(self, log_dir: Path, console: Console | None = None) -> None:
        self.log_dir = log_dir
        self.console = console or Console(stderr=True)
        self.running: list[tuple[Service, subprocess.Popen]] = []
        self._started_at: dict[str, float] = {}
        self._backoff: dict[str, Backoff] = {}
        self._restart_at: dict[str, float] = {}

    def start(self, service: Service) -> None:
        self.running.append((service, self._spawn(service)))

    def _spawn(self, service: Service) -> subprocess.Popen:
        log = open_private_log(self.log_dir / f"{service.name}.log")
        proc = subprocess.Popen(
            [sys.executable, "-m", service.module],
            cwd=ROOT, env={**os.environ, **service.env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        self._started_at[service.name] = time.monotonic()
        return proc

    def supervise(self) -> None:
        """Start again, after its backoff, every service that died."""
        now = time.monotonic()
        for i, (service, proc) in enumerate(self.running):
            if proc.poll() is None:
                continue
            name = service.name
            if name not in self._restart_at:
                backoff = self._backoff.setdefault(name, Backoff())
                self._restart_at[name] = backoff.died(self._started_at[name], now)
                message = (f"{name} exited with {proc.returncode}; restarting in {backoff.delay_s:g} s "
                           f"(restart {backoff.restarts}; log {self.log_dir / name}.log)")
                self.console.print(f"[yellow]![/] {message}")
                with open_private_log(self.log_dir / "supervisor.log") as log:
                    log.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {message}\n".encode())
            elif now >= self._restart_at[name]:
                del self._restart_at[name]
                self.running[i] = (service, self._spawn(service))

    async def supervise_forever(self, every_s: float = 0.5) -> None:
        while True:
            self.supervise()
            await asyncio.sleep(every_s)

    def stop(self, console: Console) -> None:
        stop_processes([proc for _, proc in reversed(self.running)], timeout_s=15)
        for service, proc in reversed(self.running):
            console.print(f"[dim]stopped {service.name} (exit {proc.returncode})[/]")
        self.running.clear()


async def wait_ready(procs: Processes, todo: list[Service], console: Console, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    async with httpx.AsyncClient(timeout=2) as http:
        pending = list(todo)
        while pending:
            procs.supervise()
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


async def console_key(brand_id: str = "bose") -> str:
    """A brand API key for the demo brand, so a newcomer can sign in to the brand console while the feed streams."""
    from schemas.portal import Role
    from services.portal.admin import create_key
    from services.portal.settings import PortalSettings

    token, _ = await create_key(PortalSettings(), name=f"demo-{brand_id}", role=Role.brand, brand_id=brand_id,
                                created_by="make run")
    return token


async def operator_key() -> str:
    """An operator API key for the ops dashboard (/api/summary answers operators only)."""
    from schemas.portal import Role
    from services.portal.admin import create_key
    from services.portal.settings import PortalSettings

    token, _ = await create_key(PortalSettings(), name="demo-operator", role=Role.operator, created_by="make run")
    return token


async def stream_feed(lines: list[bytes], *, rate: float, board: AlertBoard, token: str) -> None:
    counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
    async with httpx.AsyncClient(base_url="http://127.0.0.1:8081", timeout=10, headers={"X-API-Key": token}) as http:
        for i, raw in enumerate(lines, start=1):
            while True:  # ingest restarting (the supervisor brings it back) or not ready: send the line again
                try:
                    answer = await http.post("/v1/listings", content=raw, headers={"Content-Type": "application/json"})
                    if answer.status_code < 500:
                        break
                except httpx.HTTPError:
                    pass
                board.status_line = f"feed: {i}/{len(lines)} — ingest unavailable, retrying"
                await asyncio.sleep(1)
            counts[answer.json().get("status", "rejected")] += 1
            board.status_line = (
                f"feed: {i}/{len(lines)} listings sent — {counts['accepted']} accepted, {counts['duplicate']} duplicates, "
                f"{counts['rejected']} rejected (dead-lettered)"
            )
            await asyncio.sleep(1 / rate)
    board.status_line += " — feed done; Ctrl-C to stop"


async def run_demo(*, registry: Path, feed: Path, rate: float, console: Console) -> None:
    load_admin_env()  # the stack's admin (SASL_SSL): loads the registry, provisions the services' principals
    kafka, topics = KafkaSettings(), Topics()
    procs = Processes(ROOT / ".local" / "logs", console)
    try:
        reg = load_registry(registry)
        written = await publish_registry(reg, kafka=kafka, topics=topics)
        console.print(f"[green]✓[/] demo registry loaded: {len(reg.brands)} brands in {len(reg.working_groups)} "
                      f"working groups, {written} records on {topics.fingerprints}")
        credentials = await provision_services(kafka, topics, [s.name for s in services()] + ["credentials"])
        if "credentials" in credentials:  # the portal's operator API for tenants' Kafka credentials (not on PLAINTEXT)
            admin = credentials.pop("credentials")
            credentials["portal"] |= {"PORTAL_KAFKA_ADMIN_USERNAME": admin["KAFKA_SASL_USERNAME"],
                                      "PORTAL_KAFKA_ADMIN_PASSWORD": admin["KAFKA_SASL_PASSWORD"]}
        for service in services():
            service.env.update(credentials.get(service.name, {}))  # each runs as its own principal
            procs.start(service)
        supervisor = asyncio.ensure_future(procs.supervise_forever())
        await wait_ready(procs, services(), console)
        console.print(f"[bold]brand console:[/] http://127.0.0.1:8084/console — sign in as Bose with the demo key "
                      f"[bold]{await console_key('bose')}[/]")
        console.print(f"[bold]ops dashboard:[/] http://127.0.0.1:8085/#key={await operator_key()}")
        consumer = await alert_consumer(kafka, [topics.alerts_iwg(g) for g in reg.working_groups])
        lines = demo_listings(feed, run_id=str(int(time.time())))
        bad = SEED / "bad_listings.ndjson"
        if bad.exists():
            lines += [line.encode() for line in bad.read_text(encoding="utf-8").splitlines() if line.strip()]
        console.print(f"streaming {len(lines)} listings at {rate:g}/s into ingest; logs in {procs.log_dir}")
        board, view = alert_view(console)  # the live table on a terminal, one plain line per alert otherwise
        with view as live:
            watcher = asyncio.ensure_future(watch(consumer, board, live))
            try:
                await stream_feed(lines, rate=rate, board=board, token=await integrator_key(lines))
                await supervisor
            finally:
                supervisor.cancel()
                watcher.cancel()
                await consumer.stop()
    finally:
        procs.stop(console)
