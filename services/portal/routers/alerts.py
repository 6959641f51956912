"""Alerts: list, read, triage, takedown notice."""

from __future__ import annotations

import hashlib
from datetime import datetime

from fastapi import APIRouter, Depends, Query
from fastapi.responses import PlainTextResponse, Response
from pydantic import AwareDatetime

from schemas import Alert, AlertStatus, Severity
from schemas.portal import TakedownNotice, TestBuy
from services.portal.api_models import AlertDetail, AlertPage, AlertSummary, TestBuyIn, TestBuyRecorded, TransitionIn
from services.portal.auth import Principal
from services.portal.controller import Portal
from services.portal.deps import portal, principal
from services.portal.notice import notice_text
from services.portal.triage import allowed
from services.portal.view import AlertFilter

router = APIRouter(prefix="/v1/alerts", tags=["alerts"])
NOT_FOUND = {404: {"description": "no such alert, or not yours (the same answer)"}}


def _ms(at: datetime | None) -> int | None:
    return None if at is None else int(at.timestamp() * 1000)


@router.get("", response_model=AlertPage)
async def list_alerts(
    status: list[AlertStatus] = Query(default=[]),
    severity: list[Severity] = Query(default=[]),
    marketplace: str | None = None,
    seller: str | None = Query(default=None, description="marketplace/seller id, e.g. taobao/s-123"),
    brand: str | None = Query(default=None, description="operators and working-group members: one brand"),
    since: AwareDatetime | None = Query(default=None, description="created at or after (ISO 8601 with a zone: Z or +hh:mm)"),
    until: AwareDatetime | None = Query(default=None, description="created before (ISO 8601 with a zone: Z or +hh:mm)"),
    limit: int = Query(default=50, ge=1, le=500),
    cursor: str | None = Query(default=None, description="next_cursor of the previous page"),
    who: Principal = Depends(principal),
    p: Portal = Depends(portal),
) -> AlertPage:
    """The caller's alerts, newest first: a brand's own, a working group's, or (operators) all."""
    flt = AlertFilter(status={s.value for s in status} or None, severity={s.value for s in severity} or None,
                      marketplace=marketplace, brand_id=brand, since_ms=_ms(since), until_ms=_ms(until))
    alerts, next_cursor = await p.alerts(who, flt, seller=seller, limit=limit, cursor=cursor)
    return AlertPage(alerts=[AlertSummary.of(a) for a in alerts], next_cursor=next_cursor)


@router.get("/{alert_id}", response_model=AlertDetail, responses=NOT_FOUND)
async def get_alert(alert_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> AlertDetail:
    """One alert with its full evidence, history and the seller's alert count for the brand."""
    alert, count = await p.alert(who, alert_id)
    return AlertDetail(alert=alert, seller_alert_count=count, allowed_transitions=allowed(alert.status))


@router.post("/{alert_id}/transitions", response_model=Alert,
             responses={**NOT_FOUND, 403: {"description": "working-group members cannot triage"},
                        409: {"description": "not allowed from the current status"}})
async def transition(alert_id: str, body: TransitionIn, who: Principal = Depends(principal),
                     p: Portal = Depends(portal)) -> Alert:
    """Triage: open → confirmed → takedown_requested → resolved; test_buy; dismissed (with a reason).

    Dismissing with reason `not_infringing` and `suppress` set stops the listing, or the seller with
    the matched marks, from alerting the brand again until the suppression is lifted.
    """
    return await p.transition(who, alert_id, body.status, reason=body.reason, note=body.note,
                              suppress=body.suppress, marks=body.marks)


@router.get("/{alert_id}/notice", response_model=TakedownNotice, responses=NOT_FOUND)
async def notice_json(alert_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> TakedownNotice:
    """A takedown notice with the evidence receipt, as JSON."""
    return await p.notice(who, alert_id)


@router.get("/{alert_id}/notice.txt", response_class=PlainTextResponse, responses=NOT_FOUND)
async def notice_txt(alert_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> PlainTextResponse:
    """The same notice as plain text, ready to paste into a marketplace's form."""
    return PlainTextResponse(notice_text(await p.notice(who, alert_id)))


@router.post("/{alert_id}/test-buys", response_model=TestBuyRecorded, status_code=201,
             responses={**NOT_FOUND, 403: {"description": "working-group members cannot record test buys"},
                        409: {"description": "this order is already recorded, or the verdict's move is not allowed"}})
async def record_test_buy(alert_id: str, body: TestBuyIn, who: Principal = Depends(principal),
                          p: Portal = Depends(portal)) -> TestBuyRecorded:
    """Record a test buy (order id, cost, dates, verdict, SHA-256 of its files) on the `test-buys` topic.

    counterfeit → the alert becomes confirmed; genuine → dismissed (not_infringing); not_delivered → no move.
    """
    tb, alert = await p.record_test_buy(who, alert_id, body)
    return TestBuyRecorded(test_buy=tb, alert=alert)


@router.get("/{alert_id}/test-buys", response_model=list[TestBuy], responses=NOT_FOUND)
async def test_buys(alert_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> list[TestBuy]:
    """The test buys recorded on the alert, oldest first."""
    return await p.test_buys(who, alert_id)


@router.get("/{alert_id}/evidence-pack", response_class=Response, responses={
    **NOT_FOUND, 200: {"content": {"application/zip": {}}, "description": "ZIP with manifest.json (EvidenceManifest)"}})
async def evidence_pack(alert_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> Response:
    """A ZIP: the listing as received on Kafka, the match, the alert and its history, test buys, the takedown
    notice, and manifest.json with the SHA-256 of each file and the listing's topic, partition and offset."""
    data, _ = await p.evidence_pack(who, alert_id)
    return Response(data, media_type="application/zip", headers={
        "Content-Disposition": f'attachment; filename="evidence-{alert_id}.zip"',
        "X-Evidence-Pack-SHA256": hashlib.sha256(data).hexdigest()})
