"""The alert book: whether a match raises a new alert, answered from what alert-events and suppressions say."""

from datetime import datetime, timezone

from brandsentry.settings import Topics
from schemas import AlertStatus, Listing, Match, Signal, alert_id
from schemas.portal import Suppression
from services.alerts.book import AlertBook, Pending, Verdict
from services.alerts.core import MatchFacts, new_alert

NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)


def match(listing_id: str, *, seller: str = "s9", brand: str = "bose", term: str = "Bose") -> Match:
    listing = Listing(marketplace="taobao", listing_id=listing_id, title="Bose QC45 replica", seller={"id": seller},
                      observed_at=NOW)
    return Match(listing_key=listing.key, listing=listing, brand_id=brand, brand_name="Bose", iwg="consumer-electronics",
                 score=0.9, threshold=0.6, signals=[Signal(rule="exact", term=term, weight=0.5)], matcher_version="t",
                 index_version=1)


def event(m: Match, **changes) -> bytes:
    """An alert-events record as the alerts service (or the portal, after triage) writes it."""
    alert = new_alert(m, Topics(), now=NOW).model_copy(update=changes)
    return alert.model_dump_json().encode()


def test_an_alert_on_alert_events_is_a_repeat_whatever_its_status():
    book = AlertBook()
    m = match("1")
    book.apply_alert_event(event(m))
    book.apply_alert_event(event(m, status=AlertStatus.confirmed))  # a triage update of the same alert
    assert len(book) == 1
    assert book.decide(MatchFacts.of(m), alert_id("bose", m.listing_key)).verdict == Verdict.repeat
    other = match("2")
    assert book.decide(MatchFacts.of(other), alert_id("bose", other.listing_key)).verdict == Verdict.new


def test_tombstones_change_nothing_and_junk_raises():
    book = AlertBook()
    book.apply_alert_event(None)
    assert len(book) == 0
    try:
        book.apply_alert_event(b'{"not": "an alert"}')
    except KeyError:
        pass
    else:
        raise AssertionError("a record that is not an alert must be refused")


def test_seller_history_counts_distinct_alerts_and_pending_ones_of_the_batch():
    book = AlertBook()
    first, again = match("1", seller="s1"), match("2", seller="s1")
    book.apply_alert_event(event(first))
    book.apply_alert_event(event(first))  # the same alert twice still counts once
    pending = Pending()
    pending.add(alert_id("bose", "taobao:2"), MatchFacts.of(again))
    third = match("3", seller="s1")
    decision = book.decide(MatchFacts.of(third), alert_id("bose", third.listing_key), pending=pending)
    assert decision.verdict == Verdict.new and decision.seller_prior_alerts == 2
    assert book.decide(MatchFacts.of(again), alert_id("bose", again.listing_key), pending=pending).verdict == Verdict.repeat


def suppression(**fields) -> Suppression:
    return Suppression(id=fields.pop("id", "s1"), brand_id="bose", alert_id="a" * 24, created_by="alice", **fields)


def test_suppressions_hold_until_lifted():
    book = AlertBook()
    m = match("1", seller="s7")
    book.apply_suppression(suppression(scope="listing", listing_key=m.listing_key))
    assert book.decide(MatchFacts.of(m), "x").verdict == Verdict.suppressed
    book.apply_suppression(suppression(scope="listing", listing_key=m.listing_key, lifted=True))
    assert book.decide(MatchFacts.of(m), "x").verdict == Verdict.new

    book.apply_suppression(suppression(id="s2", scope="seller_mark", marketplace="taobao", seller_id="s7", mark="BOSE"))
    assert book.decide(MatchFacts.of(m), "x").verdict == Verdict.suppressed  # marks compare case-folded
    assert book.decide(MatchFacts.of(match("2", seller="s8")), "y").verdict == Verdict.new  # another seller


def test_a_snapshot_of_a_known_alert_is_decoded_only_when_it_is_resolved():
    from schemas.models import StatusChange

    book = AlertBook()
    m = match("1", seller="s1")
    ident = alert_id("bose", m.listing_key)
    book.remember([(ident, MatchFacts.of(m))])  # raised by this worker, then read back from alert-events
    book.apply_alert_event(event(m)[:-40], ident.encode())  # open and known: not decoded (it is cut: not JSON)
    try:
        book.apply_alert_event(event(m, status=AlertStatus.confirmed)[:-40], b"an unknown alert id")
    except ValueError:
        pass
    else:
        raise AssertionError("an alert the book does not hold must be decoded")
    taken_down = event(m, status=AlertStatus.resolved, history=[
        StatusChange(status=AlertStatus.open, at=NOW), StatusChange(status=AlertStatus.takedown_requested, at=NOW),
        StatusChange(status=AlertStatus.resolved, at=NOW)])
    book.apply_alert_event(taken_down, ident.encode())  # known, but resolved: the relist index needs it
    again = match("2", seller="s1")
    relist = book.relists.find(MatchFacts.of(again))
    assert relist is not None and relist.original_alert_id == ident and relist.reason == "same_seller"
    assert len(book) == 1


def test_alerts_in_flight_count_for_the_seller_until_committed_or_aborted():
    book = AlertBook()
    in_flight = Pending()  # the alerts service's: every batch in flight, of every partition
    a, b = match("1", seller="s1"), match("2", seller="s1")
    first = [(alert_id("bose", a.listing_key), MatchFacts.of(a))]
    in_flight.add(*first[0])  # one partition's batch, its transaction not committed yet
    decision = book.decide(MatchFacts.of(b), alert_id("bose", b.listing_key), pending=in_flight)
    assert decision.verdict == Verdict.new and decision.seller_prior_alerts == 1
    book.remember(first)  # committed: in the book, no longer in flight
    in_flight.discard(first)
    assert book.decide(MatchFacts.of(b), alert_id("bose", b.listing_key), pending=in_flight).seller_prior_alerts == 1
    second = [(alert_id("bose", b.listing_key), MatchFacts.of(b))]
    in_flight.add(*second[0])
    in_flight.discard(second)  # aborted: handled again, and then new again
    assert book.decide(MatchFacts.of(b), second[0][0], pending=in_flight).verdict == Verdict.new
    assert not in_flight.alerts and not in_flight.per_seller
