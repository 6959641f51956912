"""The operators' figures from metric text: rates, quantiles, lag, dead letters, alerts per working group."""

from __future__ import annotations

import pytest

from brandsentry.ops_status import histogram_quantile, lag_series, parse_metrics, snapshot, summarize

INGEST_0 = """
# TYPE brandsentry_ingest_accepted_total counter
brandsentry_ingest_accepted_total{source="http"} 100.0
# TYPE brandsentry_ingest_rejected_total counter
brandsentry_ingest_rejected_total{reason="invalid_json",source="http"} 1.0
# TYPE brandsentry_dead_letters_total counter
brandsentry_dead_letters_total{reason="invalid_json",stage="ingest",topic="listings.dlq"} 1.0
"""
INGEST_1 = """
# TYPE brandsentry_ingest_accepted_total counter
brandsentry_ingest_accepted_total{source="http"} 150.0
brandsentry_ingest_accepted_total{source="http-batch"} 50.0
# TYPE brandsentry_ingest_rejected_total counter
brandsentry_ingest_rejected_total{reason="invalid_json",source="http"} 3.0
brandsentry_ingest_rejected_total{reason="schema_violation",source="http-batch"} 2.0
# TYPE brandsentry_dead_letters_total counter
brandsentry_dead_letters_total{reason="invalid_json",stage="ingest",topic="listings.dlq"} 3.0
brandsentry_dead_letters_total{reason="schema_violation",stage="ingest",topic="listings.dlq"} 2.0
"""


def matcher(processed: float, version: float) -> str:
    return f"""
# TYPE brandsentry_matcher_listings_total counter
brandsentry_matcher_listings_total{{outcome="matched"}} {processed / 2}
brandsentry_matcher_listings_total{{outcome="no_match"}} {processed / 2}
# TYPE brandsentry_matcher_index_version gauge
brandsentry_matcher_index_version {version}
# TYPE brandsentry_matcher_stage_seconds histogram
brandsentry_matcher_stage_seconds_bucket{{le="0.001",stage="match"}} {processed}
brandsentry_matcher_stage_seconds_bucket{{le="+Inf",stage="match"}} {processed}
brandsentry_matcher_stage_seconds_count{{stage="match"}} {processed}
brandsentry_matcher_stage_seconds_sum{{stage="match"}} 0.01
"""


def alerts(bose: float, e2e: tuple[float, float, float]) -> str:
    le_01, le_1, inf = e2e
    return f"""
# TYPE brandsentry_alerts_total counter
brandsentry_alerts_total{{iwg="consumer-electronics",severity="high"}} {bose}
brandsentry_alerts_total{{iwg="consumer-electronics",severity="critical"}} 1.0
brandsentry_alerts_total{{iwg="apparel-footwear",severity="medium"}} 2.0
brandsentry_alerts_total_created{{iwg="apparel-footwear",severity="medium"}} 1.7e9
# TYPE brandsentry_end_to_end_seconds histogram
brandsentry_end_to_end_seconds_bucket{{le="0.1"}} {le_01}
brandsentry_end_to_end_seconds_bucket{{le="1.0"}} {le_1}
brandsentry_end_to_end_seconds_bucket{{le="+Inf"}} {inf}
brandsentry_end_to_end_seconds_count {inf}
brandsentry_end_to_end_seconds_sum 12.0
"""


def test_parse_keeps_sample_names_and_labels_and_drops_created():
    series = parse_metrics(alerts(4, (1, 2, 2)))
    assert series[("brandsentry_alerts_total", (("iwg", "apparel-footwear"), ("severity", "medium")))] == 2.0
    assert series[("brandsentry_end_to_end_seconds_bucket", (("le", "+Inf"),))] == 2.0
    assert not any(name.endswith("_created") for name, _ in series)


@pytest.mark.parametrize(
    ("q", "expected"),
    [(0.5, 0.1), (0.25, 0.05), (1.0, 1.0), (0.75, 0.55)],
)
def test_histogram_quantile_interpolates_inside_the_bucket(q, expected):
    # 2 observations ≤ 0.1 s, 2 more between 0.1 and 1 s
    assert histogram_quantile(q, [(0.1, 2), (1.0, 4), (float("inf"), 4)]) == pytest.approx(expected)


def test_histogram_quantile_in_the_inf_bucket_answers_the_largest_finite_bound_and_none_when_empty():
    assert histogram_quantile(0.99, [(0.1, 1), (1.0, 1), (float("inf"), 10)]) == 1.0
    assert histogram_quantile(0.5, [(0.1, 0), (float("inf"), 0)]) is None
    assert histogram_quantile(0.5, []) is None


def two_snapshots(**extra):
    before = snapshot({"ingest": INGEST_0, "matcher": matcher(100, 7), "alerts": alerts(4, (0, 0, 0))}, at=1000.0)
    after = snapshot({"ingest": INGEST_1, "matcher": matcher(300, 9), "alerts": alerts(14, (8, 10, 10))}, at=1010.0, **extra)
    return before, after


def test_throughput_per_service_is_the_counter_increase_over_the_window():
    before, after = two_snapshots()
    summary = summarize(after, previous=before)
    assert summary["window_s"] == 10.0
    rows = {r["service"]: r for r in summary["throughput"]}
    assert rows["ingest"] == {"service": "ingest", "what": "listings accepted", "per_s": 10.0, "total": 200}
    assert rows["matcher"]["per_s"] == 20.0 and rows["matcher"]["total"] == 300
    assert rows["alerts"]["per_s"] == 1.0 and rows["alerts"]["total"] == 17


def test_latency_quantiles_cover_the_window():
    before, after = two_snapshots()
    latency = summarize(after, previous=before)["latency"]
    assert latency["scope"] == "window" and latency["observations"] == 10
    assert latency["p50_s"] == pytest.approx(0.1 * 5 / 8)
    assert latency["p99_s"] == pytest.approx(0.1 + 0.9 * (9.9 - 8) / 2)


def test_latency_falls_back_to_everything_since_start_when_the_window_saw_nothing():
    quiet = snapshot({"alerts": alerts(4, (2, 2, 2))}, at=1000.0)
    still_quiet = snapshot({"alerts": alerts(4, (2, 2, 2))}, at=1010.0)
    latency = summarize(still_quiet, previous=quiet)["latency"]
    assert latency["scope"] == "since start" and latency["observations"] == 2
    assert latency["p50_s"] == pytest.approx(0.05)


def test_a_counter_that_went_down_was_reset_by_a_restart():
    before = snapshot({"matcher": matcher(1000, 7)}, at=0.0)
    after = snapshot({"matcher": matcher(40, 7)}, at=4.0)
    rows = {r["service"]: r for r in summarize(after, previous=before)["throughput"]}
    assert rows["matcher"]["per_s"] == 10.0


def test_without_a_previous_snapshot_there_are_totals_but_no_rates():
    _, after = two_snapshots()
    summary = summarize(after)
    assert summary["window_s"] is None
    assert all(r["per_s"] is None for r in summary["throughput"])
    assert summary["dead_letters"]["total"] == 5


def test_dead_letters_rejections_alerts_per_working_group_and_index():
    before, after = two_snapshots()
    summary = summarize(after, previous=before)
    assert summary["dead_letters"]["total"] == 5
    assert summary["dead_letters"]["per_s"] == pytest.approx(0.4)
    assert {(d["reason"], d["total"]) for d in summary["dead_letters"]["by"]} == {("invalid_json", 3), ("schema_violation", 2)}
    assert [(r["reason"], r["total"]) for r in summary["rejected"]] == [("invalid_json", 3), ("schema_violation", 2)]
    iwgs = summary["alerts_by_iwg"]
    assert [r["iwg"] for r in iwgs] == ["consumer-electronics", "apparel-footwear"]
    assert iwgs[0]["total"] == 15 and iwgs[0]["per_s"] == 1.0
    assert iwgs[0]["by_severity"] == {"critical": 1, "high": 14}
    assert summary["index"] == {"version": 9, "brands": None, "fingerprints": None}
    assert [s["stage"] for s in summary["matcher_stages"]] == ["match"]


def test_two_matcher_workers_add_up_their_listings_but_share_one_index_version():
    snap = snapshot({"matcher-0": matcher(100, 9), "matcher-1": matcher(60, 9)}, at=1.0)
    summary = summarize(snap)
    assert {r["service"]: r["total"] for r in summary["throughput"]}["matcher"] == 160
    assert summary["index"]["version"] == 9


def test_consumer_lag_per_group_topic_and_partition():
    lag = lag_series([("p.brandsentry-alerts", "p.matches", 0, 3), ("p.brandsentry-alerts", "p.matches", 1, 4),
                      ("p.brandsentry-matcher", "p.listings", 2, 10)])
    summary = summarize(snapshot({}, at=1.0, extra=lag))
    assert summary["lag"]["total"] == 17
    assert summary["lag"]["by_group"] == {"p.brandsentry-alerts": 7, "p.brandsentry-matcher": 10}
    assert summary["lag"]["partitions"][2] == {"group": "p.brandsentry-matcher", "topic": "p.listings", "partition": 2, "lag": 10}


def test_a_target_that_does_not_answer_is_reported_down_with_its_reason():
    snap = snapshot({"ingest": INGEST_1, "alerts": None}, at=1.0, errors={"alerts": "connection refused"})
    targets = summarize(snap)["targets"]
    assert targets == [{"name": "ingest", "up": True, "error": ""}, {"name": "alerts", "up": False, "error": "connection refused"}]


def test_webhook_counters_appear_when_the_portal_exports_them():
    text = '# TYPE brandsentry_webhook_deliveries_total counter\nbrandsentry_webhook_deliveries_total{outcome="ok"} 5.0\n'
    summary = summarize(snapshot({"portal": text}, at=1.0))
    assert summary["webhooks"] == [{"metric": "brandsentry_webhook_deliveries_total", "per_s": None, "total": 5}]


def portal_metrics(running: float, read: float, done: float) -> str:
    return f"""
# TYPE brandsentry_rescans_running gauge
brandsentry_rescans_running {running}
# TYPE brandsentry_rescan_listings_total counter
brandsentry_rescan_listings_total {read}
# TYPE brandsentry_rescans_total counter
brandsentry_rescans_total{{state="done"}} {done}
brandsentry_rescans_total{{state="failed"}} 1.0
"""


def test_rescans_show_how_many_run_how_fast_they_read_and_how_they_ended():
    before = snapshot({"portal": portal_metrics(0, 1000, 2)}, at=1000.0)
    after = snapshot({"portal": portal_metrics(2, 6000, 3)}, at=1010.0)
    assert summarize(after, previous=before)["rescans"] == {
        "running": 2, "listings_total": 6000, "listings_per_s": 500.0, "ended": {"done": 3, "failed": 1}}
    assert summarize(after)["rescans"]["listings_per_s"] is None  # no window yet: no rate
    quiet = summarize(snapshot({"ingest": INGEST_0}, at=1000.0))["rescans"]
    assert quiet == {"running": 0, "listings_total": 0, "listings_per_s": None, "ended": {}}
