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


class TooManyAttempts(PortalError):
    """Too many failed API key attempts from this client (429), or the key store is being rebuilt (503);
    `retry_after_s` says when to try again."""

    status_code = 429

    def __init__(self, message: str, *, retry_after_s: int, status_code: int = 429) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.status_code = status_code
