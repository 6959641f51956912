"""Property-based fuzzing of every HTTP endpoint from its OpenAPI schema (schemathesis): no input gives a 500.

Ingest and the portal run as real processes on topics of their own (a prefix of this module's, the test
registry loaded), so whatever the fuzzer registers never reaches the rest of the session. Schemathesis runs
its examples, coverage (boundary values, wrong types, missing fields) and fuzzing phases against each, bounded
by FUZZ_MAX_EXAMPLES per operation and FUZZ_MAX_TIME_S per service (the three runs go side by side, so the whole
module takes about a minute); the one check is `not_a_server_error` (a 503 with its reason is allowed).
On failure the answer names every failing operation with a curl line to reproduce it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import Topics
from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.support import ARTIFACTS, ROOT, TEST_MARKETPLACES, ServiceProcess, free_port

pytestmark = pytest.mark.integration
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CONFIG = Path(__file__).resolve().parent / "schemathesis.toml"  # 503 (documented, with a reason) is not a failure
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES", "12"))
MAX_TIME_S = int(os.environ.get("FUZZ_MAX_TIME_S", "30"))
#: server-sent events never end (covered by the stream tests); the ops endpoints take no input
SKIPPED = "^/(v1/stream/|healthz|readyz|metrics)"


@pytest.fixture(scope="module")
async def fuzz_stack(servers, kafka_settings, redis_settings):
    topics = Topics(topic_prefix=f"fz{uuid.uuid4().hex[:8]}.")
    await publish_registry(load_registry(FIXTURES / "registry.yaml"), kafka=kafka_settings, topics=topics)
    ports = {"ingest": free_port(), "portal": free_port()}
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers,
           "REDIS_URL": redis_settings.url, "INGEST_PORT": str(ports["ingest"]), "PORTAL_PORT": str(ports["portal"]),
           "PORTAL_SECRETS_KEY": Fernet.generate_key().decode(), "PORTAL_WEBHOOK_MAX_ATTEMPTS": "1",
           "PORTAL_WRITE_TIMEOUT_S": "5"}
    procs = {name: ServiceProcess(f"fuzz-{name}", f"services.{name}", env, f"http://127.0.0.1:{port}/readyz")
             for name, port in ports.items()}
    for p in procs.values():
        p.start()
    try:
        for p in procs.values():
            await p.wait_ready()
        settings = PortalSettings(kafka=kafka_settings, redis=redis_settings, topics=topics)
        tokens = {
            "ingest": (await create_key(settings, name="fuzz-integrator", role=Role.integrator,
                                        marketplaces=TEST_MARKETPLACES))[0],
            "portal": (await create_key(settings, name="fuzz-bose", role=Role.brand, brand_id="bose"))[0],
            "portal-operator": (await create_key(settings, name="fuzz-ops", role=Role.operator))[0],
        }
        yield {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}, tokens, procs
    finally:
        for p in procs.values():
            p.stop()


async def schemathesis(base_url: str, token: str, report: str) -> tuple[int, str]:
    """Run schemathesis against one service; (exit code, output)."""
    command = [
        str(Path(sys.executable).parent / "st"), "--config-file", str(CONFIG), "run", f"{base_url}/openapi.json",
        "--checks", "not_a_server_error", "--phases", "examples,coverage,fuzzing",
        "--max-examples", str(MAX_EXAMPLES), "--max-time", str(MAX_TIME_S), "--workers", "1",
        "--request-timeout", "20", "--generation-database", "none", "--no-shrink",
        "--generation-with-security-parameters", "false", "--exclude-path-regex", SKIPPED,
        "--header", f"X-API-Key: {token}", "--no-color", "--output-sanitize", "true",
        "--suppress-health-check", "all", "--max-failures", "20",
        "--report", "junit", "--report-junit-path", str(ARTIFACTS / f"schemathesis-{report}.xml"),
    ]
    proc = await asyncio.create_subprocess_exec(*command, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), MAX_TIME_S + 120)
    return proc.returncode, out.decode(errors="replace")


async def test_no_input_gives_a_500(fuzz_stack):
    """Ingest with an integrator key, the portal with a brand key and with an operator key, side by side."""
    urls, tokens, procs = fuzz_stack
    runs = {"ingest": ("ingest", "ingest"), "portal-brand": ("portal", "portal"),
            "portal-operator": ("portal", "portal-operator")}
    results = await asyncio.gather(*(schemathesis(urls[service], tokens[who], name)
                                     for name, (service, who) in runs.items()))
    failed = {name: out[-6000:] for name, (code, out) in zip(runs, results) if code != 0}
    assert not failed, "\n\n".join(f"=== {name}\n{out}" for name, out in failed.items())
    for name, (_, out) in zip(runs, results):
        assert "operations" in out.lower() or "passed" in out.lower(), f"{name}: nothing was tested\n{out[-2000:]}"
    for p in procs.values():
        assert p.proc.poll() is None, f"{p.name} died:\n{p.tail(40)}"
        assert "Traceback" not in p.tail(400), p.tail(80)
