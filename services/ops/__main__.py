"""`python -m services.ops`: consumer lag collector and live dashboard, until SIGINT/SIGTERM."""

import asyncio
import signal

from aiohttp import web
from prometheus_client import REGISTRY
from redis.asyncio import Redis

from brandsentry.health import Health, kafka_check, problem_check
from brandsentry.logs import configure_logging
from services.ops.app import create_app
from services.ops.lag import LagCollector
from services.ops.monitor import Monitor
from services.ops.settings import OpsSettings
from services.portal.access import KeyGate
from services.portal.view import View


async def main() -> None:
    settings = OpsSettings()
    log = configure_logging("ops", settings.log_level)
    lag = LagCollector(settings.kafka, group_prefix=settings.watched_group_prefix,
                       stale_after_s=max(10.0, 3 * settings.lag_interval_s))
    REGISTRY.register(lag)
    monitor = Monitor(settings, lag)
    health = Health()
    health.add("kafka", kafka_check(settings.kafka))
    health.add("consumer_lag", problem_check(lag.problem))  # not ready while the lag shown is not current
    redis = Redis.from_url(settings.redis.url)
    gate = KeyGate(View(redis, settings.topics.topic_prefix), max_failures=settings.auth_max_failures,
                   window_s=settings.auth_window_s)
    runner = web.AppRunner(create_app(monitor, health, gate), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.port).start()
    tasks = [asyncio.ensure_future(lag.run(interval_s=settings.lag_interval_s, log=log)),
             asyncio.ensure_future(monitor.run(log=log))]
    dashboard = f"http://{settings.host}:{settings.port}/"
    log.info(f"ops started: dashboard at {dashboard}", dashboard=dashboard, targets=monitor.targets,
             group_prefix=settings.watched_group_prefix)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await lag.close()
        await runner.cleanup()
        await redis.aclose()
        log.info("ops stopped")


if __name__ == "__main__":
    asyncio.run(main())
