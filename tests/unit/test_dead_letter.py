"""The bounded dead letter of brandsentry.kafka: what a dead-letter topic's reader sees."""

import hashlib

from brandsentry.kafka import DEAD_LETTER_MAX_BYTES, RECORD_LIMIT_BYTES, dead_letter


def test_a_small_original_is_kept_whole_with_its_size_and_sha256():
    original = b'{"marketplace": "m", "title": 1}'
    letter = dead_letter(original, reason="schema_violation", stage="ingest", source="http", detail="title: not a string",
                         key="m:1")
    headers = dict(letter.headers)
    assert letter.value == original and letter.key == b"m:1"
    assert headers["error.reason"] == b"schema_violation"
    assert headers["error.size"] == str(len(original)).encode()
    assert headers["error.sha256"] == hashlib.sha256(original).hexdigest().encode()
    assert headers["error.truncated"] == b"false"


def test_an_oversized_original_keeps_its_head_and_says_what_the_whole_was():
    original = b"x" * (3 * RECORD_LIMIT_BYTES)
    letter = dead_letter(original, reason="too_large", stage="ingest", source="http", detail="d" * 10_000,
                         key="k" * 5000)
    headers = dict(letter.headers)
    assert letter.value == original[:DEAD_LETTER_MAX_BYTES]
    assert headers["error.size"] == str(3 * RECORD_LIMIT_BYTES).encode()
    assert headers["error.sha256"] == hashlib.sha256(original).hexdigest().encode()
    assert headers["error.truncated"] == b"true"
    total = len(letter.value) + len(letter.key) + sum(len(k) + len(v) for k, v in letter.headers)
    assert total < RECORD_LIMIT_BYTES
