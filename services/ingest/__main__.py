"""`python -m services.ingest`: wait for Kafka, then serve ingest's HTTP API (INGEST_HOST:INGEST_PORT) with
INGEST_WORKERS uvicorn worker processes (each builds its app with create_app from the same environment)."""

import asyncio

import uvicorn

from brandsentry.health import wait_for_kafka
from brandsentry.http import proxy_options
from brandsentry.logs import configure_logging
from services.ingest.settings import IngestSettings

settings = IngestSettings()
asyncio.run(wait_for_kafka(settings.kafka, settings.topics.core(), host=settings.host, port=settings.port,
                           log=configure_logging("ingest", settings.log_level)))
uvicorn.run("services.ingest.app:create_app", factory=True, workers=settings.workers, host=settings.host,
            port=settings.port, log_level="warning", **proxy_options(settings.forwarded_allow_ips))
