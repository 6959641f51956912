"""Exit 0 when the Kafka broker at the given bootstrap address answers a metadata request
(`python -m brandsentry.ping kafka HOST:PORT`; security from the KAFKA_* environment)."""

import asyncio
import sys

from aiokafka.admin import AIOKafkaAdminClient

from brandsentry.kafka import client_kwargs
from brandsentry.settings import KafkaSettings


async def kafka(target: str | KafkaSettings) -> None:
    """Raise unless the cluster answers; a str is a bootstrap address with the KAFKA_* environment's security."""
    settings = target if isinstance(target, KafkaSettings) else KafkaSettings(bootstrap_servers=target)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, request_timeout_ms=3000,
                                **client_kwargs(settings))
    await asyncio.wait_for(admin.start(), 5)
    try:
        await asyncio.wait_for(admin.list_topics(), 5)
    finally:
        await admin.close()


if __name__ == "__main__":
    try:
        asyncio.run(kafka(sys.argv[2]))
    except Exception as exc:  # any failure means "not answering yet"
        print(exc, file=sys.stderr)
        sys.exit(1)
