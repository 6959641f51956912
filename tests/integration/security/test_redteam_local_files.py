"""Red team (issue 10's "another process on the host"): the local stack's files must not hand a local user, who
cannot log in to Kafka or Redis, what the broker's ACLs and Redis's password keep from them.

Found: the broker's server.properties (the `broker` super user's SCRAM password in its JAAS line, the key store
password) was world-readable (0644: `umask 077` does not change the mode of a file that already exists), and
so were the broker's data directory (every topic's records on disk, `__cluster_metadata` with the ACLs) and
Redis's append-only files (cached keys and alerts). Any local account could read every brand's fingerprints
and alerts past the ACLs, or log in as `broker` and do anything.

Checks the running stack this test session uses (deploy/local/stack.sh, the directory of its admin.env).
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from brandsentry.settings import load_admin_env

pytestmark = pytest.mark.integration

NOT_OWNER = stat.S_IRWXG | stat.S_IRWXO


def local_dir() -> Path:
    env = load_admin_env()
    assert env is not None, "no admin.env: the stack of deploy/local is not running with SASL_SSL"
    return env.parent.parent


def readable_by_others(path: Path) -> bool:
    """Whether an account other than the owner (group or others) can open `path`: every directory above it
    searchable by them and the file itself readable by them."""
    for parent in path.parents:
        if not parent.stat().st_mode & (stat.S_IXGRP | stat.S_IXOTH):
            return False
    return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))


def broker_configs() -> list[Path]:
    found = sorted((local_dir() / "kafka").glob("server.properties")) + sorted(
        (local_dir() / "kafka").glob("node-*/server.properties"))
    assert found, f"no server.properties under {local_dir() / 'kafka'}"
    return found


def setting(path: Path, name: str) -> str:
    for line in path.read_text().splitlines():
        if line.startswith(f"{name}="):
            return line.partition("=")[2]
    raise AssertionError(f"{name} not in {path}")


def test_the_broker_config_with_the_super_users_password_is_the_owners_only():
    for config in broker_configs():
        assert "password" in config.read_text()
        assert not config.stat().st_mode & NOT_OWNER, f"{config} is {oct(config.stat().st_mode & 0o777)}"
        assert not readable_by_others(config)


def test_the_brokers_records_on_disk_are_the_owners_only():
    """__cluster_metadata holds the ACLs and SCRAM hashes; every topic's segments hold brands' records."""
    for config in broker_configs():
        segment = Path(setting(config, "log.dirs")) / "__cluster_metadata-0" / "00000000000000000000.log"
        assert segment.exists(), segment
        assert not readable_by_others(segment), f"{segment} can be read by any local account"


def test_redis_data_is_the_owners_only():
    conf = local_dir() / "redis.conf"
    data = Path(next(line.split(" ", 1)[1] for line in conf.read_text().splitlines() if line.startswith("dir ")))
    files = [p for p in data.rglob("*") if p.is_file()]
    assert files, f"no Redis data under {data}"
    for path in files:
        assert not readable_by_others(path), f"{path} can be read by any local account"


def test_the_stacks_logs_are_the_owners_only():
    """Red team 2026-12-01, finding 5: .local/logs held 0644 logs in a 0755 directory (which listing alerted which
    brand, with score and alert id; once whole alerts at DEBUG). stack.sh runs under umask 077 and makes older
    logs the owner's only; `make run` and the benches open theirs with open_private_log."""
    logs = local_dir() / "logs"
    assert not logs.stat().st_mode & NOT_OWNER, f"{logs} is {oct(logs.stat().st_mode & 0o777)}"
    for path in logs.rglob("*"):
        assert not readable_by_others(path), path


async def test_the_test_services_logs_are_the_owners_only(pipeline):
    """The session's services (tests.support.ServiceProcess) write test-artifacts/<name>.log: 0600 in a 0700
    directory, an older file made so too."""
    from tests.support import ARTIFACTS

    logs = [ARTIFACTS / f"{name}.log" for name in ("ingest", "matcher", "alerts")]
    assert all(p.exists() for p in logs), sorted(ARTIFACTS.iterdir())
    assert not ARTIFACTS.stat().st_mode & NOT_OWNER, oct(ARTIFACTS.stat().st_mode & 0o777)
    for path in logs:
        assert oct(path.stat().st_mode & 0o777) == "0o600", path
