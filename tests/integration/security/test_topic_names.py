"""A topic the broker refuses to create is an error the caller sees, never passed over in silence."""

from __future__ import annotations

import pytest

from brandsentry.kafka import TopicsNotCreated, ensure_topics
from brandsentry.settings import KafkaSettings, Topics

pytestmark = pytest.mark.integration


async def test_a_topic_name_that_collides_with_an_existing_one_raises_with_the_brokers_reason(admin: KafkaSettings,
                                                                                                topics: Topics):
    dotted, underscored = topics.alerts_brand("coll.x"), topics.alerts_brand("coll_x")
    await ensure_topics(admin, {dotted: {}})
    with pytest.raises(TopicsNotCreated) as refused:
        await ensure_topics(admin, {underscored: {}})
    assert list(refused.value.refused) == [underscored]
    assert "collides" in refused.value.refused[underscored] and dotted in str(refused.value)
    await ensure_topics(admin, {dotted: {}})  # an existing topic is left as it is, without an error
