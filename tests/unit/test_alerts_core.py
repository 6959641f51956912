from datetime import datetime, timezone

from brandsentry.settings import Topics
from schemas import Listing, Match, Signal, alert_id
from services.alerts.core import new_alert, severity_of

NOW = datetime(2026, 11, 28, tzinfo=timezone.utc)
LISTING = Listing(marketplace="taobao", listing_id="7", title="Bose QC45 replica", seller={"id": "s9"}, observed_at=NOW)


def match(score: float, *rules: str) -> Match:
    signals = [Signal(rule=r, weight=0.3) for r in rules]
    return Match(listing_key=LISTING.key, listing=LISTING, brand_id="bose", brand_name="Bose", iwg="consumer-electronics",
                 score=score, threshold=0.6, signals=signals, matcher_version="t", index_version=1)


def test_alert_id_and_routing():
    alert = new_alert(match(0.7, "exact"), Topics(topic_prefix="p."), now=NOW, seller_prior_alerts=2)
    assert alert.alert_id == alert_id("bose", "taobao:7")
    assert alert.routed_to == ["p.alerts.iwg.consumer-electronics", "p.alerts.brand.bose"]
    assert alert.status == "open" and alert.history[0].status == "open"
    assert alert.seller_prior_alerts == 2


def test_severity_rises_with_score_and_corroboration():
    assert severity_of(match(0.6, "exact")) == "low"
    assert severity_of(match(0.7, "exact")) == "medium"
    assert severity_of(match(0.62, "exact", "cue")) == "medium"
    assert severity_of(match(0.7, "exact", "cue", "price")) == "high"
    assert severity_of(match(0.95, "exact", "cue", "price")) == "critical"


# --------------------------------------------------------------------------- the alerts service's fast path

import json  # noqa: E402
from pathlib import Path  # noqa: E402

import jsonschema_rs  # noqa: E402
import orjson  # noqa: E402
import pytest  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from schemas import Alert  # noqa: E402
from services.alerts.core import MatchFacts, alert_head, alert_json  # noqa: E402
from services.alerts.relists import Relist  # noqa: E402
from tests.unit.portal.helpers import make_alert  # noqa: E402

ALERT_SCHEMA = jsonschema_rs.validator_for(json.loads((Path(__file__).parents[2] / "schemas/json/alert.schema.json").read_text()))


def _nulls(doc) -> int:
    if isinstance(doc, dict):
        return sum(_nulls(v) for v in doc.values()) + sum(v is None for v in doc.values())
    return sum(_nulls(v) for v in doc) if isinstance(doc, list) else 0


@pytest.mark.parametrize("written", ["as the matcher writes it", "as written before issue 16, with its nulls"])
def test_the_alert_written_from_the_match_bytes_is_the_alert_of_the_model_and_valid_against_its_schema(written):
    match = make_alert().match.model_copy(update={"ingested_at": NOW})
    lean = written == "as the matcher writes it"
    raw = (match.topic_json() if lean else match.model_dump_json().encode()) + b"\n"
    assert Match.model_validate_json(raw) == match and (_nulls(json.loads(raw)) == 0) == lean
    for relist in (None, Relist("a" * 24, "same_seller", 0.5)):
        facts = MatchFacts.of_json(orjson.loads(raw))
        payload = alert_json(alert_head(facts, Topics(topic_prefix="p."), now=NOW, seller_prior_alerts=3,
                                        relist=relist), raw)
        ALERT_SCHEMA.validate(json.loads(payload))
        model = new_alert(match, Topics(topic_prefix="p."), now=NOW, seller_prior_alerts=3, relist=relist)
        assert Alert.model_validate_json(payload) == model
        assert (_nulls(json.loads(payload)) == 0) == lean  # the head writes no null either
        unlisted = facts._replace(listing={})  # its listing as written: with or without its nulls
        assert unlisted == MatchFacts.of(match)._replace(listing={}) and facts.marks == ("Bose",)
        assert facts.seller == "taobao/s9" and facts.listing == json.loads(raw)["listing"]


@pytest.mark.parametrize("change", [
    lambda d: d.pop("threshold"),                       # a required field missing
    lambda d: d.update(verdict="fake"),                 # a field a Match does not have
    lambda d: d["listing"].update(stolen=True),         # nor its listing
    lambda d: d.update(score="0.9"),                    # a field the decision reads, of the wrong type
    lambda d: d["signals"][0].update(weight=None),
    lambda d: d["listing"].pop("seller"),
    lambda d: d.update(signals={"rule": "exact"}),
    lambda d: d.update(brand_id="Bad Brand!"),          # ids that cannot name a topic: the batch failed for ever
    lambda d: d.update(iwg="x/y"),
    lambda d: d.update(ingested_at="2026-12-01T05:00:00"),  # no time zone: the model wants one
])
def test_a_record_not_shaped_as_a_match_is_left_to_the_model(change):
    doc = json.loads(make_alert().match.model_dump_json())
    change(doc)
    with pytest.raises((TypeError, KeyError, ValueError)):
        MatchFacts.of_json(doc)
    try:  # as the service does: the model refuses it (a dead letter with its reason) or reads it (a valid alert)
        model = Match.model_validate(doc)
    except ValidationError:
        return
    payload = alert_json(alert_head(MatchFacts.of(model), Topics(), now=NOW), model.model_dump_json().encode())
    ALERT_SCHEMA.validate(json.loads(payload))


def test_the_alerts_produce_batches_are_zstd_unless_told_otherwise():
    import structlog

    from services.alerts.service import AlertsService
    from services.alerts.settings import AlertsSettings

    log = structlog.get_logger()
    assert AlertsService(AlertsSettings(), log).loop.settings.compression_type == "zstd"
    assert AlertsService(AlertsSettings(compression="none"), log).loop.settings.compression_type is None
