"""The hostile-tenant red team's findings (/work/team/tenant/report.md, 2026-12-01), as a user sees them.

Finding 3: a brand's key cannot rename its brand or change its categories (operators set them).
Finding 4: a client cannot pick its own address with X-Forwarded-For to escape the failed-key limit.
Finding 6: no input answers 500: each answers a 4xx that says what is wrong.
"""

from __future__ import annotations

import io

import httpx
import pytest
import yaml
from PIL import Image


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 10, 10)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(("change", "field"), [({"name": "Canada Goose"}, "name"),
                                                ({"categories": ["outerwear", "jackets"]}, "categories")])
async def test_a_brands_own_import_cannot_rename_it_or_change_its_categories(portal, change, field):
    async with portal.client("bose-alice") as me:
        before = (await me.get("/v1/brands/bose")).json()
        exported = yaml.safe_load((await me.get("/v1/brands/bose/registry/export")).text)
        exported["brands"][0].update(change)
        answer = await me.post("/v1/brands/bose/registry/import", content=yaml.safe_dump(exported).encode())
        after = (await me.get("/v1/brands/bose")).json()
        unchanged = yaml.safe_load((await me.get("/v1/brands/bose/registry/export")).text)
        again = await me.post("/v1/brands/bose/registry/import", content=yaml.safe_dump(unchanged).encode())
    assert answer.status_code == 403, answer.text
    assert f"only an operator can change a brand's {field}" in answer.json()["detail"]
    assert after[field] == before[field]
    assert again.status_code == 200 and again.json()["created"] == 0, again.text  # its own export still imports


async def test_no_brand_takes_another_brands_name_even_by_an_operator(portal):
    async with portal.client("ops") as ops:
        exported = yaml.safe_load((await ops.get("/v1/brands/bose/registry/export")).text)
        exported["brands"][0]["name"] = "canada goose"
        answer = await ops.post("/v1/brands/bose/registry/import", content=yaml.safe_dump(exported).encode())
        created = await ops.post("/v1/brands", json={"id": "goose-two", "name": "Canada Goose",
                                                     "iwg": "apparel-footwear"})
    assert answer.status_code == 409 and "brand 'canada-goose'" in answer.json()["detail"], answer.text
    assert created.status_code == 409 and "brand 'canada-goose'" in created.json()["detail"], created.text


@pytest.mark.parametrize(("param", "value", "says"), [
    ("since", "0001-01-01", "timezone"), ("until", "0001-01-01T00:00:00", "timezone"),
    ("since", "2026-11-30T10:00:00", "timezone"), ("until", "9999-12-31T23:59:59", "timezone"),
])
async def test_a_time_without_a_zone_answers_422_saying_so(portal, param, value, says):
    async with portal.client("bose-alice") as me:
        answer = await me.get("/v1/alerts", params={param: value})
    assert answer.status_code == 422, answer.text
    assert says in answer.text and answer.json()["detail"][0]["loc"] == ["query", param]


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])
async def test_extreme_times_with_a_zone_are_answered(portal, value):
    async with portal.client("bose-alice") as me:
        answer = await me.get("/v1/alerts", params={"since": value})
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/brands/bose/fingerprints", b'{"kind": "mark", "value": "\\ud800"}'),
    ("/v1/brands/bose/fingerprints", b'{"kind": "mark", "value": "ok", "\\udc00": 1}'),
    ("/v1/webhooks", b'{"url": "https://example.com/\\ud800", "events": ["nope\\udfff"]}'),
])
async def test_a_lone_surrogate_in_an_invalid_body_answers_422(portal, path, body):
    async with portal.client("bose-alice") as me:
        answer = await me.post(path, content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] and all("msg" in e for e in answer.json()["detail"])


@pytest.mark.parametrize(("width", "height"), [(1, 1), (4000, 1), (1, 4000)])
async def test_a_one_pixel_wide_logo_answers_400_with_the_reason(portal, width, height):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/fingerprints/image",
                               files={"file": ("thin.png", _png(width, height), "image/png")}, data={"algorithm": "logo"})
    assert answer.status_code == 400, answer.text
    assert "too few distinct features" in answer.json()["detail"]


@pytest.mark.parametrize(("body", "says"), [(b"brands: {id: bose}", "`brands` is a list"),
                                            (b"brands: bose", "`brands` is a list"),
                                            (b"brands: [bose]", "exactly one brand")])
async def test_a_registry_file_of_the_wrong_shape_answers_400_with_the_reason(portal, body, says):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/registry/import", content=body)
    assert answer.status_code == 400 and says in answer.json()["detail"], answer.text


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/brands/bose/fingerprints", b'{"kind": "model", "value": "SURR-1", "name": "QC \\ud800"}'),
    ("/v1/webhooks", b'{"url": "https://example.com/hook", "description": "\\udfff"}'),
])
async def test_a_lone_surrogate_in_a_valid_body_answers_422_and_nothing_is_stored(portal, path, body):
    async with portal.client("bose-alice") as me:
        answer = await me.post(path, content=body, headers={"Content-Type": "application/json"})
        models = [f.get("value") for f in (await me.get("/v1/brands/bose/fingerprints")).json()]
    assert answer.status_code == 422, answer.text
    assert "half of a UTF-16 surrogate pair" in answer.json()["detail"][0]["msg"]
    assert "SURR-1" not in models


async def test_a_price_floor_in_a_made_up_currency_answers_422_naming_it(portal):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/fingerprints",
                               json={"kind": "price_floor", "category": "zzz-test", "floor": {"amount": 1, "currency": "ZZZ"}})
    assert answer.status_code == 422 and "'ZZZ' is not an ISO 4217 currency code" in answer.text, answer.text
