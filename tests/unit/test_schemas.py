from datetime import datetime, timezone

import pytest
from pydantic import ValidationError

from schemas import Listing, alert_id, fingerprint_id
from schemas.export import stale


def test_exported_json_schemas_are_up_to_date():
    assert stale() == [], "run `python -m schemas.export` and commit schemas/json/"


def test_listing_key_is_marketplace_and_listing_id():
    listing = Listing(marketplace="taobao", listing_id="42", title="x", seller={"id": "s"},
                      observed_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    assert listing.key == "taobao:42"


def test_listing_rejects_naive_times_unknown_fields_and_bad_currency():
    base = {"marketplace": "taobao", "listing_id": "1", "title": "t", "seller": {"id": "s"}}
    with pytest.raises(ValidationError, match="timezone"):
        Listing.model_validate({**base, "observed_at": "2026-01-01T00:00:00"})
    with pytest.raises(ValidationError, match="Extra inputs"):
        Listing.model_validate({**base, "observed_at": "2026-01-01T00:00:00Z", "colour": "red"})
    with pytest.raises(ValidationError, match="currency"):
        Listing.model_validate({**base, "observed_at": "2026-01-01T00:00:00Z", "price": {"amount": 1, "currency": "usd"}})


def test_ids_are_deterministic_and_distinct():
    assert alert_id("bose", "taobao:1") == alert_id("bose", "taobao:1")
    assert alert_id("bose", "taobao:1") != alert_id("bose", "taobao:2") != alert_id("samsung", "taobao:1")
    assert fingerprint_id("bose", "mark", "Bose") == fingerprint_id("bose", "mark", "BOSE")
