"""One NDJSON POST with poison lines among good ones (faults, 2026-12-01): invalid JSON, a JSON array, a listing
missing its seller, a 1.1 MB listing, a NaN price, the same listing twice, CRLF line ends. Every valid
line lands once and alerts once; every bad line is named in the 422 and dead-lettered with its original bytes."""

from __future__ import annotations

import hashlib
import json
import uuid

import httpx
import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, lines_of, listing_key, report_line


@SOAK_ONLY
@pytest.mark.timeout(300)
async def test_poison_lines_in_one_ndjson_batch_cost_no_neighbour(make_stack):
    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    docs = feed(run, 1)
    expected = expected_alerts(docs)
    good = lines_of(docs)
    bad = [b"{not json", b"[1, 2]", json.dumps({k: v for k, v in docs[0].items() if k != "seller"}).encode(),
           json.dumps(dict(docs[0], listing_id=f"{run}-big", attributes={"x": "y" * 1_100_000})).encode(),
           json.dumps(dict(docs[0], listing_id=f"{run}-nan")).replace('"amount": ', '"amount": NaN, "_": ', 1).encode()]
    lines = good[:100] + bad[:3] + good[100:200] + [good[150]] + bad[3:] + good[200:]  # good[150] twice
    body = b"\r\n".join(lines) + b"\r\n"
    async with httpx.AsyncClient(timeout=60) as http:
        answer = await http.post(f"{stack.url('ingest')}/v1/listings/batch", content=body,
                                 headers={"Content-Type": "application/x-ndjson", "X-API-Key": stack.tokens["connector"]})
    reply = answer.json()
    rejected = reply.get("rejected_lines") or []
    verdict = await stack.settle(expected)
    landed = await stack.listing_keys()
    lost = {listing_key(d) for d in docs} - set(landed)
    dead = await stack.read(stack.topics.listings_dlq)
    dead_sha = {dict(r.headers).get("error.sha256", b"").decode() for r in dead}
    bad_dead = sum(hashlib.sha256(b).hexdigest() in dead_sha for b in bad)
    report_line("one NDJSON POST (CRLF) of 400 good + 5 poison lines + a duplicate line", verdict, None,
                status=answer.status_code, accepted=reply.get("accepted"), duplicate=reply.get("duplicate"),
                rejected=len(rejected), listings_lost=len(lost), bad_dead_lettered=f"{bad_dead}/{len(bad)}",
                on_kafka_twice=sum(1 for n in landed.values() if n > 1))
    assert answer.status_code in (413, 422), answer.text[:500]
    assert len(rejected) == len(bad), rejected
    assert not lost, f"{len(lost)} good listings of the batch never reached Kafka"
    assert bad_dead == len(bad), f"only {bad_dead} of {len(bad)} bad lines dead-lettered with their original bytes"
    assert_exact(verdict, stack)
