"""Session fixtures: the real Kafka and Redis of deploy/local (started by `make test`), and the pipeline's services.

Every test session owns its topics through a random BRANDSENTRY_TOPIC_PREFIX, so sessions
can share one broker. Set KAFKA_BOOTSTRAP_SERVERS / REDIS_URL to use other servers.

Security: this process acts as the stack's admin (KAFKA_* and REDIS_URL from $BRANDSENTRY_LOCAL/secrets/admin.env,
see deploy/local/stack.sh); every service process runs as its own principal with least-privilege ACLs for this
session's prefix, provisioned on first use (tests.support.service_env, applied by ServiceProcess).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis

from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import KafkaSettings, RedisSettings, Topics
from brandsentry.settings import load_admin_env
from tests.support import drop_topics, revoke_service_principals
from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.support import ARTIFACTS, ROOT, TEST_MARKETPLACES, ServiceProcess, free_port, set_ingest_key
from tests.shared import ADVERSARY_PARTS, SHARED_DIR

FIXTURES = Path(__file__).parent / "fixtures"
STACK_ENV = load_admin_env()  # before any settings object reads the environment
_SHARED: str | None = None  # the run's shared directory, when this process made it (pytest_configure)


@pytest.fixture(scope="session")
def kafka_settings() -> KafkaSettings:
    return KafkaSettings()


@pytest.fixture(scope="session")
def redis_settings() -> RedisSettings:
    return RedisSettings()


@pytest.fixture(scope="session")
async def servers(kafka_settings: KafkaSettings, redis_settings: RedisSettings) -> None:
    """Fail (never skip) when the real servers are not there: `make test` starts them."""
    from brandsentry.ping import kafka as ping_kafka

    try:
        await asyncio.wait_for(ping_kafka(kafka_settings.bootstrap_servers), 15)
    except Exception as exc:
        pytest.fail(f"Kafka does not answer at {kafka_settings.bootstrap_servers} as "
                    f"{kafka_settings.security_protocol} {kafka_settings.sasl_username or ''} ({exc}); run `make up` first"
                    f" (admin settings: {STACK_ENV or 'none found'})")
    redis = Redis.from_url(redis_settings.url)
    try:
        await redis.ping()
    except Exception as exc:
        pytest.fail(f"Redis does not answer at {redis_settings.url} ({exc}); run `make up` first")
    finally:
        await redis.aclose()


@pytest.fixture(scope="session")
def topics() -> Topics:
    return Topics(topic_prefix=f"t{uuid.uuid4().hex[:10]}.")


@dataclass
class Pipeline:
    topics: Topics
    kafka: KafkaSettings
    env: dict[str, str]
    ingest_url: str
    matcher_ops_url: str
    alerts_ops_url: str
    processes: list[ServiceProcess]

    @property
    def matcher_group(self) -> str:
        return f"{self.topics.topic_prefix}brandsentry-matcher"

    @property
    def alerts_group(self) -> str:
        return f"{self.topics.topic_prefix}brandsentry-alerts"


@pytest.fixture(scope="session")
async def pipeline(servers, topics: Topics, kafka_settings: KafkaSettings, redis_settings: RedisSettings):
    """ingest → matcher → alerts as real processes on this session's topics, with the test registry loaded."""
    await publish_registry(load_registry(FIXTURES / "registry.yaml"), kafka=kafka_settings, topics=topics)
    ports = {name: free_port() for name in ("ingest", "matcher", "alerts")}
    env = {
        "BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix,
        "KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers,
        "REDIS_URL": redis_settings.url,
        "INGEST_PORT": str(ports["ingest"]),
        "MATCHER_OPS_PORT": str(ports["matcher"]),
        # fingerprint changes go on top of the full index at once and into a new full index a second
        # later: the tests that change fingerprints then see both paths
        "MATCHER_CONSOLIDATE_AFTER_S": "1",
        "MATCHER_IMAGE_ALLOW_HOSTS": '["127.0.0.1"]',  # the image tests' loopback photo server (operator allow-list)
        "ALERTS_OPS_PORT": str(ports["alerts"]),
    }
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    procs = [
        ServiceProcess("ingest", "services.ingest", env, f"{urls['ingest']}/readyz"),
        ServiceProcess("matcher", "services.matcher", env, f"{urls['matcher']}/readyz"),
        ServiceProcess("alerts", "services.alerts", env, f"{urls['alerts']}/readyz"),
    ]
    for p in procs:
        p.start()
    try:
        for p in procs:
            await p.wait_ready()
        token, _ = await create_key(PortalSettings(kafka=kafka_settings, topics=topics), name="test-integrator",
                                    role=Role.integrator, marketplaces=TEST_MARKETPLACES, created_by="tests")
        set_ingest_key(token)
        yield Pipeline(topics, kafka_settings, env, urls["ingest"], urls["matcher"], urls["alerts"], procs)
    finally:
        for p in reversed(procs):
            p.stop()
        await drop_topics(kafka_settings, topics.topic_prefix)


_SESSION_STARTED = time.time()
# the tests that start servers, in the order they start: the fault tests in two chains (those that freeze, kill or wipe
# servers of their own, and those that kill services or feed them bad input), the integration tests in one
SERVER_GROUPS = ("faults-servers", "faults", "integration")
SERVER_FAULTS = ("test_broker.py", "test_redis_wipe.py", "test_redis_outage.py", "test_restart_after_revoke.py")


def _server_group(path: str) -> str | None:
    """The server group of a test file (its path from the root), None for a file of no server group."""
    if path.startswith("tests/faults/"):
        return "faults-servers" if path.rsplit("/", 1)[-1] in SERVER_FAULTS else "faults"
    return "integration" if path.startswith("tests/integration/") else None


_ORDER = pytest.StashKey[int]()


@pytest.hookimpl(tryfirst=True)  # before xdist's, which reads the groups
def pytest_collection_modifyitems(config, items) -> None:
    """Groups for pytest-xdist's `--dist loadgroup --no-loadscope-reorder` (`make test` runs 4 workers): the server
    groups (SERVER_GROUPS: two chains of fault tests and one of integration tests) each run one after the other by one
    worker in the order collected, as without xdist (their stacks never share a prefix or a port, and run side by side
    on the shared broker as engineers' sessions do); every other test file is a group of its own (its module and
    session caches made once), run by whichever worker is free. A test that names its own xdist_group keeps it (the
    adversary's floor tests: their classes in parts, tests/eval/adversary/report.py). Under xdist the server groups
    come first, so that all three start at once (they are the longest chains), then the adversary's parts (the longest
    of the rest, scored side by side by the workers that are free), then every other group in the order collected.
    Without xdist the marks do nothing and the order is unchanged."""
    for item in items:
        path = item.path.relative_to(ROOT).as_posix()
        own = item.get_closest_marker("xdist_group")
        group = own.args[0] if own else _server_group(path) or path
        if not own:
            item.add_marker(pytest.mark.xdist_group(group))
        item.stash[_ORDER] = (SERVER_GROUPS.index(group) if group in SERVER_GROUPS
                              else len(SERVER_GROUPS) if group.startswith(ADVERSARY_PARTS) else len(SERVER_GROUPS) + 1)
    if hasattr(config, "workerinput"):  # an xdist worker: every worker sorts alike (a stable sort)
        items.sort(key=lambda item: item.stash[_ORDER])


BULK_NICE = 10  # how much a worker yields the CPU once its server group is done (pytest_runtest_setup)
_NICED = pytest.StashKey[bool]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item) -> None:
    """Under xdist, a worker lowers its CPU priority (os.nice(BULK_NICE), once) when it first runs a test of no server
    group: the fault and integration tests are the run's longest chains, and their service processes (a matcher's
    index build, ~7 s of CPU alone) then take the CPU before the bulk work beside them (the adversary's scores, the unit
    tests), which fills what they leave. A worker runs its groups one after the other, so a server group's services,
    started by a worker not yet lowered, never inherit it. Without xdist nothing changes."""
    config = item.config
    if not hasattr(config, "workerinput") or config.stash.get(_NICED, False):
        return
    own = item.get_closest_marker("xdist_group")
    if own and own.args[0] in SERVER_GROUPS:
        return
    config.stash[_NICED] = True
    os.nice(BULK_NICE)


def pytest_configure(config) -> None:
    """The run's shared directory (tests/eval/adversary/report.py: what one xdist worker makes for the others), made
    by the controller of an xdist run before its workers start (they inherit the environment) and removed after."""
    global _SHARED
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput") \
            and not os.environ.get(SHARED_DIR):
        _SHARED = tempfile.mkdtemp(prefix="brandsentry-run-")
        os.environ[SHARED_DIR] = _SHARED


def pytest_unconfigure(config) -> None:
    if _SHARED:
        shutil.rmtree(_SHARED, ignore_errors=True)
        os.environ.pop(SHARED_DIR, None)


def pytest_sessionfinish(session, exitstatus) -> None:
    """The session's service principals go with it (their ACLs and SCRAM credentials)."""
    revoke_service_principals()


def pytest_terminal_summary(terminalreporter) -> None:
    """Name what the run left to look at: screenshots and service logs in test-artifacts/."""
    fresh = [p for p in sorted(ARTIFACTS.glob("*")) if p.stat().st_mtime >= _SESSION_STARTED]
    if fresh:
        terminalreporter.write_sep("-", "test artifacts")
        for path in fresh:
            terminalreporter.write_line(str(path))
