"""`python -m services.ingest`: wait for Kafka, then serve ingest's HTTP API (INGEST_HOST:INGEST_PORT)."""

import asyncio

import uvicorn

from brandsentry.health import wait_for_kafka
from brandsentry.logs import configure_logging
from services.ingest.app import create_app
from services.ingest.settings import IngestSettings

settings = IngestSettings()
asyncio.run(wait_for_kafka(settings.kafka, settings.topics.core(), host=settings.host, port=settings.port,
                           log=configure_logging("ingest", settings.log_level)))
uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
