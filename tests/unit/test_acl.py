"""The Kafka ACL table (brandsentry.acl): who may read and write which topic, with and without a topic prefix."""

from __future__ import annotations

import pytest

from brandsentry.acl import (
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
from brandsentry.settings import Topics

PREFIXED, LITERAL = PatternType.PREFIXED, PatternType.LITERAL
R, W, C, D = Operation.READ, Operation.WRITE, Operation.CREATE, Operation.DESCRIBE


def may(bindings: list[AclBinding], op: Operation, topic: str) -> bool:
    """Whether these ALLOW bindings let their principal do `op` on `topic` (the broker's matching rule)."""
    return any(b.resource_type is ResourceType.TOPIC and b.operation is op
               and (b.name == topic or b.name == "*" if b.pattern is LITERAL else topic.startswith(b.name))
               for b in bindings)


ALL_TOPICS = ["listings", "listings.dlq", "fingerprints", "matches", "matches.dlq", "alert-events", "api-keys",
              "suppressions", "webhooks", "webhooks.dlq", "registry-changes", "test-buys", "precision-settings", "rescans", "alerts.brand.bose",
              "alerts.iwg.audio"]


@pytest.mark.parametrize("prefix", ["", "t1234567890."])
@pytest.mark.parametrize(("service", "writes"), [
    ("ingest", {"listings", "listings.dlq"}),
    ("matcher", {"matches", "listings.dlq"}),
    ("alerts", {"alert-events", "matches.dlq", "alerts.brand.bose", "alerts.iwg.audio"}),
    ("portal", {"fingerprints", "alert-events", "api-keys", "suppressions", "webhooks", "webhooks.dlq", "registry-changes",
                "test-buys", "precision-settings", "rescans", "matches"}),  # matches: rescans
    ("ops", set()),
])
def test_each_service_writes_exactly_the_topics_of_its_role(prefix, service, writes):
    acls = service_acls(service, Topics(topic_prefix=prefix))
    assert {t for t in ALL_TOPICS if may(acls, W, prefix + t)} == writes
    assert all(b.principal == f"User:{prefix}svc-{service}" for b in acls)


@pytest.mark.parametrize(("service", "reads"), [
    ("ingest", {"api-keys"}),
    ("matcher", {"listings", "fingerprints"}),
    ("alerts", {"matches", "alert-events", "suppressions"}),
    ("portal", {"fingerprints", "alert-events", "api-keys", "suppressions", "webhooks", "webhooks.dlq", "registry-changes",
                "test-buys", "precision-settings", "rescans", "listings"}),  # listings: the evidence pack's record as received
    ("ops", set()),
])
def test_each_service_reads_exactly_the_topics_of_its_role(service, reads):
    acls = service_acls(service, Topics(topic_prefix="p."))
    assert {t for t in ALL_TOPICS if may(acls, R, "p." + t)} == reads


def test_a_prefixed_session_gets_nothing_on_another_sessions_or_the_production_topics():
    acls = [b for s in ("ingest", "matcher", "alerts", "portal", "ops") for b in service_acls(s, Topics(topic_prefix="tA."))]
    for op in (R, W, C, D):
        assert not any(may(acls, op, t) for t in ALL_TOPICS), op
        assert not any(may(acls, op, "tB." + t) for t in ALL_TOPICS), op


def test_the_credential_administrator_has_cluster_rights_and_no_topic():
    acls = service_acls("credentials", Topics(topic_prefix="p."))
    assert {(b.resource_type, b.name, b.operation) for b in acls} == {
        (ResourceType.CLUSTER, "kafka-cluster", Operation.ALTER), (ResourceType.CLUSTER, "kafka-cluster", D)}


def test_ops_only_describes():
    acls = service_acls("ops", Topics(topic_prefix=""))
    assert {b.operation for b in acls} == {D}
    assert {(b.resource_type, b.name, b.pattern) for b in acls} == {(ResourceType.TOPIC, "*", LITERAL),
                                                                    (ResourceType.GROUP, "*", LITERAL)}


def test_a_brand_reads_its_own_alert_topic_only_and_writes_nothing():
    topics = Topics(topic_prefix="p.")
    acls = tenant_acls("brand", "bose", topics)
    assert {t for t in ALL_TOPICS + ["alerts.brand.sony", "alerts.brand.bose2"] if may(acls, R, "p." + t)} == {"alerts.brand.bose"}
    assert not any(may(acls, op, "p." + t) for t in ALL_TOPICS for op in (W, C))
    groups = [b for b in acls if b.resource_type is ResourceType.GROUP]
    assert {(b.name, b.pattern) for b in groups} == {("p.brand-bose.", PREFIXED)}
    assert {b.principal for b in acls} == {"User:p.brand-bose"}


def test_a_working_group_reads_its_own_topic_only():
    acls = tenant_acls("iwg", "audio", Topics(topic_prefix=""))
    assert {t for t in ALL_TOPICS + ["alerts.iwg.video"] if may(acls, R, t)} == {"alerts.iwg.audio"}


@pytest.mark.parametrize("bad", ["", "../x", "a b", "a,b", "a=b", "x" * 65, "-lead", "bose\n", "Bose", "a.b", "Y"])
def test_tenant_ids_that_are_not_topic_name_safe_are_refused(bad):
    with pytest.raises(ValueError):
        tenant_user("brand", bad, Topics())


def test_unknown_services_and_kinds_are_refused():
    with pytest.raises(ValueError, match="unknown service"):
        service_user("root", Topics())
    with pytest.raises(ValueError, match="brand or an iwg"):
        tenant_user("operator", "x", Topics())


def test_user_names_parse_back_to_their_tenant_within_the_deployment_only():
    topics = Topics(topic_prefix="p.")
    assert parse_user(tenant_user("brand", "bose", topics), topics) == ("brand", "bose")
    assert parse_user(tenant_user("iwg", "audio-eu", topics), topics) == ("iwg", "audio-eu")
    assert parse_user("p.svc-portal", topics) is None
    assert parse_user("q.brand-bose", topics) is None
    assert parse_user("p.brand-bose\n", topics) is None and parse_user("p.brand-Bose", topics) is None


def test_tenants_whose_ids_are_prefixes_of_each_other_share_no_topic_group_or_principal():
    """tenant56's red team: ids that start like each other ('bose', 'bose-pro', 'bose_pro', 'bos') and a brand and a
    group of one id get disjoint names: a topic or consumer group one may use is never the other's, by any pattern."""
    topics = Topics(topic_prefix="p.")
    tenants = [(kind, i) for kind in ("brand", "iwg") for i in ("bos", "bose", "bose-pro", "bose_pro", "bose-pro-2")]

    def names(kind: str, tenant_id: str) -> set[str]:  # what the tenant's principal, topic and a group of it are called
        own = tenant_acls(kind, tenant_id, topics)
        return {tenant_user(kind, tenant_id, topics), tenant_group_prefix(kind, tenant_id, topics) + "soc",
                *(b.name for b in own if b.resource_type is ResourceType.TOPIC)}

    for kind, tenant_id in tenants:
        acls = tenant_acls(kind, tenant_id, topics)
        for other in tenants:
            if other == (kind, tenant_id):
                continue
            covered = [n for n in names(*other) for b in acls
                       if (n == b.name if b.pattern is LITERAL else n.startswith(b.name))]
            assert not covered, f"{kind} {tenant_id} may use {covered} of {other}"
