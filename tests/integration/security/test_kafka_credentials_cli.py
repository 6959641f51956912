"""`brandsentry kafka-credentials`: what an operator types, what the brand then can and cannot do."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from aiokafka.errors import TopicAuthorizationFailedError

from brandsentry.kafka import ensure_topics
from tests.integration.security.test_kafka_acls import as_user, read, refused_soon, write
from tests.support import ROOT

pytestmark = pytest.mark.integration


def cli(*args: str, topics) -> subprocess.CompletedProcess:
    env = {**os.environ, "BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix}
    return subprocess.run([sys.executable, "-m", "brandsentry.cli", "kafka-credentials", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


async def test_an_operator_creates_lists_and_revokes_a_brands_credentials(admin, topics, servers):
    mine, theirs = topics.alerts_brand("umbrella"), topics.alerts_brand("hooli")
    await ensure_topics(admin, {mine: {}, theirs: {}})
    await write(admin, mine, b"alert for umbrella")

    created = cli("create", "--brand", "umbrella", "--json", topics=topics)
    assert created.returncode == 0, created.stderr
    access = json.loads(created.stdout)
    assert (access["topic"], access["group_prefix"]) == (mine, f"{topics.topic_prefix}brand-umbrella.")
    assert access["security_protocol"] == "SASL_SSL" and "BEGIN CERTIFICATE" in access["ca_pem"]
    brand = as_user(admin, (access["username"], access["password"]))
    assert await read(brand, mine, group=f"{access['group_prefix']}dashboard") == [b"alert for umbrella"]
    with pytest.raises(TopicAuthorizationFailedError):
        await read(brand, theirs)

    listed = cli("list", "--json", topics=topics)
    assert {"kind": "brand", "id": "umbrella", "username": access["username"]} in json.loads(listed.stdout)
    assert access["password"] not in listed.stdout

    revoked = cli("revoke", "--brand", "umbrella", topics=topics)
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    assert await refused_soon(brand)
    again = cli("revoke", "--brand", "umbrella", topics=topics)
    assert again.returncode == 1 and "had no Kafka credentials" in again.stdout


def test_the_cli_refuses_ambiguous_or_unsafe_tenants(admin, topics):
    assert cli("create", "--brand", "a", "--iwg", "b", topics=topics).returncode == 2
    bad = cli("create", "--brand", "../etc", topics=topics)
    assert bad.returncode == 1 and "letters, digits" in bad.stdout
