"""A valid 20 KB listing whose Match would serialise to most of a megabyte (thousands of signals) takes none
of its neighbours down: it alerts with its strongest evidence (bounded), and so does every listing beside it."""

from __future__ import annotations

import json

import httpx
import pytest

from schemas import Alert, Match
from tests.support import ingest_headers, key, listing, read_topic

pytestmark = pytest.mark.integration


async def test_an_oversized_match_is_bounded_and_its_batch_neighbours_alert(pipeline):
    huge = listing("Bose QC45 headphones replica", description=("Bose QC45 replica 1:1 " * 1000)[:20000])
    neighbours = [listing(f"Bose QC45 headphones AAA copy #{i}") for i in range(4)]
    docs = [neighbours[0], neighbours[1], huge, neighbours[2], neighbours[3]]
    body = b"\n".join(json.dumps(d).encode() for d in docs) + b"\n"
    async with httpx.AsyncClient(base_url=pipeline.ingest_url, timeout=30, headers=ingest_headers()) as http:
        answer = await http.post("/v1/listings/batch", content=body, headers={"Content-Type": "application/x-ndjson"})
    assert answer.status_code == 202 and answer.json()["accepted"] == 5, answer.text

    wanted = {key(d) for d in docs}

    def mine(records):
        return [Alert.model_validate_json(r.value) for r in records if Alert.model_validate_json(r.value).listing_key in wanted]

    records = await read_topic(pipeline.kafka.bootstrap_servers, pipeline.topics.alerts_brand("bose"),
                               until=lambda rs: len(mine(rs)) >= 5)
    alerts = {a.listing_key: a for a in mine(records)}
    assert set(alerts) == wanted and len(mine(records)) == 5
    assert len(alerts[key(huge)].match.signals) == 200  # the strongest, with their matched text as evidence
    assert all(s.text for s in alerts[key(huge)].match.signals)

    on_matches = await read_topic(pipeline.kafka.bootstrap_servers, pipeline.topics.matches,
                                  until=lambda rs: any(r.key == key(huge).encode() for r in rs))
    [bounded] = [r for r in on_matches if r.key == key(huge).encode()]
    assert len(bounded.value) < 1_000_000 and Match.model_validate_json(bounded.value).listing.title == huge["title"]
    assert dict(bounded.headers)["match.bounded"].startswith(b"signals ")
