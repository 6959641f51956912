"""The portal's operator API for tenants' Kafka credentials (POST/GET/DELETE /v1/kafka-credentials), end to end:
the answer's credentials against the real SASL_SSL broker."""

from __future__ import annotations

import pytest
from aiokafka.errors import TopicAuthorizationFailedError

from brandsentry.kafka import ensure_topics
from tests.integration.security.conftest import admin  # noqa: F401 (the admin fixture: fails on PLAINTEXT)
from tests.integration.security.test_kafka_acls import as_user, read, refused_login

pytestmark = pytest.mark.integration


async def test_an_operator_issues_rotates_and_revokes_a_brands_kafka_credentials(portal, pipeline, admin):  # noqa: F811
    topic = pipeline.topics.alerts_brand("bose")  # the session's real alert topic: nothing foreign is written to it
    await ensure_topics(admin, {topic: {}})
    async with portal.client("ops") as ops:
        created = await ops.post("/v1/kafka-credentials", json={"brand": "bose"})
        assert created.status_code == 201, created.text
        access = created.json()
        assert (access["topic"], access["security_protocol"]) == (topic, "SASL_SSL")
        assert access["isolation_level"] == "read_committed"  # tenant56: the answer did not say (aborted alerts read)
        bose = as_user(admin, (access["username"], access["password"]))
        await read(bose, topic, group=f"{access['group_prefix']}soc", attempts=3)  # allowed: no authorization error
        with pytest.raises(TopicAuthorizationFailedError):
            await read(bose, pipeline.topics.alerts_brand("canada-goose"))

        listed = (await ops.get("/v1/kafka-credentials")).json()
        assert {"kind": "brand", "tenant_id": "bose", "username": access["username"]} in listed
        assert access["password"] not in str(listed)

        rotated = await ops.post("/v1/kafka-credentials/brand/bose/rotate")
        assert rotated.status_code == 200, rotated.text
        assert await refused_login(bose)
        assert not await refused_login(as_user(admin, (access["username"], rotated.json()["password"])))

        assert (await ops.delete("/v1/kafka-credentials/brand/bose")).status_code == 204
        assert await refused_login(as_user(admin, (access["username"], rotated.json()["password"])))
        again = await ops.delete("/v1/kafka-credentials/brand/bose")
        assert again.status_code == 404 and "no Kafka credentials" in again.json()["detail"]


async def test_only_operators_may_and_only_for_registered_tenants(portal, admin):  # noqa: F811
    for who in ("bose-alice", "ce-coordinator"):
        async with portal.client(who) as tenant:
            refused = await tenant.post("/v1/kafka-credentials", json={"brand": "bose"})
            assert refused.status_code == 403, refused.text
            assert (await tenant.get("/v1/kafka-credentials")).status_code == 403
            assert (await tenant.delete("/v1/kafka-credentials/brand/canada-goose")).status_code == 403
    async with portal.client(None) as anonymous:
        assert (await anonymous.post("/v1/kafka-credentials", json={"brand": "bose"})).status_code == 401
    async with portal.client("ops") as ops:
        unknown = await ops.post("/v1/kafka-credentials", json={"brand": "no-such-brand"})
        assert unknown.status_code == 404 and "no brand 'no-such-brand'" in unknown.json()["detail"]
        for body in ({"brand": "bose", "iwg": "consumer-electronics"}, {}, {"brand": "../etc"}):
            assert (await ops.post("/v1/kafka-credentials", json=body)).status_code == 422, body
        iwg = await ops.post("/v1/kafka-credentials", json={"iwg": "consumer-electronics"})
        assert iwg.status_code == 201 and iwg.json()["topic"].endswith("alerts.iwg.consumer-electronics")
        assert (await ops.delete("/v1/kafka-credentials/iwg/consumer-electronics")).status_code == 204


@pytest.mark.parametrize("bad", ["Y", "Bose", "bose%0A", "x" * 65, "-lead", "a.b"])
async def test_a_malformed_tenant_id_is_refused_with_a_4xx_before_kafka_is_asked(portal, bad):
    """The id in the path is the registry's TenantId (lower case, up to 64, no '.' and no trailing newline): anything
    else is a 422 that says so, from the route itself, before the credential code (brandsentry.acl) sees it."""
    async with portal.client("ops") as ops:
        for answer in (await ops.post(f"/v1/kafka-credentials/brand/{bad}/rotate"),
                       await ops.delete(f"/v1/kafka-credentials/iwg/{bad}"),
                       await ops.post("/v1/kafka-credentials", json={"brand": bad.replace("%0A", "\n")})):
            assert answer.status_code == 422, (bad, answer.status_code, answer.text)
            assert "tenant_id" in answer.text or "brand" in answer.text, answer.text
