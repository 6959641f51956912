from datetime import timedelta

import pytest

from schemas import AlertStatus as S
from schemas import Signal
from schemas.portal import SuppressionScope
from services.alerts.core import suppressed, suppression_keys
from services.portal.exceptions import Conflict, Invalid
from services.portal.triage import TRANSITIONS, allowed, marks_of, suppressions_for, transition
from tests.unit.portal.helpers import NOW, make_alert

LATER = NOW + timedelta(hours=1)


def test_the_main_path_open_confirmed_takedown_resolved_keeps_who_and_when():
    a = make_alert()
    for to in (S.confirmed, S.takedown_requested, S.resolved):
        a = transition(a, to, by="alice", now=LATER)
    assert a.status == S.resolved
    assert [h.status for h in a.history] == [S.open, S.confirmed, S.takedown_requested, S.resolved]
    assert a.history[-1].by == "alice" and a.history[-1].at == LATER and a.updated_at == LATER
    assert a.created_at == NOW  # the alert is the same alert


@pytest.mark.parametrize("start,to", [(S.open, S.takedown_requested), (S.open, S.resolved), (S.resolved, S.open),
                                      (S.takedown_requested, S.dismissed), (S.dismissed, S.confirmed)])
def test_illegal_transitions_conflict_and_say_what_is_allowed(start, to):
    a = make_alert().model_copy(update={"status": start})
    with pytest.raises(Conflict) as err:
        transition(a, to, by="alice", now=LATER)
    assert start.value in str(err.value) and "allowed" in str(err.value)


def test_every_status_has_a_rule_and_resolved_is_final():
    assert set(TRANSITIONS) == set(S)
    assert allowed(S.resolved) == []
    assert allowed(S.open) == [S.confirmed, S.test_buy, S.dismissed]


def test_dismissal_needs_a_known_reason():
    a = make_alert()
    with pytest.raises(Invalid):
        transition(a, S.dismissed, by="alice", now=LATER)
    with pytest.raises(Invalid):
        transition(a, S.dismissed, by="alice", now=LATER, reason="meh")
    d = transition(a, S.dismissed, by="alice", now=LATER, reason="not_infringing", note="genuine reseller")
    assert d.history[-1].reason == "not_infringing" and d.history[-1].note == "genuine reseller"


def test_seller_mark_suppression_names_each_matched_mark_and_the_alerts_service_finds_it():
    a = make_alert(signals=[
        Signal(rule="exact", field="title", text="BOSE", term="Bose", weight=0.5),
        Signal(rule="fuzzy", field="title", text="QuietComfrt", term="QuietComfort", weight=0.3),
        Signal(rule="exact", field="title", text="Mars", term="Mars", weight=-0.2),  # negative: not a hit
    ])
    assert marks_of(a) == ["Bose", "QuietComfort"]
    sups = suppressions_for(a, SuppressionScope.seller_mark, by="alice", now=LATER)
    assert [(s.marketplace, s.seller_id, s.mark) for s in sups] == [("taobao", "s9", "Bose"), ("taobao", "s9", "QuietComfort")]
    only = suppressions_for(a, SuppressionScope.seller_mark, by="alice", now=LATER, marks=["bose"])
    assert [s.mark for s in only] == ["Bose"]
    # the same decision twice is the same suppression (compacted key)
    assert [s.id for s in suppressions_for(a, SuppressionScope.seller_mark, by="bob", now=NOW)] == [s.id for s in sups]
    with pytest.raises(Invalid):
        suppressions_for(a, SuppressionScope.seller_mark, by="alice", now=LATER, marks=["Nike"])

    listing_key, mark_keys = suppression_keys(a.match, "p.")
    assert listing_key == "p.suppress:bose:listing:taobao:7"
    assert mark_keys == ["p.suppress:bose:seller:taobao/s9:bose", "p.suppress:bose:seller:taobao/s9:quietcomfort"]


def test_suppressed_only_when_the_listing_or_every_matched_mark_is():
    assert suppressed(True, [])
    assert suppressed(False, [True, True])
    assert not suppressed(False, [True, False])  # a second mark still alerts
    assert not suppressed(False, [])  # no mark matched (model, image): a seller suppression does not apply


def test_listing_suppression():
    [s] = suppressions_for(make_alert(), SuppressionScope.listing, by="alice", now=LATER)
    assert s.listing_key == "taobao:7" and s.brand_id == "bose" and s.created_by == "alice" and not s.lifted


def test_an_alert_takes_at_most_max_status_changes_and_then_says_so():
    """tenant57: dismissing and reopening one alert in a loop (notes of 2,000 characters) grew its snapshot, which
    carries the whole history, by 2 KB a move: after 497 moves (52 s) it passed Kafka's record limit and every later
    move answered 500, the alert stuck, and the alert-events topic had taken ~260 MB of its snapshots. An alert takes
    MAX_STATUS_CHANGES moves; the next is a Conflict (409) that says so, and the history is kept whole."""
    from services.portal.triage import MAX_STATUS_CHANGES

    alert = make_alert()
    while len(alert.history) < MAX_STATUS_CHANGES:
        to = S.dismissed if alert.status == S.open else S.open
        alert = transition(alert, to, by="alice", now=NOW, reason="other", note="n" * 2000)
    assert len(alert.model_dump_json()) < 200_000  # well inside Kafka's record limit
    with pytest.raises(Conflict, match=rf"has changed status {MAX_STATUS_CHANGES} times, the most an alert may"):
        transition(alert, S.open if alert.status == S.dismissed else S.dismissed, by="alice", now=NOW, reason="other")


def test_an_alert_takes_at_most_max_test_buys():
    """tenant57: test buys on one alert were unbounded (100 'not_delivered' ones, each with 100 files and a note, took
    4.9 MB of the shared Redis and went into every evidence pack); past MAX_TEST_BUYS the next is a Conflict (409)."""
    from services.portal.triage import MAX_TEST_BUYS, require_room_for_test_buy

    require_room_for_test_buy(MAX_TEST_BUYS - 1)
    with pytest.raises(Conflict, match=rf"has {MAX_TEST_BUYS} test buys recorded, the most an alert may"):
        require_room_for_test_buy(MAX_TEST_BUYS)
