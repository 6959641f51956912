"""bench.e2e's report: median and spread per measure, targets met or missed on the median, every measure present.

The end-to-end bench itself needs the stack and about two minutes even with --quick, so its statistics and
report are tested here on made-up runs.
"""

import pytest

from bench.e2e import MEASURES, Target, missing, new_report, notes, percentile, report_markdown, report_rows, spread


def test_spread_is_median_min_max_of_the_runs():
    assert spread([1200.0, 900.0, 1000.0]) == (1000.0, 900.0, 1200.0)
    assert spread([4.0, 1.0, 3.0, 2.0]) == (2.5, 1.0, 4.0)
    with pytest.raises(ValueError):
        spread([])


def test_targets_are_judged_on_the_median_not_the_best_run():
    report = new_report()
    report["matcher_1"].values = [9_000.0, 12_000.0, 9_500.0]  # best run over 10,000, median under
    report["latency_half_p99"].values = [300.0, 200.0, 240.0]  # one run over 250 ms, median under
    rows = {row[0].strip(): row for row in report_rows(report, {"low": "50", "half": "600"})}
    matcher = rows["matcher service alone, preloaded listings, 1 worker process"]
    assert matcher[1:6] == ["9,500 listings/s", "9,000 listings/s – 12,000 listings/s", "3", "≥ 10,000 listings/s", "missed"]
    p99 = rows["ingest → alert p99 at half the sustained maximum (600/s)"]
    assert p99[1:6] == ["240 ms", "200 ms – 300 ms", "3", "< 250 ms", "met"]


def test_a_share_prints_as_percent_and_a_measure_without_runs_as_not_measured():
    report = new_report()
    report["share"].values = [0.061, 0.052, 0.058]
    rows = {row[0].strip(): row for row in report_rows(report)}
    assert rows["pipeline's share of that ceiling"][1:6] == ["5.8%", "5.2% – 6.1%", "3", "≥ 25.0%", "missed"]
    assert rows["alerts service alone, preloaded matches"][1:6] == ["—", "—", "0", "≥ 10,000 matches/s", "not measured"]


def test_missing_names_every_measure_without_a_value():
    report = new_report()
    assert missing(report) == [key for key, *_ in MEASURES]
    for m in report.values():
        m.values.append(1.0)
    assert missing(report) == []
    del report["alerts"]
    assert missing(report) == ["alerts"]


def test_markdown_has_a_row_a_measure_and_notes_give_the_run_sizes():
    report = new_report()
    for m in report.values():
        m.add(100.0)
    report["pipeline"].runs = [(40_000, 35.2), (30_000, 31.0), (36_000, 33.9)]
    report["pipeline"].how = "produced onto listings"
    table = report_markdown(report, {"low": "50", "half": "600"}).splitlines()
    assert len(table) == 2 + len(MEASURES)
    assert "| ingest → alert p99 at half the sustained maximum (600/s) | 100 ms | 100 ms – 100 ms | 1 | < 250 ms | **met** |" in table
    assert notes(report) == ["pipeline, sustained (listings topic → matcher → alerts, all committed): produced onto "
                             "listings. Runs of 30,000–40,000 records, 31.0–35.2 s."]


def test_target_comparisons_and_nearest_rank_percentile():
    assert Target(">=", 10.0).met(10.0) and not Target(">=", 10.0).met(9.9)
    assert Target("<", 250.0).met(249.0) and not Target("<", 250.0).met(250.0)
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 51.0 and percentile(values, 0.99) == 99.0 and percentile([7.0], 0.99) == 7.0


def test_hops_add_up_to_the_total_and_a_listing_without_every_moment_is_left_out():
    from bench.e2e import HOPS, hop_rows, hop_seconds

    moments = {"sent": {"a": 0.0, "b": 1.0}, "listing produced": {"a": 0.01, "b": 1.02},
               "listing committed": {"a": 0.03, "b": 1.05}, "match produced": {"a": 0.04, "b": 1.06},
               "match committed": {"a": 0.07, "b": 1.1}, "alert produced": {"a": 0.08},
               "alert committed": {"a": 0.1}}
    hops = hop_seconds(moments, ["a", "b"])
    assert list(hops) == [name for name, *_ in HOPS] and all(len(v) == 1 for v in hops.values())
    total = hops["POST → alert committed"][0]
    assert abs(sum(v[0] for name, v in hops.items() if name != "POST → alert committed") - total) < 1e-9
    assert hops["alerts: match committed → alert produced"] == [0.08 - 0.07]
    details = [{"rate": 50.0, "hops": {name: [10.0 * (i + 1), 20.0] for i, (name, *_) in enumerate(HOPS)},
                "hops_listings": 30}] * 2 + [{"rate": 500.0, "hops": {}, "hops_listings": 0}]
    header, rows = hop_rows(details)
    assert header[1:] == ["p50 / p99 at 50/s (60 listings)", "p50 / p99 at 500/s (0 listings)"]
    assert rows[0] == ["ingest: POST → listing produced", "10 / 20 ms", "—"]


def test_a_profile_summary_gives_busy_microseconds_a_record_self_and_inclusive():
    from bench.profile import summary

    raw = ("main (services/alerts/__main__.py:3);handle (/x/services/alerts/service.py:9) 30\n"
           "main (services/alerts/__main__.py:3);write (/v/lib/python3.11/site-packages/aiokafka/conn.py:4) 10\n")
    text = summary(raw, 100, rate=200)  # 40 samples at 200 Hz = 0.2 s busy over 100 records
    assert text.splitlines()[0].startswith("2,000.0 µs a record busy (40 samples")
    assert "1500.0 µs  75.0%  handle (services/alerts/service.py)" in text
    assert "500.0 µs  25.0%  write (aiokafka/conn.py)" in text
    assert text.split("inclusive:")[1].splitlines()[1].endswith("main (services/alerts/__main__.py)")
