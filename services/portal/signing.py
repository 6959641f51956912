"""Webhook signatures: HMAC-SHA256 over `timestamp + "." + body`, hex, in `X-BrandSentry-Signature: sha256=<hex>`.

A receiver recomputes the HMAC with the secret it was shown once, compares in constant time,
and refuses timestamps older than a few minutes (replay protection):

    expected = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(f"sha256={expected}", request.headers["X-BrandSentry-Signature"])
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SIGNATURE_HEADER = "X-BrandSentry-Signature"
TIMESTAMP_HEADER = "X-BrandSentry-Timestamp"
DELIVERY_HEADER = "X-BrandSentry-Delivery"
EVENT_HEADER = "X-BrandSentry-Event"


def new_secret() -> str:
    return f"whsec_{secrets.token_urlsafe(32)}"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: int, body: bytes, signature: str, *, now: float, tolerance_s: float = 300) -> bool:
    """True when the signature is the body's and the timestamp is within `tolerance_s` of `now`."""
    if abs(now - timestamp) > tolerance_s:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def headers(secret: str, *, timestamp: int, body: bytes, delivery_id: str, event: str) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "BrandSentry-Webhooks/1",
        SIGNATURE_HEADER: sign(secret, timestamp, body),
        TIMESTAMP_HEADER: str(timestamp),
        DELIVERY_HEADER: delivery_id,
        EVENT_HEADER: event,
    }
