"""The ops service's memory: snapshots of every target's metrics, the summary of the last window, chart history."""

from __future__ import annotations

import asyncio
import time
from collections import deque

import httpx

from brandsentry.ops_status import Snapshot, lag_series, snapshot, summarize
from services.ops.lag import LagCollector
from services.ops.scrape import scrape_targets
from services.ops.settings import OpsSettings


def history_point(summary: dict, at: float) -> dict:
    """One point of the dashboard's charts."""
    tp = {row["service"]: row["per_s"] for row in summary["throughput"]}
    return {
        "t": at,
        "ingest": tp.get("ingest"),
        "matcher": tp.get("matcher"),
        "alerts": tp.get("alerts"),
        "lag": summary["lag"]["total"],
        "p50_s": summary["latency"]["p50_s"] if summary["latency"]["scope"] == "window" else None,
        "p99_s": summary["latency"]["p99_s"] if summary["latency"]["scope"] == "window" else None,
        "dead_letters_per_s": summary["dead_letters"]["per_s"],
    }


class Monitor:
    def __init__(self, settings: OpsSettings, lag: LagCollector) -> None:
        self.settings = settings
        self.targets = settings.target_urls()
        self.lag = lag
        keep = int(settings.history_s / settings.scrape_interval_s) + 2
        self.snapshots: deque[Snapshot] = deque(maxlen=keep)
        self.history: deque[dict] = deque(maxlen=keep)
        self.summary: dict | None = None

    def window_start(self, now: float) -> Snapshot | None:
        """The oldest snapshot still inside the rate window (so rates cover up to rate_window_s)."""
        for snap in self.snapshots:
            if snap.at >= now - self.settings.rate_window_s - 1e-6:
                return snap
        return None

    async def scrape_once(self, client: httpx.AsyncClient) -> dict:
        texts, errors = await scrape_targets(client, self.targets)
        now = time.time()
        current = snapshot(texts, at=now, errors=errors, extra=lag_series(self.lag.rows))
        previous = self.window_start(now)
        summary = summarize(current, previous)
        summary["lag"]["collected_at"] = self.lag.collected_at
        summary["lag"]["error"] = self.lag.problem() or ""  # stale figures say so, not only missing ones
        self.snapshots.append(current)
        self.history.append(history_point(summary, now))
        self.summary = summary
        return summary

    async def run(self, *, log) -> None:
        async with httpx.AsyncClient(timeout=min(2.0, self.settings.scrape_interval_s * 2)) as client:
            while True:
                try:
                    await self.scrape_once(client)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("scrape failed")
                await asyncio.sleep(self.settings.scrape_interval_s)

    def answer(self) -> dict:
        return {"summary": self.summary, "history": list(self.history),
                "rate_window_s": self.settings.rate_window_s, "refresh_s": self.settings.scrape_interval_s}
