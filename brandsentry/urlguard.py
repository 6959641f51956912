"""Server-side request forgery guard for every URL the platform calls (webhooks, listing photos): pure
checks, plus the one DNS lookup they need. Moved here from services/portal/urlcheck.py (H5's) so the
matcher's image fetch uses the same guard; `Purpose` only changes the wording of the messages.

A URL must be http(s) with a valid port (1–65535), carry no credentials, and every address its
host resolves to must be public, unless the operator allow-listed it (PORTAL_WEBHOOK_ALLOW_HOSTS for
webhooks, MATCHER_IMAGE_ALLOW_HOSTS for photos). Webhooks are checked when a subscription is registered
and before every delivery (DNS can change); photos before every request, redirects included.

Addresses are judged after undoing every encoding that hides another address:
- IPv4 written as one decimal, octal or hex number, or in short forms (`2130706433`, `0177.0.0.1`,
  `0x7f.1`, `127.1`), as every C resolver reads them (`inet_aton`);
- a trailing dot (`localhost.`, `127.0.0.1.`);
- IPv6 that embeds an IPv4 address: IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`,
  6to4 `2002::/16` (RFC 3056), Teredo `2001::/32` (RFC 4380: server and client), NAT64 `64:ff9b::/96`
  (RFC 6052) — each refused when the embedded address is not public; the local-use NAT64 prefix
  `64:ff9b:1::/48` (RFC 8215) is refused outright.

Allow-list entries: `host` or `address` (any port), `host:port`, `[v6]:port`, `address:port`, or a CIDR block.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit



class UnsafeUrl(ValueError):
    """A URL that may not be called; the message says why, for the tenant or the operator."""



@dataclass(frozen=True)
class Purpose:
    """Who calls the URL, for the messages: `webhook URL ...`, `webhooks must point ...`, the allow-list setting."""

    name: str
    plural: str
    allow_setting: str


WEBHOOKS = Purpose("webhook", "webhooks", "PORTAL_WEBHOOK_ALLOW_HOSTS")
IMAGES = Purpose("image", "images", "MATCHER_IMAGE_ALLOW_HOSTS")

IP = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
SIX_TO_FOUR = ipaddress.ip_network("2002::/16")
TEREDO = ipaddress.ip_network("2001::/32")
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Target:
    """Where a webhook URL points: the host as the resolver will see it, and the port."""

    host: str
    port: int


def target_of(url: str, purpose: Purpose = WEBHOOKS) -> Target:
    """Scheme, credentials and port checked; the host lower-cased, without brackets and trailing dots.

    Raises Invalid with a message for the tenant."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise UnsafeUrl(f"{purpose.name} URL cannot be parsed: {exc}") from exc
    if parts.scheme not in DEFAULT_PORTS:
        raise UnsafeUrl(f"{purpose.name} URL must be http or https, not {parts.scheme or 'nothing'!r}")
    if not parts.hostname:
        raise UnsafeUrl(f"{purpose.name} URL has no host")
    if parts.username is not None or parts.password is not None:
        raise UnsafeUrl(f"{purpose.name} URL must not carry credentials" + ("; use the signing secret" if purpose is WEBHOOKS else ""))
    try:
        port = parts.port
    except ValueError:
        raise UnsafeUrl(f"{purpose.name} URL has an invalid port; a port is a number from 1 to 65535") from None
    if port == 0:
        raise UnsafeUrl(f"{purpose.name} URL has an invalid port; a port is a number from 1 to 65535")
    host = parts.hostname.lower().rstrip(".")
    if not host:
        raise UnsafeUrl(f"{purpose.name} URL has no host")
    return Target(host, port or DEFAULT_PORTS[parts.scheme])


def host_of(url: str) -> str:
    return target_of(url).host


def literal_ip(host: str) -> IP | None:
    """The address a host name *is* (not resolves to): IPv6 literals, dotted IPv4 and the legacy numeric forms."""
    try:
        return ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefx." for c in host) and any(c.isdigit() for c in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def embedded_ipv4(ip: IP) -> tuple[list[ipaddress.IPv4Address], bool]:
    """IPv4 addresses an IPv6 address carries (mapped, compatible, 6to4, Teredo, NAT64), and whether the IPv6
    address is only a translation of them (mapped, compatible, NAT64: then the IPv4 address is what is called)."""
    if isinstance(ip, ipaddress.IPv4Address):
        return [], False
    if ip.ipv4_mapped:
        return [ip.ipv4_mapped], True
    if ip in NAT64_WELL_KNOWN or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)], True
    if ip.sixtofour:
        return [ip.sixtofour], False
    if ip.teredo:
        return list(ip.teredo), False
    return [], False


def _own_reason(ip: IP) -> str | None:
    for label, flag in (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback),
                        ("link-local", ip.is_link_local), ("private", ip.is_private),
                        ("multicast", ip.is_multicast), ("reserved", ip.is_reserved)):
        if flag:
            return label
    if not ip.is_global:
        return "non-public"
    return None


def blocked_reason(address: str | IP) -> str | None:
    """Why a webhook may not call this address ("loopback", "private", "loopback (embedded 127.0.0.1)" …), or None."""
    ip = address if isinstance(address, (ipaddress.IPv4Address, ipaddress.IPv6Address)) else literal_ip(address)
    if ip is None:
        return "unparseable"
    if isinstance(ip, ipaddress.IPv6Address) and ip in NAT64_LOCAL:
        return "local-use NAT64"
    inner, translation = embedded_ipv4(ip)
    for v4 in inner:
        reason = _own_reason(v4)
        if reason:
            return f"{reason} (embedded {v4})"
    return None if translation else _own_reason(ip)


def _split_entry(entry: str) -> tuple[str, int | None]:
    """`host`, `host:port`, `[v6]:port`, `v6`, `cidr` → (host or block, port or None)."""
    entry = entry.strip().lower()
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else None
    if entry.count(":") == 1:
        host, _, port = entry.partition(":")
        if port.isdigit():
            return host, int(port)
    return entry, None


def allowed_by(target: Target | str, addresses: list[str], allow: list[str]) -> bool:
    """The host name, or every one of its addresses, is allow-listed for the target's port."""
    if isinstance(target, str):
        target = Target(target, 0)
    names: list[tuple[str, int | None]] = []
    nets: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, int | None]] = []
    for entry in allow:
        host, port = _split_entry(entry)
        try:
            nets.append((ipaddress.ip_network(host, strict=False), port))
        except ValueError:
            names.append((host.rstrip("."), port))

    def port_ok(port: int | None) -> bool:
        return port is None or port == target.port

    if any(host == target.host and port_ok(port) for host, port in names):
        return True
    ips = [literal_ip(a) for a in addresses]
    return bool(ips) and all(
        ip is not None and any(ip.version == net.version and ip in net and port_ok(port) for net, port in nets)
        for ip in ips)


def check_addresses(url: str, addresses: list[str], allow: list[str], purpose: Purpose = WEBHOOKS) -> None:
    """Raise UnsafeUrl with a clear message unless the URL may be called."""
    target = target_of(url, purpose)
    if not addresses:
        raise UnsafeUrl(f"{purpose.name} host {target.host!r} does not resolve")
    if allowed_by(target, addresses, allow):
        return
    for address in addresses:
        reason = blocked_reason(address)
        if reason:
            raise UnsafeUrl(
                f"{purpose.name} host {target.host!r} resolves to {address}, a {reason} address; {purpose.plural} must "
                f"point at a public address (an operator can allow-list a host with {purpose.allow_setting})"
            )


async def resolve(host: str) -> list[str]:
    """The addresses a host stands for: itself when it is an address in any notation, else DNS (A and AAAA)."""
    ip = literal_ip(host)
    if ip is not None:
        return [str(ip)]
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError):
        return []
    return sorted({info[4][0] for info in infos})


async def check_url(url: str, allow: list[str], purpose: Purpose = WEBHOOKS) -> list[str]:
    """The addresses the URL's host stands for, all of them allowed; UnsafeUrl otherwise."""
    addresses = await resolve(target_of(url, purpose).host)
    check_addresses(url, addresses, allow, purpose)
    return addresses
