"""The live ops dashboard, opened in Debian's headless Chromium while listings flow through the pipeline."""

from __future__ import annotations

import asyncio

import pytest

from tests.support import ARTIFACTS

from .browser import Chromium
from .conftest import send_traffic

pytestmark = pytest.mark.integration

NUMBER = "(id) => parseFloat(document.getElementById(id).textContent.replace(/,/g, ''))"


async def test_dashboard_shows_live_throughput_latency_lag_dead_letters_and_alerts_per_working_group(pipeline, ops):
    traffic = asyncio.ensure_future(send_traffic(pipeline.ingest_url, listings=80, rate=6, malformed=3))
    try:
        async with Chromium() as browser:
            await browser.goto(f"{ops.url}/#key={ops.token}")
            # real numbers, not placeholders: throughput of every service, latency, dead letters, alerts per group
            for service in ("ingest", "matcher", "alerts"):
                await browser.wait_for(f"({NUMBER})('tp-{service}') > 0", timeout_s=90)
            await browser.wait_for("/\\d/.test(document.getElementById('lat-p99').textContent)", timeout_s=60)
            await browser.wait_for(f"({NUMBER})('dlq-total') >= 3", timeout_s=60)
            await browser.wait_for("document.querySelector('#alerts-iwg tbody').textContent.includes('consumer-electronics')")
            await browser.wait_for(f"document.querySelector('#lag-table tbody').textContent.includes('{pipeline.matcher_group}')")
            await asyncio.sleep(4)  # a few more refreshes, so the charts carry some history
            seen = await browser.evaluate("""({
                ingest: document.getElementById('tp-ingest').textContent,
                matcher: document.getElementById('tp-matcher').textContent,
                alerts: document.getElementById('tp-alerts').textContent,
                p50: document.getElementById('lat-p50').textContent,
                p99: document.getElementById('lat-p99').textContent,
                lag: document.getElementById('lag-total').textContent,
                dead: document.getElementById('dlq-total').textContent,
                status: document.getElementById('status').textContent,
                lagRows: document.querySelectorAll('#lag-table tbody tr').length,
                iwg: document.querySelector('#alerts-iwg tbody').textContent,
                resources: performance.getEntriesByType('resource').map(r => r.name),
            })""")
            path = await browser.screenshot(ARTIFACTS / "ops-dashboard.png")
            print(f"\nops dashboard screenshot: {path}")
    finally:
        await traffic

    assert seen["status"].startswith("all 3 services up"), seen
    assert float(seen["matcher"]) > 0 and float(seen["ingest"]) > 0, seen
    assert seen["p50"].endswith(("ms", " s")) and seen["p99"].endswith(("ms", " s")), seen
    assert seen["lagRows"] >= 6, seen  # both groups, every partition of listings and matches
    assert "consumer-electronics" in seen["iwg"], seen
    # everything the page loaded came from the ops service itself, nothing from the internet
    assert seen["resources"] and all(url.startswith(ops.url) for url in seen["resources"]), seen["resources"]
    assert path.stat().st_size > 20_000
