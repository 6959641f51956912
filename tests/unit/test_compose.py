"""deploy/compose.yaml cannot run here (no Docker): its shape is checked instead — three secured brokers, every
service its own principal, secrets only as files."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from brandsentry.acl import SERVICES, service_user
from brandsentry.settings import Topics

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
SERVICES_OF = COMPOSE["services"]
NODE_SCRIPT = (DEPLOY / "kafka" / "kafka-node.sh").read_text()
APPS = {"ingest": "services.ingest", "matcher": "services.matcher", "alerts": "services.alerts",
        "portal": "services.portal", "ops": "services.ops"}


def test_three_kraft_brokers_of_the_official_image_each_with_its_own_data():
    brokers = {name: s for name, s in SERVICES_OF.items() if re.fullmatch(r"kafka-\d", name)}
    assert sorted(brokers) == ["kafka-1", "kafka-2", "kafka-3"]
    assert {s["image"].split(":")[0] for s in brokers.values()} == {"apache/kafka"}
    assert [s["environment"]["NODE_ID"] for s in brokers.values()] == ["1", "2", "3"]
    data = [v for s in brokers.values() for v in s["volumes"] if v.endswith(":/var/lib/kafka/data")]
    assert len(set(data)) == 3
    assert "controller.quorum.voters=1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093" in NODE_SCRIPT


def test_brokers_authenticate_encrypt_and_deny_by_default_with_replication_three_and_min_isr_two():
    for line in ("listeners=SASL_SSL://:9092,CONTROLLER://:9093", "listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL",
                 "listener.name.controller.ssl.client.auth=required", "sasl.enabled.mechanisms=SCRAM-SHA-512",
                 "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                 "allow.everyone.if.no.acl.found=false", "super.users=User:admin;User:broker",
                 "default.replication.factor=3", "min.insync.replicas=2", "offsets.topic.replication.factor=3",
                 "transaction.state.log.min.isr=2"):
        assert line in NODE_SCRIPT, line
    assert "PLAINTEXT" not in NODE_SCRIPT
    assert "--add-scram" in NODE_SCRIPT and "saltedpassword" in NODE_SCRIPT


def test_every_service_connects_as_its_own_principal_over_sasl_ssl_to_all_three_brokers():
    assert set(APPS) == set(SERVICES)
    for name, module in APPS.items():
        service = SERVICES_OF[name]
        env = service["environment"]
        assert env["KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
        assert env["KAFKA_SASL_USERNAME"] == service_user(name, Topics(topic_prefix=""))
        assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka-1:9092,kafka-2:9092,kafka-3:9092"
        assert (env["KAFKA_REPLICATION_FACTOR"], env["KAFKA_MIN_INSYNC_REPLICAS"]) == ("3", "2")
        assert f"kafka-svc-{name}" in service["secrets"]
        command = " ".join(service["command"])
        assert f"/run/secrets/kafka-svc-{name}" in command and f"python -m {module}" in command


def test_secrets_are_files_never_values():
    declared = COMPOSE["secrets"]
    assert all(set(spec) == {"file"} and spec["file"].startswith("./secrets/") for spec in declared.values())
    for name, service in SERVICES_OF.items():
        assert set(service.get("secrets", [])) <= set(declared), name
        for key, value in (service.get("environment") or {}).items():
            assert not re.search(r"PASSWORD$|SECRET|KEY$", key) or "PASSWORD_FILE" in key, (name, key)
    made = (DEPLOY / "kafka" / "make-secrets.sh").read_text()
    assert all(name in made for name in declared)
    assert "deploy/secrets/" in (DEPLOY.parent / ".gitignore").read_text()


def test_dependencies_name_real_services():
    for name, service in SERVICES_OF.items():
        assert set(service.get("depends_on", {})) <= set(SERVICES_OF), name
