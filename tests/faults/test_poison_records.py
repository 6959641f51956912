"""Poison records written straight onto the pipeline's topics, between good ones of the same batch (faults, 2026-12-01).

A producer other than ingest (a replay tool, a connector with topic access, a producer retry, a host whose clock
is wrong) can put on `listings` what ingest never would: a broken or absurd `ingested-at-ms` header, a tombstone,
a record without key, the same record twice. The promise: each bad record is dead-lettered alone with its reason
and original bytes, its neighbours (same partition, same batch) alert exactly once, nothing stalls.
"""

from __future__ import annotations

import json
import uuid

import pytest
from aiokafka import AIOKafkaProducer

from tests.faults.harness import assert_exact, expected_alerts, feed, kafka_kwargs, listing_key, log, report_line


async def produce_raw(stack, topic: str, records: list[tuple[bytes | None, bytes | None, list]], partition: int = 0) -> None:
    """Records (key, value, headers) onto one partition of `topic`, in this order, as an outside producer."""
    producer = AIOKafkaProducer(bootstrap_servers=stack.bootstrap, acks="all", max_request_size=4 * 1024 * 1024,
                                **kafka_kwargs(stack.bootstrap))
    await producer.start()
    try:
        for key, value, headers in records:
            await producer.send_and_wait(topic, value=value, key=key, headers=headers, partition=partition)
    finally:
        await producer.stop()


def _header(ms: bytes) -> list:
    return [("ingested-at-ms", ms)]


# a header ingest would never write: not a number, a float, years out of range (a host's clock gone wild)
BAD_HEADERS = [b"abc", b"", b"1.7e12", b"99999999999999999999", b"-99999999999999"]


@pytest.mark.timeout(300)
async def test_a_listing_with_a_broken_ingested_at_header_stalls_nothing(make_stack):
    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    docs = feed(run, 1)
    # every good listing on partition 0 with a valid header, the bad-header listings spread among them
    poison = [dict(docs[i], listing_id=f"{run}-poison{i}") for i in range(len(BAD_HEADERS))]
    expected = expected_alerts(docs + poison)  # a bad header is no reason not to match: alerted or dead-lettered
    good_only = expected_alerts(docs)
    now = b"1796100000000"
    records, step = [], len(docs) // (len(BAD_HEADERS) + 1)
    for i, doc in enumerate(docs):
        records.append((listing_key(doc).encode(), json.dumps(doc).encode(), _header(now)))
        if i and i % step == 0 and i // step <= len(BAD_HEADERS):
            j = i // step - 1
            records.append((listing_key(poison[j]).encode(), json.dumps(poison[j]).encode(), _header(BAD_HEADERS[j])))
    await produce_raw(stack, stack.topics.listings, records)
    verdict = await stack.settle(expected, timeout_s=60)
    dead = {r.key.decode() if r.key else None: dict(r.headers) for r in await stack.read(stack.topics.listings_dlq)}
    poison_keys = {listing_key(p) for p in poison}
    poison_alerts = {a for a, e in expected.items() if e.listing_key in poison_keys}
    seen = set(stack.reader.new.get(stack.topics.alert_events, {}))
    good_lost = set(good_only) - seen
    poison_unaccounted = [k for k in poison_keys if k not in dead
                          and not {a for a in poison_alerts if expected[a].listing_key == k} <= seen]
    report_line("listings with broken/absurd ingested-at-ms headers among 400 good ones, one partition", verdict, None,
                good_lost=len(good_lost), poison_unaccounted=len(poison_unaccounted),
                behind=await stack.groups_behind())
    assert not good_lost, f"{len(good_lost)} of {len(good_only)} alerts of good neighbours never raised: " \
                          f"{await stack.groups_behind()}\n{stack.tails()}"
    assert not poison_unaccounted, f"neither alerted nor dead-lettered: {poison_unaccounted}"
    assert_exact(verdict, stack)


def _variant(match: dict, listing_id: str, **changes) -> dict:
    """A copy of a real Match for another listing id (so another alert id), with `changes` at the top level or, for
    keys starting with 'listing.', in its listing."""
    doc = json.loads(json.dumps(match))
    doc["listing"]["listing_id"] = listing_id
    doc["listing_key"] = f"{doc['listing']['marketplace']}:{listing_id}"
    for k, v in changes.items():
        if k.startswith("listing."):
            doc["listing"][k.split(".", 1)[1]] = v
        else:
            doc[k] = v
    return doc


@pytest.mark.timeout(300)
async def test_matches_not_valid_as_a_match_are_dead_lettered_and_stall_nothing(make_stack):
    """Records on `matches` that the alerts service's fast path (MatchFacts.of_json) reads as a Match but the model
    refuses (a brand or working-group id that cannot name a topic, a naive ingested_at), and records that are no Match
    at all, between good ones on one partition: every good one alerts once, every bad one is dead-lettered
    with its reason (or alerts with a valid Alert), every record on the alert topics is a valid Alert."""
    from schemas import Alert, alert_id

    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    docs = feed(run, 1)[:40]
    expected = expected_alerts(docs)
    await stack.stream(docs, chunk=40)
    await stack.settle(expected, timeout_s=60)
    real = json.loads((await stack.read(stack.topics.matches))[0].value)

    good = [_variant(real, f"{run}-good{i}") for i in range(4)]
    bad = {
        "brand id not a topic name": _variant(real, f"{run}-bad-brand", brand_id="Bad Brand!"),
        "iwg not a topic name": _variant(real, f"{run}-bad-iwg", iwg="x/y"),
        "naive ingested_at": _variant(real, f"{run}-naive", ingested_at="2026-12-01T05:00:00"),
    }
    junk = [b"null", b"[1]", b"{not json", b"\xff\xfe"]
    raw = lambda d: (d["listing_key"].encode(), json.dumps(d).encode(), [])  # noqa: E731
    records = [raw(good[0]), *[(b"junk", j, []) for j in junk[:2]], raw(good[1]), (b"tombstone", None, []),
               *[raw(d) for d in bad.values()], raw(good[2]), *[(b"junk", j, []) for j in junk[2:]],
               raw(good[0]),  # the same record again: a producer's retry
               raw(good[3])]
    await produce_raw(stack, stack.topics.matches, records)

    good_ids = {alert_id(d["brand_id"], d["listing_key"]) for d in good}
    bad_ids = {name: alert_id(d["brand_id"], d["listing_key"]) for name, d in bad.items()}
    for d in good:
        e = next(iter(expected.values()))
        expected[alert_id(d["brand_id"], d["listing_key"])] = type(e)(alert_id(d["brand_id"], d["listing_key"]),
                                                                       d["brand_id"], d["iwg"], d["listing_key"])
    verdict = await stack.settle(expected, timeout_s=60)
    events = await stack.read(stack.topics.alert_events)
    invalid = []
    for r in events:
        try:
            Alert.model_validate_json(r.value)
        except Exception as exc:  # noqa: BLE001 - we report what it was
            invalid.append((json.loads(r.value).get("alert_id"), str(exc).splitlines()[:2]))
    dead = await stack.read(stack.topics.matches_dlq)
    reasons = [dict(r.headers).get("error.reason") for r in dead]
    seen = set(stack.reader.new.get(stack.topics.alert_events, {}))
    bad_outcome = {name: ("alerted" if aid in seen else "not alerted") for name, aid in bad_ids.items()}
    report_line("poison matches (junk, tombstone, shaped-but-invalid, a replay) between good ones on one partition",
                verdict, None, good_alerted=len(good_ids & seen), dead_letters=len(dead), invalid_alerts=len(invalid),
                bad=bad_outcome, behind=await stack.groups_behind())
    assert good_ids <= seen, f"good matches after the poison never alerted: {await stack.groups_behind()}\n{stack.tails()}"
    assert not invalid, f"alerts on alert-events that are not valid Alerts: {invalid}"
    assert len(dead) >= len(junk) + 1 + len([n for n, o in bad_outcome.items() if o == "not alerted"]), reasons
    assert_exact(verdict, stack)
