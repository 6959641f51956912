"""Webhook subscriptions, their dead letters and replay."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response

from schemas.portal import WebhookDeadLetter, WebhookSubscription
from services.portal.api_models import WebhookCreated, WebhookIn
from services.portal.auth import Principal
from services.portal.controller import Portal, public
from services.portal.deps import portal, principal

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])
NOT_FOUND = {404: {"description": "no such subscription, or not yours (the same answer)"}}


@router.post("", status_code=201, response_model=WebhookCreated,
             responses={422: {"description": "URL refused: bad scheme or port, credentials, or a non-public address"}})
async def create(body: WebhookIn, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> WebhookCreated:
    """Register a URL for the caller's brand or working group. The signing secret is in this answer only."""
    sub = await p.create_webhook(who, url=body.url, events=body.events, min_severity=body.min_severity,
                                 statuses=body.statuses, description=body.description, brand_id=body.brand_id,
                                 iwg=body.iwg)
    return WebhookCreated(**public(sub).model_dump(), secret=sub.secret)


@router.get("", response_model=list[WebhookSubscription])
async def list_webhooks(who: Principal = Depends(principal), p: Portal = Depends(portal)) -> list[WebhookSubscription]:
    return p.webhooks(who)


@router.get("/{subscription_id}", response_model=WebhookSubscription, responses=NOT_FOUND)
async def get(subscription_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> WebhookSubscription:
    return p.webhook(who, subscription_id)


@router.delete("/{subscription_id}", status_code=204, responses=NOT_FOUND)
async def delete(subscription_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> Response:
    await p.delete_webhook(who, subscription_id)
    return Response(status_code=204)


@router.get("/{subscription_id}/dead-letters", response_model=list[WebhookDeadLetter], responses=NOT_FOUND)
async def dead_letters(subscription_id: str, who: Principal = Depends(principal),
                       p: Portal = Depends(portal)) -> list[WebhookDeadLetter]:
    """Deliveries parked after their last failed attempt, with the reason and the original body."""
    return await p.dead_letters(who, subscription_id)


@router.post("/{subscription_id}/replay", responses=NOT_FOUND)
async def replay(subscription_id: str, who: Principal = Depends(principal), p: Portal = Depends(portal)) -> dict[str, int]:
    """Deliver the parked deliveries again (same delivery ids; ones delivered since are skipped)."""
    return await p.replay(who, subscription_id)
