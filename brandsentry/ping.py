"""Exit 0 when the Kafka broker at the given bootstrap address answers a metadata request."""

import asyncio
import sys

from aiokafka.admin import AIOKafkaAdminClient


async def kafka(bootstrap: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
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
