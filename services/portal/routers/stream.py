"""Server-Sent Events: new alerts (and status changes) as they happen, filtered to the caller's tenancy."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Query, Request
from sse_starlette.sse import EventSourceResponse

from schemas import Alert
from services.portal import metrics
from services.portal.auth import Principal
from services.portal.deps import principal

router = APIRouter(prefix="/v1/stream", tags=["stream"])


class Hub:
    """Fans alert snapshots out to every open stream; a client that falls far behind is disconnected."""

    def __init__(self, *, queue_size: int = 1000) -> None:
        self._queues: set[asyncio.Queue] = set()
        self._size = queue_size

    def publish(self, alert: Alert, is_new: bool) -> None:
        for q in list(self._queues):
            try:
                q.put_nowait((alert, is_new))
            except asyncio.QueueFull:
                self._queues.discard(q)  # too slow: it stops receiving; the client reconnects

    def subscribe(self) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue(self._size)
        self._queues.add(q)
        return q

    def unsubscribe(self, q: asyncio.Queue) -> None:
        self._queues.discard(q)


@router.get("/alerts")
async def stream_alerts(request: Request, status_changes: bool = Query(False, description="also send status changes"),
                        who: Principal = Depends(principal)) -> EventSourceResponse:
    """`event: alert` with the Alert JSON for every new alert the caller may see (`event: alert.status_changed`
    for triage decisions when `status_changes=true`). The event id is the alert id."""
    hub: Hub = request.app.state.hub
    queue = hub.subscribe()

    async def events():
        metrics.SSE_CLIENTS.inc()
        try:
            yield {"event": "ready", "data": "{}"}
            while True:
                alert, is_new = await queue.get()
                if not who.can_read_alert(alert) or not (is_new or status_changes):
                    continue
                yield {"event": "alert" if is_new else "alert.status_changed", "id": alert.alert_id,
                       "data": alert.model_dump_json()}
        finally:
            hub.unsubscribe(queue)
            metrics.SSE_CLIENTS.dec()

    return EventSourceResponse(events(), ping=15)
