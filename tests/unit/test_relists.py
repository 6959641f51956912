"""Relists: a taken-down listing that comes back (same seller, or near-identical text) links to the original."""

from __future__ import annotations

from schemas import AlertStatus, Severity
from brandsentry.settings import Topics
from services.alerts.core import MatchFacts, new_alert, raised
from services.alerts.relists import RelistIndex, taken_down
from services.portal import triage
from tests.unit.portal.helpers import NOW, make_alert


def resolved_by_takedown(alert):
    for status in (AlertStatus.confirmed, AlertStatus.takedown_requested, AlertStatus.resolved):
        alert = triage.transition(alert, status, by="alice", now=NOW)
    return alert


def doc(alert) -> dict:
    return alert.model_dump(mode="json")


def with_title(alert, title: str):
    listing = alert.match.listing.model_copy(update={"title": title})
    return alert.model_copy(update={"match": alert.match.model_copy(update={"listing": listing})})


def test_only_an_alert_resolved_after_a_takedown_counts():
    index = RelistIndex()
    opened = make_alert(listing_id="1")
    index.add(doc(opened))
    index.add(doc(triage.transition(make_alert(listing_id="2"), AlertStatus.test_buy, by="a", now=NOW)))
    assert len(index) == 0 and not taken_down(doc(opened))
    index.add(doc(resolved_by_takedown(make_alert(listing_id="3"))))
    assert len(index) == 1


def test_the_same_seller_under_a_new_listing_id_is_a_relist_with_higher_severity():
    index = RelistIndex()
    original = resolved_by_takedown(make_alert(listing_id="1", seller="s9"))
    index.add(doc(original))
    back = with_title(make_alert(listing_id="2", seller="s9"), "Bose QuietComfort 45 wireless noise cancelling")
    relist = index.find(MatchFacts.of(back.match))
    assert (relist.original_alert_id, relist.reason) == (original.alert_id, "same_seller")
    linked = new_alert(back.match, Topics(topic_prefix="p."), now=NOW, seller_prior_alerts=2, relist=relist)
    assert linked.relist_of == original.alert_id and linked.severity == raised(back.severity)
    assert 0 <= linked.relist_similarity < 0.8  # the text changed: the similarity says so
    assert index.find(MatchFacts.of(original.match)) is None or index.find(MatchFacts.of(original.match)).original_alert_id == original.alert_id
    itself = new_alert(original.match, Topics(topic_prefix="p."), now=NOW, relist=index.find(MatchFacts.of(original.match)))
    assert itself.relist_of is None and itself.severity == original.severity  # an alert never relists itself


def test_near_identical_text_from_another_seller_is_a_relist_and_different_text_is_not():
    index = RelistIndex()
    original = resolved_by_takedown(with_title(make_alert(listing_id="1", seller="s9"),
                                               "BOSE QC45 noise cancelling headphones 1:1 replica, black, fast shipping"))
    index.add(doc(original))
    copy = with_title(make_alert(listing_id="2", seller="other"),
                      "BOSE QC45 noise cancelling headphones 1:1 replica, black, fast shipping!!")
    relist = index.find(MatchFacts.of(copy.match))
    assert relist.reason == "near_duplicate_text" and relist.similarity >= 0.8
    other = with_title(make_alert(listing_id="3", seller="third"), "Bose SoundLink Flex speaker, blue, sealed box")
    assert index.find(MatchFacts.of(other.match)) is None
    elsewhere = with_title(make_alert(brand="other-brand", listing_id="4", seller="x"), copy.match.listing.title)
    assert index.find(MatchFacts.of(elsewhere.match)) is None  # another brand's takedowns are not this brand's


def test_severity_is_raised_one_level_and_critical_stays():
    assert [raised(s) for s in Severity] == [Severity.medium, Severity.high, Severity.critical, Severity.critical]


def with_photo(alert, phash: str):
    from schemas import ListingImage

    listing = alert.match.listing.model_copy(update={"images": [ListingImage(phash=phash)]})
    return alert.model_copy(update={"match": alert.match.model_copy(update={"listing": listing})})


def test_a_photo_within_the_phash_bound_of_a_taken_down_one_is_a_relist():
    index = RelistIndex()
    original = resolved_by_takedown(with_photo(with_title(make_alert(listing_id="1", seller="s9"), "Bose QC45 replica"),
                                               "f0f0f0f0f0f0f0f0"))
    index.add(doc(original))
    near = with_photo(with_title(make_alert(listing_id="2", seller="other"), "Wireless headphones, great sound, new"),
                      "f0f0f0f0f0f0f0f3")  # 2 bits apart
    relist = index.find(MatchFacts.of(near.match))
    assert (relist.original_alert_id, relist.reason, relist.similarity) == (
        original.alert_id, "near_duplicate_image", round(1 - 2 / 64, 3))
    far = with_photo(with_title(make_alert(listing_id="3", seller="third"), "Wireless headphones, great sound, new"),
                     "0f0f0f0f0f0f0f0f")
    assert index.find(MatchFacts.of(far.match)) is None
