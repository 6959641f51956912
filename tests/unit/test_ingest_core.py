import hashlib
import json

from schemas import Listing
from services.ingest.core import Rejection, content_digest, key_of_raw, parse_listing, split_ndjson

GOOD = {"marketplace": "taobao", "listing_id": "1", "title": "Bose QC45", "seller": {"id": "s"},
        "observed_at": "2026-11-28T00:00:00Z", "price": {"amount": 30, "currency": "USD"}}


def test_valid_listing_parses():
    assert isinstance(parse_listing(json.dumps(GOOD).encode()), Listing)


def test_schema_violation_names_every_wrong_field():
    bad = dict(GOOD, price={"amount": -1, "currency": "USD"})
    del bad["title"]
    result = parse_listing(json.dumps(bad).encode())
    assert isinstance(result, Rejection) and result.reason == "schema_violation"
    assert {e["loc"] for e in result.errors} == {"title", "price.amount"}
    assert "price.amount" in result.message()


def test_not_json_is_its_own_reason():
    result = parse_listing(b"{nope")
    assert isinstance(result, Rejection) and result.reason == "invalid_json"
    assert result.message().startswith("not valid JSON")


def test_key_of_raw_recovers_the_key_of_invalid_records_when_it_can():
    assert key_of_raw(json.dumps({"marketplace": "ebay", "listing_id": "9"}).encode()) == "ebay:9"
    assert key_of_raw(b"garbage") is None


def test_ndjson_split_numbers_lines_and_skips_blanks():
    assert list(split_ndjson(b'{"a":1}\n\n  \n{"b":2}\n')) == [(1, b'{"a":1}'), (4, b'{"b":2}')]


def published(listing: Listing) -> bytes:
    return listing.model_dump_json().encode()


def test_content_digest_ignores_observation_time_but_not_price():
    a = Listing.model_validate(GOOD)
    later = Listing.model_validate(dict(GOOD, observed_at="2026-11-29T00:00:00Z"))
    cheaper = Listing.model_validate(dict(GOOD, price={"amount": 20, "currency": "USD"}))
    assert content_digest(published(a)) == content_digest(published(later)) != content_digest(published(cheaper))


def test_content_digest_is_the_digest_of_the_listing_without_its_observation_time():
    """The same digest as before it was taken from the published bytes (marks in Redis stay valid), also when
    the integrator's text or attributes spell the field's name."""
    tricky = dict(GOOD, title='ad ,"observed_at":"x" end', attributes={"a": "1", "observed_at": "2020-01-01"})
    for doc in (GOOD, tricky):
        listing = Listing.model_validate(doc)
        expected = hashlib.sha256(listing.model_dump_json(exclude={"observed_at"}).encode()).hexdigest()
        assert content_digest(published(listing)) == expected
