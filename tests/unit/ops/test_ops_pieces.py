"""Targets, lag arithmetic, and the production Prometheus/Grafana files naming only metrics the services export."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from aiokafka import TopicPartition
from prometheus_client import REGISTRY

from services.ops.lag import LagCollector, compute_lag
from services.ops.settings import DEFAULT_TARGETS, OpsSettings, parse_targets

ROOT = Path(__file__).resolve().parents[3]


def test_targets_are_name_equals_url_pairs():
    assert parse_targets("ingest=http://a:1/metrics, matcher-1=http://b:2/metrics,") == {
        "ingest": "http://a:1/metrics", "matcher-1": "http://b:2/metrics"}
    assert set(parse_targets(DEFAULT_TARGETS)) == {"ingest", "matcher", "alerts", "portal"}
    with pytest.raises(ValueError, match="name=http"):
        parse_targets("ingest:8081")


def test_watched_groups_default_to_this_deployments_groups(monkeypatch):
    monkeypatch.setenv("BRANDSENTRY_TOPIC_PREFIX", "t1.")
    assert OpsSettings().watched_group_prefix == "t1.brandsentry-"
    monkeypatch.setenv("OPS_GROUP_PREFIX", "")
    assert OpsSettings().watched_group_prefix == ""


def test_lag_is_end_minus_committed_on_every_committed_partition():
    a0, a1, gone = TopicPartition("listings", 0), TopicPartition("listings", 1), TopicPartition("deleted", 0)
    rows = compute_lag("g", {a0: 3, a1: -1, gone: 5}, {a0: 10, a1: 4})
    assert rows == [("g", "listings", 0, 7)]  # no commit yet on a1; the deleted topic is left out
    assert compute_lag("g", {a0: 12}, {a0: 10}) == [("g", "listings", 0, 0)]  # never negative


def test_lag_collector_exports_one_gauge_series_per_group_topic_partition():
    collector = LagCollector.__new__(LagCollector)
    collector.rows, collector.errors, collector.collected_at = [("g", "listings", 2, 7)], 0, 5.0
    families = {f.name: f for f in collector.collect()}
    sample = families["brandsentry_consumer_lag"].samples[0]
    assert sample.labels == {"group": "g", "topic": "listings", "partition": "2"} and sample.value == 7


def exported_metric_names() -> set[str]:
    import services.alerts.metrics  # noqa: F401
    import services.ingest.metrics  # noqa: F401
    import services.matcher.metrics  # noqa: F401
    import brandsentry.metrics  # noqa: F401

    names = set(REGISTRY._names_to_collectors)  # every sample name, also of labelled metrics not yet observed
    names |= {"brandsentry_consumer_lag"}  # the ops service's collector
    return names


def test_grafana_and_prometheus_rules_use_only_metrics_the_services_export():
    exported = exported_metric_names()
    dashboard = json.loads((ROOT / "deploy" / "grafana" / "brandsentry.json").read_text())
    rules = (ROOT / "deploy" / "prometheus" / "brandsentry.rules.yml").read_text()
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]] + [rules]
    used = {m for e in exprs for m in re.findall(r"\bbrandsentry_[a-z_]+", e)}
    webhook = {m for m in used if m.startswith("brandsentry_webhook_")}  # the portal's
    assert used - webhook <= exported, sorted(used - webhook - exported)
    titles = " ".join(p["title"] for p in dashboard["panels"])
    for panel in ("throughput", "lag", "p99", "dead letters", "working group", "webhook"):
        assert panel in titles


def test_production_scrape_config_has_a_job_per_service():
    config = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    jobs = {job["job_name"] for job in config["scrape_configs"]}
    assert {"ingest", "matcher", "alerts", "ops", "portal"} <= jobs


def test_the_dashboard_loads_nothing_from_the_internet():
    static = ROOT / "services" / "ops" / "static"
    for path in static.iterdir():
        text = path.read_text()
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path
        assert "@import" not in text and "fetch(\"http" not in text, path


async def test_ops_is_not_ready_once_lag_collection_keeps_failing_and_ready_again_when_it_recovers():
    """faults57: /readyz said ready for ever after the first collection; a collector that then failed every time (an
    ACL taken away, the groups' offsets refused) left the dashboard and /metrics showing the last lag as current.
    The collector's clock is the test's: no sleeping, no timing."""
    from brandsentry.health import Health, problem_check
    from brandsentry.settings import KafkaSettings

    class Log:
        def warning(self, *a, **k) -> None:
            pass

    now = [100.0]
    collector = LagCollector(KafkaSettings(), stale_after_s=10, clock=lambda: now[0])
    failure: list[str] = []

    async def collect_once():
        if failure:
            raise RuntimeError(failure[0])
        collector.rows, collector.collected_at, collector._ok_at, collector.last_error = [("g", "listings", 0, 3)], 1.0, now[0], ""
        return collector.rows

    collector.collect_once = collect_once
    health = Health()
    health.add("consumer_lag", problem_check(collector.problem))
    assert "consumer lag not collected yet" in (await health.ready())[1]["consumer_lag"]
    await collector.collect_round(Log())
    assert await health.ready() == (True, {"consumer_lag": "ok"})
    failure.append("KafkaError: GroupAuthorizationFailed")
    now[0] += 4
    await collector.collect_round(Log())
    assert (await health.ready())[0]  # one missed round is no outage
    for _ in range(4):
        now[0] += 2
        await collector.collect_round(Log())
    ready, checks = await health.ready()
    assert not ready and "consumer lag not collected for 12 s" in checks["consumer_lag"], checks
    assert "GroupAuthorizationFailed" in checks["consumer_lag"] and collector.errors == 5
    failure.clear()
    now[0] += 2
    await collector.collect_round(Log())
    assert await health.ready() == (True, {"consumer_lag": "ok"})
