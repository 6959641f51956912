"""The matcher's persistent table cache (table_cache.py) and the wordfreq tables kept in it (issue 16): a missing,
read-only or corrupt cache falls back to building, writes are atomic and may race, and the cached tables answer as
wordfreq's lists do."""

from __future__ import annotations

import math
import os
import threading

import numpy as np
import pytest
import wordfreq

from services.matcher.core import table_cache
from services.matcher.core.context import language
from services.matcher.core.word_frequencies import FrequencyTable, frequency_table, table_arrays


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    monkeypatch.delenv(table_cache.ENV, raising=False)
    table_cache.use_dir(tmp_path)
    yield tmp_path
    table_cache.use_dir(None)


def _arrays():
    return {"words": np.array([b"ab", b"cd"], dtype="S2"), "n": np.arange(5, dtype=np.uint16).reshape(1, 5)}


def _same(a, b):
    return set(a) == set(b) and all(a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k]) for k in a)


def _counting(made):
    def make():
        made.append(1)
        return _arrays()
    return make


def test_missing_cache_builds_then_reads(cache_in):
    made = []
    first = table_cache.cached("t", _counting(made))
    second = table_cache.cached("t", _counting(made))
    assert len(made) == 1 and _same(first, _arrays()) and _same(second, _arrays())
    assert not second["words"].flags.writeable  # a view of the mapped file
    path = cache_in / table_cache.cache_key() / "t.tables"
    assert path.is_file() and not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("damage", ["truncate", "flip", "header", "empty", "format"])
def test_corrupt_cache_is_rebuilt(cache_in, damage):
    table_cache.cached("t", _arrays)
    path = cache_in / table_cache.cache_key() / "t.tables"
    raw = path.read_bytes()
    if damage == "truncate":
        raw = raw[:-3]
    elif damage == "flip":
        raw = raw[:-1] + bytes([raw[-1] ^ 1])
    elif damage == "header":
        raw = b"{not json\n" + raw.split(b"\n", 1)[1]
    elif damage == "empty":
        raw = b""
    else:
        raw = raw.replace(b'"format": 1', b'"format": 99', 1)
    path.write_bytes(raw)
    assert table_cache.read(path) is None
    made = []
    assert _same(table_cache.cached("t", _counting(made)), _arrays()) and made == [1]
    assert table_cache.read(path) is not None  # written back whole


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into a read-only directory")
def test_read_only_cache_builds(cache_in):
    cache_in.chmod(0o555)
    try:
        made = []
        assert _same(table_cache.cached("t", _counting(made)), _arrays())
        assert _same(table_cache.cached("t", _counting(made)), _arrays()) and made == [1, 1]
    finally:
        cache_in.chmod(0o755)


def test_unwritable_cache_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(table_cache.ENV, str(blocker / "cache"))  # mkdir fails (also for root)
    made = []
    assert _same(table_cache.cached("t", _counting(made)), _arrays())
    assert _same(table_cache.cached("t", _counting(made)), _arrays()) and made == [1, 1]


def test_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv(table_cache.ENV, "off")
    assert table_cache.cache_dir() is None
    made = []
    table_cache.cached("t", _counting(made))
    table_cache.cached("t", _counting(made))
    assert made == [1, 1]
    monkeypatch.setenv(table_cache.ENV, str(tmp_path))
    assert table_cache.cache_dir() == tmp_path


def test_racing_writers_both_succeed(cache_in):
    path = cache_in / table_cache.cache_key() / "t.tables"
    results = []
    threads = [threading.Thread(target=lambda: results.append(table_cache.write(path, _arrays()))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 8
    assert _same(table_cache.read(path), _arrays())
    assert [p.name for p in path.parent.iterdir()] == ["t.tables"]


def test_key_changes_with_a_source_file(monkeypatch, tmp_path):
    core = tmp_path / "core"
    core.mkdir()
    (core / "a.py").write_text("X = 1\n")
    monkeypatch.setattr(table_cache, "_CORE", core)
    table_cache.cache_key.cache_clear()
    try:
        first = table_cache.cache_key()
        table_cache.cache_key.cache_clear()
        (core / "a.py").write_text("X = 2\n")
        assert table_cache.cache_key() != first
    finally:
        table_cache.cache_key.cache_clear()


@pytest.mark.parametrize("lang", ["en", "de", "hu"])
def test_frequency_table_is_wordfreq(lang):
    table = FrequencyTable(table_arrays(lang))  # made, not read: the cached one is the same arrays
    listed = wordfreq.get_frequency_dict(lang, "best")
    words = list(listed)[::499] + ["Uhr", "", "\ud800x", "qqqzzzq", "straße"]
    for word in words:
        expected = math.log10(listed[word]) + 9 if word in listed else 0.0
        assert table.zipf(word) == expected, word
        assert table.zipf(word + "q") == (math.log10(listed[word + "q"]) + 9 if word + "q" in listed else 0.0)


def test_cached_frequency_table_reads_the_same(cache_in):
    frequency_table.cache_clear()
    made = frequency_table("hu")
    frequency_table.cache_clear()
    read = frequency_table("hu")
    frequency_table.cache_clear()
    assert made is not read and not isinstance(read, type(None))
    for word in list(wordfreq.get_frequency_dict("hu", "best"))[::97]:
        assert made.zipf(word) == read.zipf(word) > 0


def test_word_table_orders_languages_by_frequency():
    table = language.WordTable(language.word_table_arrays())
    found = table.frequencies("die")
    assert [z for _, z in found] == sorted((z for _, z in found), reverse=True)
    assert {lang for lang, _ in found} >= {"de", "en"}
    expected = {lang: wordfreq.zipf_frequency("die", lang, wordlist="small") for lang, _ in found}
    assert all(abs(z - expected[lang]) < 0.011 for lang, z in found)
    assert table.frequencies("qqqzzzq") == () and table.frequencies("\ud800") == ()


@pytest.mark.parametrize("lang,wordlist", [("en", "best"), ("fr", "best"), ("de", "small"), ("pl", "small")])
def test_zipf_frequency_is_wordfreq(lang, wordlist):
    from services.matcher.core.word_frequencies import zipf_frequency

    listed = list(wordfreq.get_frequency_dict(lang, wordlist))[::997]
    words = listed + [w + "zq" for w in listed[:50]] + [
        "", "the", "The Crown", "iphone 15", "2024", "l'été", "e-mail", "rolex uhr", "x1000", "qqqzzzq", "\ud800", "!!"]
    for word in words:
        assert zipf_frequency(word, lang, wordlist) == wordfreq.zipf_frequency(word, lang, wordlist), word


def test_listed_table_without_a_cache(monkeypatch):
    from services.matcher.core.word_frequencies import ListedTable

    monkeypatch.setenv(table_cache.ENV, "off")
    frequency_table.cache_clear()
    try:
        table = frequency_table("is")
        assert isinstance(table, ListedTable)
        arrays = FrequencyTable(table_arrays("is"))
        listed = wordfreq.get_frequency_dict("is", "best")
        for word in list(listed)[::37] + ["qqqzzzq", "", "\ud800"]:
            assert table.zipf(word) == arrays.zipf(word) and table.frequency(word) == arrays.frequency(word)
            assert table.frequency(word) == listed.get(word)
    finally:
        frequency_table.cache_clear()


def test_a_new_key_prunes_all_but_the_newest_older_keys(cache_in):
    import time
    for n, name in enumerate(["k1", "k2", "k3", "k4"]):  # older keys, oldest first
        (cache_in / name).mkdir()
        (cache_in / name / "t.tables").write_bytes(b"x")
        os.utime(cache_in / name, (time.time() - 100 + n, time.time() - 100 + n))
    table_cache.cached("t", _arrays)  # writes under the current key, then prunes
    left = sorted(p.name for p in cache_in.iterdir())
    assert left == sorted([table_cache.cache_key(), "k3", "k4"][: 1 + table_cache.KEEP_KEYS])
    table_cache.cached("t", _arrays)  # read from the cache: nothing written, nothing pruned
    assert sorted(p.name for p in cache_in.iterdir()) == left
