"""The portal's errors; the HTTP layer maps each to a status code."""


class PortalError(Exception):
    """Base of every portal error."""

    status_code = 400


class NotFound(PortalError):
    """The thing does not exist, or the caller may not know that it exists (the same answer)."""

    status_code = 404


class Forbidden(PortalError):
    """The caller's role may not do this at all."""

    status_code = 403


class Unauthorized(PortalError):
    """No valid API key."""

    status_code = 401


class Conflict(PortalError):
    """The request contradicts the current state (an illegal transition, a duplicate)."""

    status_code = 409


class Invalid(PortalError):
    """The request is well-formed but not acceptable (bad URL, bad image, bad registry file)."""

    status_code = 400


class InvalidUrl(Invalid):
    """A webhook URL that may not be called (bad scheme or port, credentials, a non-public address): 422."""

    status_code = 422


class OverLimit(PortalError):
    """One more of something a setting bounds (webhooks of a tenant, live streams of a key): 429 naming the limit."""

    status_code = 429


class NotReady(PortalError):
    """The view did not show the write in time."""

    status_code = 503


class Unavailable(PortalError):
    """What the write needs cannot be had now and nothing was written: Redis (the portal's locks and view) full or
    away, a lock another change of the same thing holds, the disk full under a kept image (507). 503 (or 507) with
    `Retry-After`; the same request sent again later does the write once (faults57, 2026-12-06: these were 500s)."""

    status_code = 503

    def __init__(self, message: str, *, retry_after_s: int = 5, status_code: int = 503) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.status_code = status_code


class TooManyAttempts(PortalError):
    """Too many failed API key attempts from this client (429), or the key store is being rebuilt (503);
    `retry_after_s` says when to try again."""

    status_code = 429

    def __init__(self, message: str, *, retry_after_s: int, status_code: int = 429) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.status_code = status_code


def redis_unavailable(exc: BaseException, what: str, *, written: str = "") -> Unavailable:
    """An Unavailable naming what of the portal's is in Redis and how Redis refused: full (OOM, maxmemory with
    noeviction) or away (connection, timeout)."""
    text = str(exc)
    if text.startswith("OOM") or "maxmemory" in text:
        how = "is full (maxmemory reached: it refuses writes)"
    elif "lock" in type(exc).__name__.lower():
        how = f"refused the lock ({type(exc).__name__})"
    else:
        how = f"is not reachable ({type(exc).__name__})"
    return Unavailable(f"Redis, which holds {what}, {how}{written}; try again later", retry_after_s=5)
