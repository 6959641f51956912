from datetime import datetime, timezone

from brandsentry.settings import Topics
from schemas import Listing, Match, Signal, alert_id
from services.alerts.core import new_alert, severity_of

NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)
LISTING = Listing(marketplace="taobao", listing_id="7", title="Bose QC45 replica", seller={"id": "s9"}, observed_at=NOW)


def match(score: float, *rules: str) -> Match:
    signals = [Signal(rule=r, weight=0.3) for r in rules]
    return Match(listing_key=LISTING.key, listing=LISTING, brand_id="bose", brand_name="Bose", iwg="consumer-electronics",
                 score=score, threshold=0.6, signals=signals, matcher_version="t", index_version=1)


def test_alert_id_and_routing():
    alert = new_alert(match(0.7, "exact"), Topics(topic_prefix="p."), now=NOW, seller_prior_alerts=2)
    assert alert.alert_id == alert_id("bose", "taobao:7")
    assert alert.routed_to == ["p.alerts.iwg.consumer-electronics", "p.alerts.brand.bose"]
    assert alert.status == "open" and alert.history[0].status == "open"
    assert alert.seller_prior_alerts == 2


def test_severity_rises_with_score_and_corroboration():
    assert severity_of(match(0.6, "exact")) == "low"
    assert severity_of(match(0.7, "exact")) == "medium"
    assert severity_of(match(0.62, "exact", "cue")) == "medium"
    assert severity_of(match(0.7, "exact", "cue", "price")) == "high"
    assert severity_of(match(0.95, "exact", "cue", "price")) == "critical"
