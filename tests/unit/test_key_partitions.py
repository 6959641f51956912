"""brandsentry.kafka.key_partitions: the partitions Kafka's default partitioner gives, many keys at once."""

import random

from aiokafka.partitioner import DefaultPartitioner

from brandsentry.kafka import key_partitions


def test_the_partitions_are_the_default_partitioners_for_keys_of_every_length():
    rng = random.Random(16)
    keys = [rng.randbytes(rng.randrange(0, 40)) for _ in range(2000)] + [b"taobao:1", "ebay:é-2".encode(), b""]
    for partitions in (1, 3, 7, 64):
        every = list(range(partitions))
        assert key_partitions(keys, partitions) == [DefaultPartitioner()(k, every, every) for k in keys]


def test_no_keys_no_partitions():
    assert key_partitions([], 3) == []
