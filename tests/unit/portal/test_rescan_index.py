"""A rescan's index of every brand is built once a registry version (tenant57): rescans asked for again and again
while the registry is unchanged reuse it; a change of the registry builds a new one, and the old one is dropped."""

from __future__ import annotations

import pytest

from brandsentry.registry import Registry
from services.portal import rescan


@pytest.fixture
def builds(monkeypatch):
    """MatcherIndex.build counted, each call a new object (the real build is seconds of CPU)."""
    from services.matcher.core import MatcherIndex

    made: list[object] = []

    def build(registry, **_):
        made.append(object())
        return made[-1]

    monkeypatch.setattr(MatcherIndex, "build", staticmethod(build))
    monkeypatch.setattr(rescan, "_BUILT", None)
    return made


def test_rescans_of_one_registry_version_share_one_index_build(builds):
    registry = Registry()
    first = rescan._build_index(rescan.snapshot(registry), 7)
    assert rescan._build_index(rescan.snapshot(registry), 7) is first and len(builds) == 1
    changed = rescan._build_index(rescan.snapshot(registry), 8)  # a fingerprint record applied since
    assert changed is not first and len(builds) == 2
    assert rescan._build_index(rescan.snapshot(registry), 8) is changed and len(builds) == 2
    assert rescan._BUILT == (8, changed)  # one index kept, the latest


def test_an_index_of_no_version_is_built_and_not_kept(builds):
    rescan._build_index(Registry(), None)
    rescan._build_index(Registry(), None)
    assert len(builds) == 2 and rescan._BUILT is None
