"""`python -m services.matcher`: wait for Kafka and ensure the topics, then run a faust worker."""

import asyncio
import sys

from brandsentry.health import wait_for_kafka
from brandsentry.logs import configure_logging
from services.matcher.app import create_app
from services.matcher.settings import MatcherSettings

settings = MatcherSettings()
asyncio.run(wait_for_kafka(settings.kafka, settings.topics.core(), host=settings.ops_host, port=settings.ops_port,
                           log=configure_logging("matcher", settings.log_level)))
app = create_app(settings)
sys.argv = [sys.argv[0], *(sys.argv[1:] or ["worker", "--loglevel", "warn", "--without-web"])]
app.main()
