"""A Match too large for one record is bounded (strongest signals, shorter description copy) or refused."""

from datetime import datetime, timezone

from schemas import Listing, Match, Signal
from services.matcher.bounds import Bounds, bound_match

NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)


def big_match(signals: int, description: str = "") -> Match:
    listing = Listing(marketplace="taobao", listing_id="1", title="Bose QC45", description=description,
                      seller={"id": "s"}, observed_at=NOW)
    sig = [Signal(rule="exact", field="description", start=i, end=i + 4, text="Bose", term="Bose",
                  weight=0.5 if i == 7 else 0.01, detail="x" * 200) for i in range(signals)]
    return Match(listing_key=listing.key, listing=listing, brand_id="bose", brand_name="Bose",
                 iwg="consumer-electronics", score=0.9, threshold=0.6, signals=sig, matcher_version="t", index_version=1)


def test_a_small_match_is_untouched():
    m = big_match(3)
    out = bound_match(m, Bounds(limit_bytes=100_000))
    assert out.cut == [] and Match.model_validate_json(out.payload) == m


def test_many_signals_keep_the_strongest_in_order():
    m = big_match(5000)
    out = bound_match(m, Bounds(limit_bytes=200_000, max_signals=100))
    kept = Match.model_validate_json(out.payload)
    assert len(out.payload) <= 200_000 and out.size > 200_000
    assert len(kept.signals) == 100 and max(kept.signals, key=lambda s: s.weight).start == 7  # the strongest survives
    assert [s.start for s in kept.signals] == sorted(s.start for s in kept.signals)
    assert out.cut == ["signals 5000→100"]


def test_a_long_description_copy_is_cut_and_what_cannot_fit_is_refused():
    m = big_match(1, description="a" * 20_000)
    out = bound_match(m, Bounds(limit_bytes=20_000, max_description_chars=1000))
    assert len(Match.model_validate_json(out.payload).listing.description) == 1000
    assert out.cut == ["description 20000→1000 chars"]
    refused = bound_match(big_match(5000), Bounds(limit_bytes=20_000, max_signals=1000))
    assert refused.payload is None and refused.size > 20_000


def test_a_listing_padded_with_attributes_is_alerted_with_the_first_ones():
    """A counterfeit padded with 600 KB of attributes made a Match refused whole: no alert (faults, 2026-12-01)."""
    m = big_match(1)
    padded = m.model_copy(update={"listing": m.listing.model_copy(
        update={"attributes": {"brand": "Bose", **{f"spec{i}": "x" * 1000 for i in range(600)}}})})
    out = bound_match(padded, Bounds(limit_bytes=512_000, max_attributes_chars=4000))
    kept = Match.model_validate_json(out.payload)
    assert out.size > 600_000 and len(out.payload) <= 512_000
    assert list(kept.listing.attributes) == ["brand", "spec0", "spec1", "spec2"] and out.cut == ["attributes 601→4"]
