"""The transactional loop's partitioner: a listing's or an alert's records land where Kafka's own clients put them."""

from aiokafka.partitioner import DefaultPartitioner
from hypothesis import given
from hypothesis import strategies as st

from brandsentry.transactions import key_partitioner


@given(key=st.binary(min_size=0, max_size=200), partitions=st.integers(min_value=1, max_value=64))
def test_same_partition_as_aiokafkas_default_partitioner(key: bytes, partitions: int) -> None:
    every = list(range(partitions))
    assert key_partitioner(key, every, every) == DefaultPartitioner()(key, every, every)
    assert key_partitioner(key, every, every) == DefaultPartitioner()(key, every, every)  # remembered hash


def test_known_java_client_partitions() -> None:
    # Kafka's murmur2 test vectors (clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java)
    every = list(range(1000))
    assert key_partitioner(b"21", every, every) == (-973932308 & 0x7FFFFFFF) % len(every)
    assert key_partitioner(b"foobar", every, every) == (-790332482 & 0x7FFFFFFF) % len(every)


def test_no_key_is_any_available_partition() -> None:
    assert key_partitioner(None, [0, 1, 2], [2]) == 2
