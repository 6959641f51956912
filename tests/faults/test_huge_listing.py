"""A counterfeit listing padded with attributes to just under ingest's record limit (faults, 2026-12-01): ingest
takes it (202), so the pipeline must alert it like its 1 KB twin — not dead-letter it as a Match too large, which
would let any seller escape alerts by adding 600 KB of attributes."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, lines_of, listing_key, log, report_line


@SOAK_ONLY  # the fix it guards is held in make test by tests/unit/matcher/test_bounds.py
@pytest.mark.timeout(300)
async def test_a_padded_counterfeit_listing_ingest_accepts_is_alerted(make_stack):
    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    docs = feed(run, 1)
    expected = expected_alerts(docs)
    counterfeit = next(d for d in docs if any(e.listing_key == listing_key(d) for e in expected.values()))
    padded = [dict(counterfeit, listing_id=f"{run}-pad{kb}", attributes={f"spec{i}": "x" * 1000 for i in range(kb)})
              for kb in (100, 300, 600, 950)]
    answers = [(await stack.post_one(json.dumps(p).encode())).status_code for p in padded]
    accepted = [p for p, a in zip(padded, answers) if a == 202]
    await stack.stream(docs, chunk=200)
    want = {**expected, **expected_alerts(accepted)}
    verdict = await stack.settle(want, timeout_s=90)
    dead = {r.key.decode() if r.key else None: dict(r.headers).get("error.reason", b"").decode()
            for r in await stack.read(stack.topics.listings_dlq)}
    outcome = {len(json.dumps(p)) // 1000: ("dead letter " + dead[listing_key(p)]) if listing_key(p) in dead
               else ("alerted" if any(e.listing_key == listing_key(p) for e in want.values())
                     and not verdict.lost_ids & {a for a, e in want.items() if e.listing_key == listing_key(p)}
                     else "lost") for p in accepted}
    report_line("counterfeit listing padded with 100/300/600/950 KB of attributes, among 400", verdict, None,
                ingest_answers=answers, outcome_by_kb=outcome)
    assert_exact(verdict, stack)
