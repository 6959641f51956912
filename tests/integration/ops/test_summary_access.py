"""Issue 10: the operators' summary (lag, rates, dead letters, alerts per group) answers operators only."""

from __future__ import annotations

import httpx
import pytest

from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings

pytestmark = pytest.mark.integration


async def test_finding_ops_summary_needs_no_key(pipeline, ops):
    brand_token, _ = await create_key(PortalSettings(kafka=pipeline.kafka, topics=pipeline.topics), name="ops-test-brand",
                                      role=Role.brand, brand_id="bose")
    async with httpx.AsyncClient(base_url=ops.url, timeout=10) as http:
        anonymous = await http.get("/api/summary")
        unknown = await http.get("/api/summary", headers={"X-API-Key": "bsk_nope_nope"})
        brand = await http.get("/api/summary", headers={"X-API-Key": brand_token})
        operator = await http.get("/api/summary", headers={"Authorization": f"Bearer {ops.token}"})
        page = await http.get("/")
    assert anonymous.status_code == 401 and "API key" in anonymous.json()["detail"]
    assert unknown.status_code == 401
    assert brand.status_code == 403 and brand.json()["detail"] == "operators only"
    assert operator.status_code == 200 and "summary" in operator.json()
    assert page.status_code == 200 and "summary" not in page.text.lower().split("<script")[0]  # the page holds no data
