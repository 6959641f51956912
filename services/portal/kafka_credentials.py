"""Kafka credentials of brands and working groups through the portal (operators only): create, rotate, revoke, list.

The portal's own Kafka principal (svc-portal) may not administer principals; these calls use a separate one,
PORTAL_KAFKA_ADMIN_USERNAME / PORTAL_KAFKA_ADMIN_PASSWORD (the cluster's admin, or a principal with ALTER and
DESCRIBE on the cluster: what CreateAcls and AlterUserScramCredentials require). Without it, 503 that says so.
Connection settings (bootstrap, TLS CA, protocol) are the portal's KAFKA_*.
"""

from __future__ import annotations

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from brandsentry.kafka_admin import KafkaAdmin, KafkaAdminError, TenantAccess
from brandsentry.registry import Registry
from brandsentry.settings import KafkaSettings, Topics
from services.portal.auth import Principal
from services.portal.exceptions import NotFound, PortalError


class KafkaAdminSettings(BaseSettings):
    """PORTAL_KAFKA_ADMIN_USERNAME / PORTAL_KAFKA_ADMIN_PASSWORD: the principal that administers credentials."""

    model_config = SettingsConfigDict(env_prefix="PORTAL_KAFKA_ADMIN_", extra="ignore")

    username: str | None = None
    password: SecretStr | None = None


class NotConfigured(PortalError):
    """This portal cannot administer Kafka credentials (no admin principal, or a broker without authentication)."""

    status_code = 503


class KafkaCredentials:
    """The operator's actions on tenant principals; every call checks the caller is an operator first."""

    def __init__(self, kafka: KafkaSettings, topics: Topics, admin: KafkaAdminSettings | None = None) -> None:
        self._kafka, self._topics, self._admin = kafka, topics, admin or KafkaAdminSettings()

    def _admin_kafka(self) -> KafkaSettings:
        if not self._kafka.security_protocol.startswith("SASL"):
            raise NotConfigured(f"Kafka runs {self._kafka.security_protocol} here: it takes no credentials")
        if not (self._admin.username and self._admin.password):
            raise NotConfigured("Kafka credential administration is not configured on this portal "
                                "(PORTAL_KAFKA_ADMIN_USERNAME / PORTAL_KAFKA_ADMIN_PASSWORD)")
        return self._kafka.model_copy(update={"sasl_username": self._admin.username, "sasl_password": self._admin.password})

    @staticmethod
    def _known(registry: Registry, kind: str, tenant_id: str) -> None:
        known = registry.brands if kind == "brand" else registry.working_groups
        if tenant_id not in known:
            raise NotFound(f"no {'brand' if kind == 'brand' else 'working group'} {tenant_id!r} in the registry")

    async def create(self, who: Principal, registry: Registry, kind: str, tenant_id: str) -> TenantAccess:
        who.require_operator()
        self._known(registry, kind, tenant_id)
        kafka = self._admin_kafka()
        async with KafkaAdmin(kafka) as admin:
            return TenantAccess.of(kind, tenant_id, await admin.create_tenant(kind, tenant_id, self._topics),
                                   self._kafka, self._topics)

    async def rotate(self, who: Principal, kind: str, tenant_id: str) -> TenantAccess:
        who.require_operator()
        kafka = self._admin_kafka()
        async with KafkaAdmin(kafka) as admin:
            try:
                creds = await admin.rotate_tenant(kind, tenant_id, self._topics)
            except KafkaAdminError as exc:
                raise NotFound(str(exc)) from None
        return TenantAccess.of(kind, tenant_id, creds, self._kafka, self._topics)

    async def revoke(self, who: Principal, kind: str, tenant_id: str) -> None:
        who.require_operator()
        async with KafkaAdmin(self._admin_kafka()) as admin:
            if not await admin.revoke_tenant(kind, tenant_id, self._topics):
                raise NotFound(f"{kind} {tenant_id} has no Kafka credentials")

    async def list(self, who: Principal) -> list[tuple[str, str, str]]:
        who.require_operator()
        async with KafkaAdmin(self._admin_kafka()) as admin:
            return await admin.tenants(self._topics)
