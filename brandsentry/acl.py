"""Who may do what on Kafka: the ACL table, once, as a pure function principal → ACL bindings (no I/O).

The broker denies everything no ACL allows (StandardAuthorizer, allow.everyone.if.no.acl.found=false);
super users are only `admin` (operators, provisioning) and `broker` (inter-broker). Every other principal
gets exactly the bindings below. Names carry the deployment's topic prefix (BRANDSENTRY_TOPIC_PREFIX), so a
test session with a random prefix gets ACLs on its own topics only.

Principals (SCRAM user names; the Kafka principal is `User:<name>`); a service may also CREATE the topics it
reads or writes (a service started first creates them; creating never alters or deletes an existing topic):

    <prefix>svc-ingest     write listings, listings.dlq; read api-keys
    <prefix>svc-matcher    read listings, fingerprints; write matches, listings.dlq; group and transactional
                           ids <prefix>brandsentry-matcher*
    <prefix>svc-alerts     read matches, alert-events, suppressions; write alert-events, alerts.brand.*, alerts.iwg.*,
                           matches.dlq; group and transactional ids <prefix>brandsentry-alerts*
    <prefix>svc-portal     read/write its topics (fingerprints, alert-events, api-keys, suppressions, webhooks,
                           webhooks.dlq, registry-changes, test-buys, precision-settings, rescans); read listings (evidence
                           packs, rescans); write matches (rescans); create alerts.brand.* / alerts.iwg.* topics;
                           group and transactional ids <prefix>brandsentry-portal*
    <prefix>svc-ops        describe topics, consumer groups and their offsets (lag); nothing else
    <prefix>svc-credentials  ALTER and DESCRIBE on the cluster: what creating ACLs and SCRAM credentials needs
                           (the portal's operator API for tenant credentials, PORTAL_KAFKA_ADMIN_*). Kafka has no
                           narrower right for this: whoever holds it can grant itself anything, like the admin.
    <prefix>brand-<id>     read alerts.brand.<id>; consumer groups <prefix>brand-<id>.* only
    <prefix>iwg-<id>       read alerts.iwg.<id>; consumer groups <prefix>iwg-<id>.* only

Source of the operation names and what each API needs: Apache Kafka documentation, "Authorization and ACLs"
(docs/security.html#operations_resources_and_protocols). Since Kafka 2.8 an idempotent producer needs WRITE on
a topic, not IDEMPOTENT_WRITE on the cluster (KIP-679).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from brandsentry.settings import Topics
from schemas.models import TENANT_ID_RULE, is_tenant_id


class ResourceType(IntEnum):
    """Kafka's wire codes (org.apache.kafka.common.resource.ResourceType)."""

    TOPIC = 2
    GROUP = 3
    CLUSTER = 4
    TRANSACTIONAL_ID = 5


class PatternType(IntEnum):
    LITERAL = 3
    PREFIXED = 4


class Operation(IntEnum):
    """Kafka's wire codes (org.apache.kafka.common.acl.AclOperation)."""

    ALL = 2
    READ = 3
    WRITE = 4
    CREATE = 5
    DELETE = 6
    ALTER = 7
    DESCRIBE = 8
    DESCRIBE_CONFIGS = 10


ALLOW = 3  # AclPermissionType.ALLOW

SERVICES = ("ingest", "matcher", "alerts", "portal", "ops")
PRINCIPALS = (*SERVICES, "credentials")  # services plus the portal's credential administrator
TENANT_KINDS = ("brand", "iwg")


@dataclass(frozen=True, order=True)
class AclBinding:
    """One ALLOW rule: `principal` may do `operation` on resources of `resource_type` named `name`
    (exactly, or every name starting with it when `pattern` is PREFIXED), from any host."""

    principal: str
    resource_type: ResourceType
    name: str
    pattern: PatternType
    operation: Operation

    def describe(self) -> str:
        how = "prefix" if self.pattern is PatternType.PREFIXED else "name"
        return f"{self.principal} {self.operation.name} {self.resource_type.name} {how} {self.name!r}"


def service_user(service: str, topics: Topics) -> str:
    """The SCRAM user of a service: `<prefix>svc-<service>` (ValueError for an unknown service)."""
    if service not in PRINCIPALS:
        raise ValueError(f"unknown service {service!r}; one of {', '.join(PRINCIPALS)}")
    return f"{topics.topic_prefix}svc-{service}"


def tenant_user(kind: str, tenant_id: str, topics: Topics) -> str:
    """The SCRAM user of a brand or working group: `<prefix>brand-<id>` / `<prefix>iwg-<id>`.

    Ids are the registry's TenantId (schemas.models.is_tenant_id: lower case, no '.', up to 64, nothing after
    the last character, not even a newline), else ValueError. Callers that take ids from outside (the portal's
    routes, the CLI) refuse a malformed one first, with a 4xx / a usage error."""
    if kind not in TENANT_KINDS:
        raise ValueError(f"a tenant is a brand or an iwg, not {kind!r}")
    if not is_tenant_id(tenant_id):
        raise ValueError(f"{kind} id {tenant_id!r}: {TENANT_ID_RULE} only")
    return f"{topics.topic_prefix}{kind}-{tenant_id}"


def tenant_group_prefix(kind: str, tenant_id: str, topics: Topics) -> str:
    """The consumer groups a tenant may use start with this: `<prefix>brand-<id>.` (e.g. `brand-bose.siem`)."""
    return f"{tenant_user(kind, tenant_id, topics)}."


def _rules(principal: str, rtype: ResourceType, name: str, pattern: PatternType, *ops: Operation) -> list[AclBinding]:
    return [AclBinding(f"User:{principal}", rtype, name, pattern, op) for op in ops]


def _topics(principal: str, names: list[str], *ops: Operation, prefixed: bool = False) -> list[AclBinding]:
    pattern = PatternType.PREFIXED if prefixed else PatternType.LITERAL
    return [b for n in names for b in _rules(principal, ResourceType.TOPIC, n, pattern, *ops)]


def _all_of(prefix: str) -> tuple[str, PatternType]:
    """Every name of this deployment: PREFIXED `prefix`, or LITERAL `*` when there is no prefix."""
    return (prefix, PatternType.PREFIXED) if prefix else ("*", PatternType.LITERAL)


def service_acls(service: str, topics: Topics) -> list[AclBinding]:
    """The bindings of one service principal (see the module docstring for the table)."""
    user, p = service_user(service, topics), topics.topic_prefix
    R, W, C, D = Operation.READ, Operation.WRITE, Operation.CREATE, Operation.DESCRIBE
    api_keys, suppressions, webhooks, webhooks_dlq, registry_changes, test_buys, precision_settings, rescans = (
        f"{p}api-keys", f"{p}suppressions", f"{p}webhooks", f"{p}webhooks.dlq", f"{p}registry-changes",
        f"{p}test-buys", f"{p}precision-settings", f"{p}rescans")
    group = lambda name: _rules(user, ResourceType.GROUP, f"{p}{name}", PatternType.PREFIXED, R, D)  # noqa: E731
    txn = lambda name: _rules(user, ResourceType.TRANSACTIONAL_ID, f"{p}{name}", PatternType.PREFIXED, W, D)  # noqa: E731
    if service == "ingest":  # reads api-keys: its key gate holds the keys in memory (a wiped Redis locks no one out)
        return _topics(user, [topics.listings, topics.listings_dlq], W, D, C) + _topics(user, [api_keys], R, D, C)
    if service == "matcher":
        return (_topics(user, [topics.listings, topics.fingerprints], R, D, C)
                + _topics(user, [topics.matches, topics.listings_dlq], W, D, C)
                + group("brandsentry-matcher") + txn("brandsentry-matcher"))
    if service == "alerts":
        return (_topics(user, [topics.matches], R, D, C)
                + _topics(user, [suppressions], R, D, C)
                + _topics(user, [topics.alert_events], R, W, D, C)
                + _topics(user, [topics.matches_dlq], W, D, C)
                + _topics(user, [topics.alerts_brand_prefix, topics.alerts_iwg_prefix], W, D, C, prefixed=True)
                + group("brandsentry-alerts") + txn("brandsentry-alerts"))
    if service == "portal":
        return (_topics(user, [topics.fingerprints, topics.alert_events, api_keys, suppressions, webhooks,
                               webhooks_dlq, registry_changes, test_buys, precision_settings, rescans], R, W, D, C)
                + _topics(user, [topics.listings], R, D)  # evidence packs: the listing's record as received
                + _topics(user, [topics.matches], W, D)  # rescans: matches found_by rescan
                + _topics(user, [topics.alerts_brand_prefix, topics.alerts_iwg_prefix], D, C, prefixed=True)
                + group("brandsentry-portal") + txn("brandsentry-portal"))
    if service == "ops":
        name, pattern = _all_of(p)
        return (_rules(user, ResourceType.TOPIC, name, pattern, D)
                + _rules(user, ResourceType.GROUP, name, pattern, D))
    if service == "credentials":
        return _rules(user, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, Operation.ALTER, D)
    raise AssertionError(service)  # service_user has refused anything else


def tenant_acls(kind: str, tenant_id: str, topics: Topics) -> list[AclBinding]:
    """A brand reads alerts.brand.<id>, a working group alerts.iwg.<id>; groups under their own prefix."""
    user = tenant_user(kind, tenant_id, topics)
    topic = topics.alerts_brand(tenant_id) if kind == "brand" else topics.alerts_iwg(tenant_id)
    return (_topics(user, [topic], Operation.READ, Operation.DESCRIBE)
            + _rules(user, ResourceType.GROUP, tenant_group_prefix(kind, tenant_id, topics), PatternType.PREFIXED,
                     Operation.READ, Operation.DESCRIBE))


def parse_user(name: str, topics: Topics) -> tuple[str, str] | None:
    """(kind, id) of a tenant user of this deployment (`<prefix>brand-bose` → ("brand", "bose")), else None."""
    if not name.startswith(topics.topic_prefix):
        return None
    rest = name[len(topics.topic_prefix):]
    for kind in TENANT_KINDS:
        if rest.startswith(f"{kind}-") and is_tenant_id(rest[len(kind) + 1:]):
            return kind, rest[len(kind) + 1:]
    return None
