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


def test_the_hashes_are_kafkas_murmur2_without_the_sign_bit():
    from aiokafka.partitioner import murmur2

    from brandsentry.kafka import key_hashes

    rng = random.Random(17)
    keys = [rng.randbytes(rng.randrange(0, 40)) for _ in range(500)] + [b"21", b"foobar"]
    assert key_hashes(keys) == [murmur2(k) & 0x7FFFFFFF for k in keys]
    assert key_hashes([b"21", b"foobar"]) == [-973932308 & 0x7FFFFFFF, -790332482 & 0x7FFFFFFF]  # Kafka's own tests
