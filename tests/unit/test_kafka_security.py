"""Client security settings: what every aiokafka client is given."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from brandsentry.kafka import client_kwargs
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
