"""The portal's HTTP answers as a shared cache, another origin's page or a request smuggler meets them (tenant57)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration

# a tenant's answers: who it is, its brand, its fingerprints (confidential), its alerts, a foreign brand's 404
TENANT_READS = ["/v1/me", "/v1/brands/bose", "/v1/brands/bose/fingerprints", "/v1/alerts", "/v1/webhooks",
                "/v1/brands/bose/registry/export", "/v1/brands/canada-goose"]


async def test_finding_tenant_answers_say_no_store_to_every_cache(portal):
    """A key travels in X-API-Key, which is not `Authorization`: a shared cache in front (a CDN, a corporate proxy)
    may store an answer and give it to the next caller of the same URL (RFC 9111 3.5 protects Authorization only).
    Every /v1 answer, the tenant's data, errors and the signing secret shown once, says `no-store`."""
    async with portal.client("bose-alice") as me:
        answers = {path: await me.get(path) for path in TENANT_READS}
        created = await me.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/hook", "events": ["alert.created"]})
    async with portal.client(None) as anonymous:
        answers["401"] = await anonymous.get("/v1/me")
    answers["POST /v1/webhooks"] = created
    assert created.status_code == 201 and "secret" in created.json(), created.text
    assert {what: a.headers.get("Cache-Control") for what, a in answers.items()} == {
        what: "no-store" for what in answers}
    async with portal.client("bose-alice") as me:
        assert (await me.delete(f"/v1/webhooks/{created.json()['id']}")).status_code == 204


async def test_another_origin_gets_no_cors_grant_and_no_method_override(portal):
    """Held: no Access-Control-Allow-Origin for any Origin (a page elsewhere cannot read an answer with the caller's
    key, nor preflight a write); X-HTTP-Method-Override and _method do not turn a GET into a DELETE."""
    evil = {"Origin": "https://evil.example"}
    async with portal.client("bose-alice") as me:
        read = await me.get("/v1/brands/bose/fingerprints", headers=evil)
        preflight = await me.options("/v1/brands/bose/fingerprints", headers={
            **evil, "Access-Control-Request-Method": "DELETE", "Access-Control-Request-Headers": "x-api-key"})
        fingerprints = read.json()
        victim = fingerprints[0]["id"]
        override = await me.get(f"/v1/brands/bose/fingerprints/{victim}?_method=DELETE",
                                headers={"X-HTTP-Method-Override": "DELETE", "X-Method-Override": "DELETE"})
        after = (await me.get(f"/v1/brands/bose/fingerprints/{victim}")).json()
    assert "access-control-allow-origin" not in read.headers and "access-control-allow-origin" not in preflight.headers
    assert preflight.status_code == 405
    assert override.status_code == 200 and after["active"] == override.json()["active"] == fingerprints[0]["active"]


@pytest.mark.parametrize("brand", ["ｂｏｓｅ", "bose\u0301", "BOSE", "bose%00", "bo\u200bse", "bose%2F..%2Fcanada-goose"])
async def test_look_alike_brand_ids_in_paths_never_reach_another_brand(portal, brand):
    """Held: fullwidth letters, a combining mark, upper case, NUL, a zero-width space and an encoded path: 422 or 404
    for a brand key of canada-goose, never bose's fingerprints."""
    async with portal.client("goose-carl") as other:
        answer = await other.get(f"/v1/brands/{brand}/fingerprints")
    assert answer.status_code in (404, 422), answer.text
    assert "bose" not in answer.text.lower() or answer.status_code == 422
