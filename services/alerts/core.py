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
