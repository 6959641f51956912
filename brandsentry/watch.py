"""Show alerts live in the terminal as they arrive on the working-group topics."""

from __future__ import annotations

import asyncio
from collections import deque
from contextlib import AbstractContextManager, nullcontext

from aiokafka import AIOKafkaConsumer

from brandsentry.kafka import client_kwargs
from brandsentry.settings import KafkaSettings
from rich.console import Console, Group
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

    def evidence(self, alert: Alert) -> str:
        """The rules that counted and what they saw, e.g. `exact:BOSE, cue:1:1, price`."""
        return ", ".join(dict.fromkeys(f"{s.rule.value}:{s.text or s.term or ''}".rstrip(":")
                                       for s in alert.match.signals if s.weight > 0))

    def refresh(self) -> None:
        """Nothing to redraw (the live table redraws through rich's Live)."""

    def __rich__(self) -> Group:
        table = Table(title=f"BrandSentry — live alerts ({self.total})", expand=True, title_justify="left")
        for col, kw in [("seen", {"width": 8}), ("severity", {"width": 8}), ("brand", {"width": 14}),
                        ("working group", {"width": 20}), ("score", {"width": 5, "justify": "right"}),
                        ("listing", {"ratio": 3, "overflow": "ellipsis", "no_wrap": True}),
                        ("evidence", {"ratio": 2, "overflow": "ellipsis", "no_wrap": True})]:
            table.add_column(col, **kw)
        for a in self.alerts:
            rules = self.evidence(a)
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


def alert_line(alert: Alert, evidence: str) -> str:
    """One alert as one plain line (no colour, no table), for a pipe, a file or a log collector:
    `HH:MM:SS UTC alert <severity> brand=<name> iwg=<group> score=<0.00> [<marketplace>] <title> | <evidence>`."""
    title = " ".join(alert.match.listing.title.split())  # a title's own line breaks would split the line
    return (f"{alert.created_at:%H:%M:%S} UTC alert {alert.severity.value} brand={alert.match.brand_name} "
            f"iwg={alert.iwg} score={alert.match.score:.2f} [{alert.match.listing.marketplace}] {title} | {evidence}")


class AlertLog(AlertBoard):
    """The board for an output that is not a terminal: every alert is written as it arrives, one `alert_line`
    each, and flushed at once (a pipe is block-buffered), instead of a live table redrawn in place."""

    def __init__(self, console: Console) -> None:
        super().__init__()
        self.console = console

    def add(self, alert: Alert) -> None:
        super().add(alert)
        self.console.print(alert_line(alert, self.evidence(alert)), markup=False, highlight=False, soft_wrap=True)
        self.console.file.flush()


def alert_view(console: Console) -> tuple[AlertBoard, AbstractContextManager]:
    """The live table on a terminal; one plain line per alert otherwise (`make run > demo.log`, a log collector).
    Returns the board to add alerts to and the context whose value `watch` refreshes."""
    if console.is_terminal:
        board = AlertBoard()
        return board, live_board(board)
    log = AlertLog(console)
    return log, nullcontext(log)


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


async def watch(consumer: AIOKafkaConsumer, board: AlertBoard, live: Live | AlertBoard) -> None:
    while True:
        batches = await consumer.getmany(timeout_ms=500)
        for records in batches.values():
            for record in records:
                board.add(Alert.model_validate_json(record.value))
        live.refresh()


def live_board(board: AlertBoard) -> Live:
    return Live(board, refresh_per_second=4, screen=False, auto_refresh=False)
