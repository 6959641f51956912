"""Client security settings: what every aiokafka client is given."""

from __future__ import annotations

import base64

import pytest
from pydantic import ValidationError

from brandsentry.kafka import client_kwargs
from brandsentry.kafka_admin import new_cluster_id
from brandsentry.settings import KafkaSettings


@pytest.fixture(autouse=True)
def _no_kafka_environment(monkeypatch):
    """The settings as a bare process sees them: the test session loads the local stack's admin settings
    into the environment, which would otherwise fill every field these tests leave out."""
    import os

    for name in [n for n in os.environ if n.startswith("KAFKA_")]:
        monkeypatch.delenv(name)


def test_default_is_plaintext_with_nothing_else():
    assert client_kwargs(KafkaSettings()) == {"security_protocol": "PLAINTEXT"}


def test_sasl_ssl_gives_scram_credentials_and_a_verifying_tls_context():
    kafka = KafkaSettings(security_protocol="SASL_SSL", sasl_username="svc-ingest", sasl_password="s3cret")
    kwargs = client_kwargs(kafka)
    assert kwargs["security_protocol"] == "SASL_SSL"
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (kwargs["sasl_plain_username"], kwargs["sasl_plain_password"]) == ("svc-ingest", "s3cret")
    assert kwargs["ssl_context"].check_hostname is True


def test_the_password_never_shows_in_the_settings_repr():
    kafka = KafkaSettings(security_protocol="SASL_SSL", sasl_username="u", sasl_password="hunter2-very-secret")
    assert "hunter2" not in repr(kafka) and "hunter2" not in str(kafka.model_dump())


def test_sasl_without_a_password_is_refused_at_start():
    with pytest.raises(ValidationError, match="KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"):
        KafkaSettings(security_protocol="SASL_SSL", sasl_username="u")


def test_min_insync_replicas_above_the_replication_factor_is_refused():
    with pytest.raises(ValidationError, match="exceeds"):
        KafkaSettings(replication_factor=1, min_insync_replicas=2)
    assert KafkaSettings(replication_factor=3, min_insync_replicas=2).min_insync_replicas == 2


def test_a_new_cluster_id_is_never_read_as_an_option_by_the_storage_tool():
    """One urlsafe-base64 id in 64 starts with '-', which `kafka-storage format -t` takes for an option and exits 1
    (the fresh-clone CI's 'Kafka storage format failed'); Kafka's Uuid.randomUuid draws again, and so do we."""
    ids = [new_cluster_id() for _ in range(20_000)]
    assert not [i for i in ids if i.startswith("-")]
    assert {len(i) for i in ids} == {22}
    assert len({base64.urlsafe_b64decode(i + "==") for i in ids}) == len(ids)
