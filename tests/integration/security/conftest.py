from __future__ import annotations

import pytest

from brandsentry.settings import KafkaSettings


@pytest.fixture(scope="session")
def admin(kafka_settings: KafkaSettings) -> KafkaSettings:
    """This test process's Kafka settings: the stack's admin principal over SASL_SSL (fails on a PLAINTEXT broker)."""
    assert kafka_settings.security_protocol == "SASL_SSL", (
        f"Kafka at {kafka_settings.bootstrap_servers} runs {kafka_settings.security_protocol}: anyone may read and write "
        "everything (start the stack with BRANDSENTRY_KAFKA_SECURITY=SASL_SSL)")
    return kafka_settings
