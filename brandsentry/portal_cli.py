"""`brandsentry keys | alerts | webhooks`: the portal's operator commands."""

from __future__ import annotations

import asyncio

import typer

keys_app = typer.Typer(no_args_is_help=True, help="Portal API keys (stored only as hashes).")
alerts_app = typer.Typer(no_args_is_help=True, help="The portal's alert view.")
webhooks_app = typer.Typer(no_args_is_help=True, help="Webhook dead letters.")


def _settings():
    from services.portal.settings import PortalSettings

    return PortalSettings()


@keys_app.command("create")
def keys_create(
    role: str = typer.Option(..., help="operator, brand, iwg or integrator"),
    brand: str = typer.Option(None, help="the brand of a brand member"),
    iwg: str = typer.Option(None, help="the working group of a working-group member"),
    marketplace: list[str] = typer.Option(None, help="an integrator's marketplace (repeat for several)"),
    name: str = typer.Option(None, help="who holds the key (default: <role>-<brand or iwg>)"),
) -> None:
    """Create an API key and print it once: it is stored only as a hash and cannot be shown again."""
    from schemas.portal import Role
    from services.portal.admin import create_key

    try:
        role_ = Role(role)
        scope = brand or iwg or ("+".join(marketplace) if marketplace else None)
        token, record = asyncio.run(create_key(_settings(), name=name or "-".join(x for x in (role, scope) if x),
                                               role=role_, brand_id=brand, iwg=iwg, marketplaces=marketplace or []))
    except ValueError as exc:
        typer.echo(f"cannot create key: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(f"key id: {record.key_id}  name: {record.name}  role: {record.role.value}"
               + (f"  brand: {record.brand_id}" if record.brand_id else "") + (f"  iwg: {record.iwg}" if record.iwg else "")
               + (f"  marketplaces: {','.join(record.marketplaces)}" if record.marketplaces else ""),
               err=True)
    typer.echo("the key (shown once; keep it secret):", err=True)
    typer.echo(token)


@keys_app.command("list")
def keys_list() -> None:
    """Key ids, names, roles and scopes (never the keys)."""
    from services.portal.admin import list_keys

    for k in asyncio.run(list_keys(_settings())):
        scope = k.brand_id or k.iwg or ",".join(k.marketplaces) or "-"
        typer.echo(f"{k.key_id}\t{k.name}\t{k.role.value}\t{scope}\t{'revoked' if k.revoked else 'active'}")


@keys_app.command("revoke")
def keys_revoke(key_id: str = typer.Argument(..., help="k_…, from `keys list`")) -> None:
    from services.portal.admin import revoke_key

    if asyncio.run(revoke_key(_settings(), key_id)) is None:
        typer.echo(f"no key {key_id}", err=True)
        raise typer.Exit(1)
    typer.echo(f"revoked {key_id}")


@alerts_app.command("rebuild-view")
def alerts_rebuild_view() -> None:
    """Delete the portal's Redis view and rebuild it from Kafka (alert-events, suppressions, api-keys)."""
    from services.portal.admin import rebuild_view

    counts = asyncio.run(rebuild_view(_settings()))
    typer.echo(f"view rebuilt: {counts['alerts']} alerts from {counts['records_applied']} records "
               f"({counts['keys_deleted']} old keys deleted)")


@webhooks_app.command("replay")
def webhooks_replay(subscription_id: str = typer.Argument(..., help="wh_…")) -> None:
    """Re-deliver a subscription's parked deliveries (same delivery ids; ones delivered since are skipped)."""
    from services.portal.admin import replay_webhook

    counts = asyncio.run(replay_webhook(_settings(), subscription_id))
    if counts is None:
        typer.echo(f"no active subscription {subscription_id}", err=True)
        raise typer.Exit(1)
    typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()))
    raise typer.Exit(1 if counts["parked"] else 0)
