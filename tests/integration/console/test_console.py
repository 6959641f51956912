"""The brand console in Debian's headless Chromium: sign in, a live alert, evidence, triage, registry, sign out;
tenancy, CSRF and revocation through the console's pages."""

from __future__ import annotations

import asyncio
import re
import uuid

import httpx
import pytest

from schemas import alert_id
from schemas.portal import Role
from services.portal.admin import create_key, revoke_key
from tests.integration.portal.conftest import portal_alert, post_listing
from tests.support import ARTIFACTS, key, listing

from .browser import Browser
from .conftest import console_client, csrf_of

pytestmark = pytest.mark.integration

#: form fields a screen reader could not name: no <label> and no aria-label
UNLABELLED = ("[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
              ".filter(e => !e.labels.length && !e.getAttribute('aria-label')).map(e => e.outerHTML)")


async def test_a_brand_analyst_signs_in_sees_an_alert_arrive_live_triages_registers_a_mark_and_signs_out(pipeline, portal):
    token = await portal.new_key("bose-analyst", Role.brand, brand_id="bose")
    tag = uuid.uuid4().hex[:6]
    reseller = f"reseller-{tag}"
    earlier = listing(f"Bose QC45 headphones reseller stock {tag}", seller=reseller, price=180.0)
    queue = [  # a queue with some variety, for the screenshot
        listing(f"Bоse QC45 headphones original quality {tag}", marketplace="tmall", seller=f"daigou-{tag}", price=39.0),
        listing(f"B0SE QuietComfort 45 wireless headphones AAA {tag}", marketplace="aliexpress", price=41.5),
        listing(f"Bose QC45 headphones, sealed box {tag}", marketplace="ebay", price=155.0),
        earlier]
    for doc in queue:
        await post_listing(pipeline, doc)
    for doc in queue:
        await portal_alert(portal, "bose-analyst", key(doc))

    async with Browser(width=1280, height=900) as browser:
        await browser.open(f"{portal.url}/console/queue")
        assert await browser.evaluate("location.pathname") == "/console/sign-in"  # no session: sign in first
        await browser.type("#api_key", token)
        await browser.press_enter_in("#api_key")
        assert await browser.evaluate("location.pathname") == "/console/queue"
        assert "bose-analyst" in await browser.text("#who")

        # the session: an HttpOnly, SameSite=Strict cookie; the key nowhere in the page, its URL or storage
        session = next(c for c in await browser.cookies() if c["name"] == "bs_console")
        assert session["httpOnly"] and session["sameSite"] == "Strict", session
        seen = await browser.evaluate("({cookie: document.cookie, url: location.href, html: document.documentElement.outerHTML,"
                                      " stored: JSON.stringify(localStorage) + JSON.stringify(sessionStorage)})")
        assert "bs_console" not in seen["cookie"] and session["value"] not in seen["html"]
        assert all(token not in seen[k] for k in ("url", "html", "stored"))

        # a new alert appears at the top of the queue without a reload
        await browser.wait_for("document.body.dataset.live === 'on'", timeout_s=30)
        await browser.evaluate("window.__sameDocument = 'yes'")
        fake = listing(f"BOSE QC45 noise cancelling headphones 1:1 replica {tag}", seller=f"fake-{tag}",
                       description=f"Best B0SE QuietComfort copy, AAA quality, lot {tag}.")
        await post_listing(pipeline, fake)
        fake_id = alert_id("bose", key(fake))
        # (at the top when it arrived; alerts of other tests may arrive after it and go above it)
        await browser.wait_for(f"!!document.querySelector('#queue-body > #alert-{fake_id}')", timeout_s=60)
        assert await browser.evaluate("window.__sameDocument") == "yes"
        assert "New alert" in await browser.text("#live")
        loaded = await browser.evaluate("performance.getEntriesByType('resource').map(r => r.name)")
        assert any(u.endswith("/console/static/htmx-2.0.11.min.js") for u in loaded), loaded
        assert all(u.startswith(portal.url) for u in loaded), loaded  # nothing from the internet
        assert await browser.evaluate(UNLABELLED) == []
        shot = await browser.screenshot(ARTIFACTS / "console-queue.png")

        # filter by text: htmx swaps the results in place and puts the filter in the address
        await browser.type("#f-q", f"reseller stock {tag}")
        await browser.press_enter_in("#f-q", new_page=False)
        await browser.wait_for("document.querySelectorAll('#queue-body tr').length === 1", timeout_s=30)
        assert await browser.evaluate("window.__sameDocument") == "yes"
        assert f"reseller stock {tag}" in await browser.text("#queue-body")
        assert await browser.evaluate("new URLSearchParams(location.search).get('q')") == f"reseller stock {tag}"
        await browser.open(f"{portal.url}/console/queue")

        # the queue at phone width: nothing wider than the screen
        await browser.resize(390, 844, mobile=True)
        assert await browser.evaluate("document.documentElement.scrollWidth") <= 390
        await browser.screenshot(ARTIFACTS / "console-queue-phone.png")
        await browser.resize(1280, 900)

        # the alert page: every matched span highlighted, each signal in words, the notice, the allowed buttons
        await browser.click(f"#alert-{fake_id} td.title a")
        marked = await browser.texts("#listing-title mark")
        assert "BOSE" in marked and "1:1" in marked and any("QC45" in m for m in marked), marked
        assert any("B0SE" in m for m in await browser.texts("#listing-description mark"))
        explained = await browser.texts("#signals li")
        assert any("registered term “Bose”" in e and "Weight +" in e for e in explained), explained
        assert await browser.evaluate("[...document.querySelectorAll('.actions button[id^=do-]')].map(b => b.id)") == \
            ["do-confirmed", "do-test_buy"]
        assert await browser.evaluate("!!document.getElementById('do-dismissed')")
        assert "TAKEDOWN NOTICE" in await browser.text("#notice-text")
        assert await browser.evaluate("document.getElementById('download-notice').getAttribute('href')") == \
            f"/console/alerts/{fake_id}/notice.txt"
        assert await browser.evaluate(UNLABELLED) == []
        alert_shot = await browser.screenshot(ARTIFACTS / "console-alert.png")
        await browser.resize(390, 844, mobile=True)
        assert await browser.evaluate("document.documentElement.scrollWidth") <= 390
        await browser.resize(1280, 900)

        await browser.click("#do-confirmed")
        assert "Alert is now confirmed" in await browser.text(".flash-ok")
        assert "confirmed by bose-analyst" in await browser.text("#status-history")
        await browser.click("#do-takedown_requested")
        assert await browser.text("#alert-status") == "takedown requested"
        assert await browser.evaluate("[...document.querySelectorAll('button[id^=do-]')].map(b => b.id)") == ["do-resolved"]

        # dismiss the reseller's alert as not infringing, and stop alerts on that seller with its marks
        await browser.open(f"{portal.url}/console/alerts/{alert_id('bose', key(earlier))}")
        await browser.choose("#d-reason", "not_infringing")
        await browser.choose("#d-suppress", "seller_mark")
        await browser.type("#d-note", "authorised distributor")
        await browser.click("#do-dismissed")
        assert "Alert is now dismissed. Suppressed: seller and mark." in await browser.text(".flash-ok")

        # register a mark
        await browser.open(f"{portal.url}/console/registry")
        assert await browser.evaluate("location.pathname") == "/console/registry/bose"
        assert await browser.evaluate(UNLABELLED) == []
        await browser.type("#mark-value", f"QuietComfort {tag}")
        await browser.click("#add-mark-button")
        assert "Registered mark" in await browser.text(".flash-ok")
        assert f"QuietComfort {tag}" in await browser.text("#fp-mark")
        assert reseller in await browser.text("#suppressions")
        await browser.click(f"#suppressions button[aria-label$='{reseller}']")
        assert f"Lifted: taobao/{reseller} with “Bose” alerts again." in await browser.text(".flash-ok")
        await browser.screenshot(ARTIFACTS / "console-registry.png")

        # sign out: the session ends on the server, not only in the browser
        await browser.click("#sign-out")
        assert await browser.text("#signin-notice") == "Signed out."
        await browser.open(f"{portal.url}/console/queue")
        assert await browser.evaluate("location.pathname") == "/console/sign-in"

    print(f"\nconsole screenshots: {shot}, {alert_shot}")
    assert shot.stat().st_size > 20_000 and alert_shot.stat().st_size > 20_000
    async with portal.client("bose-analyst") as api:
        assert (await api.get(f"/v1/alerts/{fake_id}")).json()["alert"]["status"] == "takedown_requested"
        assert (await api.get(f"/v1/alerts/{alert_id('bose', key(earlier))}")).json()["alert"]["status"] == "dismissed"
        suppressions = (await api.get("/v1/brands/bose/suppressions", params={"include_lifted": True})).json()
        ours = [s for s in suppressions if s["seller_id"] == reseller]
        assert [(s["scope"], s["mark"], s["lifted"], s["lifted_by"]) for s in ours] == \
            [("seller_mark", "Bose", True, "bose-analyst")], ours
        marks = (await api.get("/v1/brands/bose/fingerprints")).json()
        assert any(f["kind"] == "mark" and f["value"] == f"QuietComfort {tag}" for f in marks)
    async with httpx.AsyncClient(base_url=portal.url, cookies={"bs_console": session["value"]}) as old:
        assert (await old.get("/console/queue")).headers["location"] == "/console/sign-in?ended=expired"


async def test_a_brand_session_never_shows_another_brands_alert_and_a_working_group_reads_without_triage(pipeline, portal):
    tag = uuid.uuid4().hex[:6]
    theirs = listing(f"Canada Goose Expedition parka replica {tag}", category="jackets", price=60.0)
    ours = listing(f"BOSE QC45 headphones 1:1 replica {tag}")
    for doc in (theirs, ours):
        await post_listing(pipeline, doc)
    await portal_alert(portal, "goose-carl", key(theirs))
    await portal_alert(portal, "bose-alice", key(ours))
    their_id, our_id = alert_id("canada-goose", key(theirs)), alert_id("bose", key(ours))

    async with console_client(portal, portal.tokens["bose-alice"]) as (http, csrf):
        page = await http.get(f"/console/alerts/{their_id}")
        assert page.status_code == 404 and tag not in page.text
        assert (await http.get(f"/console/alerts/{our_id}")).status_code == 200
        for url in ("/console/queue", "/console/queue?brand=canada-goose", f"/console/queue?q={tag}"):
            html = (await http.get(url)).text
            assert their_id not in html and "Canada Goose Expedition" not in html
        assert our_id in (await http.get(f"/console/queue?q={tag}")).text
        assert (await http.get(f"/console/queue/row/{their_id}")).status_code == 204
        assert (await http.get(f"/console/alerts/{their_id}/notice.txt")).status_code == 404
        assert (await http.get("/console/registry/canada-goose")).status_code == 404
        refused = await http.post(f"/console/alerts/{their_id}/transition", data={"csrf": csrf, "status": "confirmed"})
        assert refused.status_code == 404
        refused = await http.post("/console/registry/canada-goose/fingerprints",
                                  data={"csrf": csrf, "kind": "mark", "value": f"Goose {tag}"})
        assert refused.status_code == 404
    async with portal.client("goose-carl") as api:
        assert (await api.get(f"/v1/alerts/{their_id}")).json()["alert"]["status"] == "open"
        assert all(f.get("value") != f"Goose {tag}" for f in (await api.get("/v1/brands/canada-goose/fingerprints")).json())

    async with console_client(portal, portal.tokens["ce-coordinator"]) as (group, csrf):
        assert our_id in (await group.get(f"/console/queue?q={tag}")).text
        assert (await group.get(f"/console/alerts/{their_id}")).status_code == 404  # another working group's brand
        page = await group.get(f"/console/alerts/{our_id}")
        assert page.status_code == 200 and 'id="do-' not in page.text and "notice-text" not in page.text
        refused = await group.post(f"/console/alerts/{our_id}/transition", data={"csrf": csrf, "status": "confirmed"})
        assert refused.status_code == 403
        assert (await group.get("/console/registry/bose")).status_code == 404


async def test_a_form_without_the_sessions_csrf_token_is_refused_and_changes_nothing(pipeline, portal):
    doc = listing(f"BOSE QC45 headphones 1:1 replica {uuid.uuid4().hex[:6]}")
    await post_listing(pipeline, doc)
    await portal_alert(portal, "bose-alice", key(doc))
    ident = alert_id("bose", key(doc))
    async with console_client(portal, portal.tokens["bose-alice"]) as (http, csrf):
        for data in ({"status": "confirmed"}, {"status": "confirmed", "csrf": "forged-" + csrf[7:]}):
            refused = await http.post(f"/console/alerts/{ident}/transition", data=data)
            assert refused.status_code == 403 and "security token" in refused.text
        refused = await http.post("/console/sign-out", data={})
        assert refused.status_code == 403
        assert (await http.get("/console/queue")).status_code == 200  # still signed in
    async with portal.client("bose-alice") as api:
        assert (await api.get(f"/v1/alerts/{ident}")).json()["alert"]["status"] == "open"

    # the sign-in form: its token must equal the sign-in cookie (a cross-site form has neither)
    async with portal.client(None) as stranger:
        answer = await stranger.post("/console/sign-in", data={"csrf": "x" * 43, "api_key": portal.tokens["bose-alice"]})
        assert answer.status_code == 403 and "bs_console" not in answer.headers.get("set-cookie", "")
        page = await stranger.get("/console/sign-in")
        wrong = await stranger.post("/console/sign-in", data={"csrf": csrf_of(page.text), "api_key": "bsk_nope_nope"})
        assert wrong.status_code == 401 and "unknown or revoked" in wrong.text


async def test_revoking_the_key_ends_its_console_session_at_once(pipeline, portal):
    token, record = await create_key(portal.settings, name=f"bose-leaver-{uuid.uuid4().hex[:4]}", role=Role.brand,
                                     brand_id="bose")
    async with console_client(portal, token) as (http, _), Browser(width=1280, height=900) as browser:
        await browser.open(f"{portal.url}/console/sign-in")
        await browser.type("#api_key", token)
        await browser.press_enter_in("#api_key")
        await browser.wait_for("document.body.dataset.live === 'on'", timeout_s=30)

        await revoke_key(portal.settings, record.key_id)
        # the open queue page: its live stream ends, and the page lands on the sign-in page, saying why
        await browser.wait_for("location.pathname === '/console/sign-in' && "
                               "!!document.getElementById('signin-notice')", timeout_s=30)
        assert "revoked" in await browser.text("#signin-notice")
        # every request is checked: the other session is over as well
        for _ in range(50):
            answer = await http.get("/console/queue")
            if answer.status_code == 303:
                break
            await asyncio.sleep(0.1)
        assert answer.status_code == 303 and answer.headers["location"] == "/console/sign-in?ended=revoked"


def _png(seed: int) -> bytes:
    import io
    import random

    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("RGB", (128, 128), "white")
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(0, 100), rng.randrange(0, 100)
        draw.rectangle((x, y, x + rng.randrange(8, 40), y + rng.randrange(8, 40)), fill=(rng.randrange(256), 0, 0))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


async def test_the_registry_pages_change_a_fingerprint_with_history_hash_a_logo_and_round_trip_the_registry_file(
        pipeline, portal):
    tag = uuid.uuid4().hex[:6]
    async with console_client(portal, portal.tokens["bose-alice"]) as (http, csrf):
        added = await http.post("/console/registry/bose/fingerprints", follow_redirects=True, data={
            "csrf": csrf, "kind": "model", "value": f"QC{tag}", "name": "QuietComfort test", "amount": "199",
            "currency": "usd"})
        assert "Registered model" in added.text
        nickname = await http.post("/console/registry/bose/fingerprints", follow_redirects=True, data={
            "csrf": csrf, "kind": "mark", "value": f"鲨{tag}", "vocabulary": "nickname", "everyday_word": "on"})
        assert f"鲨{tag} <small>(nickname)</small> <small>(everyday word)</small>" in nickname.text, nickname.text[-2000:]
        async with portal.client("bose-alice") as api:
            fp = next(f for f in (await api.get("/v1/brands/bose/fingerprints")).json() if f.get("value") == f"QC{tag}")
        assert fp["price_floor"] == {"amount": 199.0, "currency": "USD"}
        page = f"/console/registry/bose/fingerprints/{fp['id']}"
        changed = await http.post(page, follow_redirects=True, data={"csrf": csrf, "action": "save", "name": "QC test",
                                                                     "amount": "229", "currency": "USD"})
        assert "Saved: version 2." in changed.text
        gone = await http.post(page, follow_redirects=True, data={"csrf": csrf, "action": "deactivate"})
        assert "Saved: version 3 (inactive)." in gone.text
        assert [line.split(":")[0] for line in re.findall(r"version \d: <strong>\w+", gone.text)] == \
            ["version 3", "version 2", "version 1"]
        assert "<strong>deactivated</strong>" in gone.text and "<strong>created</strong>" in gone.text
        refused = await http.post("/console/registry/bose/fingerprints", follow_redirects=True,
                                  data={"csrf": csrf, "kind": "price_floor", "amount": "-3", "currency": "USD"})
        assert "Not registered: " in refused.text and "greater than or equal to 0" in refused.text

        logo = await http.post("/console/registry/bose/image", follow_redirects=True, data={"csrf": csrf, "label": f"logo {tag}"},
                               files={"file": ("logo.png", _png(len(tag)), "image/png")})
        found = re.search(r"Image registered as (\S+): phash ([0-9a-f]{16})", logo.text)
        assert found, logo.text[-3000:]
        assert not (await http.post("/console/registry/bose/image", follow_redirects=True, data={"csrf": csrf},
                                    files={"file": ("x.png", b"not an image", "image/png")})).text.count("Image registered")

        exported = await http.get("/console/registry/bose/export")
        assert exported.headers["content-disposition"] == 'attachment; filename="bose-registry.yaml"'
        assert found.group(2) in exported.text and f"QC{tag}" not in exported.text  # active fingerprints only
        imported = await http.post("/console/registry/bose/import", follow_redirects=True, data={"csrf": csrf},
                                   files={"file": ("bose.yaml", exported.content, "application/yaml")})
        assert "Imported: 0 created" in imported.text, imported.text[-2000:]


async def test_subscriptions_show_the_secret_once_list_parked_deliveries_replay_and_delete(pipeline, portal):
    async with console_client(portal, portal.tokens["bose-alice"]) as (http, csrf):
        created = await http.post("/console/subscriptions", data={
            "csrf": csrf, "url": "http://127.0.0.1:9/nobody-listens", "events": "alert.created", "min_severity": "low",
            "description": "console test"})
        assert created.status_code == 200 and created.headers["cache-control"] == "no-store"
        secret = re.search(r'<pre id="webhook-secret" tabindex="0">([^<]+)</pre>', created.text).group(1)
        sub_id = re.search(r"/console/subscriptions/(wh_[0-9a-f]{16})", created.text).group(1)
        listed = (await http.get("/console/subscriptions")).text
        assert sub_id in listed and secret not in listed
        assert secret not in (await http.get(f"/console/subscriptions/{sub_id}")).text

        doc = listing(f"BOSE QC45 headphones 1:1 replica {uuid.uuid4().hex[:6]}")
        await post_listing(pipeline, doc)
        for _ in range(300):  # the unreachable URL: three quick attempts, then parked
            page = (await http.get(f"/console/subscriptions/{sub_id}")).text
            if "Parked deliveries (0)" not in page:
                break
            await asyncio.sleep(0.2)
        assert "connect" in page.lower() and 'id="replay"' in page, page[-3000:]
        replayed = await http.post(f"/console/subscriptions/{sub_id}/replay", data={"csrf": csrf}, follow_redirects=True)
        assert "Replayed: " in replayed.text

        async with console_client(portal, portal.tokens["goose-carl"]) as (other, other_csrf):
            assert (await other.get(f"/console/subscriptions/{sub_id}")).status_code == 404
            assert (await other.post(f"/console/subscriptions/{sub_id}/delete", data={"csrf": other_csrf})).status_code == 404
        deleted = await http.post(f"/console/subscriptions/{sub_id}/delete", data={"csrf": csrf}, follow_redirects=True)
        assert f"Subscription {sub_id} deleted." in deleted.text
        assert (await http.get(f"/console/subscriptions/{sub_id}")).status_code == 404


async def test_a_hostile_listing_is_shown_as_text_never_run_and_pages_forbid_framing_and_foreign_scripts(pipeline, portal):
    tag = uuid.uuid4().hex[:6]
    doc = listing(f"<script>window.pwned=1</script>BOSE QC45 1:1 replica <img src=x onerror=alert(1)> {tag}",
                  url="javascript:fetch('/console/sign-out',{method:'POST'})",
                  description="<iframe src=//evil.example></iframe> B0SE AAA",
                  images=[{"url": "javascript:alert(2)"}])
    await post_listing(pipeline, doc)
    await portal_alert(portal, "bose-alice", key(doc))
    async with console_client(portal, portal.tokens["bose-alice"]) as (http, _):
        page = await http.get(f"/console/alerts/{alert_id('bose', key(doc))}")
        assert page.status_code == 200
        assert "<script>window.pwned" not in page.text and "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page.text
        assert "<img src=x" not in page.text and "<iframe" not in page.text
        assert 'href="javascript:' not in page.text.replace(" ", "")
        queue = await http.get(f"/console/queue?q={tag}")
        assert "&lt;script&gt;" in queue.text and "<script>window" not in queue.text
        for answer in (page, queue, await http.get("/console/sign-in"), await http.get("/console/alerts/" + "0" * 24)):
            csp = answer.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, answer.url
            assert answer.headers["x-frame-options"] == "DENY"


async def test_an_operator_picks_any_brand_in_the_queue_and_the_registry(pipeline, portal):
    doc = listing(f"Canada Goose Expedition parka replica {uuid.uuid4().hex[:6]}", category="jackets", price=60.0)
    await post_listing(pipeline, doc)
    await portal_alert(portal, "goose-carl", key(doc))
    async with console_client(portal, portal.tokens["ops"]) as (http, _):
        goose = (await http.get("/console/queue?brand=canada-goose")).text
        assert alert_id("canada-goose", key(doc)) in goose and "<td class=\"opt\">bose</td>" not in goose
        picker = (await http.get("/console/registry")).text
        assert 'href="/console/registry/bose"' in picker and 'href="/console/registry/canada-goose"' in picker
        assert (await http.get("/console/registry/canada-goose")).status_code == 200
        refused = await http.get("/console/queue?seller=taobao/anyone")
        assert refused.status_code == 400 and "filter by brand too" in refused.text
