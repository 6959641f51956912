import pytest

from schemas.portal import Role
from services.portal.auth import Principal, hash_token, new_key, token_from_headers, token_matches
from services.portal.exceptions import Forbidden, NotFound
from tests.unit.portal.helpers import make_alert

OPERATOR = Principal("k_1", "ops", Role.operator)
BOSE = Principal("k_2", "alice", Role.brand, brand_id="bose")
GOOSE = Principal("k_3", "carl", Role.brand, brand_id="canada-goose")
CE = Principal("k_4", "ce-coord", Role.iwg, iwg="consumer-electronics")
APPAREL = Principal("k_5", "ap-coord", Role.iwg, iwg="apparel-footwear")


def test_a_key_is_stored_only_as_its_hash():
    token, record = new_key(name="alice", role=Role.brand, brand_id="bose")
    assert token.startswith("bsk_") and len(token) > 50
    assert token not in record.model_dump_json()
    assert record.token_sha256 == hash_token(token) and token_matches(record, token)
    assert not token_matches(record, token + "x")
    other, _ = new_key(name="alice", role=Role.brand, brand_id="bose")
    assert other != token


def test_a_key_has_exactly_the_scope_of_its_role():
    with pytest.raises(ValueError):
        new_key(name="x", role=Role.brand)
    with pytest.raises(ValueError):
        new_key(name="x", role=Role.iwg, iwg="ce", brand_id="bose")
    with pytest.raises(ValueError):
        new_key(name="x", role=Role.operator, brand_id="bose")


def test_token_from_either_header():
    assert token_from_headers("Bearer abc", None) == "abc"
    assert token_from_headers(None, "xyz") == "xyz"
    assert token_from_headers("Basic abc", None) is None


def test_alert_visibility_follows_brand_and_group():
    alert = make_alert()
    assert OPERATOR.can_read_alert(alert) and BOSE.can_read_alert(alert) and CE.can_read_alert(alert)
    assert not GOOSE.can_read_alert(alert) and not APPAREL.can_read_alert(alert)
    assert BOSE.can_triage(alert) and OPERATOR.can_triage(alert)
    assert not CE.can_triage(alert)  # the group reads, the brand decides


def test_not_yours_and_not_there_are_the_same_error():
    with pytest.raises(NotFound) as theirs:
        GOOSE.require_manage_brand("bose", exists=True)
    with pytest.raises(NotFound) as nothing:
        GOOSE.require_manage_brand("no-such-brand", exists=False)
    assert str(theirs.value) == str(nothing.value)
    with pytest.raises(NotFound):
        CE.require_manage_brand("bose", exists=True)  # fingerprints are confidential, even to the group
    BOSE.require_manage_brand("bose", exists=True)
    with pytest.raises(Forbidden):
        BOSE.require_operator()


def test_subscriptions_belong_to_a_brand_or_a_group():
    assert BOSE.owns_subscription("bose", None) and not BOSE.owns_subscription(None, "consumer-electronics")
    assert CE.owns_subscription(None, "consumer-electronics") and not CE.owns_subscription("bose", None)
    assert OPERATOR.owns_subscription("bose", None)
