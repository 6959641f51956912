"""Kafka principals through the Admin API: SCRAM credentials (KIP-554) and ACLs, with aiokafka's own client.

aiokafka 0.14.0's AIOKafkaAdminClient has no create_acls/describe_acls/delete_acls and no
AlterUserScramCredentials, but it ships the ACL request structs (v1, pattern types) and the compact/tagged
types of flexible versions; this module adds the two SCRAM requests from Kafka's message definitions
(clients/src/main/resources/common/message/{Alter,Describe}UserScramCredentials{Request,Response}.json, v0)
and sends everything through the admin client's connection (SASL_SSL as the admin principal).
Chosen over Kafka's Java admin tools: one process, no JVM start per call, errors as Python exceptions.

Salted password: PBKDF2-HMAC-SHA-512(password, 32-byte random salt, 8192 iterations), RFC 5802 Hi(),
which is what the broker stores (Kafka's ScramFormatter.saltedPassword).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError, for_code
from aiokafka.protocol.admin import (
    CreateAclsRequest_v1,
    DeleteAclsRequest_v1,
    DescribeAclsRequest_v1,
)
from aiokafka.protocol.api import Request, RequestStruct, Response
from aiokafka.protocol.types import (
    CompactArray,
    CompactBytes,
    CompactString,
    Int8,
    Int16,
    Int32,
    Schema,
    TaggedFields,
)
from pydantic import SecretStr

from brandsentry.acl import (
    ALLOW,
    AclBinding,
    Operation,
    PatternType,
    ResourceType,
    parse_user,
    service_acls,
    service_user,
    tenant_acls,
    tenant_group_prefix,
    tenant_user,
)
from brandsentry.kafka import client_kwargs
from brandsentry.settings import KafkaSettings, Topics

SCRAM_SHA_512 = 2  # org.apache.kafka.clients.admin.ScramMechanism
ITERATIONS = 8192
_ANY = 1  # ANY resource type / pattern / operation / permission in a filter


class KafkaAdminError(RuntimeError):
    """The broker refused an admin request; the message carries Kafka's error name and text."""


# ---------------------------------------------------------------- SCRAM requests (flexible v0)

class _AlterScramResponse(Response):
    API_KEY = 51
    API_VERSION = 0
    SCHEMA = Schema(
        ("throttle_time_ms", Int32),
        ("results", CompactArray(("user", CompactString("utf-8")), ("error_code", Int16),
                                 ("error_message", CompactString("utf-8")), ("tags", TaggedFields))),
        ("tags", TaggedFields),
    )


class _AlterScramStruct(RequestStruct):
    FLEXIBLE_VERSION = True
    API_KEY = 51
    API_VERSION = 0
    RESPONSE_TYPE = _AlterScramResponse
    SCHEMA = Schema(
        ("deletions", CompactArray(("name", CompactString("utf-8")), ("mechanism", Int8), ("tags", TaggedFields))),
        ("upsertions", CompactArray(("name", CompactString("utf-8")), ("mechanism", Int8), ("iterations", Int32),
                                    ("salt", CompactBytes), ("salted_password", CompactBytes), ("tags", TaggedFields))),
        ("tags", TaggedFields),
    )


class _AlterScram(Request[_AlterScramStruct]):
    API_KEY = 51

    def __init__(self, deletions: list[tuple], upsertions: list[tuple]) -> None:
        self._deletions, self._upsertions = deletions, upsertions

    def build(self, request_struct_class: type[_AlterScramStruct]) -> _AlterScramStruct:
        return request_struct_class(self._deletions, self._upsertions, {})


class _DescribeScramResponse(Response):
    API_KEY = 50
    API_VERSION = 0
    SCHEMA = Schema(
        ("throttle_time_ms", Int32),
        ("error_code", Int16),
        ("error_message", CompactString("utf-8")),
        ("results", CompactArray(
            ("user", CompactString("utf-8")), ("error_code", Int16), ("error_message", CompactString("utf-8")),
            ("credential_infos", CompactArray(("mechanism", Int8), ("iterations", Int32), ("tags", TaggedFields))),
            ("tags", TaggedFields))),
        ("tags", TaggedFields),
    )


class _DescribeScramStruct(RequestStruct):
    FLEXIBLE_VERSION = True
    API_KEY = 50
    API_VERSION = 0
    RESPONSE_TYPE = _DescribeScramResponse
    SCHEMA = Schema(
        ("users", CompactArray(("name", CompactString("utf-8")), ("tags", TaggedFields))),
        ("tags", TaggedFields),
    )


class _DescribeScram(Request[_DescribeScramStruct]):
    API_KEY = 50

    def __init__(self, users: list[str] | None) -> None:
        self._users = users

    def build(self, request_struct_class: type[_DescribeScramStruct]) -> _DescribeScramStruct:
        return request_struct_class(None if self._users is None else [(u, {}) for u in self._users], {})


# ---------------------------------------------------------------- ACL requests (v1: with pattern types)

class _CreateAcls(Request[CreateAclsRequest_v1]):
    API_KEY = 30

    def __init__(self, bindings: list[AclBinding]) -> None:
        self._bindings = bindings

    def build(self, request_struct_class: type[CreateAclsRequest_v1]) -> CreateAclsRequest_v1:
        return request_struct_class([(int(b.resource_type), b.name, int(b.pattern), b.principal, "*",
                                      int(b.operation), ALLOW) for b in self._bindings])


class _DeleteAcls(Request[DeleteAclsRequest_v1]):
    API_KEY = 31

    def __init__(self, principal: str) -> None:
        self._principal = principal

    def build(self, request_struct_class: type[DeleteAclsRequest_v1]) -> DeleteAclsRequest_v1:
        return request_struct_class([(_ANY, None, _ANY, self._principal, None, _ANY, _ANY)])


class _DescribeAcls(Request[DescribeAclsRequest_v1]):
    API_KEY = 29

    def __init__(self, principal: str | None) -> None:
        self._principal = principal

    def build(self, request_struct_class: type[DescribeAclsRequest_v1]) -> DescribeAclsRequest_v1:
        return request_struct_class(_ANY, None, _ANY, self._principal, None, _ANY, _ANY)


def _check(code: int, message: str | None, what: str) -> None:
    if code:
        raise KafkaAdminError(f"{what}: {for_code(code).__name__}: {message or ''}".rstrip(": "))


def salted_password(password: str, salt: bytes, iterations: int = ITERATIONS) -> bytes:
    """RFC 5802 Hi(password, salt, i) with HMAC-SHA-512: what the broker keeps instead of the password."""
    return hashlib.pbkdf2_hmac("sha512", password.encode(), salt, iterations)


def new_cluster_id() -> str:
    """A fresh KRaft cluster id for `kafka-storage format -t`: 16 random bytes, URL-safe base64 without padding
    (22 characters), drawn again while it starts with '-' or is all zeros.

    Kafka's own Uuid.randomUuid (clients/src/main/java/org/apache/kafka/common/Uuid.java) has the same rule: an id
    that starts with '-' is read by the storage tool's argument parser as an option ("argument --cluster-id/-t:
    expected one argument", exit 1), which one draw in 64 would otherwise do.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(os.urandom(16)).rstrip(b"=").decode()
        if not cluster_id.startswith("-") and cluster_id != "AAAAAAAAAAAAAAAAAAAAAA":
            return cluster_id


def new_password() -> str:
    """A fresh random password: 32 bytes from the OS's CSPRNG, URL-safe base64 (43 characters)."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Credentials:
    """A principal's user name and password, as handed out once (the broker keeps only a salted hash)."""

    username: str
    password: str
    acls: tuple[AclBinding, ...] = ()


@dataclass(frozen=True)
class TenantAccess:
    """What a brand's or working group's integrator needs to connect (shown once: the broker keeps a hash)."""

    kind: str
    tenant_id: str
    username: str
    password: str
    bootstrap_servers: str
    security_protocol: str
    sasl_mechanism: str
    topic: str
    group_prefix: str
    ca_pem: str | None
    # the alerts service writes alert topics in transactions; a consumer at Kafka's default read_uncommitted (Java,
    # aiokafka) also reads the alerts of aborted batches, then the same alerts again when the batch is redone
    isolation_level: str = "read_committed"

    @classmethod
    def of(cls, kind: str, tenant_id: str, creds: Credentials, kafka: KafkaSettings, topics: Topics) -> TenantAccess:
        ca = None
        if kafka.ssl_cafile and os.path.isfile(kafka.ssl_cafile):
            with open(kafka.ssl_cafile) as f:
                ca = f.read()
        return cls(kind, tenant_id, creds.username, creds.password, kafka.bootstrap_servers, kafka.security_protocol,
                   kafka.sasl_mechanism, topics.alerts_brand(tenant_id) if kind == "brand" else topics.alerts_iwg(tenant_id),
                   tenant_group_prefix(kind, tenant_id, topics), ca)


def service_env_vars(creds: Credentials) -> dict[str, str]:
    """The environment a service needs to run as this principal (on top of the deployment's KAFKA_* settings)."""
    return {"KAFKA_SASL_USERNAME": creds.username, "KAFKA_SASL_PASSWORD": creds.password}


async def provision_services(kafka: KafkaSettings, topics: Topics, services: Iterable[str]) -> dict[str, dict[str, str]]:
    """Fresh credentials and ACLs for each service of this deployment, as environment variables per service;
    {} when the broker takes no credentials (PLAINTEXT)."""
    if not kafka.security_protocol.startswith("SASL"):
        return {}
    async with KafkaAdmin(kafka) as admin:
        return {s: service_env_vars(await admin.provision_service(s, topics)) for s in services}


class KafkaAdmin:
    """The admin principal's client: `async with KafkaAdmin(settings) as admin: await admin.create_acls(...)`."""

    def __init__(self, kafka: KafkaSettings) -> None:
        self._settings = kafka
        self._client = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers,
                                           client_id=f"{kafka.client_id}-acl-admin", **client_kwargs(kafka))

    async def __aenter__(self) -> KafkaAdmin:
        await self._client.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.close()

    async def _send(self, request: Request):
        return await self._client._send_request(request)

    # SCRAM credentials
    async def upsert_scram(self, username: str, password: str) -> None:
        salt = os.urandom(32)
        resp = await self._send(_AlterScram([], [(username, SCRAM_SHA_512, ITERATIONS, salt,
                                                   salted_password(password, salt), {})]))
        for user, code, message, _ in resp.results:
            _check(code, message, f"setting the SCRAM credential of {user}")

    async def scram_users(self, usernames: list[str] | None = None) -> set[str]:
        """Users with a SCRAM credential (all of them, or those of `usernames` that have one)."""
        resp = await self._send(_DescribeScram(usernames))
        _check(resp.error_code, resp.error_message, "describing SCRAM credentials")
        return {user for user, code, _msg, infos, _ in resp.results if code == 0 and infos}

    # ACLs
    async def create_acls(self, bindings: Iterable[AclBinding]) -> None:
        bindings = list(bindings)
        if not bindings:
            return
        resp = await self._send(_CreateAcls(bindings))
        for binding, (code, message) in zip(bindings, resp.creation_responses, strict=True):
            _check(code, message, f"creating ACL {binding.describe()}")

    async def delete_acls(self, principal: str) -> int:
        """Delete every ACL of `principal` (e.g. "User:brand-bose"); the number deleted."""
        resp = await self._send(_DeleteAcls(principal))
        deleted = 0
        for code, message, matching in resp.filter_responses:
            _check(code, message, f"deleting the ACLs of {principal}")
            deleted += len(matching)
        return deleted

    async def describe_acls(self, principal: str | None = None) -> list[AclBinding]:
        resp = await self._send(_DescribeAcls(principal))
        _check(resp.error_code, resp.error_message, "describing ACLs")
        out = []
        for rtype, name, pattern, acls in resp.resources:
            for who, _host, op, perm in acls:
                if perm == ALLOW and rtype in ResourceType._value2member_map_ and op in Operation._value2member_map_:
                    out.append(AclBinding(who, ResourceType(rtype), name, PatternType(pattern), Operation(op)))
        return sorted(out)

    # principals of this deployment
    async def grant(self, username: str, bindings: list[AclBinding], *, password: str | None = None) -> Credentials:
        """Set (or replace) the user's ACLs (exactly `bindings`) and password, and wait until the broker
        accepts the password (metadata reaches the brokers a moment after the controller took it; ACLs
        first, so a login that works also sees its ACLs: the brokers apply metadata in order)."""
        password = password or new_password()
        await self.delete_acls(f"User:{username}")
        await self.create_acls(bindings)
        await self.upsert_scram(username, password)
        await self.wait_until_accepted(username, password)
        return Credentials(username, password, tuple(bindings))

    async def wait_until_accepted(self, username: str, password: str, *, timeout_s: float = 30) -> None:
        """Log in as the user on every broker until each accepts the password (KafkaAdminError after timeout_s)."""
        if not self._settings.security_protocol.startswith("SASL"):
            return
        user = self._settings.model_copy(update={"sasl_username": username, "sasl_password": SecretStr(password)})
        deadline = asyncio.get_running_loop().time() + timeout_s
        for address in self._settings.bootstrap_servers.split(","):
            while True:
                probe = AIOKafkaAdminClient(bootstrap_servers=address, request_timeout_ms=5000, **client_kwargs(user))
                try:
                    await probe.start()
                    break
                except KafkaError:
                    if asyncio.get_running_loop().time() > deadline:
                        raise KafkaAdminError(f"{address} does not accept the new password of {username} "
                                              f"after {timeout_s:.0f}s") from None
                    await asyncio.sleep(0.2)
                finally:
                    await probe.close()

    async def provision_service(self, service: str, topics: Topics, *, password: str | None = None) -> Credentials:
        return await self.grant(service_user(service, topics), service_acls(service, topics), password=password)

    async def create_tenant(self, kind: str, tenant_id: str, topics: Topics) -> Credentials:
        """New credentials for a brand / working group (an existing one's password is replaced: use rotate)."""
        return await self.grant(tenant_user(kind, tenant_id, topics), tenant_acls(kind, tenant_id, topics))

    async def rotate_tenant(self, kind: str, tenant_id: str, topics: Topics) -> Credentials:
        """A new password for existing credentials (KafkaAdminError when there are none); the old one stops
        working for new connections at once."""
        user = tenant_user(kind, tenant_id, topics)
        if not await self.describe_acls(f"User:{user}") or user not in await self.scram_users([user]):
            raise KafkaAdminError(f"{kind} {tenant_id} has no Kafka credentials to rotate")
        return await self.grant(user, tenant_acls(kind, tenant_id, topics))

    async def revoke(self, username: str) -> bool:
        """Remove the user's ACLs (its open connections are refused from their next request) and replace its
        password with a random one nobody knows (no new connection); False when it had no ACLs (never granted,
        or revoked already). Returns only when every broker accepts the unknown password, so the old one is
        refused everywhere: the brokers apply the controller's metadata a moment later, and a revocation that
        returned before that let the old password log in once (seen in CI, stop 44).

        The credential is overwritten, not deleted: Kafka 4.x (KRaft, metadata 4.4-IV2) restarted after a
        SCRAM credential was deleted refuses the users whose credentials came with `kafka-storage format
        --add-scram` (admin, broker) — reproduced here: delete one user's credential, restart the broker,
        the admin's password is refused."""
        acls = await self.delete_acls(f"User:{username}")
        if username in await self.scram_users([username]):
            unknown = new_password()
            await self.upsert_scram(username, unknown)
            await self.wait_until_accepted(username, unknown)
        return bool(acls)

    async def revoke_tenant(self, kind: str, tenant_id: str, topics: Topics) -> bool:
        return await self.revoke(tenant_user(kind, tenant_id, topics))

    async def tenants(self, topics: Topics) -> list[tuple[str, str, str]]:
        """(kind, id, user name) of every tenant with live credentials (a password and ACLs; revoked ones keep
        an unknown password and no ACLs) in this deployment, sorted."""
        granted = {b.principal.removeprefix("User:") for b in await self.describe_acls()}
        return sorted((*parsed, user) for user in await self.scram_users()
                      if user in granted and (parsed := parse_user(user, topics)) is not None)
