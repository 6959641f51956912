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


class NotReady(PortalError):
    """The view did not show the write in time."""

    status_code = 503
