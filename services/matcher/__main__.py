"""`python -m services.matcher`: wait for Kafka and ensure the topics, then match until SIGINT/SIGTERM.

It never exits because Kafka is away: every step retries with backoff, and /readyz says why
it is not ready meanwhile. With MATCHER_WORKERS=N (N > 1) this process only supervises N worker
processes of the same consumer group (worker i serves its /readyz and /metrics on MATCHER_OPS_PORT + i),
so that one box's cores all match; see workers().
"""

import asyncio
import os
import signal
import subprocess
import sys

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


def workers(settings: MatcherSettings) -> int:
    """Run MATCHER_WORKERS matcher processes (consumer-group members: the listings partitions are shared among
    them) and wait. SIGTERM/SIGINT are passed on; when one worker exits, the others are stopped and its exit
    code returned, so whatever supervises this process (make run, Kubernetes) restarts the set.
    Each worker holds its own fingerprint index (memory: one index per worker)."""
    from brandsentry.demo import _die_with_parent  # (issue 16) not in a worker: demo imports httpx, rich and the seeding

    log = configure_logging("matcher", settings.log_level)
    procs = [subprocess.Popen([sys.executable, "-m", "services.matcher"],
                              env={**os.environ, "MATCHER_WORKERS": "1", "MATCHER_OPS_PORT": str(settings.ops_port + i)},
                              preexec_fn=_die_with_parent)
             for i in range(settings.workers)]
    log.info("matcher workers started", workers=len(procs), ops_ports=[settings.ops_port + i for i in range(len(procs))])

    def stop(signum, _frame) -> None:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    code = os.waitpid(-1, 0)[1]  # the first worker to end
    stop(signal.SIGTERM, None)
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    return os.waitstatus_to_exitcode(code) if code else 0


if __name__ == "__main__":
    matcher_settings = MatcherSettings()
    if matcher_settings.workers > 1:
        sys.exit(workers(matcher_settings))
    asyncio.run(main())
