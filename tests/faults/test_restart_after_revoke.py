"""A broker restarted after an operator revoked a tenant still lets the admin and the services in.

Kafka 4.x (KRaft) replaying a deleted SCRAM credential on restart forgot the users that `kafka-storage format
--add-scram` made (admin, broker), so `make up` after `make test` + `make down` failed: the broker refused the
admin. Revoking now removes the tenant's ACLs and overwrites its password (brandsentry/kafka_admin.py). This
test runs the project's own stack (deploy/local/stack.sh, SASL_SSL) in a directory and on ports of its own,
revokes a brand with the operator's CLI, restarts the broker and logs in again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.faults.harness import _free_port_run
from brandsentry.settings import KafkaSettings
from tests.integration.security.test_kafka_acls import as_user, refused_login
from tests.support import ROOT

STACK = ROOT / "deploy" / "local" / "stack.sh"


def _env(local, kafka_port: int, redis_port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KAFKA_", "REDIS_", "BRANDSENTRY_"))}
    return {**env, "BRANDSENTRY_LOCAL": str(local), "BRANDSENTRY_KAFKA_SECURITY": "SASL_SSL",
            "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{kafka_port}", "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "PYTHON": sys.executable}


def _run(env: dict[str, str], *args: str, timeout_s: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s)


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return _run(env, sys.executable, "-m", "brandsentry.cli", "kafka-credentials", *args, timeout_s=120)


async def test_the_broker_restarted_after_a_revocation_lets_the_admin_in_and_keeps_the_tenant_out(tmp_path, monkeypatch):
    kafka_port = _free_port_run(2)
    redis_port = _free_port_run(1)
    env = _env(tmp_path / "local", kafka_port, redis_port)
    try:
        up = _run(env, str(STACK), "up")
        assert up.returncode == 0, up.stdout[-2000:] + up.stderr[-2000:]

        created = _cli(env, "create", "--brand", "umbrella", "--json")
        assert created.returncode == 0, created.stdout + created.stderr
        access = json.loads(created.stdout)
        revoked = _cli(env, "revoke", "--brand", "umbrella")
        assert revoked.returncode == 0 and "revoked" in revoked.stdout, revoked.stdout + revoked.stderr

        down = _run(env, str(STACK), "down")
        assert down.returncode == 0, down.stdout[-2000:] + down.stderr[-2000:]
        again = _run(env, str(STACK), "up")  # waits until the admin's SCRAM login works, else exits non-zero
        assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-2000:]

        listed = _cli(env, "list", "--json")  # the admin is let in, and the revoked brand is not a live tenant
        assert listed.returncode == 0, listed.stdout + listed.stderr
        assert "umbrella" not in {t["id"] for t in json.loads(listed.stdout)}
        created = _cli(env, "create", "--brand", "hooli", "--json")  # and it can still give out credentials
        assert created.returncode == 0, created.stdout + created.stderr

        for line in (tmp_path / "local" / "secrets" / "admin.env").read_text().splitlines():
            name, sep, value = line.partition("=")
            if sep and name.startswith("KAFKA_"):
                monkeypatch.setenv(name, value)
        brand = as_user(KafkaSettings(), (access["username"], access["password"]))
        assert await refused_login(brand)  # the revoked password stays refused after the restart
    finally:
        _run(env, str(STACK), "down")


pytestmark = pytest.mark.integration
