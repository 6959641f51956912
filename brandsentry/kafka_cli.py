"""`brandsentry kafka-credentials`: operators create, rotate, revoke and list the Kafka credentials of brands and
working groups, and provision the services' principals. Acts as the Kafka admin principal (KAFKA_* of the
environment, or the local stack's $BRANDSENTRY_LOCAL/secrets/admin.env). A password is printed once, never stored.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import asdict
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from brandsentry.acl import SERVICES
from brandsentry.kafka_admin import KafkaAdmin, KafkaAdminError, TenantAccess, provision_services
from brandsentry.settings import KafkaSettings, Topics, load_admin_env

kafka_credentials_app = typer.Typer(no_args_is_help=True, help="Kafka credentials of brands, working groups and services (operators).")
console = Console()

BRAND = typer.Option(None, "--brand", help="a brand id: reads alerts.brand.<id> only")
IWG = typer.Option(None, "--iwg", help="a working group id: reads alerts.iwg.<id> only")
JSON = typer.Option(False, "--json", help="print JSON instead of a table")


def _settings() -> tuple[KafkaSettings, Topics]:
    load_admin_env()
    kafka = KafkaSettings()
    if not kafka.security_protocol.startswith("SASL"):
        console.print(f"[red]Kafka at {kafka.bootstrap_servers} runs {kafka.security_protocol}: it takes no credentials.[/] "
                      "Start the stack with BRANDSENTRY_KAFKA_SECURITY=SASL_SSL (see docs/security.md).")
        raise typer.Exit(2)
    return kafka, Topics()


def _tenant(brand: str | None, iwg: str | None) -> tuple[str, str]:
    if (brand is None) == (iwg is None):
        console.print("[red]give exactly one of --brand or --iwg[/]")
        raise typer.Exit(2)
    return ("brand", brand) if brand is not None else ("iwg", iwg)


def _show(access: TenantAccess, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(asdict(access), indent=2))
        return
    table = Table(title=f"Kafka credentials of {access.kind} {access.tenant_id} — shown once, store them now",
                  show_header=False)
    for name in ("username", "password", "bootstrap_servers", "security_protocol", "sasl_mechanism", "topic",
                 "group_prefix", "isolation_level"):
        table.add_row(name, str(getattr(access, name)))
    table.add_row("CA certificate", "included with --json" if access.ca_pem else "(the system's CAs)")
    console.print(table)


def _run(coro):
    try:
        return asyncio.run(coro)
    except (KafkaAdminError, ValueError) as exc:
        console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None


@kafka_credentials_app.command("create")
def create(brand: str | None = BRAND, iwg: str | None = IWG, as_json: bool = JSON) -> None:
    """New credentials for a brand or working group (replaces any it had), with its ACLs."""
    kind, tenant_id = _tenant(brand, iwg)
    kafka, topics = _settings()

    async def go() -> TenantAccess:
        async with KafkaAdmin(kafka) as admin:
            return TenantAccess.of(kind, tenant_id, await admin.create_tenant(kind, tenant_id, topics), kafka, topics)

    _show(_run(go()), as_json)


@kafka_credentials_app.command("rotate")
def rotate(brand: str | None = BRAND, iwg: str | None = IWG, as_json: bool = JSON) -> None:
    """A new password for existing credentials; the old one stops working for new connections."""
    kind, tenant_id = _tenant(brand, iwg)
    kafka, topics = _settings()

    async def go() -> TenantAccess:
        async with KafkaAdmin(kafka) as admin:
            return TenantAccess.of(kind, tenant_id, await admin.rotate_tenant(kind, tenant_id, topics), kafka, topics)

    _show(_run(go()), as_json)


@kafka_credentials_app.command("revoke")
def revoke(brand: str | None = BRAND, iwg: str | None = IWG) -> None:
    """Remove the credentials and ACLs: open connections are refused from their next request, new ones at login."""
    kind, tenant_id = _tenant(brand, iwg)
    kafka, topics = _settings()

    async def go() -> bool:
        async with KafkaAdmin(kafka) as admin:
            return await admin.revoke_tenant(kind, tenant_id, topics)

    if not _run(go()):
        console.print(f"{kind} {tenant_id} had no Kafka credentials")
        raise typer.Exit(1)
    console.print(f"revoked the Kafka credentials of {kind} {tenant_id}")


@kafka_credentials_app.command("list")
def list_(as_json: bool = JSON) -> None:
    """Brands and working groups that have Kafka credentials in this deployment (never their passwords)."""
    kafka, topics = _settings()

    async def go() -> list[tuple[str, str, str]]:
        async with KafkaAdmin(kafka) as admin:
            return await admin.tenants(topics)

    rows = _run(go())
    if as_json:
        typer.echo(json.dumps([{"kind": k, "id": i, "username": u} for k, i, u in rows]))
        return
    table = Table("kind", "id", "username", title=f"Kafka credentials at {kafka.bootstrap_servers}")
    for row in rows:
        table.add_row(*row)
    console.print(table)


@kafka_credentials_app.command("provision-services")
def provision(
    service: list[str] = typer.Option(list(SERVICES), "--service", help="one service (repeatable); default all"),
    password_dir: Path | None = typer.Option(None, "--password-dir", exists=True, file_okay=False,
                                             help="set the passwords kept in DIR/kafka-svc-<service> instead; print none"),
) -> None:
    """Create (or re-key) each service's principal with its ACLs and print its KAFKA_SASL_* lines once, for the
    service's environment (e.g. a secret store); a re-keyed service needs a restart with the new lines.
    With --password-dir (deploy/compose.yaml's secrets) the passwords come from files and nothing secret is printed."""
    kafka, topics = _settings()
    if password_dir is not None:
        async def from_files() -> list[str]:
            async with KafkaAdmin(kafka) as admin:
                return [(await admin.provision_service(s, topics, password=(password_dir / f"kafka-svc-{s}").read_text().strip())).username
                        for s in service]

        for user in _run(from_files()):
            typer.echo(f"provisioned {user}")
        return
    envs = _run(provision_services(kafka, topics, service))
    for name, env in envs.items():
        typer.echo(f"# {name}")
        for key, value in env.items():
            typer.echo(f"{key}={value}")
