"""Precision a brand can see: from its own triage, per rule and per fingerprint, with a Wilson interval. Pure.

An alert counts once it is decided, at the time of its latest status change:
- true  (the brand found it infringing): status confirmed, takedown_requested or resolved — a counterfeit test
  buy confirms the alert, so it counts here;
- false (a false alert): dismissed with reason `not_infringing` — a genuine test buy dismisses it so;
- not counted: open, test_buy (waiting for a verdict), and dismissals for other reasons (authorized_seller,
  duplicate, insufficient_evidence, other: they say nothing about whether the rule was right).
Only alerts decided within the window (`now - window_days` .. `now`) count. A rule or fingerprint is credited
with an alert when one of its signals added to the score (weight > 0).

The interval is Wilson's score interval (E. B. Wilson, "Probable inference, the law of succession, and
statistical inference", JASA 22 (1927) 209–212), z = 1.96 for 95 %: it stays inside [0, 1] and is honest
for small counts and for precisions near 0 or 1, where the normal approximation is not.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from schemas import Alert, AlertStatus
from schemas.portal import DismissReason

Z95 = 1.959963984540054
TRUE_STATUSES = frozenset({AlertStatus.confirmed, AlertStatus.takedown_requested, AlertStatus.resolved})


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval (low, high) of a proportion; (0.0, 1.0) for no trials. ValueError on bad counts."""
    if trials < 0 or successes < 0 or successes > trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes} of {trials}")
    if trials == 0:
        return 0.0, 1.0
    p = successes / trials
    z2 = z * z
    centre = (p + z2 / (2 * trials)) / (1 + z2 / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials)
    return max(0.0, centre - half), min(1.0, centre + half)


def outcome(alert: Alert) -> tuple[bool, datetime] | None:
    """(was it a true alert, when decided) or None when the alert does not count (see the module docstring)."""
    decided_at = alert.history[-1].at if alert.history else alert.updated_at
    if alert.status in TRUE_STATUSES:
        return True, decided_at
    if alert.status == AlertStatus.dismissed and alert.history and alert.history[-1].reason == DismissReason.not_infringing:
        return False, decided_at
    return None


@dataclass
class Figure:
    """Counts and precision of one rule, fingerprint or the whole brand."""

    true_alerts: int = 0
    false_alerts: int = 0

    @property
    def decided(self) -> int:
        return self.true_alerts + self.false_alerts

    def as_dict(self) -> dict:
        low, high = wilson(self.true_alerts, self.decided)
        return {"true_alerts": self.true_alerts, "false_alerts": self.false_alerts, "decided": self.decided,
                "precision": self.true_alerts / self.decided if self.decided else None,
                "ci95_low": low, "ci95_high": high}


@dataclass
class Report:
    overall: Figure = field(default_factory=Figure)
    rules: dict[str, Figure] = field(default_factory=lambda: defaultdict(Figure))
    fingerprints: dict[str, Figure] = field(default_factory=lambda: defaultdict(Figure))


def precision(alerts: Iterable[Alert], *, now: datetime, window_days: float) -> Report:
    """Counts of true and false alerts decided within the window, overall, per rule and per fingerprint."""
    since = now - timedelta(days=window_days)
    report = Report()
    for alert in alerts:
        decided = outcome(alert)
        if decided is None or not since <= decided[1] <= now:
            continue
        true = decided[0]
        figures = [report.overall]
        positive = [s for s in alert.match.signals if s.weight > 0]
        figures += [report.rules[r] for r in sorted({s.rule.value for s in positive})]
        figures += [report.fingerprints[f] for f in sorted({s.fingerprint_id for s in positive if s.fingerprint_id})]
        for figure in figures:
            if true:
                figure.true_alerts += 1
            else:
                figure.false_alerts += 1
    return report


def needs_review(figure: Figure, *, below: float, min_decided: int) -> bool:
    """A fingerprint to look at: at least `min_decided` decided alerts and a precision under `below`."""
    return figure.decided >= min_decided and figure.true_alerts < below * figure.decided
