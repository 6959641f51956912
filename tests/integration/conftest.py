"""Fixtures shared by every integration directory.

`portal`: the one portal process of the test session (console, portal, fuzz and ingest tests all use it).
It is defined here, once: a session fixture defined (or imported) in two directories' conftests is two
fixtures, and two portal processes of one session would share the webhook consumer group with different
settings (allow list, secrets key) and deliver half of each other's events wrongly.
"""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from schemas.portal import Role
from services.portal.settings import PortalSettings
from tests.integration.portal.conftest import PortalHandle
from tests.support import ServiceProcess, free_port


@pytest.fixture(scope="session")
async def portal(pipeline):
    port = free_port()
    env = {
        **pipeline.env,
        "PORTAL_PORT": str(port),
        "PORTAL_WEBHOOK_ALLOW_HOSTS": "127.0.0.1,localhost",
        "PORTAL_WEBHOOK_MAX_ATTEMPTS": "3",
        "PORTAL_WEBHOOK_BACKOFF_BASE_S": "0.05",
        "PORTAL_WEBHOOK_BACKOFF_MAX_S": "0.2",
        "PORTAL_SECRETS_KEY": Fernet.generate_key().decode(),  # the session's own key: secrets encrypted at rest
    }
    proc = ServiceProcess("portal", "services.portal", env, f"http://127.0.0.1:{port}/readyz")
    proc.start()
    try:
        await proc.wait_ready()
        handle = PortalHandle(f"http://127.0.0.1:{port}", PortalSettings(topics=pipeline.topics), env, proc)
        await handle.new_key("ops", Role.operator)
        await handle.new_key("bose-alice", Role.brand, brand_id="bose")
        await handle.new_key("goose-carl", Role.brand, brand_id="canada-goose")
        await handle.new_key("ce-coordinator", Role.iwg, iwg="consumer-electronics")
        await handle.new_key("apparel-coordinator", Role.iwg, iwg="apparel-footwear")
        yield handle
    finally:
        proc.stop()
