"""Server-Sent Events: new alerts (and status changes) as they happen, filtered to the caller's tenancy."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Query, Request
from sse_starlette.sse import EventSourceResponse
from starlette.background import BackgroundTask

from schemas import Alert
from services.portal import metrics
from services.portal.auth import Principal
from services.portal.deps import principal
from services.portal.exceptions import OverLimit

router = APIRouter(prefix="/v1/stream", tags=["stream"])


END = None  # put on a stream's queue: the stream ends (its key was revoked, or it fell too far behind)


class Hub:
    """Fans alert snapshots out to every open stream; a client that falls far behind is disconnected, and so is
    every stream of a key when the key is revoked. One key holds at most `max_per_key` streams at once
    (PORTAL_STREAM_MAX_PER_KEY): one more is refused with OverLimit (429)."""

    def __init__(self, *, queue_size: int = 1000, max_per_key: int = 5) -> None:
        self._queues: dict[asyncio.Queue, str] = {}
        self._size = queue_size
        self._max_per_key = max_per_key

    def publish(self, alert: Alert, is_new: bool) -> None:
        for q in list(self._queues):
            try:
                q.put_nowait((alert, is_new))
            except asyncio.QueueFull:
                self._end(q)  # too slow: it stops receiving; the client reconnects

    def revoked(self, key_id: str) -> None:
        """End every open stream of this key."""
        for q, owner in list(self._queues.items()):
            if owner == key_id:
                self._end(q)

    def _end(self, q: asyncio.Queue) -> None:
        self._queues.pop(q, None)
        while True:
            try:
                q.put_nowait(END)
                return
            except asyncio.QueueFull:
                q.get_nowait()

    def subscribe(self, key_id: str) -> asyncio.Queue:
        if sum(owner == key_id for owner in self._queues.values()) >= self._max_per_key:
            raise OverLimit(f"this API key already has {self._max_per_key} live streams open, the most one key may "
                            "have (PORTAL_STREAM_MAX_PER_KEY); close one first")
        q: asyncio.Queue = asyncio.Queue(self._size)
        self._queues[q] = key_id
        return q

    def unsubscribe(self, q: asyncio.Queue) -> None:
        self._queues.pop(q, None)


@router.get("/alerts")
async def stream_alerts(request: Request, status_changes: bool = Query(False, description="also send status changes"),
                        who: Principal = Depends(principal)) -> EventSourceResponse:
    """`event: alert` with the Alert JSON for every new alert the caller may see (`event: alert.status_changed`
    for triage decisions when `status_changes=true`). The event id is the alert id."""
    hub: Hub = request.app.state.hub
    queue = hub.subscribe(who.key_id)

    async def events():
        metrics.SSE_CLIENTS.inc()
        try:
            yield {"event": "ready", "data": "{}"}
            while True:
                item = await queue.get()
                if item is END:
                    return
                alert, is_new = item
                if not who.can_read_alert(alert) or not (is_new or status_changes):
                    continue
                yield {"event": "alert" if is_new else "alert.status_changed", "id": alert.alert_id,
                       "data": alert.model_dump_json()}
        finally:
            hub.unsubscribe(queue)
            metrics.SSE_CLIENTS.dec()

    # the generator's `finally` never runs when the connection ends before it starts: unsubscribe after the response too
    return EventSourceResponse(events(), ping=15, background=BackgroundTask(hub.unsubscribe, queue))
