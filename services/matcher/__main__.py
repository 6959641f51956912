"""`python -m services.matcher`: ensure the topics, then run a faust worker."""

import asyncio
import sys

from brandsentry.kafka import ensure_topics
from services.matcher.app import create_app
from services.matcher.settings import MatcherSettings

settings = MatcherSettings()
asyncio.run(ensure_topics(settings.kafka, settings.topics.core()))
app = create_app(settings)
sys.argv = [sys.argv[0], *(sys.argv[1:] or ["worker", "--loglevel", "warn", "--without-web"])]
app.main()
