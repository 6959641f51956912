"""Kafka credentials of brands and working groups (operators only): the password is in the creating answer only."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, Field, model_validator

from schemas.models import TenantId
from services.portal.api_models import TenantIdPath
from services.portal.auth import Principal
from services.portal.controller import Portal
from services.portal.deps import portal, principal
from services.portal.kafka_credentials import KafkaCredentials

router = APIRouter(prefix="/v1/kafka-credentials", tags=["kafka credentials"])
Kind = Literal["brand", "iwg"]
ERRORS = {403: {"description": "operators only"}, 404: {"description": "no such tenant, or it has no credentials"},
          503: {"description": "this portal cannot administer Kafka credentials (and says why)"}}


class KafkaCredentialsIn(BaseModel):
    brand: TenantId | None = Field(default=None, description="a brand id: reads alerts.brand.<id> only")
    iwg: TenantId | None = Field(default=None, description="a working group id: reads alerts.iwg.<id> only")

    @model_validator(mode="after")
    def _one(self) -> "KafkaCredentialsIn":
        if (self.brand is None) == (self.iwg is None):
            raise ValueError("give exactly one of brand or iwg")
        return self


class KafkaAccess(BaseModel):
    kind: Kind
    tenant_id: str
    username: str
    password: str = Field(description="shown in this answer only; the broker keeps a salted hash")
    bootstrap_servers: str
    security_protocol: str
    sasl_mechanism: str
    topic: str = Field(description="the one topic these credentials read")
    group_prefix: str = Field(description="consumer group ids must start with this")
    ca_pem: str | None = Field(description="the CA certificate that signed the brokers' certificates")
    isolation_level: Literal["read_committed"] = Field(default="read_committed", description=(
        "the consumer setting to read the topic with: alerts are written in transactions, and a consumer at Kafka's "
        "default read_uncommitted (Java, aiokafka) also reads the alerts of an aborted batch, then again when it is redone"))


class KafkaPrincipal(BaseModel):
    kind: Kind
    tenant_id: str
    username: str


def credentials(p: Portal = Depends(portal)) -> KafkaCredentials:
    return KafkaCredentials(p.settings.kafka, p.settings.topics)


def _access(a) -> KafkaAccess:
    return KafkaAccess(**{name: getattr(a, name) for name in KafkaAccess.model_fields})


@router.post("", status_code=201, response_model=KafkaAccess, responses=ERRORS)
async def create(body: KafkaCredentialsIn, who: Principal = Depends(principal), p: Portal = Depends(portal),
                 kc: KafkaCredentials = Depends(credentials)) -> KafkaAccess:
    """New credentials for a registered brand or working group (replacing any it had), with its ACLs."""
    kind, tenant_id = ("brand", body.brand) if body.brand is not None else ("iwg", body.iwg)
    return _access(await kc.create(who, p.registry, kind, tenant_id))


@router.get("", response_model=list[KafkaPrincipal], responses=ERRORS)
async def list_credentials(who: Principal = Depends(principal),
                           kc: KafkaCredentials = Depends(credentials)) -> list[KafkaPrincipal]:
    return [KafkaPrincipal(kind=k, tenant_id=i, username=u) for k, i, u in await kc.list(who)]


@router.post("/{kind}/{tenant_id}/rotate", response_model=KafkaAccess, responses=ERRORS)
async def rotate(kind: Kind, tenant_id: TenantIdPath, who: Principal = Depends(principal),
                 kc: KafkaCredentials = Depends(credentials)) -> KafkaAccess:
    """A new password; the old one stops working for new connections."""
    return _access(await kc.rotate(who, kind, tenant_id))


@router.delete("/{kind}/{tenant_id}", status_code=204, responses=ERRORS)
async def revoke(kind: Kind, tenant_id: TenantIdPath, who: Principal = Depends(principal),
                 kc: KafkaCredentials = Depends(credentials)) -> Response:
    """Remove the credentials and ACLs: open connections are refused from their next request."""
    await kc.revoke(who, kind, tenant_id)
    return Response(status_code=204)
