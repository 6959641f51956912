"""The `brandsentry` command."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import typer
from rich.console import Console

app = typer.Typer(no_args_is_help=True, add_completion=False, help="BrandSentry: counterfeit listings, found as they appear.")
registry_app = typer.Typer(no_args_is_help=True, help="The fingerprint registry.")
app.add_typer(registry_app, name="registry")
from brandsentry.portal_cli import alerts_app, keys_app, webhooks_app  # noqa: E402
app.add_typer(keys_app, name="keys")
app.add_typer(alerts_app, name="alerts")
app.add_typer(webhooks_app, name="webhooks")
from brandsentry.kafka_cli import kafka_credentials_app  # noqa: E402
app.add_typer(kafka_credentials_app, name="kafka-credentials")
from brandsentry.k8s_cli import k8s_app  # noqa: E402
app.add_typer(k8s_app, name="k8s")
from brandsentry.rescan_cli import rescan  # noqa: E402
app.command("rescan")(rescan)

SEED = Path(__file__).resolve().parent.parent / "deploy" / "seed"


@app.callback()
def operator() -> None:
    """Every command acts as the operator: the local stack's Kafka admin settings are loaded when the
    environment has none (brandsentry.settings.load_admin_env; KAFKA_* already set win)."""
    from brandsentry.settings import load_admin_env

    load_admin_env()


@app.command()
def demo(
    registry: Path = typer.Option(SEED / "registry.yaml", help="registry file to load"),
    feed: Path = typer.Option(SEED / "feed.ndjson", help="NDJSON listings to stream"),
    rate: float = typer.Option(10.0, help="listings per second"),
) -> None:
    """Run the whole system on the demo feed and show alerts live (what `make run` does)."""
    from brandsentry.demo import run_demo

    console = Console()
    try:
        asyncio.run(run_demo(registry=registry, feed=feed, rate=rate, console=console))
    except KeyboardInterrupt:
        console.print("stopped.")


@app.command()
def replay(file: Path = typer.Argument(..., exists=True, dir_okay=False, help="NDJSON file, one Listing per line")) -> None:
    """Replay an NDJSON file of listings onto the listings topic (invalid lines go to the dead-letter topic)."""
    from brandsentry.replay import replay_file

    counts = asyncio.run(replay_file(file))
    raise typer.Exit(1 if counts["rejected"] else 0)


@app.command()
def backtest(
    registry: Path = typer.Option(..., exists=True, dir_okay=False, help="registry file (format of deploy/seed/registry.yaml)"),
    listings: Path = typer.Option(..., exists=True, dir_okay=False, help="NDJSON file, one Listing per line"),
) -> None:
    """Match past listings offline: one Match JSON per line on stdout, a summary on stderr."""
    from brandsentry.backtest import run_backtest

    raise typer.Exit(run_backtest(registry, listings, out=sys.stdout, err=sys.stderr))


@registry_app.command("load")
def registry_load(file: Path = typer.Argument(..., exists=True, dir_okay=False)) -> None:
    """Publish a registry file onto the fingerprints topic (idempotent: ids are deterministic)."""
    from brandsentry.registry import load_registry
    from brandsentry.seed import publish_registry
    from brandsentry.settings import KafkaSettings, Topics

    reg = load_registry(file)
    written = asyncio.run(publish_registry(reg, kafka=KafkaSettings(), topics=Topics()))
    typer.echo(f"{written} records: {len(reg.working_groups)} working groups, {len(reg.brands)} brands, "
               f"{len(reg.fingerprints)} fingerprints")


@registry_app.command("check")
def registry_check(file: Path = typer.Argument(..., exists=True, dir_okay=False)) -> None:
    """Validate a registry file without publishing it."""
    from brandsentry.registry import load_registry

    try:
        reg = load_registry(file)
    except Exception as exc:
        typer.echo(f"invalid registry: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok: {len(reg.working_groups)} working groups, {len(reg.brands)} brands, {len(reg.fingerprints)} fingerprints")


from brandsentry.ops_cli import status  # noqa: E402
app.command()(status)


if __name__ == "__main__":
    app()
