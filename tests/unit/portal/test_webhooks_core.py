import random
from datetime import timedelta

import pytest

from schemas import AlertStatus
from schemas.portal import WebhookEventType, WebhookSubscription
from services.portal import signing
from services.portal.exceptions import Invalid
from services.portal.triage import transition
from services.portal.urlcheck import check_addresses
from services.portal.webhooks_core import backoff_s, delivery_id, event_of, events_for, retryable
from tests.unit.portal.helpers import NOW, make_alert

CREATED = WebhookEventType.alert_created
CHANGED = WebhookEventType.alert_status_changed


def sub(**kw) -> WebhookSubscription:
    doc = {"id": "wh_0123456789abcdef", "brand_id": "bose", "url": "https://example.com/hook", "events": [CREATED],
           "created_by": "alice", "created_at": NOW - timedelta(days=1)}
    doc.update(kw)
    return WebhookSubscription(**doc)


def test_signature_is_hmac_sha256_over_timestamp_dot_body_and_verifies():
    body = b'{"a": 1}'
    sig = signing.sign("s3cret", 1700000000, body)
    import hashlib
    import hmac
    assert sig == "sha256=" + hmac.new(b"s3cret", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert signing.verify("s3cret", 1700000000, body, sig, now=1700000010)
    assert not signing.verify("s3cret", 1700000000, body + b" ", sig, now=1700000010)
    assert not signing.verify("other", 1700000000, body, sig, now=1700000010)
    assert not signing.verify("s3cret", 1700000000, body, sig, now=1700009999)  # too old: replay refused
    h = signing.headers("s3cret", timestamp=1700000000, body=body, delivery_id="d1", event="alert.created")
    assert h[signing.SIGNATURE_HEADER] == sig and h[signing.TIMESTAMP_HEADER] == "1700000000"


def test_new_alert_and_status_change_are_different_events_with_stable_delivery_ids():
    a = make_alert()
    assert event_of(a) == (CREATED, f"{a.alert_id}:1")
    b = transition(a, AlertStatus.confirmed, by="alice", now=NOW)
    assert event_of(b) == (CHANGED, f"{a.alert_id}:2")
    assert delivery_id("wh_1", "x:1") == delivery_id("wh_1", "x:1") != delivery_id("wh_2", "x:1")


def test_filters_tenant_event_type_severity_and_status():
    a = make_alert()  # severity high (score 0.8, cue + price)
    assert [e.type for e in events_for(a, [sub()])] == [CREATED]
    assert events_for(a, [sub(brand_id="canada-goose")]) == []
    assert len(events_for(a, [sub(brand_id=None, iwg="consumer-electronics")])) == 1
    assert events_for(a, [sub(brand_id=None, iwg="apparel-footwear")]) == []
    assert events_for(a, [sub(min_severity="critical")]) == []
    assert events_for(a, [sub(events=[CHANGED])]) == []
    assert events_for(a, [sub(created_at=NOW + timedelta(seconds=1))]) == []  # a new subscription gets no past
    b = transition(a, AlertStatus.confirmed, by="alice", now=NOW)
    [e] = events_for(b, [sub(events=[CHANGED])])
    assert e.status_change.status == AlertStatus.confirmed and e.alert.status == AlertStatus.confirmed
    assert events_for(b, [sub(events=[CHANGED], statuses=["dismissed"])]) == []


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    rng = random.Random(1)
    delays = [backoff_s(n, base_s=1, max_s=10, rng=rng) for n in range(1, 8)]
    for n, d in enumerate(delays, start=1):
        nominal = min(10, 2 ** (n - 1))
        assert 0.5 * nominal <= d <= 1.5 * nominal
    assert len({round(d, 6) for d in delays}) == len(delays)  # jittered
    assert retryable(None) and retryable(500) and retryable(429) and not retryable(400) and not retryable(404)


@pytest.mark.parametrize("address,kind", [("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.1.9", "private"),
                                          ("169.254.169.254", "link-local"), ("::1", "loopback"),
                                          ("fe80::1", "link-local"), ("::ffff:127.0.0.1", "loopback"),
                                          ("0.0.0.0", "unspecified")])
def test_private_loopback_and_link_local_addresses_are_refused_with_a_clear_message(address, kind):
    with pytest.raises(Invalid) as err:
        check_addresses("http://hooks.example.com/x", [address], [])
    assert kind in str(err.value) and "PORTAL_WEBHOOK_ALLOW_HOSTS" in str(err.value)


def test_public_addresses_pass_and_operators_can_allow_list_hosts_or_blocks():
    check_addresses("https://hooks.example.com/x", ["93.184.216.34"], [])
    check_addresses("http://localhost:9000/x", ["127.0.0.1"], ["localhost"])
    check_addresses("http://inhouse.corp/x", ["10.20.1.5"], ["10.20.0.0/16"])
    with pytest.raises(Invalid):
        check_addresses("http://inhouse.corp/x", ["10.20.1.5", "10.99.0.1"], ["10.20.0.0/16"])
    with pytest.raises(Invalid):
        check_addresses("ftp://example.com/x", ["93.184.216.34"], [])
    with pytest.raises(Invalid):
        check_addresses("https://user:pw@example.com/x", ["93.184.216.34"], [])
    with pytest.raises(Invalid):
        check_addresses("https://nowhere.invalid/x", [], [])


def test_watermarks_commit_up_to_the_first_record_with_a_delivery_not_done():
    from services.portal.webhooks_core import Watermarks

    marks = Watermarks()
    marks.add("p0", 10, 2)  # two subscriptions want record 10
    marks.add("p0", 11, 0)  # nobody wants 11
    marks.add("p0", 12, 1)
    marks.add("p1", 5, 0)
    assert marks.to_commit() == {"p0": 10, "p1": 6} and marks.in_flight == 3
    marks.done("p0", 12)  # a later record finished first: still nothing past 10
    assert marks.to_commit() == {}
    marks.done("p0", 10)
    assert marks.to_commit() == {}
    marks.done("p0", 10)
    assert marks.to_commit() == {"p0": 13} and marks.in_flight == 0
    assert marks.to_commit({"p0": 14, "p1": 6}) == {"p0": 14}  # past a transaction marker: the position
    marks.add("p0", 14, 1)
    assert marks.to_commit({"p0": 16}) == {}  # 14 still pending
