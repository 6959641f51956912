"""Red team 2026-12-01, finding 3, through the console: a brand's own registry import cannot rename the brand or
change its categories (the API's answer is in tests/integration/portal/test_redteam_tenant.py)."""

from __future__ import annotations

import yaml

from .conftest import console_client


async def test_a_brands_console_import_that_renames_it_is_refused_and_says_why(portal):
    async with console_client(portal, portal.tokens["bose-alice"]) as (http, csrf):
        exported = yaml.safe_load((await http.get("/console/registry/bose/export")).text)
        exported["brands"][0]["name"] = "Canada Goose"
        refused = await http.post("/console/registry/bose/import", follow_redirects=True, data={"csrf": csrf},
                                  files={"file": ("bose.yaml", yaml.safe_dump(exported).encode(), "application/yaml")})
    async with portal.client("bose-alice") as me:
        name = (await me.get("/v1/brands/bose")).json()["name"]
    assert refused.status_code == 403 and "Not allowed" in refused.text, refused.text[-2000:]
    assert "only an operator can change a brand&#39;s name" in refused.text
    assert name != "Canada Goose"
