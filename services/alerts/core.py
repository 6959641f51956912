"""From a match to an alert: id, severity, routing. Pure functions, no I/O."""

from __future__ import annotations

from datetime import datetime

from brandsentry.settings import Topics
from schemas import Alert, AlertStatus, Match, Rule, Severity, StatusChange, alert_id

CORROBORATING_RULES = {Rule.cue, Rule.price, Rule.image, Rule.model}


def severity_of(match: Match) -> Severity:
    """High score with independent corroboration (cue term, low price, logo, model) is what a brand acts on first."""
    rules = {s.rule for s in match.signals if s.weight > 0}
    corroboration = len(rules & CORROBORATING_RULES)
    if match.score >= 0.9 and corroboration >= 2:
        return Severity.critical
    if match.score >= 0.8 or corroboration >= 2:
        return Severity.high
    if match.score >= 0.65 or corroboration == 1:
        return Severity.medium
    return Severity.low


def routes(match: Match, topics: Topics) -> list[str]:
    """Every alert goes to its working group's topic and its brand's topic."""
    return [topics.alerts_iwg(match.iwg), topics.alerts_brand(match.brand_id)]


def seller_ref(match: Match) -> str:
    return f"{match.listing.marketplace}/{match.listing.seller.id}"


# --------------------------------------------------------------------------- suppressions (set by the portal)

MARK_RULES = {Rule.exact, Rule.confusable, Rule.fuzzy, Rule.alias}


def match_marks(match: Match) -> list[str]:
    """The registered marks (signal `term`) that matched with a positive weight, in order, without repeats."""
    seen: dict[str, None] = {}
    for s in match.signals:
        if s.rule in MARK_RULES and s.term and s.weight > 0:
            seen.setdefault(s.term, None)
    return list(seen)


def suppression_listing_key(prefix: str, brand_id: str, listing_key: str) -> str:
    """Redis key that exists while a brand suppresses one listing (written by the portal's projector)."""
    return f"{prefix}suppress:{brand_id}:listing:{listing_key}"


def suppression_seller_key(prefix: str, brand_id: str, marketplace: str, seller_id: str, mark: str) -> str:
    """Redis key that exists while a brand suppresses one seller for one mark."""
    return f"{prefix}suppress:{brand_id}:seller:{marketplace}/{seller_id}:{mark.casefold()}"


def suppression_keys(match: Match, prefix: str) -> tuple[str, list[str]]:
    """The listing's suppression key and the seller-and-mark key of every mark that matched."""
    listing = match.listing
    return (
        suppression_listing_key(prefix, match.brand_id, match.listing_key),
        [suppression_seller_key(prefix, match.brand_id, listing.marketplace, listing.seller.id, m) for m in match_marks(match)],
    )


def suppressed(listing_hit: bool, mark_hits: list[bool]) -> bool:
    """Suppressed when the listing is, or when every mark that matched is suppressed for this seller."""
    return listing_hit or (bool(mark_hits) and all(mark_hits))


def new_alert(match: Match, topics: Topics, *, now: datetime, seller_prior_alerts: int = 0) -> Alert:
    return Alert(
        alert_id=alert_id(match.brand_id, match.listing_key),
        brand_id=match.brand_id,
        iwg=match.iwg,
        listing_key=match.listing_key,
        severity=severity_of(match),
        status=AlertStatus.open,
        history=[StatusChange(status=AlertStatus.open, at=now, by="matcher")],
        routed_to=routes(match, topics),
        seller_prior_alerts=seller_prior_alerts,
        created_at=now,
        updated_at=now,
        match=match,
    )
