"""The registry page shows the brand what its triage says about each fingerprint (precision, Wilson interval,
review flag) and its rescans with their progress; a rescan started from the page runs and finishes there."""

from __future__ import annotations

import html
import re
import uuid

import pytest

from schemas.portal import Role
from tests.integration.portal.conftest import portal_alert, post_listing
from tests.support import eventually
from tests.support import key, listing

from .conftest import console_client

pytestmark = pytest.mark.integration


def text_of(page: str, element_id: str) -> str:
    """The text of the element with this id (tags dropped, whitespace folded)."""
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</(?:table|p|div)>', page, re.S)
    assert found, f"no #{element_id} on the page"
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())


async def test_the_registry_page_shows_precision_per_fingerprint_and_runs_a_rescan_with_its_progress(pipeline, portal):
    brand_id, mark = f"cp-{uuid.uuid4().hex[:6]}", f"Quorvelle{uuid.uuid4().hex[:4]}"
    async with portal.client("ops") as ops:
        assert (await ops.post("/v1/brands", json={"id": brand_id, "name": "Console Precision", "iwg": "consumer-electronics",
                                                  "categories": ["headphones"]})).status_code == 201
    member = f"{brand_id}-member"
    token = await portal.new_key(member, Role.brand, brand_id=brand_id)
    async with portal.client(member) as me:
        fp = (await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": mark})).json()

    async def alerted():  # the matcher applies the new mark within its debounce: post until one alerts
        doc = listing(f"{mark} wireless headphones 1:1 replica")
        await post_listing(pipeline, doc)
        try:
            return await portal_alert(portal, member, key(doc))
        except BaseException:
            return None

    alert = await eventually(alerted, every_s=1.0, what=f"an alert for {mark}")
    async with portal.client(member) as me:
        confirmed = await me.post(f"/v1/alerts/{alert['alert_id']}/transitions", json={"status": "confirmed"})
        assert confirmed.status_code == 200, confirmed.text

    async with console_client(portal, token) as (http, csrf):
        page = (await http.get(f"/console/registry/{brand_id}")).text
        figures = text_of(page, "precision-fingerprints")
        assert fp["id"] in figures and mark in figures and "100 %" in figures and "1 / 1" in figures
        assert "true of 1 decided" in text_of(page, "precision-overall")

        started = await http.post(f"/console/registry/{brand_id}/rescans", data={"csrf": csrf, "days": "1", "dry_run": "on"})
        assert started.status_code == 303 and started.headers["location"].endswith("#h-rescans")
        page = (await http.get(f"/console/registry/{brand_id}")).text
        flash = re.search(r"Dry run (rs_[0-9a-f]+) started over the last 1 days", page)
        assert flash, page[:3000]
        rescan_id = flash.group(1)

        async def finished():
            part = await http.get(f"/console/registry/{brand_id}/rescans")
            row = re.search(rf'id="rescan-{rescan_id}">(.*?)</tr>', part.text, re.S)
            return row.group(1) if row and ">done<" in row.group(1).replace("<td>done</td>", ">done<") else None

        row = " ".join(re.sub(r"<[^>]+>", " ", await eventually(finished, what=f"rescan {rescan_id} done")).split())
        assert "(dry run)" in row and f"asked by {member}" in row and "done" in row
        read, total = map(int, re.search(r"(\d+) / (\d+)", row).groups())
        assert read == total >= 1
        assert "fingerprint_change" not in row  # the automatic rescan of the new mark is its own row

        async def automatic():  # the new mark started one by itself (after the portal's 2 s debounce)
            table = text_of((await http.get(f"/console/registry/{brand_id}")).text, "rescan-table")
            return f"fingerprint {fp['id']} changed" in table

        await eventually(automatic, what="the automatic rescan of the new mark on the page")

        bad = await http.post(f"/console/registry/{brand_id}/rescans", data={"csrf": csrf, "days": "-3"})
        assert bad.status_code == 303
        assert "days back must be a number above 0" in (await http.get(f"/console/registry/{brand_id}")).text

    async with console_client(portal, portal.tokens["goose-carl"]) as (other, other_csrf):  # another brand: not found
        assert (await other.get(f"/console/registry/{brand_id}/rescans")).status_code == 404
        refused = await other.post(f"/console/registry/{brand_id}/rescans", data={"csrf": other_csrf, "days": "1"})
        assert refused.status_code == 404
