"""`python -m services.matcher`: wait for Kafka and ensure the topics, then match until SIGINT/SIGTERM.

It never exits because Kafka is away: every step retries with backoff, and /readyz says why
it is not ready meanwhile.
"""

import asyncio

from brandsentry.health import Health, kafka_check, problem_check, run_until_signalled, serve_ops, wait_for_kafka
from brandsentry.logs import configure_logging
from services.matcher.app import MatcherService
from services.matcher.settings import MatcherSettings


async def main() -> None:
    settings = MatcherSettings()
    log = configure_logging("matcher", settings.log_level)
    await wait_for_kafka(settings.kafka, settings.topics.core(), host=settings.ops_host, port=settings.ops_port, log=log)
    service = MatcherService(settings, log)
    health = Health()
    health.add("kafka", kafka_check(settings.kafka))
    health.add("fingerprint_index", problem_check(
        lambda: None if service.feed.loaded.is_set() else "fingerprint index not loaded yet"))
    health.add("consumer", problem_check(lambda: service.loop.problem if service.feed.loaded.is_set() else None))
    ops = await serve_ops(health, host=settings.ops_host, port=settings.ops_port)
    feed = asyncio.ensure_future(service.feed.run())
    log.info("matcher started", ops_port=settings.ops_port, listings_topic=settings.topics.listings)

    async def cleanup() -> None:
        feed.cancel()
        await asyncio.gather(feed, return_exceptions=True)
        await service.stop()
        await ops.cleanup()

    await run_until_signalled(service.run(), cleanup=cleanup, log=log, name="matcher")


if __name__ == "__main__":
    asyncio.run(main())
