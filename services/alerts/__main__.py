"""`python -m services.alerts`: wait for Kafka, then run the alerts service until SIGINT/SIGTERM."""

import asyncio
import signal

from brandsentry.health import Health, kafka_check, redis_check, serve_ops, wait_for_kafka
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
    health.add("redis", redis_check(service.redis))
    ops = await serve_ops(health, host=settings.ops_host, port=settings.ops_port)
    await service.start()
    log.info("alerts started", ops_port=settings.ops_port, matches_topic=settings.topics.matches)
    task = asyncio.ensure_future(service.run())
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        pass
    finally:
        await service.stop()
        await ops.cleanup()
        log.info("alerts stopped")


if __name__ == "__main__":
    asyncio.run(main())
