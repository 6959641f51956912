"""Test buys move alerts by the triage rules; precision with Wilson intervals; evidence packs hash every file."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date, timedelta

import pytest

from schemas import AlertStatus, Signal
from schemas.models import ListingSource
from schemas.portal import EvidenceManifest, TestBuy, make_test_buy_id
from schemas.portal import TestBuyVerdict as V
from services.portal import evidence, precision, triage
from services.portal.exceptions import Conflict
from services.portal.notice import render_notice
from tests.unit.portal.helpers import NOW, make_alert




def moved(alert, verdict):
    return triage.after_test_buy(alert, verdict, "tb_0123456789abcdef", by="alice", now=NOW)


def test_a_counterfeit_verdict_confirms_and_a_genuine_one_dismisses_as_not_infringing():
    confirmed = moved(make_alert(), V.counterfeit)
    assert confirmed.status == AlertStatus.confirmed and confirmed.history[-1].note == "test buy tb_0123456789abcdef: counterfeit"
    dismissed = moved(make_alert(), V.genuine)
    assert dismissed.status == AlertStatus.dismissed and dismissed.history[-1].reason == "not_infringing"


def test_not_delivered_and_a_verdict_the_status_already_says_do_not_move_the_alert():
    assert moved(make_alert(), V.not_delivered) is None
    assert moved(confirmed := moved(make_alert(), V.counterfeit), V.counterfeit) is None
    taken_down = triage.transition(confirmed, AlertStatus.takedown_requested, by="a", now=NOW)
    assert moved(taken_down, V.counterfeit) is None


def test_a_verdict_follows_the_triage_rules():
    confirmed = moved(make_alert(), V.counterfeit)
    taken_down = triage.transition(confirmed, AlertStatus.takedown_requested, by="a", now=NOW)
    with pytest.raises(Conflict, match="takedown_requested cannot become dismissed"):
        moved(taken_down, V.genuine)
    with pytest.raises(Conflict, match="dismissed cannot become confirmed"):
        moved(moved(make_alert(), V.genuine), V.counterfeit)


def test_a_test_buy_received_before_it_was_ordered_is_refused():
    with pytest.raises(ValueError, match="received_on is before ordered_on"):
        TestBuy(id=make_test_buy_id("a" * 24, "o1"), alert_id="a" * 24, brand_id="bose", iwg="ce", marketplace_order_id="o1",
                cost={"amount": 30, "currency": "USD"}, ordered_on=date(2026, 11, 2), received_on=date(2026, 11, 1),
                verdict="counterfeit", recorded_by="alice")


@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (0, 0, 0.0, 1.0),
    (8, 10, 0.4902, 0.9433),  # Wilson 1927; also statsmodels proportion_confint(8, 10, method="wilson")
    (0, 10, 0.0, 0.2775),
    (10, 10, 0.7225, 1.0),
    (50, 100, 0.4038, 0.5962),
])
def test_wilson_interval(k, n, low, high):
    got = precision.wilson(k, n)
    assert got == pytest.approx((low, high), abs=1e-4)


def test_wilson_refuses_impossible_counts():
    with pytest.raises(ValueError):
        precision.wilson(3, 2)


def _sig(rule, fp, weight=0.5):
    return Signal(rule=rule, fingerprint_id=fp, field="title", weight=weight)


def test_precision_counts_decisions_in_the_window_per_rule_and_fingerprint():
    good = [_sig("exact", "fp.good"), _sig("cue", None, 0.2)]
    bad = [_sig("fuzzy", "fp.bad"), _sig("exact", "fp.neg", -0.3)]
    alerts = [
        triage.transition(make_alert(listing_id="1", signals=good), AlertStatus.confirmed, by="a", now=NOW),
        moved(make_alert(listing_id="2", signals=good), V.counterfeit),
        moved(make_alert(listing_id="3", signals=bad), V.genuine),
        triage.transition(make_alert(listing_id="4", signals=bad), AlertStatus.dismissed, by="a", now=NOW,
                          reason="not_infringing"),
        triage.transition(make_alert(listing_id="5", signals=bad), AlertStatus.dismissed, by="a", now=NOW,
                          reason="duplicate"),  # says nothing about the rule
        make_alert(listing_id="6", signals=bad),  # open: undecided
        triage.transition(make_alert(listing_id="7", signals=bad), AlertStatus.confirmed, by="a",
                          now=NOW - timedelta(days=40)),  # outside a 30-day window
    ]
    report = precision.precision(alerts, now=NOW, window_days=30)
    assert (report.overall.true_alerts, report.overall.false_alerts) == (2, 2)
    assert {r: (f.true_alerts, f.false_alerts) for r, f in report.rules.items()} == {
        "exact": (2, 0), "cue": (2, 0), "fuzzy": (0, 2)}  # the negative-weight exact signal of `bad` is not credited
    assert {f: (x.true_alerts, x.false_alerts) for f, x in report.fingerprints.items()} == {
        "fp.good": (2, 0), "fp.bad": (0, 2)}
    assert precision.needs_review(report.fingerprints["fp.bad"], below=0.5, min_decided=2)
    assert not precision.needs_review(report.fingerprints["fp.bad"], below=0.5, min_decided=3)
    assert not precision.needs_review(report.fingerprints["fp.good"], below=0.9, min_decided=1)
    assert report.overall.as_dict()["precision"] == 0.5


def test_an_evidence_pack_names_every_file_with_its_sha256_and_the_listings_coordinates():
    alert = moved(make_alert(), V.counterfeit)
    raw = alert.match.listing.model_dump_json().encode()
    notice = render_notice(alert, requested_by="alice", now=NOW)
    files = evidence.pack_files(alert, [], notice, raw)
    source = ListingSource(topic="p.listings", partition=2, offset=41)
    data, manifest = evidence.build_zip(alert, files, source=source, as_received=True, record_timestamp_ms=5,
                                        by="alice", now=NOW)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert sorted(zf.namelist()) == sorted([f.name for f in manifest.files] + ["manifest.json"])
        stored = EvidenceManifest.model_validate_json(zf.read("manifest.json"))
        assert stored.listing_source == source and stored.listing_as_received
        for f in stored.files:
            assert hashlib.sha256(zf.read(f.name)).hexdigest() == f.sha256
        assert zf.read("listing.json") == raw
        assert json.loads(zf.read("history.json"))[-1]["status"] == "confirmed"
    again, _ = evidence.build_zip(alert, files, source=source, as_received=True, record_timestamp_ms=5, by="alice", now=NOW)
    assert again == data  # the same evidence gives the same archive


def test_a_rescan_marks_what_it_found():
    from brandsentry.registry import Registry
    from schemas import Brand, IndustryWorkingGroup, MarkFingerprint
    from services.portal import rescan

    registry = Registry()
    for brand, iwg in (("bose", "ce"), ("goose", "apparel")):
        registry.working_groups[iwg] = IndustryWorkingGroup(id=iwg, name=iwg)
        registry.brands[brand] = Brand(id=brand, name=brand.title(), iwg=iwg)
        fp = MarkFingerprint(id=f"{brand}.mark.1", brand_id=brand, value=brand.title(), version=3)
        registry.fingerprints[fp.id] = fp
    only = rescan.snapshot(registry)
    assert only.fingerprints == registry.fingerprints and only.fingerprints is not registry.fingerprints

    marked = rescan.mark(make_alert().match, only, "rs_0123456789abcdef")
    assert (marked.found_by, marked.rescan_id) == ("rescan", "rs_0123456789abcdef")
    assert marked.fingerprint_versions == {}  # make_alert's fingerprint id is not in this registry
    hit = make_alert(signals=[Signal(rule="exact", fingerprint_id="bose.mark.1", field="title", weight=0.6)]).match
    assert rescan.mark(hit, only, "rs_1").fingerprint_versions == {"bose.mark.1": 3}

    status = rescan.RescanStatus(id="rs_1", brand_id="bose", since=NOW, dry_run=True, started_by="a", started_at=NOW)
    for _ in range(12):
        rescan.tally(status, hit)
    assert (status.matches, status.per_rule, len(status.sample)) == (12, {"exact": 12}, 10)


def test_a_rescan_never_alerts_a_brand_on_a_listing_another_brands_fingerprints_explain():
    """tenant56: a rescan matched with an index of the brand's fingerprints alone, so the matcher's rules that leave a
    listing to the brand whose goods it describes never ran: Louis Vuitton's spec 'date code' alerted it on a Michael
    Kors bag that the live matcher (every brand's fingerprints) leaves to Michael Kors (seen set outsider43)."""
    from brandsentry.registry import load_registry
    from schemas import Listing
    from services.matcher.core import MatcherIndex
    from services.matcher.core.layers import brands_subset
    from services.portal import rescan
    from tests.unit.matcher.test_adversary_classes import SEED

    two = brands_subset(load_registry(SEED), {"louis-vuitton", "michael-kors"})
    bag = Listing.model_validate({
        "marketplace": "depop", "listing_id": "12b0884c27c01c", "title": "Michael Kors Jet Set tote with microchip",
        "description": "Has the NFC microchip like the 2021+ bags, date code, dust bag and receipt copy. Mirror quality. "
                       "36.70 GBP Ships from China.", "price": {"amount": 36.7, "currency": "GBP"},
        "seller": {"id": "trade_7838ed", "country": "CN"}, "category": "handbags", "ship_from": "CN", "observed_at": "2026-12-04T01:54:06Z"})
    index = MatcherIndex.build(rescan.snapshot(two))
    assert rescan.matches_for(index, bag, "louis-vuitton") == []
    assert [m.brand_id for m in rescan.matches_for(index, bag, "michael-kors")] == ["michael-kors"]


def test_without_the_kafka_record_the_pack_says_the_listing_is_the_parsed_one():
    alert = make_alert()
    files = evidence.pack_files(alert, [], render_notice(alert, requested_by="alice", now=NOW), None)
    data, manifest = evidence.build_zip(alert, files, source=None, as_received=False, record_timestamp_ms=None,
                                        by="alice", now=NOW)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert json.loads(zf.read("listing.json"))["listing_id"] == alert.match.listing.listing_id
    assert manifest.listing_as_received is False and manifest.listing_source is None
    assert "parsed" in next(f.description for f in manifest.files if f.name == "listing.json")
