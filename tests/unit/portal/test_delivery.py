"""Issue 10: one subscription's delivery failure never stops another's, delivery never stays dead, /readyz says so."""

import asyncio
from datetime import timezone

from brandsentry.health import Health, problem_check
from schemas.portal import WebhookSubscriptionRecord
from services.portal.delivery import Deliverer, DeliveryWorker
from services.portal.settings import PortalSettings
from services.portal.webhooks_core import Watermarks, events_for, public_detail
from tests.unit.portal.helpers import NOW, make_alert


class Log:
    def __getattr__(self, _):
        return lambda *a, **k: self

    def bind(self, **_):
        return self


class Redis:
    async def exists(self, _):
        return 0

    async def set(self, *_, **__):
        return True


class Producer:
    def __init__(self):
        self.sent = []

    async def send(self, topic, value, *, key=None, headers=None):
        self.sent.append((topic, value, key, dict(headers or [])))


def sub(url: str) -> WebhookSubscriptionRecord:
    return WebhookSubscriptionRecord(id="wh_0123456789abcdef", brand_id="bose", url=url, events=["alert.created"],
                                     created_by="t", created_at=NOW.astimezone(timezone.utc), secret="whsec_" + "s" * 40)


async def test_finding_a_bad_port_parks_that_delivery_and_raises_nothing():
    producer = Producer()
    deliverer = Deliverer(PortalSettings(webhook_max_attempts=2), producer, Redis(), Log())
    try:
        for url in ("http://1.2.3.4:abc/x", "http://1.2.3.4:99999/x", "http://[::1/x", "http://\x00/x"):
            assert await deliverer.deliver(sub(url), delivery_id="d1", event_type="alert.created", body=b"{}") == "parked"
    finally:
        await deliverer.close()
    for _, value, key, headers in producer.sent:
        assert value == b"{}" and key == b"wh_0123456789abcdef".decode()
        assert headers["error.reason"] == b"url_refused"
        assert headers["error.detail"] == public_detail("url_refused").encode()


async def test_finding_delivery_task_dies_and_readyz_stays_200():
    """A delivery loop that fails is reported on /readyz and started again (after a backoff), never left dead."""
    runs, reconnected = [], asyncio.Event()

    class Worker(DeliveryWorker):
        async def run(self):
            runs.append(1)
            if len(runs) == 1:
                self.running = True
                raise RuntimeError("broker went away")
            await reconnected.wait()  # the second run connects only when the test says so
            self.running = True
            await asyncio.Event().wait()

    worker = Worker(PortalSettings(), projector=None, deliverer=None, log=Log())
    health = Health()
    health.add("webhook_delivery", problem_check(worker.problem))
    task = asyncio.ensure_future(worker.supervise(max_backoff_s=0.05))
    try:
        while len(runs) < 2:  # failed once, started again
            await asyncio.sleep(0.01)
        ok, checks = await health.ready()
        assert not ok
        assert checks["webhook_delivery"] == "failing: RuntimeError: webhook delivery not running: RuntimeError: broker went away"
        reconnected.set()
        while not worker.running:
            await asyncio.sleep(0.01)
        assert await health.ready() == (True, {"webhook_delivery": "ok"})
    finally:
        task.cancel()


def test_tenants_see_a_generic_reason_never_the_receivers_answer():
    assert public_detail("http_500") == "the receiver answered HTTP 500"
    assert public_detail("network_error").startswith("the receiver could not be reached")
    assert public_detail("anything else") == "the delivery failed"


async def test_a_failing_receiver_keeps_a_bounded_backlog_and_other_subscriptions_still_queue():
    """tenant55 (2026-12-06): one tenant's hung receiver held up to `max_in_flight` deliveries, and reading paused for
    every tenant. Beyond PORTAL_WEBHOOK_FAILING_BACKLOG a failing subscription's deliveries are parked at once, with
    a reason the tenant can read, and replayable; a healthy subscription's lane is not limited."""
    producer = Producer()
    settings = PortalSettings(webhook_max_attempts=1, webhook_failing_backlog=2)
    deliverer = Deliverer(settings, producer, Redis(), Log())
    worker = DeliveryWorker(settings, projector=None, deliverer=deliverer, log=Log())
    failing = sub("http://1.2.3.4:abc/x")  # refused at every attempt: its receiver is failing
    healthy = sub("https://example.com/hook").model_copy(update={"id": "wh_fedcba9876543210"})
    try:
        assert await deliverer.deliver(failing, delivery_id="d0", event_type="alert.created", body=b"{}") == "parked"
    finally:
        await deliverer.close()
    marks, lanes = Watermarks(), {failing.id: asyncio.Queue(), healthy.id: asyncio.Queue()}
    for offset in range(5):
        events = events_for(make_alert(listing_id=str(offset)), [failing, healthy])
        marks.add("p0", offset, len(events))
        for event in events:
            await worker._admit(lanes[event.subscription_id], marks, "p0", offset, event)
    assert (lanes[failing.id].qsize(), lanes[healthy.id].qsize()) == (2, 5)
    parked = [(key, headers) for _, _, key, headers in producer.sent if headers["error.reason"] == b"receiver_backlog"]
    assert [key for key, _ in parked] == [failing.id] * 3
    assert {h["error.detail"] for _, h in parked} == {public_detail("receiver_backlog").encode()}
    assert marks.in_flight == 7  # the parked three are done: their offsets can be committed once the lanes finish


async def test_a_delivery_the_receiver_took_is_delivered_though_redis_is_full():
    """faults56 (2026-12-06): Redis full (maxmemory reached, noeviction) refuses the "delivered" mark after the
    receiver's 200. The refusal was caught as a failed attempt: the delivery the receiver had taken was parked on
    webhooks.dlq as failed ("the delivery failed"), so a replay sent it again, and the subscription was marked failing
    (past its backlog, later deliveries parked unattempted). Now the delivery counts as delivered, once."""
    import httpx
    from redis.exceptions import OutOfMemoryError

    class FullRedis(Redis):
        async def set(self, *_, **__):
            raise OutOfMemoryError("command not allowed when used memory > 'maxmemory'.")

    posts = []

    def receiver(request: httpx.Request) -> httpx.Response:
        posts.append(request.headers["X-BrandSentry-Delivery"])
        return httpx.Response(200)

    producer = Producer()
    deliverer = Deliverer(PortalSettings(webhook_allow_hosts="203.0.113.5"), producer, FullRedis(), Log())
    await deliverer._http.aclose()
    deliverer._http = httpx.AsyncClient(transport=httpx.MockTransport(receiver))
    hook = sub("http://203.0.113.5:8080/hook")
    try:
        results = [await deliverer.deliver(hook, delivery_id=f"d{i}", event_type="alert.created", body=b"{}")
                   for i in range(3)]
    finally:
        await deliverer.close()
    assert results == ["delivered"] * 3
    assert posts == ["d0", "d1", "d2"]  # each once
    assert producer.sent == []  # nothing parked as failed
    assert hook.id not in deliverer.failing
class Receiver:
    """A local HTTP receiver on a real socket that answers 200 OK: `drip` sends its header lines one byte every 0.1 s
    for `seconds` (each read arrives well inside any per-read timeout), `huge` streams `megabytes` of body at full speed, `late` answers 204 after `seconds`."""

    def __init__(self, how: str, *, seconds: float = 0.0, megabytes: int = 0) -> None:
        self.how, self.seconds, self.megabytes, self.answered = how, seconds, megabytes, 0

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            self.answered += 1
            if self.how == "late":
                await asyncio.sleep(self.seconds)
                writer.write(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")
            elif self.how == "drip":
                writer.write(b"HTTP/1.1 200 OK\r\nX-Pad: ")
                for _ in range(int(self.seconds * 10)):
                    writer.write(b"x")
                    await writer.drain()
                    await asyncio.sleep(0.1)
                writer.write(b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            else:
                writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {self.megabytes << 20}\r\n\r\n".encode())
                chunk = b"x" * (1 << 20)
                for _ in range(self.megabytes):
                    writer.write(chunk)
                    await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/hook"

    async def __aexit__(self, *_) -> None:
        self._server.close()


async def test_a_receiver_that_answers_2xx_too_slowly_is_cut_at_the_timeout_and_counts_as_failing():
    """tenant56: httpx's timeout is per read, so a receiver that sends its answer's header a byte at a time (then 200)
    held a delivery (and its subscription's lane) as long as it liked, and was never 'failing' (its backlog was not
    bounded). PORTAL_WEBHOOK_TIMEOUT_S bounds the whole attempt; such an attempt is a timeout, retried, then parked."""
    producer = Producer()
    settings = PortalSettings(webhook_max_attempts=1, webhook_timeout_s=0.5, webhook_allow_hosts="127.0.0.1")
    deliverer = Deliverer(settings, producer, Redis(), Log())
    try:
        async with Receiver("drip", seconds=20) as url:
            hook = sub(url)
            result = await asyncio.wait_for(
                deliverer.deliver(hook, delivery_id="d1", event_type="alert.created", body=b"{}"), 15)
    finally:
        await deliverer.close()
    assert result == "parked" and hook.id in deliverer.failing
    assert [h["error.reason"] for *_, h in producer.sent] == [b"timeout"]
    assert public_detail("timeout").startswith("the receiver did not answer within")


async def test_a_receivers_answer_body_is_never_read_into_memory():
    """A 2xx is what counts; a receiver that answers 200 with a body of hundreds of megabytes made the portal read it
    all into memory (httpx reads the whole answer), for every delivery of every subscription pointing at it."""
    settings = PortalSettings(webhook_max_attempts=1, webhook_timeout_s=30, webhook_allow_hosts="127.0.0.1")
    deliverer = Deliverer(settings, Producer(), Redis(), Log())
    receiver = Receiver("huge", megabytes=2048)
    try:
        async with receiver as url:
            result = await asyncio.wait_for(
                deliverer.deliver(sub(url), delivery_id="d1", event_type="alert.created", body=b"{}"), 20)
    finally:
        await deliverer.close()
    assert result == "delivered" and receiver.answered == 1


async def test_a_receiver_that_answers_2xx_slowly_is_bounded_like_a_failing_one():
    """A 2xx that takes more than half of PORTAL_WEBHOOK_TIMEOUT_S is delivered, but the subscription counts as failing
    until a quick answer: its lane keeps at most PORTAL_WEBHOOK_FAILING_BACKLOG deliveries (the rest parked,
    replayable), so a receiver answering every delivery just inside the timeout cannot fill the worker's in-flight
    limit and pause every other tenant's deliveries."""
    settings = PortalSettings(webhook_max_attempts=1, webhook_timeout_s=1.0, webhook_allow_hosts="127.0.0.1")
    deliverer = Deliverer(settings, Producer(), Redis(), Log())
    try:
        async with Receiver("late", seconds=0.6) as url:
            hook = sub(url)
            await deliverer.deliver(hook, delivery_id="d1", event_type="alert.created", body=b"{}")
    finally:
        await deliverer.close()
    assert hook.id in deliverer.failing
