"""`python -m services.portal`: wait for Kafka, then serve the portal API (PORTAL_HOST:PORTAL_PORT, default 127.0.0.1:8084)."""

import asyncio

import uvicorn

from brandsentry.health import wait_for_kafka
from brandsentry.http import proxy_options
from brandsentry.logs import configure_logging
from services.portal.app import create_app
from services.portal.settings import PortalSettings

settings = PortalSettings()
asyncio.run(wait_for_kafka(settings.kafka, settings.portal_topics.all(), host=settings.host, port=settings.port,
                           log=configure_logging("portal", settings.log_level)))
uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning",
            timeout_graceful_shutdown=5, **proxy_options(settings.forwarded_allow_ips))
