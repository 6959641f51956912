"""Server-side request forgery guard for webhook URLs: pure checks, plus the one DNS lookup they need.

A webhook URL must be http(s) and every address its host resolves to must be public, unless
the operator allow-listed the host name or an address block (PORTAL_WEBHOOK_ALLOW_HOSTS).
The check runs when a subscription is registered and again before every delivery (DNS can change).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from services.portal.exceptions import Invalid


def host_of(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise Invalid(f"webhook URL must be http or https, not {parts.scheme or 'nothing'!r}")
    if not parts.hostname:
        raise Invalid("webhook URL has no host")
    if parts.username or parts.password:
        raise Invalid("webhook URL must not carry credentials; use the signing secret")
    return parts.hostname.lower()


def _blocked_reason(address: str) -> str | None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for label, flag in (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback),
                        ("link-local", ip.is_link_local), ("private", ip.is_private),
                        ("multicast", ip.is_multicast), ("reserved", ip.is_reserved)):
        if flag:
            return label
    if not ip.is_global:
        return "non-public"
    return None


def allowed_by(host: str, addresses: list[str], allow: list[str]) -> bool:
    """The host name, or every one of its addresses, is allow-listed."""
    names = {a.lower() for a in allow if "/" not in a and not _is_ip(a)}
    if host in names:
        return True
    nets = [ipaddress.ip_network(a, strict=False) for a in allow if "/" in a or _is_ip(a)]
    return bool(addresses) and all(any(ipaddress.ip_address(x.split("%")[0]) in n for n in nets) for x in addresses)


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
        return True
    except ValueError:
        return False


def check_addresses(url: str, addresses: list[str], allow: list[str]) -> None:
    """Raise Invalid with a clear message unless the URL may be called."""
    host = host_of(url)
    if not addresses:
        raise Invalid(f"webhook host {host!r} does not resolve")
    if allowed_by(host, addresses, allow):
        return
    for address in addresses:
        reason = _blocked_reason(address)
        if reason:
            raise Invalid(
                f"webhook host {host!r} resolves to {address}, a {reason} address; webhooks must point at a public "
                "address (an operator can allow-list a host with PORTAL_WEBHOOK_ALLOW_HOSTS)"
            )


async def resolve(host: str) -> list[str]:
    if _is_ip(host):
        return [host]
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return []
    return sorted({info[4][0] for info in infos})


async def check_url(url: str, allow: list[str]) -> None:
    host = host_of(url)
    check_addresses(url, await resolve(host.strip("[]")), allow)
