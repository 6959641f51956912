"""`brandsentry rescan`: start a brand's rescan on the portal and follow it with a progress bar."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def _since(text: str) -> datetime:
    """ISO 8601 (a zone is required), or a duration back from now: 90m, 36h, 7d."""
    units = {"m": "minutes", "h": "hours", "d": "days"}
    if text[-1:] in units and text[:-1].replace(".", "", 1).isdigit():
        return datetime.now(timezone.utc) - timedelta(**{units[text[-1]]: float(text[:-1])})
    at = datetime.fromisoformat(text)
    if at.tzinfo is None:
        raise typer.BadParameter("give a time zone (2026-11-23T00:00:00Z) or a duration (7d, 36h)")
    return at


def rescan(
    brand: str = typer.Option(..., help="the brand whose fingerprints match"),
    since: str = typer.Option("7d", help="ISO 8601 time with zone, or a duration back from now (90m, 36h, 7d)"),
    dry_run: bool = typer.Option(True, "--dry-run/--raise", help="count what it would raise (default) or raise alerts"),
    portal: str = typer.Option("http://127.0.0.1:8084", envvar="BRANDSENTRY_PORTAL_URL", help="the portal's address"),
    key_file: Path | None = typer.Option(None, exists=True, dir_okay=False,
                                         help="file holding the brand's (or an operator's) API key; "
                                              "else BRANDSENTRY_API_KEY"),
) -> None:
    """Match the listings Kafka still holds since SINCE again with BRAND's fingerprints (portal: POST
    /v1/brands/{brand}/rescans), with a progress bar; prints the result as JSON."""
    token = key_file.read_text().strip() if key_file else os.environ.get("BRANDSENTRY_API_KEY", "")
    if not token:
        raise typer.BadParameter("an API key: --key-file or BRANDSENTRY_API_KEY")
    err = Console(stderr=True)
    with httpx.Client(base_url=portal, headers={"X-API-Key": token}, timeout=30) as http:
        started = http.post(f"/v1/brands/{brand}/rescans", json={"since": _since(since).isoformat(), "dry_run": dry_run})
        if started.status_code != 202:
            err.print(f"[red]rescan refused ({started.status_code}): {started.text}")
            raise typer.Exit(1)
        status = started.json()
        columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[matches]} matches"), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task(f"rescan {brand}" + (" (dry run)" if dry_run else ""), total=None, matches=0)
            while True:
                status = http.get(f"/v1/brands/{brand}/rescans/{status['id']}").json()
                progress.update(task, total=status["listings_total"] or None, completed=status["listings_read"],
                                matches=status["matches"])
                if status["state"] != "running":
                    break
                time.sleep(0.5)
    typer.echo(json.dumps(status, indent=2))
    if status["state"] != "done":
        err.print(f"[red]rescan {status['state']}: {status.get('error')}")
        raise typer.Exit(1)
