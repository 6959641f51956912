"""Validation and de-duplication of incoming listings: pure functions, no I/O."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from brandsentry.kafka import RECORD_LIMIT_BYTES
from schemas import Listing

#: a raw record this much below the limit cannot serialise past it (defaults added on output stay well under this)
_SIZE_SLACK = 64 * 1024


@dataclass(frozen=True)
class Rejection:
    """Why a record was refused; `reason` is a short code, `errors` say what is wrong field by field."""

    reason: str
    errors: list[dict]

    def message(self) -> str:
        return "; ".join(f"{e['loc']}: {e['msg']}" if e.get("loc") else e["msg"] for e in self.errors)


def parse_listing(raw: bytes, *, max_bytes: int = RECORD_LIMIT_BYTES) -> Listing | Rejection:
    """Validate one listing's bytes against the Listing schema, and its size against the record limit.

    Rejection reasons: `invalid_json`, `schema_violation`, `too_large` (the listing as published would be
    more than `max_bytes` bytes, Kafka's record limit: the answer is 413 and names the limit)."""
    try:
        listing = Listing.model_validate_json(raw)
        if len(raw) > max_bytes - _SIZE_SLACK:
            size = len(listing.model_dump_json().encode())
            if size > max_bytes:
                return Rejection("too_large", [{"loc": "", "type": "too_large", "limit_bytes": max_bytes,
                                                "msg": f"the listing is {size} bytes as published; the limit is "
                                                       f"{max_bytes} bytes (Kafka's record limit)"}])
        return listing
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        if any(e["type"] == "json_invalid" for e in errors):
            return Rejection("invalid_json", [{"loc": "", "msg": f"not valid JSON: {errors[0]['msg']}"}])
        return Rejection(
            "schema_violation",
            [{"loc": ".".join(str(p) for p in e["loc"]), "msg": e["msg"], "type": e["type"]} for e in errors],
        )


def split_ndjson(body: bytes) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, line bytes) for every non-blank line."""
    for number, line in enumerate(body.splitlines(), start=1):
        if line.strip():
            yield number, line


def key_of_raw(raw: bytes) -> str | None:
    """The listing key of an invalid record, when it still carries marketplace and listing_id."""
    try:
        doc = json.loads(raw)
        return f"{doc['marketplace']}:{doc['listing_id']}"
    except Exception:
        return None


def content_digest(published: bytes) -> str:
    """Same listing, same content (observation time aside) ⇒ same digest: a re-post is a duplicate.

    `published`: the Listing's JSON as ingest publishes it (`model_dump_json`). The digest is the SHA-256 of that
    JSON without its top-level `observed_at` (the same bytes as `model_dump_json(exclude={"observed_at"})`, so one
    dump a listing serves the digest and the record): the first `,"observed_at":"…"` is the top-level one, since
    no field before it has keys of the integrator's choosing and a string value escapes its quotes."""
    start = published.index(b',"observed_at":"')
    end = published.index(b'"', start + len(b',"observed_at":"')) + 1
    return hashlib.sha256(published[:start] + published[end:]).hexdigest()
