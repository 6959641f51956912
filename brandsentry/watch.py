"""Show alerts live in the terminal as they arrive on the working-group topics."""

from __future__ import annotations

import asyncio
from collections import deque

from aiokafka import AIOKafkaConsumer

from brandsentry.kafka import client_kwargs
from brandsentry.settings import KafkaSettings
from rich.console import Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from schemas import Alert

SEVERITY_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "dim"}


class AlertBoard:
    """The newest alerts and the running totals, as a rich renderable."""

    def __init__(self, rows: int = 18) -> None:
        self.alerts: deque[Alert] = deque(maxlen=rows)
        self.total = 0
        self.by_iwg: dict[str, int] = {}
        self.status_line = ""

    def add(self, alert: Alert) -> None:
        self.alerts.appendleft(alert)
        self.total += 1
        self.by_iwg[alert.iwg] = self.by_iwg.get(alert.iwg, 0) + 1

    def __rich__(self) -> Group:
        table = Table(title=f"BrandSentry — live alerts ({self.total})", expand=True, title_justify="left")
        for col, kw in [("seen", {"width": 8}), ("severity", {"width": 8}), ("brand", {"width": 14}),
                        ("working group", {"width": 20}), ("score", {"width": 5, "justify": "right"}),
                        ("listing", {"ratio": 3, "overflow": "ellipsis", "no_wrap": True}),
                        ("evidence", {"ratio": 2, "overflow": "ellipsis", "no_wrap": True})]:
            table.add_column(col, **kw)
        for a in self.alerts:
            rules = ", ".join(dict.fromkeys(f"{s.rule.value}:{s.text or s.term or ''}".rstrip(":") for s in a.match.signals if s.weight > 0))
            table.add_row(
                a.created_at.strftime("%H:%M:%S"),
                Text(a.severity.value, style=SEVERITY_STYLE[a.severity.value]),
                a.match.brand_name,
                a.iwg,
                f"{a.match.score:.2f}",
                f"[{a.match.listing.marketplace}] {a.match.listing.title}",
                rules,
            )
        iwgs = "  ".join(f"{k}: {v}" for k, v in sorted(self.by_iwg.items(), key=lambda kv: -kv[1]))
        return Group(table, Text(iwgs, style="cyan"), Text(self.status_line, style="dim"))


async def alert_consumer(kafka: KafkaSettings, topics: list[str]) -> AIOKafkaConsumer:
    """A consumer positioned at the end of the given alert topics, so it shows only what arrives from now on."""
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=kafka.bootstrap_servers, group_id=None,
                                auto_offset_reset="latest", isolation_level="read_committed", **client_kwargs(kafka))
    await consumer.start()
    while not consumer.assignment():
        await asyncio.sleep(0.1)
    for tp in consumer.assignment():
        await consumer.position(tp)  # resolve "latest" now, before anything is produced
    return consumer


async def watch(consumer: AIOKafkaConsumer, board: AlertBoard, live: Live) -> None:
    while True:
        batches = await consumer.getmany(timeout_ms=500)
        for records in batches.values():
            for record in records:
                board.add(Alert.model_validate_json(record.value))
        live.refresh()


def live_board(board: AlertBoard) -> Live:
    return Live(board, refresh_per_second=4, screen=False, auto_refresh=False)
