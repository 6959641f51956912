"""The operators' figures, computed once: the ops dashboard and `brandsentry status` both show `summarize(...)`.

Plain code, no I/O. The input is two snapshots of the services' Prometheus metrics
(text exposition format, as scraped from each service's /metrics), taken some
seconds apart; the output is one JSON-ready dict:

    snap0 = snapshot({"ingest": text0, ...}, at=t0)
    snap1 = snapshot({"ingest": text1, ...}, at=t1)
    summary = summarize(snap1, previous=snap0)
    summary["throughput"][0]  # {"service": "ingest", "what": "listings accepted", "per_s": 12.5, "total": 250}

Rates are counter increases over the window between the snapshots (a counter that went
down was reset by a restart: its current value is the increase). Latency quantiles come
from histogram buckets, interpolated linearly inside a bucket as Prometheus'
`histogram_quantile` does; they cover the window when it saw observations, otherwise
everything since the services started (the `scope` says which).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone

from prometheus_client.parser import text_string_to_metric_families

__all__ = [
    "LAG_METRIC",
    "Snapshot",
    "TargetState",
    "histogram_quantile",
    "lag_series",
    "parse_metrics",
    "snapshot",
    "summarize",
]

LAG_METRIC = "brandsentry_consumer_lag"
END_TO_END = "brandsentry_end_to_end_seconds"

Labels = tuple[tuple[str, str], ...]
SeriesKey = tuple[str, Labels]  # (sample name, sorted labels)

# Gauges whose value is the same on every worker (each matcher holds the full index): take the largest, never the sum.
_MAX_NOT_SUM = {
    "brandsentry_matcher_index_version",
    "brandsentry_matcher_index_brands",
    "brandsentry_matcher_index_fingerprints",
}

# What "throughput" means for each service: (service, what it counts, metric names summed).
THROUGHPUT = (
    ("ingest", "listings accepted", ("brandsentry_ingest_accepted_total",)),
    ("matcher", "listings processed", ("brandsentry_matcher_listings_total",)),
    ("alerts", "matches handled", ("brandsentry_alerts_total", "brandsentry_alerts_repeats_total")),
)


@dataclass(frozen=True)
class TargetState:
    name: str
    up: bool
    error: str = ""


@dataclass(frozen=True)
class Snapshot:
    """Every series of every target at one moment (seconds since the epoch), same-named series summed across targets."""

    at: float
    series: Mapping[SeriesKey, float]
    targets: tuple[TargetState, ...] = field(default=())

    def values(self, name: str) -> Iterable[tuple[dict[str, str], float]]:
        for (sample, labels), value in self.series.items():
            if sample == name:
                yield dict(labels), value

    def total(self, name: str, **match: str) -> float:
        return sum(v for labels, v in self.values(name) if all(labels.get(k) == m for k, m in match.items()))


def parse_metrics(text: str) -> dict[SeriesKey, float]:
    """Prometheus text format → {(sample name, labels): value}. Counters keep their `_total` suffix."""
    out: dict[SeriesKey, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name.endswith("_created"):
                continue
            out[(sample.name, tuple(sorted(sample.labels.items())))] = float(sample.value)
    return out


def snapshot(texts: Mapping[str, str | None], *, at: float, errors: Mapping[str, str] | None = None,
             extra: Mapping[SeriesKey, float] | None = None) -> Snapshot:
    """Combine the metric texts of several targets (name → text, None when the scrape failed) into one snapshot.

    `extra` adds series that did not come from a scrape (the ops service's own consumer lag).
    """
    errors = errors or {}
    combined: dict[SeriesKey, float] = {}
    states = []
    for name, text in texts.items():
        if text is None:
            states.append(TargetState(name, False, errors.get(name, "no answer")))
            continue
        try:
            series = parse_metrics(text)
        except Exception as exc:  # a target that answers nonsense is down for us
            states.append(TargetState(name, False, f"unparseable metrics: {exc}"))
            continue
        states.append(TargetState(name, True))
        for key, value in series.items():
            if key[0] in _MAX_NOT_SUM:
                combined[key] = max(combined.get(key, value), value)
            else:
                combined[key] = combined.get(key, 0.0) + value
    combined.update(extra or {})
    return Snapshot(at=at, series=combined, targets=tuple(states))


def lag_series(rows: Iterable[tuple[str, str, int, int]]) -> dict[SeriesKey, float]:
    """(group, topic, partition, lag) rows as `brandsentry_consumer_lag` series, as the ops service exports them."""
    return {
        (LAG_METRIC, (("group", g), ("partition", str(p)), ("topic", t))): float(lag)
        for g, t, p, lag in rows
    }


def histogram_quantile(q: float, buckets: Iterable[tuple[float, float]]) -> float | None:
    """The q-quantile (0..1) from cumulative (upper bound, count) buckets; None without observations.

    Linear interpolation inside the bucket that holds the rank; a rank in the +Inf bucket
    answers the largest finite bound (as Prometheus does).
    """
    ordered = sorted(buckets)
    if not ordered or ordered[-1][1] <= 0:
        return None
    total = ordered[-1][1]
    rank = q * total
    lower_bound, lower_count = 0.0, 0.0
    for bound, count in ordered:
        if count >= rank and count > lower_count:
            if math.isinf(bound):
                return lower_bound
            return lower_bound + (bound - lower_bound) * (rank - lower_count) / (count - lower_count)
        lower_bound, lower_count = bound, count
    return lower_bound


def _increase(current: float, previous: float | None) -> float:
    if previous is None:
        return current
    return current - previous if current >= previous else current  # went down: the process restarted


def _buckets(snap: Snapshot, name: str, **match: str) -> dict[float, float]:
    out: dict[float, float] = defaultdict(float)
    for labels, value in snap.values(f"{name}_bucket"):
        if all(labels.get(k) == m for k, m in match.items()):
            out[float(labels["le"])] += value
    return dict(out)


def _quantiles(current: Snapshot, previous: Snapshot | None, name: str, **match: str) -> dict:
    now = _buckets(current, name, **match)
    then = _buckets(previous, name, **match) if previous else {}
    window = {le: _increase(c, then.get(le)) for le, c in now.items()}
    scope = "window"
    if not window or max(window.values(), default=0) <= 0:
        window, scope = now, "since start"
    count = max(window.values(), default=0.0)
    return {
        "p50_s": histogram_quantile(0.5, window.items()),
        "p99_s": histogram_quantile(0.99, window.items()),
        "observations": int(count),
        "scope": scope,
    }


def _grouped(current: Snapshot, previous: Snapshot | None, name: str, by: tuple[str, ...], seconds: float | None):
    totals: dict[tuple[str, ...], float] = defaultdict(float)
    increases: dict[tuple[str, ...], float] = defaultdict(float)
    before = {k: v for k, v in previous.series.items()} if previous else {}
    for (sample, labels), value in current.series.items():
        if sample != name:
            continue
        key = tuple(dict(labels).get(b, "") for b in by)
        totals[key] += value
        increases[key] += _increase(value, before.get((sample, labels)) if previous else None)
    return {k: (totals[k], (increases[k] / seconds) if seconds else None) for k in sorted(totals)}


def summarize(current: Snapshot, previous: Snapshot | None = None) -> dict:
    """The figures an operator watches, from the latest snapshot and one taken earlier (for rates)."""
    seconds = (current.at - previous.at) if previous and current.at > previous.at else None

    def rate_and_total(names: tuple[str, ...]) -> tuple[float | None, float]:
        rows = [_grouped(current, previous, n, (), seconds).get((), (0.0, 0.0 if seconds else None)) for n in names]
        total = sum(r[0] for r in rows)
        per_s = None if seconds is None else sum(r[1] or 0.0 for r in rows)
        return per_s, total

    throughput = []
    for service, what, names in THROUGHPUT:
        per_s, total = rate_and_total(names)
        throughput.append({"service": service, "what": what, "per_s": per_s, "total": int(total)})

    lag_rows = [
        {"group": labels.get("group", ""), "topic": labels.get("topic", ""),
         "partition": int(labels.get("partition", "0")), "lag": int(value)}
        for labels, value in current.values(LAG_METRIC)
    ]
    lag_rows.sort(key=lambda r: (r["group"], r["topic"], r["partition"]))
    lag_by_group: dict[str, int] = defaultdict(int)
    for row in lag_rows:
        lag_by_group[row["group"]] += row["lag"]

    dead = _grouped(current, previous, "brandsentry_dead_letters_total", ("topic", "stage", "reason"), seconds)
    dead_per_s, dead_total = rate_and_total(("brandsentry_dead_letters_total",))
    rejected = _grouped(current, previous, "brandsentry_ingest_rejected_total", ("reason",), seconds)

    alerts = _grouped(current, previous, "brandsentry_alerts_total", ("iwg", "severity"), seconds)
    by_iwg: dict[str, dict] = {}
    for (iwg, severity), (total, per_s) in alerts.items():
        row = by_iwg.setdefault(iwg, {"iwg": iwg, "total": 0, "per_s": None if seconds is None else 0.0, "by_severity": {}})
        row["total"] += int(total)
        if per_s is not None:
            row["per_s"] += per_s
        row["by_severity"][severity] = int(total)

    webhooks = []
    for name in sorted({s for s, _ in current.series if s.startswith("brandsentry_webhook_") and s.endswith("_total")}):
        per_s, total = rate_and_total((name,))
        webhooks.append({"metric": name, "per_s": per_s, "total": int(total)})

    stages = sorted({labels.get("stage", "") for labels, _ in current.values("brandsentry_matcher_stage_seconds_count")})

    def gauge(name: str) -> int | None:
        values = [v for _, v in current.values(name)]
        return int(max(values)) if values else None

    return {
        "generated_at": datetime.fromtimestamp(current.at, tz=timezone.utc).isoformat(timespec="seconds"),
        "window_s": seconds,
        "targets": [{"name": t.name, "up": t.up, "error": t.error} for t in current.targets],
        "throughput": throughput,
        "latency": _quantiles(current, previous, END_TO_END),
        "matcher_stages": [{"stage": s, **_quantiles(current, previous, "brandsentry_matcher_stage_seconds", stage=s)}
                           for s in stages],
        "lag": {"total": sum(lag_by_group.values()), "by_group": dict(sorted(lag_by_group.items())), "partitions": lag_rows},
        "dead_letters": {
            "total": int(dead_total), "per_s": dead_per_s,
            "by": [{"topic": t, "stage": s, "reason": r, "total": int(v), "per_s": p} for (t, s, r), (v, p) in dead.items()],
        },
        "rejected": [{"reason": r, "total": int(v), "per_s": p} for (r,), (v, p) in rejected.items()],
        "alerts_by_iwg": sorted(by_iwg.values(), key=lambda r: (-r["total"], r["iwg"])),
        "index": {
            "version": gauge("brandsentry_matcher_index_version"),
            "brands": gauge("brandsentry_matcher_index_brands"),
            "fingerprints": gauge("brandsentry_matcher_index_fingerprints"),
        },
        "webhooks": webhooks,
        "rescans": _rescans(current, previous, seconds),
    }


def _rescans(current: Snapshot, previous: Snapshot | None, seconds: float | None) -> dict:
    """Rescans (portal): how many run now, how fast they read listings, how many ended and how."""
    running = sum(v for _, v in current.values("brandsentry_rescans_running"))
    listings = _grouped(current, previous, "brandsentry_rescan_listings_total", (), seconds).get((), (0.0, None))
    ended = _grouped(current, previous, "brandsentry_rescans_total", ("state",), seconds)
    return {"running": int(running), "listings_total": int(listings[0]), "listings_per_s": listings[1],
            "ended": {state: int(total) for (state,), (total, _) in ended.items()}}
