"""The fault tests' yardstick itself: what counts as lost, doubled and extra (no servers needed)."""

from __future__ import annotations

import json

from brandsentry.settings import Topics
from tests.faults.harness import AlertReader, Expected, is_new_alert, judge

T = Topics(topic_prefix="p.")


def record(aid: str, *statuses: str) -> bytes:
    return json.dumps({"alert_id": aid, "status": statuses[-1],
                       "history": [{"status": s, "by": "x"} for s in statuses]}).encode()


def exp(aid: str, brand: str = "bose", iwg: str = "consumer-electronics") -> Expected:
    return Expected(aid, brand, iwg, f"taobao:{aid}")


def reader_with(*records: tuple[str, bytes]) -> AlertReader:
    reader = AlertReader("127.0.0.1:1", T)
    for topic, value in records:
        reader._take(topic, value)
    return reader


def everywhere(aid: str, *statuses: str, brand: str = "bose", iwg: str = "consumer-electronics") -> list:
    return [(t, record(aid, *(statuses or ("open",)))) for t in (T.alert_events, T.alerts_brand(brand), T.alerts_iwg(iwg))]


def test_a_new_alert_is_open_without_triage():
    assert is_new_alert(json.loads(record("a", "open")))
    assert not is_new_alert(json.loads(record("a", "open", "confirmed")))
    assert not is_new_alert(json.loads(record("a", "open", "confirmed", "open")))


def test_each_alert_once_everywhere_is_exact_and_a_triage_snapshot_is_no_double():
    reader = reader_with(*everywhere("a"), *everywhere("b"), (T.alert_events, record("a", "open", "confirmed")))
    verdict = judge(reader, {"a": exp("a"), "b": exp("b")}, ["a", "b"])
    assert verdict.problems() == [] and not verdict.lost_ids and not verdict.doubled_ids
    assert reader.latest["a"] == {"status": "confirmed"}


def test_a_second_new_record_for_one_id_is_doubled_on_that_topic():
    reader = reader_with(*everywhere("a"), (T.alerts_brand("bose"), record("a", "open")))
    verdict = judge(reader, {"a": exp("a")}, ["a"])
    assert verdict.doubled[T.alerts_brand("bose")] == {"a"} and verdict.doubled_ids == {"a"}
    assert not verdict.doubled[T.alert_events]


def test_an_alert_missing_from_its_working_group_topic_is_lost_and_an_unexpected_one_is_extra():
    reader = reader_with(*everywhere("a")[:2], *everywhere("z"))
    verdict = judge(reader, {"a": exp("a")}, ["a", "z"])
    assert verdict.lost[T.alerts_iwg("consumer-electronics")] == {"a"} and verdict.lost_ids == {"a"}
    assert verdict.extra == {"z"} and verdict.portal_extra == {"z"}


def test_the_portal_listing_an_alert_twice_or_missing_one_counts():
    reader = reader_with(*everywhere("a"), *everywhere("b"))
    verdict = judge(reader, {"a": exp("a"), "b": exp("b")}, ["a", "a"])
    assert verdict.portal_doubled == 1 and verdict.portal_lost == {"b"} and verdict.lost_ids == {"b"}
    assert len(verdict.problems()) == 2
