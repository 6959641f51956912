"""Issue 10: every registry change, tombstones included, lands on registry-changes — not only the portal's."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from brandsentry.registry import load_registry
from brandsentry.seed import delete_registry_keys, publish_registry, registry_changes_topic
from brandsentry.settings import Topics
from tests.integration.portal.conftest import topic_records

pytestmark = pytest.mark.integration
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


async def test_finding_a_tombstone_deletes_a_mark_with_no_entry_on_registry_changes(servers, kafka_settings):
    topics = Topics(topic_prefix=f"rc{uuid.uuid4().hex[:8]}.")
    registry = load_registry(FIXTURES / "registry.yaml")
    written = await publish_registry(registry, kafka=kafka_settings, topics=topics, by="registry-file")
    mark = next(r.key() for r in registry.records() if r.type == "fingerprint" and r.fingerprint.kind == "mark")
    await delete_registry_keys([mark], kafka=kafka_settings, topics=topics, by="ops-alice")

    fingerprints = await topic_records(kafka_settings.bootstrap_servers, topics.fingerprints)
    changes = [json.loads(r.value) for r in await topic_records(kafka_settings.bootstrap_servers,
                                                                 registry_changes_topic(topics))]
    assert len(fingerprints) == written + 1 and len(changes) == written + 1
    assert {c["key"] for c in changes} == {r.key.decode() for r in fingerprints}
    [deleted] = [c for c in changes if c["action"] == "deleted"]
    assert deleted["key"] == mark and deleted["by"] == "ops-alice" and deleted["brand_id"] == mark.split(":")[1]
    assert deleted["fingerprint_id"] == mark.split(":", 2)[2]
    assert [r.value for r in fingerprints if r.key.decode() == mark][-1] is None  # the tombstone itself
    groups = [c for c in changes if c["key"].startswith("iwg:")]
    assert groups and all(c["brand_id"] is None and c["action"] == "imported" for c in groups)
