"""`python -m services.alerts`: wait for Kafka, then run the alerts service until SIGINT/SIGTERM.

It never exits because Kafka is away: every step retries with backoff, and /readyz says why
it is not ready meanwhile.
"""

import asyncio

from brandsentry.health import (Health, flag_check, kafka_check, problem_check, quiet_gc, retry_forever,
                                run_until_signalled, serve_ops, wait_for_kafka)
from brandsentry.logs import configure_logging
from services.alerts.service import AlertsService
from services.alerts.settings import AlertsSettings


async def main() -> None:
    settings = AlertsSettings()
    log = configure_logging("alerts", settings.log_level)
    await wait_for_kafka(settings.kafka, settings.topics.core(), host=settings.ops_host, port=settings.ops_port, log=log)
    service = AlertsService(settings, log)
    health = Health()
    health.add("kafka", kafka_check(settings.kafka))
    health.add("alert_book", flag_check(service.feed.loaded.is_set, "alert book not loaded from Kafka yet"))
    health.add("consumer", problem_check(lambda: service.problem))
    ops = await serve_ops(health, host=settings.ops_host, port=settings.ops_port)

    async def work() -> None:
        await retry_forever(service.start, what="alerts start", log=log)
        log.info("alerts started", ops_port=settings.ops_port, matches_topic=settings.topics.matches)
        await service.run()

    async def cleanup() -> None:
        await service.stop()
        await ops.cleanup()

    await run_until_signalled(work(), cleanup=cleanup, log=log, name="alerts")


if __name__ == "__main__":
    quiet_gc()
    asyncio.run(main())
