"""`brandsentry status`: the operators' figures in the terminal, the same ones the ops dashboard shows.

It asks the ops service (`/api/summary`, computed by `brandsentry.ops_status.summarize`). When
the ops service is not running, it computes them itself with the same function: two scrapes
of the services' /metrics, `--interval` seconds apart, plus the consumer lag read from the cluster.
"""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import typer
from rich.console import Console, Group
from rich.table import Table


def _rate(v: float | None) -> str:
    return "—" if v is None else f"{v:,.2f}"


def _seconds(s: float | None) -> str:
    if s is None:
        return "—"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def render(summary: dict, *, source: str) -> Group:
    """Rich tables of one summary (see brandsentry.ops_status.summarize)."""
    window = f"rates over the last {summary['window_s']:.0f} s" if summary.get("window_s") else "no rates yet (one snapshot)"
    head = Table(title=f"BrandSentry status — {summary['generated_at']} — {window} — {source}", title_justify="left")
    for col in ("service", "throughput", "per second", "total", "state"):
        head.add_column(col, justify="right" if col in ("per second", "total") else "left")
    state = {t["name"].split("-")[0]: t for t in summary["targets"]}
    for row in summary["throughput"]:
        t = state.get(row["service"])
        shown = "—" if t is None else ("[green]up[/]" if t["up"] else f"[red]down[/] {t['error']}")
        head.add_row(row["service"], row["what"], _rate(row["per_s"]), f"{row['total']:,}", shown)
    for t in summary["targets"]:
        if t["name"].split("-")[0] not in {r["service"] for r in summary["throughput"]}:
            head.add_row(t["name"], "", "", "", "[green]up[/]" if t["up"] else f"[red]down[/] {t['error']}")

    lat = summary["latency"]
    figures = Table(title="pipeline", title_justify="left")
    figures.add_column("figure")
    figures.add_column("value", justify="right")
    scope = "last window" if lat["scope"] == "window" else "since start"
    figures.add_row(f"end-to-end p50 ({scope})", _seconds(lat["p50_s"]))
    figures.add_row(f"end-to-end p99 ({scope})", _seconds(lat["p99_s"]))
    figures.add_row("alerts measured", f"{lat['observations']:,}")
    figures.add_row("consumer lag (records)", f"{summary['lag']['total']:,}")
    figures.add_row("dead letters", f"{summary['dead_letters']['total']:,} ({_rate(summary['dead_letters']['per_s'])}/s)")
    idx = summary["index"]
    figures.add_row("fingerprint index version", "—" if idx["version"] is None else f"{idx['version']:,}")
    for w in summary["webhooks"]:
        figures.add_row(w["metric"].removeprefix("brandsentry_webhook_").removesuffix("_total"), f"{w['total']:,}")
    rescans = summary["rescans"]
    figures.add_row("rescans running", f"{rescans['running']:,}")
    figures.add_row("listings read by rescans", f"{rescans['listings_total']:,} ({_rate(rescans['listings_per_s'])}/s)")

    lag = Table(title="consumer lag", title_justify="left")
    for col in ("group", "topic", "partition", "lag"):
        lag.add_column(col, justify="right" if col in ("partition", "lag") else "left")
    for r in summary["lag"]["partitions"]:
        lag.add_row(r["group"], r["topic"], str(r["partition"]), f"{r['lag']:,}")

    iwg = Table(title="alerts per working group", title_justify="left")
    for col in ("working group", "alerts", "per second", "by severity"):
        iwg.add_column(col, justify="right" if col in ("alerts", "per second") else "left")
    for r in summary["alerts_by_iwg"]:
        iwg.add_row(r["iwg"], f"{r['total']:,}", _rate(r["per_s"]), ", ".join(f"{k} {v}" for k, v in r["by_severity"].items()))

    dead = Table(title="dead letters", title_justify="left")
    for col in ("topic", "stage", "reason", "records"):
        dead.add_column(col, justify="right" if col == "records" else "left")
    for r in summary["dead_letters"]["by"]:
        dead.add_row(r["topic"], r["stage"], r["reason"], f"{r['total']:,}")
    return Group(head, figures, lag, iwg, dead)


async def _from_ops(url: str, key: str | None) -> dict | None:
    try:
        async with httpx.AsyncClient(timeout=3, headers={"X-API-Key": key} if key else {}) as http:
            answer = await http.get(f"{url.rstrip('/')}/api/summary")
            answer.raise_for_status()
            return answer.json().get("summary")
    except (httpx.HTTPError, ValueError):
        return None


async def collect_directly(targets: dict[str, str], *, interval_s: float, group_prefix: str) -> dict:
    """Two scrapes `interval_s` apart and the lag from the cluster, summarised as the ops service does."""
    from brandsentry.ops_status import lag_series, snapshot, summarize
    from brandsentry.settings import KafkaSettings
    from services.ops.lag import LagCollector
    from services.ops.scrape import scrape_targets

    lag = LagCollector(KafkaSettings(), group_prefix=group_prefix)
    try:
        try:
            rows = await asyncio.wait_for(lag.collect_once(), 10)
        except Exception:
            rows = []
        async with httpx.AsyncClient(timeout=2) as http:
            texts, errors = await scrape_targets(http, targets)
            first = snapshot(texts, at=time.time(), errors=errors, extra=lag_series(rows))
            await asyncio.sleep(interval_s)
            texts, errors = await scrape_targets(http, targets)
            second = snapshot(texts, at=time.time(), errors=errors, extra=lag_series(rows))
        return summarize(second, first)
    finally:
        await lag.close()


def status(
    ops_url: str = typer.Option("http://127.0.0.1:8085", envvar="BRANDSENTRY_OPS_URL", help="the ops service"),
    interval: float = typer.Option(3.0, min=0.5, help="seconds between the two scrapes when computing directly"),
    direct: bool = typer.Option(False, "--direct", help="scrape the services directly even when the ops service runs"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
    key: str = typer.Option(None, envvar="BRANDSENTRY_API_KEY", help="an operator API key for the ops service"),
) -> None:
    """Throughput per service, consumer lag, end-to-end p50/p99, dead letters, alerts per working group."""
    from services.ops.settings import OpsSettings

    settings = OpsSettings()
    summary = None if direct else asyncio.run(_from_ops(ops_url, key))
    source = f"from the ops service at {ops_url}"
    if summary is None:
        summary = asyncio.run(collect_directly(settings.target_urls(), interval_s=interval,
                                               group_prefix=settings.watched_group_prefix))
        source = "scraped directly"
    if as_json:
        typer.echo(json.dumps(summary, indent=2))
    else:
        Console(width=140).print(render(summary, source=source))
    if not all(t["up"] for t in summary["targets"]):
        raise typer.Exit(1)
