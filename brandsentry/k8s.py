"""Strimzi resources from the code's own tables (pure, no I/O): `KafkaUser`s from brandsentry/acl.py and
`KafkaTopic`s from the topics the services create (services/portal/settings.py PortalTopics.all(), which holds
Topics.core(), plus an alerts topic per brand and working group of the registry, brandsentry/seed.py).

The Kubernetes deployment (deploy/kubernetes/, docs/deploy-kubernetes.md) commits their output, made by
`brandsentry k8s kafka-users` and `brandsentry k8s kafka-topics`; tests/unit/deploy checks it has not drifted.

Shapes: Strimzi `kafka.strimzi.io/v1` (KafkaUser spec.authentication scram-sha-512, spec.authorization simple
with acls of resource {type, name, patternType}, operations, host; KafkaTopic spec.topicName, partitions,
replicas, config). Source: the Strimzi CRDs (packaging/install/cluster-operator/04[34]-Crd-*.yaml), kept as
JSON schemas in deploy/kubernetes/schemas/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from brandsentry.acl import SERVICES, AclBinding, PatternType, ResourceType, service_acls, tenant_acls, tenant_user
from brandsentry.kafka import BROKER_TIMESTAMPS
from brandsentry.registry import Registry
from brandsentry.seed import alert_topics
from brandsentry.settings import Topics

API_VERSION = "kafka.strimzi.io/v1"
CLUSTER = "brandsentry"  # the Kafka resource's name (deploy/kubernetes/base/kafka/kafka.yaml)
REPLICAS = 3
MIN_INSYNC_REPLICAS = 2
_RESOURCE = {ResourceType.TOPIC: "topic", ResourceType.GROUP: "group", ResourceType.CLUSTER: "cluster",
             ResourceType.TRANSACTIONAL_ID: "transactionalId"}
_PATTERN = {PatternType.LITERAL: "literal", PatternType.PREFIXED: "prefix"}
# a Kubernetes object name (RFC 1123 subdomain): what a KafkaUser's name, which is its SCRAM user name, must be
_K8S_NAME = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")


def _operation(op) -> str:
    """READ → Read, DESCRIBE_CONFIGS → DescribeConfigs (Strimzi's spelling of Kafka's AclOperation)."""
    return "".join(part.capitalize() for part in op.name.split("_"))


def strimzi_acls(bindings: Iterable[AclBinding]) -> list[dict]:
    """acl.py bindings → Strimzi ACL rules, one rule per resource with its operations in acl.py's order."""
    rules: dict[tuple, dict] = {}
    for b in bindings:
        resource = {"type": _RESOURCE[b.resource_type]}
        if b.resource_type is not ResourceType.CLUSTER:
            resource |= {"name": b.name, "patternType": _PATTERN[b.pattern]}
        rule = rules.setdefault(tuple(resource.items()), {"type": "allow", "resource": resource, "operations": [],
                                                           "host": "*"})
        if _operation(b.operation) not in rule["operations"]:
            rule["operations"].append(_operation(b.operation))
    return list(rules.values())


def kafka_user(principal: str, bindings: list[AclBinding], labels: dict[str, str] | None = None) -> dict:
    """A SCRAM-SHA-512 KafkaUser named after its principal (`User:<name>`); Strimzi's User Operator keeps its
    password in a Secret of the same name (key `password`). ValueError when the name cannot be a Kubernetes name."""
    name = principal.removeprefix("User:")
    if not _K8S_NAME.match(name):
        raise ValueError(f"Kafka user {name!r} cannot be a KafkaUser: Kubernetes names are lower-case letters, "
                         "digits, '-' and '.' (rename the brand or working group id, or give it credentials with "
                         "`brandsentry kafka-credentials create` instead)")
    return {"apiVersion": API_VERSION, "kind": "KafkaUser",
            "metadata": {"name": name, "labels": {"strimzi.io/cluster": CLUSTER, **(labels or {})}},
            "spec": {"authentication": {"type": "scram-sha-512"},
                     "authorization": {"type": "simple", "acls": strimzi_acls(bindings)}}}


def service_users(topics: Topics) -> list[dict]:
    """One KafkaUser per service (ingest, matcher, alerts, portal, ops) with acl.py's bindings. The portal's
    credential administrator (svc-credentials) is left out: on Kubernetes tenants' credentials are KafkaUsers."""
    return [kafka_user(f"User:{topics.topic_prefix}svc-{s}", service_acls(s, topics),
                       {"app.kubernetes.io/part-of": "brandsentry", "brandsentry.io/principal": "service"})
            for s in SERVICES]


def tenant_users(registry: Registry, topics: Topics) -> list[dict]:
    """One KafkaUser per working group and brand of the registry (ids in the registry's order)."""
    tenants = [("iwg", g) for g in registry.working_groups] + [("brand", b) for b in registry.brands]
    return [kafka_user(tenant_user(kind, tid, topics), tenant_acls(kind, tid, topics),
                       {"app.kubernetes.io/part-of": "brandsentry", "brandsentry.io/principal": kind})
            for kind, tid in tenants]


def topic_configs(registry: Registry, topics: Topics) -> dict[str, dict[str, str]]:
    """Every topic a deployment with this registry uses → its topic configs, as the services create them."""
    from services.portal.settings import PortalTopics

    return {**PortalTopics(topics).all(), **alert_topics(registry, topics)}


def kafka_topics(registry: Registry, topics: Topics, *, partitions: int = 3) -> list[dict]:
    """A KafkaTopic per topic of `topic_configs`, with `partitions` partitions (the code's
    KAFKA_DEFAULT_PARTITIONS; an overlay may raise it for listings and matches), 3 replicas and
    min.insync.replicas 2 (KAFKA_REPLICATION_FACTOR / KAFKA_MIN_INSYNC_REPLICAS of a three-broker cluster) and broker
    timestamps (kafka.BROKER_TIMESTAMPS), as ensure_topics creates them."""
    out = []
    for name, configs in topic_configs(registry, topics).items():
        meta_name = name.lower().replace("_", "-")
        if not _K8S_NAME.match(meta_name):
            raise ValueError(f"topic {name!r} has no Kubernetes-compatible name")
        out.append({"apiVersion": API_VERSION, "kind": "KafkaTopic",
                    "metadata": {"name": meta_name, "labels": {"strimzi.io/cluster": CLUSTER}},
                    "spec": {"topicName": name, "partitions": partitions, "replicas": REPLICAS,
                             "config": {"min.insync.replicas": str(MIN_INSYNC_REPLICAS), **BROKER_TIMESTAMPS, **configs}}})
    return out
