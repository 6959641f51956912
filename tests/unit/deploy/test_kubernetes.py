"""deploy/kubernetes: each overlay builds with kustomize and validates with kubeconform against the Kubernetes,
Strimzi, KEDA and Prometheus Operator schemas kept in deploy/kubernetes/schemas/ (offline); and what it deploys
is what the code needs: a KafkaTopic for every topic the services use, with their configs; every ACL of
brandsentry/acl.py in the KafkaUsers and none more; KEDA never above the partitions; only ingest and the portal
reachable from outside; hardened pods whose secrets come from Secrets.

The tools are .local/bin/kustomize and .local/bin/kubeconform (deploy/kubernetes/tools.sh, run by `make deps`).
"""

from __future__ import annotations

import json
import subprocess
from functools import cache
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from brandsentry.acl import SERVICES, PatternType, ResourceType, service_acls, tenant_acls
from brandsentry.cli import app
from brandsentry.registry import load_registry
from brandsentry.kafka import BROKER_TIMESTAMPS
from brandsentry.seed import alert_topics
from brandsentry.settings import Topics
from services.alerts.settings import AlertsSettings
from services.matcher.settings import MatcherSettings
from services.portal.settings import PortalTopics

ROOT = Path(__file__).resolve().parents[3]
K8S = ROOT / "deploy" / "kubernetes"
BIN = ROOT / ".local" / "bin"
SCHEMAS = K8S / "schemas" / "{{.ResourceKind}}{{.KindSuffix}}.json"
OVERLAYS = ("dev", "production")
TOPICS = Topics(topic_prefix="")  # a deployment of its own: no prefix
REGISTRY = load_registry(ROOT / "deploy" / "seed" / "registry.yaml")
REGENERATE = ("brandsentry k8s kafka-users --services > deploy/kubernetes/base/kafka/users.yaml; brandsentry k8s "
              "kafka-users --registry deploy/seed/registry.yaml > deploy/kubernetes/base/kafka/tenants.yaml")


def tool(name: str) -> str:
    path = BIN / name
    if not path.is_file():
        pytest.fail(f"{path} is missing: run deploy/kubernetes/tools.sh (part of `make deps`)")
    return str(path)


@cache
def rendered(overlay: str) -> str:
    done = subprocess.run([tool("kustomize"), "build", str(K8S / "overlays" / overlay)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def built(overlay: str) -> list[dict]:
    return [d for d in yaml.load_all(rendered(overlay), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) if d]


def kubeconform(manifests: str) -> tuple[int, dict]:
    done = subprocess.run([tool("kubeconform"), "-strict", "-summary", "-output", "json", "-schema-location",
                           str(SCHEMAS), "-"], input=manifests, capture_output=True, text=True, timeout=120)
    return done.returncode, json.loads(done.stdout)


def of_kind(docs: list[dict], kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_builds_and_every_resource_validates(overlay: str) -> None:
    code, report = kubeconform(rendered(overlay))
    summary = report["summary"]
    assert (code, summary["invalid"], summary["errors"], summary["skipped"]) == (0, 0, 0, 0), report["resources"]
    assert summary["valid"] == len(built(overlay)) > 100
    kinds = {d["kind"] for d in built(overlay)}
    assert {"Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor", "Kafka",
            "KafkaNodePool", "KafkaTopic", "KafkaUser", "ScaledObject", "TriggerAuthentication"} <= kinds


def test_kubeconform_rejects_what_the_schemas_do_not_allow() -> None:
    """The check above can fail: a misspelt field and a wrong enum value are each reported."""
    docs = built("dev")
    deployment = next(d for d in docs if d["kind"] == "Deployment")
    deployment["spec"]["template"]["spec"]["containers"][0]["securityContext"]["readOnlyRootFS"] = True
    user = next(d for d in docs if d["kind"] == "KafkaUser")
    user["spec"]["authorization"]["acls"][0]["resource"]["patternType"] = "prefixed"
    code, report = kubeconform(yaml.safe_dump_all([deployment, user]))
    assert code == 1 and report["summary"]["invalid"] == 2
    messages = " ".join(r["msg"] for r in report["resources"])
    assert "readOnlyRootFS" in messages and "patternType" in messages


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_topic_the_code_uses_has_a_kafka_topic_with_its_configs(overlay: str) -> None:
    expected = {**PortalTopics(TOPICS).all(), **alert_topics(REGISTRY, TOPICS)}  # what the services create
    declared = {t["spec"]["topicName"]: t["spec"] for t in of_kind(built(overlay), "KafkaTopic").values()}
    assert sorted(set(expected) - set(declared)) == [], (
        "topics without a KafkaTopic: brandsentry k8s kafka-topics --registry deploy/seed/registry.yaml "
        "> deploy/kubernetes/base/kafka/topics.yaml")
    for name, configs in expected.items():
        spec = declared[name]
        assert {k: str(v) for k, v in spec["config"].items()} == {"min.insync.replicas": "2", **BROKER_TIMESTAMPS,
                                                                  **configs}, name
        assert spec["replicas"] == 3 and spec["partitions"] >= 3, name
    assert set(declared) == set(expected)  # and nothing the code does not use


def _strimzi_grants(user: dict) -> set[tuple]:
    grants = set()
    for rule in user["spec"]["authorization"]["acls"]:
        assert rule.get("type", "allow") == "allow" and rule.get("host", "*") == "*"
        res = rule["resource"]
        for op in rule["operations"]:
            grants.add((res["type"], res.get("name"), res.get("patternType", "literal"), op))
    return grants


_TYPE = {ResourceType.TOPIC: "topic", ResourceType.GROUP: "group", ResourceType.CLUSTER: "cluster",
         ResourceType.TRANSACTIONAL_ID: "transactionalId"}
_OP = {"READ": "Read", "WRITE": "Write", "CREATE": "Create", "DESCRIBE": "Describe", "ALTER": "Alter",
       "DELETE": "Delete", "DESCRIBE_CONFIGS": "DescribeConfigs", "ALL": "All"}


def _needed(bindings) -> set[tuple]:
    return {(_TYPE[b.resource_type], None if b.resource_type is ResourceType.CLUSTER else b.name,
             "prefix" if b.pattern is PatternType.PREFIXED else "literal", _OP[b.operation.name]) for b in bindings}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_kafka_users_grant_exactly_the_acls_of_acl_py(overlay: str) -> None:
    users = of_kind(built(overlay), "KafkaUser")
    wanted = {f"svc-{s}": _needed(service_acls(s, TOPICS)) for s in SERVICES}
    wanted |= {f"iwg-{g}": _needed(tenant_acls("iwg", g, TOPICS)) for g in REGISTRY.working_groups}
    wanted |= {f"brand-{b}": _needed(tenant_acls("brand", b, TOPICS)) for b in REGISTRY.brands}
    assert sorted(set(wanted) - set(users)) == [], "principals without a KafkaUser"
    for name, needed in wanted.items():
        user = users[name]
        assert user["spec"]["authentication"]["type"] == "scram-sha-512"
        granted = _strimzi_grants(user)
        assert sorted(needed - granted) == [], f"{name} lacks ACLs the code needs: regenerate ({REGENERATE})"
        assert sorted(granted - needed) == [], f"{name} has ACLs acl.py does not give it: regenerate ({REGENERATE})"
    assert set(users) == set(wanted)


def test_a_missing_acl_is_noticed() -> None:
    """The comparison above fails when one operation is dropped from a KafkaUser."""
    user = of_kind(built("dev"), "KafkaUser")["svc-matcher"]
    user["spec"]["authorization"]["acls"][0]["operations"].remove("Read")
    assert ("topic", "listings", "literal", "Read") in _needed(service_acls("matcher", TOPICS)) - _strimzi_grants(user)


@pytest.mark.parametrize(("args", "committed"), [
    (["kafka-users", "--services"], "users.yaml"),
    (["kafka-users", "--registry", "deploy/seed/registry.yaml"], "tenants.yaml"),
    (["kafka-topics", "--registry", "deploy/seed/registry.yaml"], "topics.yaml"),
])
def test_committed_strimzi_resources_are_what_the_cli_generates(args: list[str], committed: str, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["k8s", *args], env={"BRANDSENTRY_TOPIC_PREFIX": ""})
    assert result.exit_code == 0, result.output
    assert result.output == (K8S / "base" / "kafka" / committed).read_text(), \
        f"regenerate: brandsentry k8s {' '.join(args)} > deploy/kubernetes/base/kafka/{committed}"


def test_a_tenant_id_that_cannot_be_a_kubernetes_name_is_refused(tmp_path: Path) -> None:
    from brandsentry.k8s import kafka_user

    with pytest.raises(ValueError, match="cannot be a KafkaUser"):
        kafka_user("User:brand-big_brand", tenant_acls("brand", "big_brand", TOPICS))  # "_": a TenantId, no DNS name


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_keda_scales_on_the_services_groups_and_never_above_the_partitions(overlay: str) -> None:
    docs = built(overlay)
    partitions = {t["spec"]["topicName"]: t["spec"]["partitions"] for t in of_kind(docs, "KafkaTopic").values()}
    scaled = of_kind(docs, "ScaledObject")
    groups = {"matcher": (MatcherSettings().app_id, TOPICS.listings),
              "alerts": (AlertsSettings().group_id, TOPICS.matches)}
    assert set(scaled) == set(groups)
    for name, (group, topic) in groups.items():
        spec = scaled[name]["spec"]
        (trigger,) = spec["triggers"]
        meta = trigger["metadata"]
        assert (trigger["type"], meta["consumerGroup"], meta["topic"]) == ("kafka", group, topic)
        assert (meta["sasl"], meta["tls"]) == ("scram_sha512", "enable")
        assert 1 <= spec["minReplicaCount"] <= spec["maxReplicaCount"] <= partitions[topic]
    auth = of_kind(docs, "TriggerAuthentication")["kafka-lag-reader"]["spec"]
    assert {r["parameter"] for r in auth["secretTargetRef"]} == {"password", "ca"}
    assert of_kind(docs, "ConfigMap")["kafka-lag-reader"]["data"]["username"] == "svc-ops"  # describe-only


def _selects(selector: dict, labels: dict) -> bool:
    ok = all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())
    for expr in selector.get("matchExpressions", []):
        assert expr["operator"] == "In"
        ok = ok and labels.get(expr["key"]) in expr["values"]
    return ok


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_only_ingest_and_the_portal_are_reachable_from_outside_the_namespace(overlay: str) -> None:
    docs = built(overlay)
    pods = {name: d["spec"]["template"]["metadata"]["labels"] for name, d in of_kind(docs, "Deployment").items()}
    policies = of_kind(docs, "NetworkPolicy").values()
    open_to: set[str] = set()
    for name, labels in pods.items():
        mine = [p for p in policies if _selects(p["spec"]["podSelector"], labels)]
        assert any("Ingress" in p["spec"]["policyTypes"] and not p["spec"].get("ingress") for p in mine), \
            f"{name}: no default deny"
        for p in mine:
            for rule in p["spec"].get("ingress", []):
                sources = rule.get("from", [])
                if not sources or any(s.get("ipBlock") or s.get("namespaceSelector") == {} for s in sources):
                    open_to.add(name)
    assert open_to == {"ingest", "portal"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_pods_are_hardened_probed_bounded_and_take_secrets_only_from_secrets(overlay: str) -> None:
    docs = built(overlay)
    deployments = of_kind(docs, "Deployment")
    assert set(deployments) == {"ingest", "matcher", "alerts", "portal", "ops"}
    budgets = {p["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"] for p in of_kind(docs, "PodDisruptionBudget").values()}
    services = set(of_kind(docs, "Service"))
    for name, d in deployments.items():
        pod = d["spec"]["template"]["spec"]
        assert name in budgets and name in services
        assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] > 0
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        assert pod["automountServiceAccountToken"] is False
        (c,) = pod["containers"]
        sc = c["securityContext"]
        assert (sc["readOnlyRootFilesystem"], sc["allowPrivilegeEscalation"], sc["capabilities"]["drop"]) == (True, False, ["ALL"])
        assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert c["livenessProbe"]["httpGet"]["path"] == c["startupProbe"]["httpGet"]["path"] == "/healthz"
        assert {"cpu", "memory"} <= set(c["resources"]["requests"]) and {"cpu", "memory"} <= set(c["resources"]["limits"])
        env = {e["name"]: e for e in c["env"]}
        assert env["KAFKA_SASL_USERNAME"]["value"] == f"svc-{name}"
        for var in env.values():
            if any(word in var["name"] for word in ("PASSWORD", "SECRET", "REDIS_URL", "KEY")):
                assert set(var) == {"name", "valueFrom"} and "secretKeyRef" in var["valueFrom"], var
        if overlay == "dev":
            assert d["spec"]["replicas"] == 1
        elif name in ("matcher", "alerts"):
            assert "replicas" not in d["spec"]  # KEDA's HPA owns it; a re-apply must not reset it
    assert all(s["spec"]["maxReplicaCount"] == 1 for s in of_kind(docs, "ScaledObject").values()) == (overlay == "dev")


def test_the_kafka_cluster_is_kraft_three_nodes_rf3_min_isr2_tls_scram_and_acls() -> None:
    docs = built("production")
    (pool,) = of_kind(docs, "KafkaNodePool").values()
    assert pool["spec"]["replicas"] == 3 and set(pool["spec"]["roles"]) == {"controller", "broker"}
    kafka = of_kind(docs, "Kafka")["brandsentry"]["spec"]["kafka"]
    assert kafka["authorization"]["type"] == "simple"
    assert [(li["tls"], li["authentication"]["type"]) for li in kafka["listeners"]] == [(True, "scram-sha-512")]
    config = kafka["config"]
    assert (config["default.replication.factor"], config["min.insync.replicas"],
            config["transaction.state.log.min.isr"], config["auto.create.topics.enable"]) == (3, 2, 2, False)


def test_the_grafana_dashboard_ships_as_a_config_map() -> None:
    maps = of_kind(built("production"), "ConfigMap")
    dashboard = maps["brandsentry-grafana-dashboard"]
    assert dashboard["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(dashboard["data"]["brandsentry.json"]) == json.loads((ROOT / "deploy/grafana/brandsentry.json").read_text())
