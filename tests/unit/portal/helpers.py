from datetime import datetime, timezone

from brandsentry.settings import Topics
from schemas import Alert, Listing, Match, Signal
from services.alerts.core import new_alert

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)


def make_alert(*, brand: str = "bose", iwg: str = "consumer-electronics", listing_id: str = "7",
               seller: str = "s9", signals: list[Signal] | None = None, score: float = 0.8) -> Alert:
    listing = Listing(marketplace="taobao", listing_id=listing_id, url=f"https://taobao.example/item/{listing_id}",
                      title="BOSE QC45 headphones 1:1 replica", price={"amount": 35, "currency": "USD"},
                      seller={"id": seller, "name": "Shenzhen Best Audio", "country": "CN"}, observed_at=NOW)
    signals = signals if signals is not None else [
        Signal(rule="exact", fingerprint_id="bose.mark.x", field="title", start=0, end=4, text="BOSE", term="Bose", weight=0.55),
        Signal(rule="cue", field="title", start=20, end=23, text="1:1", term="1:1", weight=0.2),
        Signal(rule="price", field="price", ratio=0.14, weight=0.2, detail="35 USD vs floor 249 USD"),
    ]
    match = Match(listing_key=listing.key, listing=listing, brand_id=brand, brand_name=brand.title(), iwg=iwg,
                  score=score, threshold=0.6, signals=signals, matcher_version="t1", index_version=3, matched_at=NOW)
    return new_alert(match, Topics(topic_prefix="p."), now=NOW, seller_prior_alerts=2)
