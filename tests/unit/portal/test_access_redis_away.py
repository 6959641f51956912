"""KeyGate with Redis away (nothing listens on its port): keys known from the api-keys topic are still taken, others
are told to retry (503 + Retry-After), never a 500 (faults, 2026-12-01: ingest answered 500 to every POST)."""

import pytest
from redis.asyncio import Redis

from schemas.portal import Role
from services.portal.access import KeyGate
from services.portal.auth import hash_token, new_key
from services.portal.exceptions import TooManyAttempts, Unauthorized
from services.portal.view import View
from tests.support import free_port


@pytest.fixture
async def gate_and_key():
    redis = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=1, socket_timeout=1)
    view = View(redis, "t.")
    token, record = new_key(name="connector", role=Role.integrator, marketplaces=["taobao"])
    view.known_keys[hash_token(token)] = record
    yield KeyGate(view), token, record
    await redis.aclose()


async def test_a_known_key_is_taken_while_redis_is_away(gate_and_key):
    gate, token, record = gate_and_key
    assert await gate.authenticate(token, "10.0.0.1") == record


async def test_an_unknown_key_is_told_to_retry_while_redis_is_away(gate_and_key):
    gate, _, _ = gate_and_key
    with pytest.raises(TooManyAttempts) as refused:
        await gate.authenticate("bsk_" + "0" * 40, "10.0.0.1")
    assert refused.value.status_code == 503 and refused.value.retry_after_s > 0
    with pytest.raises(Unauthorized):
        await gate.authenticate(None, "10.0.0.1")


async def test_a_revoked_key_is_not_taken_while_redis_is_away(gate_and_key):
    gate, token, record = gate_and_key
    gate.view.known_keys[hash_token(token)] = record.model_copy(update={"revoked": True})
    with pytest.raises(TooManyAttempts):
        await gate.authenticate(token, "10.0.0.1")
