"""Issue 10: non-finite numbers are refused by the schemas, with an error that says so (one shared type)."""

import pytest
from pydantic import ValidationError

from brandsentry.registry import parse_registry
from schemas import Listing, ModelFingerprint, PriceFloorFingerprint

LISTING = ('{"marketplace": "m", "listing_id": "1", "title": "t", "seller": {"id": "s"}, '
           '"observed_at": "2026-01-01T00:00:00Z", "price": {"amount": %s, "currency": "USD"}}')


@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "NaN", "1e400"])
def test_finding_ingest_accepts_price_infinity_or_1e400(number):
    with pytest.raises(ValidationError) as caught:
        Listing.model_validate_json(LISTING % number)
    (error,) = caught.value.errors()
    assert error["loc"] == ("price", "amount")
    assert error["type"] == "finite_number" and "finite" in error["msg"]


def test_a_finite_price_is_kept():
    assert Listing.model_validate_json(LISTING % "1e300").price.amount == 1e300


@pytest.mark.parametrize("model", [PriceFloorFingerprint, ModelFingerprint])
def test_finding_price_floor_1e400_is_stored_as_null(model):
    floor = {"amount": float("inf"), "currency": "USD"}
    spec = {"id": "x", "brand_id": "b", **({"floor": floor} if model is PriceFloorFingerprint
                                           else {"value": "WH-1", "price_floor": floor})}
    with pytest.raises(ValidationError, match="finite number"):
        model.model_validate(spec)


def test_a_registry_file_with_an_infinite_floor_is_refused():
    with pytest.raises(ValidationError, match="finite number"):
        parse_registry({"working_groups": [{"id": "g", "name": "G"}],
                        "brands": [{"id": "b", "name": "B", "iwg": "g",
                                    "price_floors": [{"floor": {"amount": float("nan"), "currency": "USD"}}]}]})
