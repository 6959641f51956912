"""The webhook side of the shared address guard (brandsentry/urlguard.py, where the rules and their sources
are): the same checks, raising the portal's InvalidUrl (422) with the guard's message."""

from __future__ import annotations

import functools

from brandsentry import urlguard
from brandsentry.urlguard import Target, allowed_by, blocked_reason, embedded_ipv4, literal_ip, resolve  # noqa: F401
from services.portal.exceptions import InvalidUrl


def _as_invalid_url(fn):
    @functools.wraps(fn)
    def wrapped(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except urlguard.UnsafeUrl as exc:
            raise InvalidUrl(str(exc)) from None
    return wrapped


target_of = _as_invalid_url(urlguard.target_of)
check_addresses = _as_invalid_url(urlguard.check_addresses)


def host_of(url: str) -> str:
    return target_of(url).host


async def check_url(url: str, allow: list[str]) -> None:
    try:
        await urlguard.check_url(url, allow)
    except urlguard.UnsafeUrl as exc:
        raise InvalidUrl(str(exc)) from None
