"""Keep a Match within what one Kafka record holds: pure, no I/O.

A valid listing (say 20 KB) can make a Match far larger than its listing: a mark repeated
thousands of times in the description gives thousands of signals, each with its own evidence.
Such a Match is bounded, not lost: the strongest signals are kept (weight, largest first;
the score already counts all of them), then the description copied into the match is cut, then its
attributes (free key/value pairs: a listing padded with 600 KB of them was refused whole, so padding
escaped alerts; faults, 2026-12-01).
The listing itself stays whole on `listings`; the alert still carries what it shows (title,
price, seller, the kept signals with their matched text). Only a Match that is still too
large after both steps is refused (the matcher dead-letters its listing).

A Match is written without its null fields (`Match.topic_json`).
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Match


@dataclass(frozen=True)
class Bounds:
    """limit_bytes: the most a serialised Match may take; max_signals: signals kept when over the limit;
    max_description_chars: the description copy's length when still over it; max_attributes_chars: the attributes
    kept in the copy (in order, keys and values counted in characters) when still over it."""

    limit_bytes: int = 512_000
    max_signals: int = 200
    max_description_chars: int = 4000
    max_attributes_chars: int = 4000


@dataclass(frozen=True)
class Bounded:
    payload: bytes | None  # None: still too large after bounding
    size: int  # of the unbounded Match, bytes
    cut: list[str]  # what was cut, e.g. ["signals 5000→200", "description 20000→4000 chars"]


def bound_match(match: Match, bounds: Bounds = Bounds()) -> Bounded:
    """The Match as JSON bytes (`Match.topic_json`) within `bounds.limit_bytes`, cutting signals, then the description
    copy, then the attributes copy."""
    payload = match.topic_json()
    size = len(payload)
    if size <= bounds.limit_bytes:
        return Bounded(payload, size, [])
    cut: list[str] = []
    if len(match.signals) > bounds.max_signals:
        ranked = sorted(range(len(match.signals)), key=lambda i: -abs(match.signals[i].weight))[:bounds.max_signals]
        keep = sorted(ranked)  # in their original order
        cut.append(f"signals {len(match.signals)}→{len(keep)}")
        match = match.model_copy(update={"signals": [match.signals[i] for i in keep]})
        payload = match.topic_json()
    description = match.listing.description or ""
    if len(payload) > bounds.limit_bytes and len(description) > bounds.max_description_chars:
        listing = match.listing.model_copy(update={"description": description[:bounds.max_description_chars]})
        cut.append(f"description {len(description)}→{bounds.max_description_chars} chars")
        match = match.model_copy(update={"listing": listing})
        payload = match.topic_json()
    attributes = match.listing.attributes
    if len(payload) > bounds.limit_bytes and attributes:
        kept, chars = {}, 0
        for k, v in attributes.items():
            chars += len(k) + len(v)
            if chars > bounds.max_attributes_chars:
                break
            kept[k] = v
        if len(kept) < len(attributes):
            cut.append(f"attributes {len(attributes)}→{len(kept)}")
            match = match.model_copy(update={"listing": match.listing.model_copy(update={"attributes": kept})})
            payload = match.topic_json()
    if len(payload) > bounds.limit_bytes:
        return Bounded(None, size, cut)
    return Bounded(payload, size, cut)
