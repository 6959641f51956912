"""API keys and who may see what: pure functions, no I/O.

A token looks like `bsk_<key id>_<43 url-safe characters>` (256 random bits). Only its SHA-256 is
stored; a high-entropy token needs no slow hash. Tenancy rules live here and nowhere else:

- operator: everything (admin)
- brand member: its own brand: fingerprints, alerts, suppressions, webhooks; triage
- working-group member: reads the alerts of its group; its group's webhooks and brands (without their aliases,
  which are mark fingerprints); no fingerprints, no triage
- integrator: pushes listings to ingest for its own marketplaces; no portal access at all
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from schemas import Alert, Brand
from schemas.portal import ApiKeyRecord, Role
from services.portal.exceptions import Forbidden, NotFound

TOKEN_PREFIX = "bsk_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_key(*, name: str, role: Role, brand_id: str | None = None, iwg: str | None = None,
            marketplaces: list[str] | None = None, created_by: str = "cli",
            now: datetime | None = None) -> tuple[str, ApiKeyRecord]:
    """A fresh token and the record that stores only its hash."""
    key_id = f"k_{secrets.token_hex(6)}"
    token = f"{TOKEN_PREFIX}{key_id[2:]}_{secrets.token_urlsafe(32)}"
    extra = {"created_at": now} if now else {}
    record = ApiKeyRecord(key_id=key_id, name=name, role=role, brand_id=brand_id, iwg=iwg,
                          marketplaces=list(marketplaces or []), token_sha256=hash_token(token),
                          created_by=created_by, **extra)
    return token, record


def token_from_headers(authorization: str | None, x_api_key: str | None) -> str | None:
    if x_api_key:
        return x_api_key.strip()
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def token_matches(record: ApiKeyRecord, token: str) -> bool:
    return hmac.compare_digest(record.token_sha256, hash_token(token))


@dataclass(frozen=True)
class Principal:
    key_id: str
    name: str
    role: Role
    brand_id: str | None = None
    iwg: str | None = None
    marketplaces: frozenset[str] = frozenset()

    @classmethod
    def of(cls, record: ApiKeyRecord) -> "Principal":
        return cls(record.key_id, record.name, record.role, record.brand_id, record.iwg, frozenset(record.marketplaces))

    # -- listings (ingest)

    def can_push_listing(self, marketplace: str) -> bool:
        """An integrator pushes listings for its own marketplaces and nothing else."""
        return self.role == Role.integrator and marketplace in self.marketplaces

    @property
    def is_operator(self) -> bool:
        return self.role == Role.operator

    # -- brands and their registry (fingerprints are confidential: brand and operator only)

    def brand_profile(self, brand: Brand) -> dict:
        """The brand as this caller may see it: a working-group member does not see the aliases (they are mark
        fingerprints, confidential to the brand)."""
        doc = brand.model_dump(mode="json")
        if not self.can_manage_brand(brand.id):
            doc.pop("aliases", None)
        return doc

    def can_read_brand_profile(self, brand_id: str, brand_iwg: str | None) -> bool:
        if self.is_operator:
            return True
        if self.role == Role.brand:
            return self.brand_id == brand_id
        return self.role == Role.iwg and brand_iwg is not None and self.iwg == brand_iwg

    def can_manage_brand(self, brand_id: str) -> bool:
        """Read and change the brand's fingerprints, suppressions and triage its alerts."""
        return self.is_operator or (self.role == Role.brand and self.brand_id == brand_id)

    def require_manage_brand(self, brand_id: str, exists: bool) -> None:
        """404 for a brand that does not exist *or* is not the caller's: both look the same."""
        if not exists or not self.can_manage_brand(brand_id):
            raise NotFound("not found")

    def require_operator(self) -> None:
        if not self.is_operator:
            raise Forbidden("operators only")

    # -- alerts

    def can_read_alert(self, alert: Alert) -> bool:
        if self.is_operator:
            return True
        if self.role == Role.brand:
            return alert.brand_id == self.brand_id
        return self.role == Role.iwg and alert.iwg == self.iwg

    def can_triage(self, alert: Alert) -> bool:
        return self.can_manage_brand(alert.brand_id)

    def alert_scope(self) -> tuple[str, str | None]:
        """Which index lists the alerts this caller sees: ("all", None), ("brand", id) or ("iwg", id)."""
        if self.is_operator:
            return "all", None
        if self.role == Role.brand:
            return "brand", self.brand_id
        return "iwg", self.iwg

    # -- webhooks

    def owns_subscription(self, brand_id: str | None, iwg: str | None) -> bool:
        if self.is_operator:
            return True
        if self.role == Role.brand:
            return brand_id is not None and brand_id == self.brand_id
        return self.role == Role.iwg and iwg is not None and iwg == self.iwg
