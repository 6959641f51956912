"""Inputs that must not take their neighbours down (issue #11): a valid 20 KB listing whose Match serialises
past 1 MB, a 1.1 MB listing, a price of 1e400 — among a stream of ordinary listings."""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid

import pytest

from tests.faults.harness import assert_exact, expected_alerts, feed, judge, lines_of, listing_key, log, match_sizes, report_line


def _huge_match_listing(run: str) -> dict:
    """A valid ~20 KB listing whose Match serialises past 1 MB (one signal per brand mention)."""
    base = json.loads(lines_of(feed(run, 1))[1])
    return dict(base, listing_id=f"{run}-hugematch", title="B0SE QC45 headphones replica", description="B0SE " * 4000)


@pytest.mark.timeout(300)
async def test_oversized_and_non_finite_inputs_lose_no_neighbour(make_stack):
    run = uuid.uuid4().hex[:6]
    docs = feed(run, 3)
    huge = _huge_match_listing(run)
    # one backtest for the feed and the huge listing (expected_alerts keeps its answers), run while the stack boots
    stack, _ = await asyncio.gather(make_stack(), asyncio.to_thread(expected_alerts, docs + [huge]))
    expected = expected_alerts(docs)
    sizes = match_sizes(huge)  # the Match JSON the backtest printed for it, as the matcher would publish it
    assert len(json.dumps(huge)) < 25_000 and max(sizes, default=0) > 1_048_576, (len(json.dumps(huge)), sizes)
    # valid by the schema (attributes are free), but past Kafka's record limit
    big = dict(docs[0], listing_id=f"{run}-big", attributes={"spec": "x" * 1_100_000})
    big_raw = json.dumps(big).encode()
    inf_raw = json.dumps(dict(docs[0], listing_id=f"{run}-inf")).replace(
        f'"amount": {json.dumps(docs[0]["price"]["amount"])}', '"amount": 1e400').encode()
    assert b"1e400" in inf_raw

    # the 20 KB listing travels inside an NDJSON batch among ordinary neighbours (same matcher batch)
    middle = len(docs) // 2
    first = await stack.post_batch(lines_of(docs[:middle]) + [json.dumps(huge).encode()] + lines_of(docs[middle:]))
    big_answers = [(await stack.post_one(big_raw)).status_code for _ in range(2)]  # the client's retry, too
    inf_answer = await stack.post_one(inf_raw)
    log(f"{stack.name}: batch {first.get('accepted')} accepted; 1.1 MB listing answered {big_answers}; "
        f"1e400 answered {inf_answer.status_code} {inf_answer.text[:200]}")

    verdict = await stack.settle(expected)
    dead = {r.key.decode() if r.key else None: dict(r.headers) for r in await stack.read(stack.topics.listings_dlq)}
    huge_ids = expected_alerts([huge])
    alerted = set(huge_ids) & set(stack.reader.new.get(stack.topics.alert_events, {}))
    if alerted:  # bounded instead of dead-lettered: then its alerts count like any other
        verdict = judge(stack.reader, {**expected, **huge_ids}, await stack.portal_alert_ids())
    else:  # dead-lettered: not expected, and the portal must not list it either
        pass
    huge_dead = dead.get(listing_key(huge))
    big_dead = dead.get(listing_key(big))
    report_line("20 KB listing with a >1 MB Match, 1.1 MB listing, 1e400 price, among 1,200 listings", verdict, None,
                huge=("alerted (bounded)" if alerted else f"dead letter {_dl(huge_dead)}"),
                big=f"{big_answers} {_dl(big_dead)}", inf=inf_answer.status_code)

    assert_exact(verdict, stack)
    assert alerted or huge_dead is not None, "the listing whose Match is too large was neither alerted nor dead-lettered"
    if not alerted:
        assert {"error.reason", "error.size", "error.sha256"} <= set(huge_dead), huge_dead
    assert big_answers[0] in (413, 422) and big_answers[1] == big_answers[0], \
        f"a 1.1 MB listing must be refused at the edge (413/422) each time, got {big_answers}"
    assert big_dead is not None and big_dead.get("error.size") == str(len(big_raw)).encode() \
        and big_dead.get("error.sha256") == hashlib.sha256(big_raw).hexdigest().encode(), big_dead
    assert inf_answer.status_code == 422 and "finite" in inf_answer.text.lower(), inf_answer.text


def _dl(headers: dict | None) -> str:
    if headers is None:
        return "none"
    return "(" + ", ".join(f"{k}={headers[k].decode()[:40]}" for k in ("error.reason", "error.size", "error.sha256")
                           if k in headers) + ")"
